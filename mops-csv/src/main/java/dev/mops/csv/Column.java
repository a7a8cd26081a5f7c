package dev.mops.csv;

import dev.mops.core.internal.Ids;
import dev.mops.core.internal.Numbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One typed column of a reader's {@link CsvTable}: the name mops reads it as (the key of a {@link
 * ColumnMapping}), whether it must be in the header and in every row ({@link Presence}), and how a
 * cell becomes a value of type {@code V}. The engine ({@link CsvRun}) finds the column in the
 * header, trims each cell and deals with blank ones; the column reads a cell that is not blank and
 * says what it expected when the cell is bad.
 *
 * <p>A reader reads the current row's values with {@link #get(Row)} and {@link #find(Row)}.
 * Declarations are immutable and shared; the {@link Cell} a column makes for each read holds the
 * current row's value.
 */
abstract class Column<V> {
  /** Whether a column must be in the header, and whether its cells may be blank. */
  enum Presence {
    /** In the header, unless the mapping declares it absent, and not blank in any row. */
    REQUIRED,
    /** In the header unless the mapping declares it absent; a blank cell is an absent value. */
    NULLABLE,
    /** Read when in the header; a blank cell is an absent value. */
    OPTIONAL;

    /** Whether a header without the column is an error. */
    boolean inHeader() {
      return this != OPTIONAL;
    }
  }

  /** The most characters of a decimal, and of its digits written out: JSON's number limit. */
  static final int MAX_NUMBER = Numbers.DEFAULT_MAX_LENGTH;

  final String name;
  final Presence presence;
  private int slot = -1;

  /**
   * Whether the header may name this column several times (Jira writes one {@code Labels} column
   * per label): the row's value is then its non-blank cells joined with commas.
   */
  boolean repeatable;

  Column(String name, Presence presence) {
    this.name = name;
    this.presence = presence;
  }

  /**
   * Text that is not blank ({@link String#isBlank()}), e.g. a contact id: {@code what} names it in
   * errors ({@code "a contact id"}).
   */
  static Column<String> text(String name, Presence presence, String what) {
    return new Text(name, presence, what, Text.NOT_BLANK);
  }

  /** Any text, e.g. a title. */
  static Column<String> anyText(String name, Presence presence, String what) {
    return new Text(name, presence, what, Text.ANY);
  }

  /**
   * A comma-separated list of text values, e.g. labels; the header may name it several times (see
   * {@link #repeatable}).
   */
  static Column<String> list(String name, String what) {
    Column<String> c = new Text(name, Presence.OPTIONAL, what, Text.ANY);
    c.repeatable = true;
    return c;
  }

  /** An id of the model's rule {@code [A-Za-z0-9._-]{1,64}}. */
  static Column<String> id(String name, Presence presence, String what) {
    return new Text(name, presence, what, Text.ID);
  }

  /**
   * One of an enum's constants, written as its name in lower case ({@code AD_HOC} as {@code
   * ad_hoc}), or a synonym of the mapping; the mapping may skip rows by value.
   */
  static <E extends Enum<E>> Column<E> choice(String name, Presence presence, E[] constants) {
    List<String> names = Stream.of(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    return new Choice<>(name, presence, names, List.of(constants));
  }

  /** {@code true} or {@code false}, or a synonym of the mapping. */
  static Column<Boolean> bool(String name, Presence presence) {
    return new Choice<>(name, presence, List.of("true", "false"), List.of(true, false));
  }

  /** A timestamp in the mapping's format, from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
  static Timestamp timestamp(String name, Presence presence) {
    return new Timestamp(name, presence);
  }

  /**
   * A date or timestamp in the mapping's format ({@link Timestamps#dated}); {@code what} names it
   * in the error for a blank cell.
   */
  static Column<Timestamps.Dated> dated(String name, Presence presence, String what) {
    return new Parsed<>(
        name, presence, Timestamps.Dated.class, what, m -> new Timestamps(m)::dated);
  }

  /**
   * A decimal ≥ 0 within JSON's number limit; {@code what} names it in errors ({@code "hours"}).
   */
  static Column<BigDecimal> decimal(String name, Presence presence, String what) {
    return new Parsed<>(
        name, presence, BigDecimal.class, what, m -> (b, s, e) -> decimal(what, presence, b, s, e));
  }

  /** This column's index in its table. */
  final int slot() {
    return slot;
  }

  /** Puts this column at {@code slot} of its table, once. */
  final void attach(int slot) {
    if (this.slot >= 0) {
      throw new IllegalStateException("column " + name + " is in a table already");
    }
    this.slot = slot;
  }

  /** The canonical values of a column with a fixed set of them, else empty. */
  List<String> values() {
    return List.of();
  }

  /** The reader of this column's cells under {@code mapping}, for one read. */
  abstract Cell cell(ColumnMapping mapping);

  /** The value the present cell {@code c} holds. */
  abstract V value(Cell c);

  /**
   * The value of this column in {@code row}.
   *
   * @throws IllegalStateException if the value is absent (a blank or missing cell of a column that
   *     is not {@link Presence#REQUIRED})
   */
  final V get(Row row) {
    Cell c = row.cell(slot);
    if (!c.present) {
      throw new IllegalStateException(name + " is absent");
    }
    return value(c);
  }

  /** The value of this column in {@code row}, or null when absent. */
  final @Nullable V find(Row row) {
    Cell c = row.cell(slot);
    return c.present ? value(c) : null;
  }

  @Override
  public String toString() {
    return name + " (" + presence.name().toLowerCase(Locale.ROOT) + ")";
  }

  /** A column's reader for one read: reads a cell and holds the value of the current row. */
  abstract static sealed class Cell permits TextCell, ChoiceCell, SecondCell, ObjectCell {
    /** Whether the current row has a value in this column (set by the engine). */
    boolean present;

    /**
     * Reads {@code b[s, e)}, trimmed and not empty.
     *
     * <p>The engine calls this for every cell of every row from one place, which sees all kinds of
     * cells: the type tests let the JIT inline the email reader's cells there instead of making a
     * virtual call per cell.
     *
     * @throws CsvRun.Bad if it is not a value of the column
     */
    final void read(char[] b, int s, int e) {
      if (this instanceof TextCell c) {
        c.readText(b, s, e);
      } else if (this instanceof ChoiceCell c) {
        c.readChoice(b, s, e);
      } else if (this instanceof SecondCell c) {
        c.readSecond(b, s, e);
      } else {
        ((ObjectCell) this).readObject(b, s, e);
      }
    }

    /** What the column expects, as in {@code "expected " + what()}, for a blank required cell. */
    abstract String what();

    /** Whether the mapping skips rows with some values of this column. */
    boolean skips() {
      return false;
    }

    /** Whether the mapping skips the rows with {@code b[s, e)} in this column. */
    boolean skips(char[] b, int s, int e) {
      return false;
    }
  }

  /** Text, checked by one of three rules; the string is made only when asked for. */
  private static final class Text extends Column<String> {
    static final int ANY = 0;
    static final int NOT_BLANK = 1;
    static final int ID = 2;

    private final String what;
    private final int rule;

    Text(String name, Presence presence, String what, int rule) {
      super(name, presence);
      this.what = what;
      this.rule = rule;
    }

    @Override
    Cell cell(ColumnMapping mapping) {
      return new TextCell(this);
    }

    @Override
    String value(Cell c) {
      return ((TextCell) c).text();
    }
  }

  private static final class TextCell extends Cell {
    private final Text column;
    private char[] b = new char[0];
    private int s;
    private int e;
    private @Nullable String text;

    TextCell(Text column) {
      this.column = column;
    }

    void readText(char[] b, int s, int e) {
      this.b = b;
      this.s = s;
      this.e = e;
      this.text = null;
      if (column.rule == Text.NOT_BLANK && isBlank(b, s, e)) {
        throw new CsvRun.Bad("expected " + column.what + " that is not blank" + orBlank());
      }
      if (column.rule == Text.ID && !Ids.isValid(text())) {
        throw new CsvRun.Bad("expected an id of 1 to 64 letters, digits, '.', '_' or '-'");
      }
    }

    private String orBlank() {
      return column.presence == Presence.REQUIRED ? "" : " (or blank)";
    }

    String text() {
      String t = text;
      if (t == null) {
        t = new String(b, s, e - s);
        text = t;
      }
      return t;
    }

    @Override
    String what() {
      return column.what;
    }

    /** {@link String#isBlank()} without making the string. */
    private static boolean isBlank(char[] b, int s, int e) {
      for (int i = s; i < e; i++) {
        if (!Character.isWhitespace(b[i])) {
          return false;
        }
      }
      return true;
    }
  }

  /** A fixed set of values, matched with the mapping's synonyms and skipped values. */
  private static final class Choice<E> extends Column<E> {
    private final List<String> names;
    private final List<E> constants;

    Choice(String name, Presence presence, List<String> names, List<E> constants) {
      super(name, presence);
      this.names = names;
      this.constants = constants;
    }

    @Override
    List<String> values() {
      return names;
    }

    @Override
    Cell cell(ColumnMapping mapping) {
      return new ChoiceCell(new Values(name, names, mapping), presence);
    }

    @Override
    E value(Cell c) {
      return constants.get(((ChoiceCell) c).code);
    }
  }

  private static final class ChoiceCell extends Cell {
    private final Values values;
    private final String bad;
    private int code;

    ChoiceCell(Values values, Presence presence) {
      this.values = values;
      this.bad = "expected " + values.what() + (presence == Presence.REQUIRED ? "" : " (or blank)");
    }

    void readChoice(char[] b, int s, int e) {
      int c = values.lookup(b, s, e);
      if (c < 0) {
        throw new CsvRun.Bad(bad);
      }
      code = c;
    }

    @Override
    String what() {
      return values.what();
    }

    @Override
    boolean skips() {
      return values.skips();
    }

    @Override
    boolean skips(char[] b, int s, int e) {
      return values.lookup(b, s, e) == Values.SKIP;
    }
  }

  /** A timestamp, held as its epoch second: {@link #second(Row)} reads it without an object. */
  static final class Timestamp extends Column<Instant> {
    Timestamp(String name, Presence presence) {
      super(name, presence);
    }

    /**
     * The epoch second of this column in {@code row}.
     *
     * @throws IllegalStateException if the value is absent
     */
    long second(Row row) {
      Cell c = row.cell(slot());
      if (!c.present) {
        throw new IllegalStateException(name + " is absent");
      }
      return ((SecondCell) c).second;
    }

    @Override
    Cell cell(ColumnMapping mapping) {
      return new SecondCell(new Timestamps(mapping));
    }

    @Override
    Instant value(Cell c) {
      return Instant.ofEpochSecond(((SecondCell) c).second);
    }
  }

  private static final class SecondCell extends Cell {
    private final Timestamps timestamps;
    private long second;

    SecondCell(Timestamps timestamps) {
      this.timestamps = timestamps;
    }

    void readSecond(char[] b, int s, int e) {
      second = timestamps.epochSecond(b, s, e);
    }

    @Override
    String what() {
      return timestamps.expectedSecond();
    }
  }

  /** A parser of a column's cells under one mapping. */
  @FunctionalInterface
  interface Parser<V> {
    /**
     * The value of {@code b[s, e)}, trimmed and not empty.
     *
     * @throws CsvRun.Bad if it is not a value of the column
     */
    V parse(char[] b, int s, int e);
  }

  /** A column whose cells a parser made for the mapping reads into objects of type {@code V}. */
  private static final class Parsed<V> extends Column<V> {
    private final Class<V> type;
    private final String what;
    private final Function<ColumnMapping, Parser<? extends V>> parser;

    Parsed(
        String name,
        Presence presence,
        Class<V> type,
        String what,
        Function<ColumnMapping, Parser<? extends V>> parser) {
      super(name, presence);
      this.type = type;
      this.what = what;
      this.parser = parser;
    }

    @Override
    Cell cell(ColumnMapping mapping) {
      return new ObjectCell(what, parser.apply(mapping));
    }

    @Override
    V value(Cell c) {
      return type.cast(((ObjectCell) c).value);
    }
  }

  /** A cell whose value is an object made when it is read. */
  private static final class ObjectCell extends Cell {
    private final String what;
    private final Parser<?> parser;
    private Object value = "";

    ObjectCell(String what, Parser<?> parser) {
      this.what = what;
      this.parser = parser;
    }

    void readObject(char[] b, int s, int e) {
      value = parser.parse(b, s, e);
    }

    @Override
    String what() {
      return what;
    }
  }

  /**
   * A decimal ({@code what} in errors, e.g. {@code hours}): ASCII digits with an optional {@code .}
   * fraction and exponent, within {@link #MAX_NUMBER}, at least 0.
   */
  private static BigDecimal decimal(String what, Presence presence, char[] b, int s, int e) {
    if (!Numbers.lengthWithin(e - s, MAX_NUMBER)) {
      throw new CsvRun.Bad("expected " + what + " of at most " + MAX_NUMBER + " characters");
    }
    if (!isDecimal(b, s, e)) {
      throw new CsvRun.Bad(
          "expected a decimal number of "
              + what
              + " such as 3.5"
              + (presence == Presence.REQUIRED ? "" : ", or blank"));
    }
    BigDecimal v;
    try {
      v = new BigDecimal(b, s, e - s);
    } catch (NumberFormatException | ArithmeticException ex) {
      // the syntax is fine, so the exponent is out of int range
      throw new CsvRun.Bad(
          "expected " + what + " of at most " + MAX_NUMBER + " digits written out");
    }
    if (!Numbers.digitsWithin(v, MAX_NUMBER)) {
      throw new CsvRun.Bad(
          "expected "
              + what
              + " of at most "
              + MAX_NUMBER
              + " digits written out (this one has "
              + Numbers.plainDigits(v)
              + ")");
    }
    if (v.signum() < 0) {
      throw new CsvRun.Bad("expected " + what + " of at least 0");
    }
    return v;
  }

  /**
   * Whether {@code b[s, e)} is {@code [+-]?(D+(.D*)?|.D+)([eE][+-]?D+)?} with ASCII digits D: what
   * {@link BigDecimal} reads, less its other Unicode digits.
   */
  static boolean isDecimal(char[] b, int s, int e) {
    int i = s;
    if (i < e && (b[i] == '+' || b[i] == '-')) {
      i++;
    }
    int digits = 0;
    while (i < e && isDigit(b[i])) {
      i++;
      digits++;
    }
    if (i < e && b[i] == '.') {
      i++;
      while (i < e && isDigit(b[i])) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < e && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < e && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int exp = i;
      while (i < e && isDigit(b[i])) {
        i++;
      }
      if (i == exp) {
        return false;
      }
    }
    return i == e;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
