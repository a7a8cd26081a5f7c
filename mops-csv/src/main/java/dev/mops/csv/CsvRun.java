package dev.mops.csv;

import dev.mops.core.internal.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The reader engine: one import of one CSV input against a {@link CsvTable}. It matches the header
 * with the column mapping, then for each row checks the width, skips the rows the mapping skips,
 * has each column read its trimmed cell (a blank cell is a bad row in a required column and absent
 * in another) and hands the row to a {@link Delivery}; it turns bad rows into {@link
 * CsvImportException}s, thrown or collected, and counts all into a {@link CsvImportSummary}.
 *
 * <p>A row with a value the mapping skips is skipped whatever its other cells hold; otherwise the
 * first bad cell in the table's column order makes the row bad.
 */
final class CsvRun {
  /** A bad value in the column being read; the run adds where. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bad(String problem) {
      super(problem, null, false, false);
    }
  }

  /** What the run does with a good row: makes the reader's value and gives it on. */
  @FunctionalInterface
  interface Delivery {
    /**
     * Delivers {@code row}.
     *
     * @throws Bad if the row's values do not make a value together (the row is bad, no column)
     */
    void accept(Row row);
  }

  /** The most header names an error lists. */
  private static final int NAMES_SHOWN = 20;

  /** The most distinct skipped values a summary names. */
  static final int SKIPPED_VALUES_KEPT = 50;

  private final String source;
  private final CsvTable table;
  private final ColumnMapping mapping;
  private final int keep; // -1: fail on the first bad row
  private final Delivery delivery;
  private final Column.Cell[] cells;
  private final Row row;

  /** For each column (slot), its field index in the row, or -1 when absent. */
  private final int[] field;

  /** For each repeatable column (slot) the header names more than once, its other fields. */
  private final int[] @Nullable [] more;

  /** The slots of the columns in the header, in order. */
  private int[] reading = new int[0];

  /** The slots whose values may skip a row, checked before the others. */
  private int[] skipping = new int[0];

  /** For each slot, whether a blank cell makes the row bad. */
  private final boolean[] required;

  private String[] header = new String[0];

  /** The slot being read, for errors; -1 for none. */
  private int current;

  private long rows;
  private long imported;
  private long skipped;
  private long bad;
  private final List<CsvImportException> kept = new ArrayList<>();

  /** The values (as first written) whose rows the mapping skipped, with how many rows each. */
  private final java.util.Map<String, Long> skippedValues = new java.util.LinkedHashMap<>();

  /** Whether a skipped value was counted under {@code …}, past the distinct values kept. */
  private boolean skippedOverflow;

  CsvRun(String source, CsvTable table, ColumnMapping mapping, int keep, Delivery delivery) {
    this.source = source;
    this.table = table;
    this.mapping = mapping;
    this.keep = keep;
    this.delivery = delivery;
    List<Column<?>> columns = table.columns();
    this.cells = new Column.Cell[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = columns.get(i).cell(mapping);
    }
    this.row = new Row(cells);
    this.field = new int[cells.length];
    this.more = new int[cells.length][];
    this.required = new boolean[cells.length];
    for (int i = 0; i < cells.length; i++) {
      required[i] = columns.get(i).presence == Column.Presence.REQUIRED;
    }
  }

  /** Reads {@code file} as UTF-8 with the run {@code run} makes for the file's name. */
  static CsvImportSummary runFile(Path file, java.util.function.Function<String, CsvRun> run) {
    try (InputStream in = Files.newInputStream(file)) {
      return run.apply(file.toString()).run(utf8(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A strict UTF-8 reader of {@code in}: malformed input is an error on the line where it is, not a
   * replacement.
   */
  static Reader utf8(InputStream in) {
    return new Utf8Reader(in);
  }

  /** Reads all of {@code reader}, which the caller closes. */
  CsvImportSummary run(Reader reader) {
    return run(new CsvTokenizer(reader), null);
  }

  /**
   * Reads all rows of {@code t}: the header first, or, when {@code known} is not null, only data
   * rows under the header {@code known} (a later part of a file read in parallel, whose header was
   * read already and matched).
   */
  CsvImportSummary run(CsvTokenizer t, String @Nullable [] known) {
    try {
      if (known != null) {
        header(known.clone(), 1);
      } else {
        if (!t.next()) {
          throw CsvImportException.ofFile(
              source,
              t.nextLine(),
              "expected a header row naming the columns "
                  + String.join(", ", requiredNames())
                  + ", got no rows at all");
        }
        header(names(t), t.line());
      }
      int width = header.length;
      while (t.next()) {
        rows++;
        if (t.fieldCount() != width) {
          wrongWidth(t, width);
          continue;
        }
        current = -1;
        try {
          if (row(t)) {
            imported++;
          } else {
            skipped++;
          }
        } catch (Bad b) {
          int f = current < 0 ? -1 : field[current];
          problem(t.line(), f, f < 0 ? null : t.raw(f), String.valueOf(b.getMessage()));
        }
      }
    } catch (CsvTokenizer.Malformed m) {
      int f = m.field - 1;
      throw new CsvImportException(
          source,
          m.line,
          f >= 0 && f < header.length ? header[f] : null,
          null,
          m.field,
          null,
          String.valueOf(m.getMessage()),
          true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CsvImportSummary(source, rows, imported, skipped, bad, kept, skippedValues);
  }

  /**
   * Starts the count of skipped values from {@code counts} (those of the parts of the file before
   * this one), so that values are named and cut off as when the file is read in one piece.
   */
  void seedSkipped(java.util.Map<String, Long> counts) {
    skippedValues.putAll(counts);
  }

  /** Whether some skipped value was counted under {@code …}. */
  boolean skippedOverflow() {
    return skippedOverflow;
  }

  /**
   * Counts a row skipped for {@code value}, under the first spelling seen of it (values match
   * case-insensitively); past {@value #SKIPPED_VALUES_KEPT} distinct values the rest count as
   * {@code …}.
   */
  private void countSkipped(String value) {
    String key = null;
    for (String k : skippedValues.keySet()) {
      if (k.equalsIgnoreCase(value)) {
        key = k;
        break;
      }
    }
    if (key == null) {
      if (skippedValues.size() < SKIPPED_VALUES_KEPT) {
        key = value;
      } else {
        key = "…";
        skippedOverflow = true;
      }
    }
    skippedValues.merge(key, 1L, Long::sum);
  }

  /**
   * Reads the current row of {@code t} and delivers it: true when imported, false when skipped by
   * the mapping.
   *
   * @throws Bad for a bad value in column {@link #current}, or a row that makes no value
   */
  private boolean row(CsvTokenizer t) {
    char[] b = t.chars();
    for (int slot : skipping) {
      int f = field[slot];
      int s = t.start(f);
      int e = t.end(f, s);
      if (cells[slot].skips(b, s, e)) {
        countSkipped(new String(b, s, e - s));
        return false;
      }
    }
    for (int slot : reading) {
      Column.Cell cell = cells[slot];
      int f = field[slot];
      current = slot;
      int s = t.start(f);
      int e = t.end(f, s);
      char[] cb = b;
      int[] others = more[slot];
      if (others != null) {
        cb = joined(t, f, others);
        s = 0;
        e = cb.length;
      }
      if (s == e) {
        if (required[slot]) {
          throw new Bad("expected " + cell.what());
        }
        cell.present = false;
      } else {
        cell.read(cb, s, e);
        cell.present = true;
      }
    }
    current = -1;
    delivery.accept(row);
    return true;
  }

  /** The non-blank cells of fields {@code first} and {@code others}, joined with commas. */
  private static char[] joined(CsvTokenizer t, int first, int[] others) {
    StringBuilder sb = new StringBuilder();
    for (int i = -1; i < others.length; i++) {
      int f = i < 0 ? first : others[i];
      int s = t.start(f);
      int e = t.end(f, s);
      if (s < e) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(t.chars(), s, e - s);
      }
    }
    char[] out = new char[sb.length()];
    sb.getChars(0, out.length, out, 0);
    return out;
  }

  /** The first header names of the columns the header must have. */
  private List<String> requiredNames() {
    List<String> out = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      if (c.presence.inHeader()) {
        out.add(mapping.headers(c.name).get(0));
      }
    }
    return out;
  }

  /** The fields of the current row of {@code t}, trimmed: the header's names. */
  static String[] names(CsvTokenizer t) {
    String[] names = new String[t.fieldCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = t.field(i);
    }
    return names;
  }

  /**
   * Matches the header {@code found} (on {@code line}) with the mapping's columns.
   *
   * @throws CsvImportException for a missing, doubled or (when the mapping allows none) extra
   *     column
   */
  void header(String[] found, long line) {
    header = found;
    boolean[] used = new boolean[header.length];
    List<String> missing = new ArrayList<>();
    List<Integer> missingSlots = new ArrayList<>();
    List<Integer> read = new ArrayList<>();
    List<Integer> skips = new ArrayList<>();
    for (int slot = 0; slot < cells.length; slot++) {
      Column<?> column = table.columns().get(slot);
      List<String> names = mapping.headers(column.name);
      field[slot] = find(names, line, column.repeatable ? slot : -1);
      cells[slot].present = false;
      if (field[slot] >= 0) {
        used[field[slot]] = true;
        int[] others = more[slot];
        if (others != null) {
          for (int o : others) {
            used[o] = true;
          }
        }
        read.add(slot);
        if (cells[slot].skips()) {
          skips.add(slot);
        }
      } else if (column.presence.inHeader() && !names.isEmpty()) {
        missingSlots.add(slot);
      }
    }
    for (int slot : missingSlots) {
      Column<?> column = table.columns().get(slot);
      List<String> names = mapping.headers(column.name);
      String suggestion = suggestion(names, header, used);
      missing.add(
          column.name
              + (names.equals(List.of(column.name)) && suggestion.isEmpty()
                  ? ""
                  : " ("
                      + (names.equals(List.of(column.name))
                          ? suggestion
                          : "looked for "
                              + quoteNames(names)
                              + (suggestion.isEmpty() ? "" : "; " + suggestion))
                      + ")"));
    }
    reading = read.stream().mapToInt(Integer::intValue).toArray();
    skipping = skips.stream().mapToInt(Integer::intValue).toArray();
    if (!missing.isEmpty()) {
      throw CsvImportException.ofFile(
          source,
          line,
          (missing.size() == 1 ? "missing column " : "missing columns ")
              + String.join(", ", missing)
              + "; the header has: "
              + quoteNames(List.of(header)));
    }
    if (!mapping.allowsExtraColumns()) {
      for (int i = 0; i < header.length; i++) {
        if (!used[i]) {
          throw new CsvImportException(
              source,
              line,
              header[i],
              null,
              i + 1,
              null,
              "expected only the columns of the mapping (it allows no extra columns)",
              true);
        }
      }
    }
  }

  /**
   * The field of the first of {@code names} in the header, or -1.
   *
   * @throws CsvImportException if that name is in the header twice, unless {@code repeatable} is
   *     the slot of a repeatable column (whose other fields then go to {@link #more})
   */
  private int find(List<String> names, long line, int repeatable) {
    for (String name : names) {
      int at = -1;
      List<Integer> others = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        if (header[i].equals(name)) {
          if (at >= 0 && repeatable >= 0) {
            others.add(i);
            continue;
          }
          if (at >= 0) {
            throw CsvImportException.ofFile(
                source,
                line,
                "expected column "
                    + CsvImportException.quote(name)
                    + " once in the header, got it in columns "
                    + (at + 1)
                    + " and "
                    + (i + 1));
          }
          at = i;
        }
      }
      if (at >= 0) {
        if (!others.isEmpty()) {
          more[repeatable] = others.stream().mapToInt(Integer::intValue).toArray();
        }
        return at;
      }
    }
    return -1;
  }

  /** The names quoted, the first {@value #NAMES_SHOWN} of them when there are more. */
  private static String quoteNames(List<String> names) {
    StringJoiner j = new StringJoiner(", ");
    names.stream().limit(NAMES_SHOWN).forEach(n -> j.add(CsvImportException.quote(n)));
    if (names.size() > NAMES_SHOWN) {
      j.add("… " + (names.size() - NAMES_SHOWN) + " more");
    }
    return j.toString();
  }

  private void wrongWidth(CsvTokenizer t, int width) {
    int n = t.fieldCount();
    String problem =
        "expected " + width + (width == 1 ? " field" : " fields") + " as in the header, got " + n;
    if (n < width) {
      problem(t.line(), n, null, problem);
    } else {
      problem(t.line(), width, t.raw(width), problem);
    }
  }

  /** Counts a bad row; throws it unless collecting. {@code f} is a 0-based field or -1. */
  private void problem(long line, int f, @Nullable String value, String problem) {
    bad++;
    @Nullable String column = f >= 0 && f < header.length ? header[f] : null;
    @Nullable String mapped = null;
    for (int slot = 0; slot < field.length && column != null; slot++) {
      if (field[slot] == f) {
        mapped = table.columns().get(slot).name;
      }
    }
    if (keep < 0) {
      throw new CsvImportException(source, line, column, mapped, f + 1, value, problem, true);
    }
    if (kept.size() < keep) {
      kept.add(new CsvImportException(source, line, column, mapped, f + 1, value, problem, false));
    }
  }

  /**
   * "did you mean \"Email\"?" when a header cell no column claimed is close to one of a missing
   * column's names (edit distance, ignoring case), else empty. Bounded by the header's size.
   */
  private static String suggestion(List<String> names, String[] header, boolean[] used) {
    String best = "";
    for (String name : names) {
      Suggestions s = Suggestions.closeTo(name);
      for (int i = 0; i < header.length; i++) {
        if (!used[i]) {
          s.offer(header[i].strip());
        }
      }
      Optional<String> found = s.best();
      if (found.isPresent()) {
        best = "did you mean " + quoteNames(List.of(found.get())) + "?";
        break;
      }
    }
    return best;
  }
}
