package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Ids;
import dev.mops.core.internal.Numbers;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads work items from CSV ({@code id,created_at,kind,urgent,hours,story_points,vision_aligned},
 * optionally {@code title}; DESIGN §6), streaming, into a {@link CsvSink}: a list's {@code add},
 * code of your own, or (by a convenience overload) a {@link WorkMixAccumulator}.
 *
 * <pre>{@code
 * List<WorkItem> items = WorkItemsCsv.read(Path.of("work.csv"));
 * WorkMixAccumulator mix = new WorkMixAccumulator();
 * WorkItemsCsv.builder().mapping(ColumnMapping.jira()).build().readInto(Path.of("jira.csv"), mix);
 * }</pre>
 *
 * <p>Values (trimmed of spaces and tabs; a blank cell is empty or only spaces and tabs): {@code id}
 * follows the model's id rule {@code [A-Za-z0-9._-]{1,64}} (a Jira key like {@code OPS-101} does);
 * {@code created_at} is an ISO-8601 date ({@code 2027-03-02}) or timestamp, whose date is taken as
 * written (an offset does not move it), or follows the mapping's pattern, in the years 1 to 9999;
 * {@code kind} is {@code planned} or {@code ad_hoc}; {@code urgent} and {@code vision_aligned} are
 * {@code true} or {@code false} (any case, plus the mapping's synonyms). These five are required:
 * blank, they make the row bad. {@code hours} and {@code story_points} are decimals ≥ 0, and a
 * blank one is absent, not 0 (the work-mix shares leave the item out of that unit and report how
 * many they left out). A blank {@code title} is absent.
 *
 * <p>Numbers: ASCII digits with an optional fraction and exponent ({@code 3}, {@code 3.5}, {@code
 * .5}, {@code 2e1}); not {@code NaN}, {@code Infinity}, hex, digit grouping or other scripts'
 * digits. They have the default number limit of JSON plan documents (100, as {@code
 * ReadLimits.maxNumberLength()} in mops-json starts with): at most 100 characters, and at most 100
 * digits when written out in plain notation, so {@code 1e999999} (a million digits) and {@code
 * 1e-999999} are bad rows.
 *
 * <p>Errors, collecting bad rows, skipped rows, UTF-8 and I/O behave as in {@link EmailEventsCsv}.
 * An exception thrown by the sink is not caught.
 *
 * <p>Immutable and thread-safe; each call reads one input.
 *
 * @since 0.1.0
 */
public final class WorkItemsCsv {
  private static final int ID = 0;
  private static final int CREATED = 1;
  private static final int KIND = 2;
  private static final int URGENT = 3;
  private static final int HOURS = 4;
  private static final int POINTS = 5;
  private static final int VISION = 6;
  private static final int TITLE = 7;
  private static final WorkKind[] KINDS = {WorkKind.PLANNED, WorkKind.AD_HOC};

  /** The number limit of JSON plan documents, for hours and story points too. */
  private static final int MAX_NUMBER = Numbers.DEFAULT_MAX_LENGTH;

  private final ColumnMapping mapping;
  private final int keep;

  private WorkItemsCsv(Builder b) {
    this.mapping = b.mapping;
    this.keep = b.keep;
  }

  /**
   * The work items of the standard-layout CSV {@code file}, in file order.
   *
   * @throws CsvImportException at the first bad row, or for a bad header
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static List<WorkItem> read(Path file) {
    return read(file, ColumnMapping.standard());
  }

  /**
   * The work items of {@code file} read with {@code mapping}, in file order.
   *
   * @throws CsvImportException at the first bad row, or for a bad header
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static List<WorkItem> read(Path file, ColumnMapping mapping) {
    List<WorkItem> items = new ArrayList<>();
    builder().mapping(mapping).build().readInto(file, items::add);
    return List.copyOf(items);
  }

  /** A builder of a reader: standard mapping, failing on the first bad row. */
  public static Builder builder() {
    return new Builder();
  }

  /** The column mapping. */
  public ColumnMapping mapping() {
    return mapping;
  }

  /**
   * Reads the CSV {@code file} (UTF-8), giving each work item to {@code sink} (see {@link CsvSink}
   * for the contract).
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Path file, CsvSink<? super WorkItem> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRun.runFile(file, name -> new Run(name, sink));
  }

  /**
   * Reads CSV text from {@code reader}, giving each work item to {@code sink}; errors name the
   * source {@code <input>}. The reader is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Reader reader, CsvSink<? super WorkItem> sink) {
    requireNonNull(reader, "reader");
    requireNonNull(sink, "sink");
    return new Run("<input>", sink).run(reader);
  }

  /**
   * Reads UTF-8 CSV from {@code in}, giving each work item to {@code sink}; errors name the source
   * {@code <input>}. The stream is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(InputStream in, CsvSink<? super WorkItem> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return new Run("<input>", sink).run(CsvRun.utf8(in));
  }

  /**
   * Reads the CSV {@code file} (UTF-8) into {@code mix}: the same as {@code readInto(file,
   * mix::accept)}.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Path file, WorkMixAccumulator mix) {
    requireNonNull(mix, "mix");
    return readInto(file, (CsvSink<WorkItem>) mix::accept);
  }

  /**
   * Reads CSV text from {@code reader} into {@code mix}, as {@code readInto(reader, mix::accept)};
   * the reader is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Reader reader, WorkMixAccumulator mix) {
    requireNonNull(mix, "mix");
    return readInto(reader, (CsvSink<WorkItem>) mix::accept);
  }

  /**
   * Reads UTF-8 CSV from {@code in} into {@code mix}, as {@code readInto(in, mix::accept)}; the
   * stream is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(InputStream in, WorkMixAccumulator mix) {
    requireNonNull(mix, "mix");
    return readInto(in, (CsvSink<WorkItem>) mix::accept);
  }

  /** Reads as {@code work items CSV reader (column mapping standard, fail on a bad row)}. */
  @Override
  public String toString() {
    return "work items CSV reader ("
        + mapping
        + ", "
        + (keep < 0 ? "fail on a bad row" : "collect bad rows, keep " + keep)
        + ")";
  }

  private final class Run extends CsvRun {
    private final CsvSink<? super WorkItem> sink;
    private final Values kinds = new Values("kind", mapping);
    private final Values urgent = new Values("urgent", mapping);
    private final Values vision = new Values("vision_aligned", mapping);
    private final Timestamps timestamps = new Timestamps(mapping);

    Run(String source, CsvSink<? super WorkItem> sink) {
      super(source, WorkItemsCsv.this.mapping, keep, ColumnMapping.WORK_COLUMNS, 7);
      this.sink = sink;
    }

    @Override
    boolean row(CsvTokenizer t) {
      char[] b = t.chars();
      current = ID;
      String id = t.field(field[ID]);
      if (id.isEmpty()) {
        throw new Bad("expected a work item id");
      }
      if (!Ids.isValid(id)) {
        throw new Bad("expected an id of 1 to 64 letters, digits, '.', '_' or '-'");
      }
      current = KIND;
      int f = field[KIND];
      int kind = kinds.lookup(b, t.start(f), t.end(f));
      if (kind == Values.SKIP) {
        return false;
      }
      if (kind < 0) {
        throw new Bad(kinds.expected());
      }
      current = CREATED;
      f = field[CREATED];
      if (t.start(f) == t.end(f)) {
        throw new Bad("expected a creation date");
      }
      LocalDate created = timestamps.date(b, t.start(f), t.end(f));
      current = URGENT;
      Boolean isUrgent = bool(t, urgent, URGENT);
      if (isUrgent == null) {
        return false;
      }
      current = HOURS;
      BigDecimal hours = decimal(t, HOURS, "hours");
      current = POINTS;
      BigDecimal points = decimal(t, POINTS, "story points");
      current = VISION;
      Boolean aligned = bool(t, vision, VISION);
      if (aligned == null) {
        return false;
      }
      WorkItem.Builder item =
          WorkItem.builder()
              .id(id)
              .createdOn(created)
              .kind(KINDS[kind])
              .urgent(isUrgent)
              .visionAligned(aligned);
      if (hours != null) {
        item.hours(hours);
      }
      if (points != null) {
        item.storyPoints(points);
      }
      if (has(TITLE)) {
        String title = t.field(field[TITLE]);
        if (!title.isEmpty()) {
          item.title(title);
        }
      }
      current = -1;
      WorkItem built;
      try {
        built = item.build();
      } catch (IllegalArgumentException ex) {
        throw new Bad("expected a valid work item: " + ex.getMessage());
      }
      sink.accept(built);
      return true;
    }

    /** True or false, or null when the row is skipped. */
    private @Nullable Boolean bool(CsvTokenizer t, Values values, int slot) {
      int f = field[slot];
      int code = values.lookup(t.chars(), t.start(f), t.end(f));
      if (code == Values.SKIP) {
        return null;
      }
      if (code < 0) {
        throw new Bad(values.expected());
      }
      return code == 0;
    }

    /**
     * The decimal of {@code slot}, or null when blank (only spaces and tabs) or the column is
     * absent: ASCII digits with an optional {@code .} fraction and exponent, within the number
     * limit, at least 0.
     */
    private @Nullable BigDecimal decimal(CsvTokenizer t, int slot, String what) {
      if (!has(slot)) {
        return null;
      }
      int f = field[slot];
      int s = t.start(f);
      int e = t.end(f);
      if (s == e) {
        return null;
      }
      if (!Numbers.lengthWithin(e - s, MAX_NUMBER)) {
        throw new Bad("expected " + what + " of at most " + MAX_NUMBER + " characters");
      }
      char[] b = t.chars();
      if (!isDecimal(b, s, e)) {
        throw new Bad("expected a decimal number of " + what + " such as 3.5, or blank");
      }
      BigDecimal v;
      try {
        v = new BigDecimal(b, s, e - s);
      } catch (NumberFormatException | ArithmeticException ex) {
        // the syntax is fine, so the exponent is out of int range
        throw new Bad("expected " + what + " of at most " + MAX_NUMBER + " digits written out");
      }
      if (!Numbers.digitsWithin(v, MAX_NUMBER)) {
        throw new Bad(
            "expected "
                + what
                + " of at most "
                + MAX_NUMBER
                + " digits written out"
                + " (this one has "
                + Numbers.plainDigits(v)
                + ")");
      }
      if (v.signum() < 0) {
        throw new Bad("expected " + what + " of at least 0");
      }
      return v;
    }
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

  /**
   * Builds a {@link WorkItemsCsv} reader.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ColumnMapping mapping = ColumnMapping.standard();
    private int keep = -1;

    private Builder() {}

    /**
     * Reads with {@code mapping} (default {@link ColumnMapping#standard()}).
     *
     * @throws NullPointerException if {@code mapping} is null
     */
    public Builder mapping(ColumnMapping mapping) {
      this.mapping = requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Collects bad rows instead of failing on the first: every bad row is counted in the {@link
     * CsvImportSummary}, and the first {@code keep} are kept with their line and reason.
     *
     * @throws IllegalArgumentException if {@code keep} is negative
     */
    public Builder collectBadRows(int keep) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep must be >= 0, got " + keep);
      }
      this.keep = keep;
      return this;
    }

    /** Fails on the first bad row (the default). */
    public Builder failOnBadRow() {
      this.keep = -1;
      return this;
    }

    /** The reader. */
    public WorkItemsCsv build() {
      return new WorkItemsCsv(this);
    }
  }
}
