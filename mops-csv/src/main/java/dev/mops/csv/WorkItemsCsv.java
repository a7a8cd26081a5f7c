package dev.mops.csv;

import static dev.mops.csv.Column.Presence.NULLABLE;
import static dev.mops.csv.Column.Presence.OPTIONAL;
import static dev.mops.csv.Column.Presence.REQUIRED;
import static java.util.Objects.requireNonNull;

import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * {@code created_at} is an ISO-8601 date ({@code 2027-03-02}), kept as written, or a timestamp
 * (ISO, the mapping's pattern or epoch milliseconds, read exactly as an email event's {@code
 * occurred_at}), dated in the reader's {@link Builder#zone zone}, UTC unless named: {@code
 * 2027-03-31T21:50:00-05:00} is 2027-04-01 in UTC, as the same email event counts in April (DESIGN
 * §9); a timestamp without an offset, when the mapping sets no default zone, keeps the date written
 * (it is taken to be in the reader's zone); in the years 1 to 9999; {@code kind} is {@code planned}
 * or {@code ad_hoc}; {@code urgent} and {@code vision_aligned} are {@code true} or {@code false}
 * (any case, plus the mapping's synonyms). These five are required: blank, they make the row bad.
 * {@code hours} and {@code story_points} are decimals ≥ 0, and a blank one is absent, not 0 (the
 * work-mix shares leave the item out of that unit and report how many they left out). A blank
 * {@code title} is absent.
 *
 * <p><b>Exports of trackers</b> ({@link WorkPresets}): a mapping may declare {@code kind}, {@code
 * urgent} and {@code vision_aligned} {@linkplain ColumnMapping.Builder#absent absent}; the reader
 * then derives each from the optional columns {@code priority}, {@code issue_type} and {@code
 * labels} (comma-separated; the header may repeat it, as Jira's one {@code Labels} column per
 * label, whose cells are then joined) by its {@link WorkClassification} (the documented default
 * table unless {@link Builder#classification} names another). The optional {@code
 * time_spent_seconds} (Jira's {@code Time Spent}) gives the hours of an item whose {@code hours} is
 * blank or absent: seconds ÷ 3600, to 34 significant digits.
 *
 * <p>Numbers: ASCII digits with an optional fraction and exponent ({@code 3}, {@code 3.5}, {@code
 * .5}, {@code 2e1}); not {@code NaN}, {@code Infinity}, hex, digit grouping or other scripts'
 * digits. They have the default number limit of JSON plan documents (100, as {@code
 * ReadLimits.maxNumberLength()} in mops-json starts with): at most 100 characters, and at most 100
 * digits when written out in plain notation, so {@code 1e999999} (a million digits) and {@code
 * 1e-999999} are bad rows.
 *
 * <p>Bad rows, skipped rows, UTF-8 and I/O behave as described in {@link CsvReader}; a bad row's
 * cells are checked in the order of the columns above. An exception thrown by the sink is not
 * caught.
 *
 * <p>Immutable and thread-safe; each call reads one input.
 *
 * @since 0.1.0
 */
public final class WorkItemsCsv extends CsvReader<WorkItem> {
  private static final Column<String> ID = Column.id("id", REQUIRED, "a work item id");
  private static final Column<Timestamps.Dated> CREATED =
      Column.dated("created_at", REQUIRED, "a creation date");
  private static final Column<WorkKind> KIND = Column.choice("kind", REQUIRED, WorkKind.values());
  private static final Column<Boolean> URGENT = Column.bool("urgent", REQUIRED);
  private static final Column<BigDecimal> HOURS = Column.decimal("hours", NULLABLE, "hours");
  private static final Column<BigDecimal> POINTS =
      Column.decimal("story_points", NULLABLE, "story points");
  private static final Column<Boolean> VISION = Column.bool("vision_aligned", REQUIRED);
  private static final Column<String> TITLE = Column.anyText("title", OPTIONAL, "a title");
  private static final Column<String> PRIORITY = Column.anyText("priority", OPTIONAL, "a priority");
  private static final Column<String> TYPE =
      Column.anyText("issue_type", OPTIONAL, "an issue type");
  private static final Column<String> LABELS = Column.list("labels", "labels");
  private static final Column<BigDecimal> SECONDS =
      Column.decimal("time_spent_seconds", OPTIONAL, "seconds spent");

  /** The columns of a work items file. */
  static final CsvTable TABLE =
      CsvTable.of(
          ID, CREATED, KIND, URGENT, HOURS, POINTS, VISION, TITLE, PRIORITY, TYPE, LABELS, SECONDS);

  /**
   * The required columns a mapping may declare absent: the reader then derives them from {@code
   * priority}, {@code issue_type} and {@code labels} by its {@link WorkClassification}.
   */
  static final List<String> DERIVED = List.of(KIND.name, URGENT.name, VISION.name);

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private final ZoneId zone;
  private final WorkClassification classification;
  private final boolean deriveKind;
  private final boolean deriveUrgent;
  private final boolean deriveVision;

  private WorkItemsCsv(Builder b) {
    super("work items CSV reader", TABLE, b);
    this.zone = b.zone;
    this.classification = b.classification;
    this.deriveKind = mapping().headers(KIND.name).isEmpty();
    this.deriveUrgent = mapping().headers(URGENT.name).isEmpty();
    this.deriveVision = mapping().headers(VISION.name).isEmpty();
  }

  /**
   * The table that classifies items whose mapping declares {@code kind}, {@code urgent} or {@code
   * vision_aligned} absent ({@link WorkClassification#defaults()} unless the builder names one).
   *
   * @since 0.2
   */
  public WorkClassification classification() {
    return classification;
  }

  /**
   * The zone whose calendar dates a {@code created_at} timestamp is dated in (UTC unless the
   * builder names one), as an email accumulator's zone picks an event's month.
   *
   * @since 0.2
   */
  public ZoneId zone() {
    return zone;
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

  @Override
  WorkItem value(Row row) {
    String list = LABELS.find(row);
    List<String> labels = list == null ? List.of() : WorkClassification.labels(list);
    WorkItem.Builder item =
        WorkItem.builder()
            .id(ID.get(row))
            .createdOn(CREATED.get(row).in(zone))
            .kind(
                deriveKind
                    ? (classification.adHoc(key(TYPE.find(row)), labels)
                        ? WorkKind.AD_HOC
                        : WorkKind.PLANNED)
                    : KIND.get(row))
            .urgent(
                deriveUrgent
                    ? classification.urgent(key(PRIORITY.find(row)), labels)
                    : URGENT.get(row))
            .visionAligned(deriveVision ? classification.visionAligned(labels) : VISION.get(row));
    BigDecimal hours = HOURS.find(row);
    if (hours == null) {
      BigDecimal seconds = SECONDS.find(row);
      if (seconds != null) {
        hours = seconds.divide(SECONDS_PER_HOUR, MathContext.DECIMAL128).stripTrailingZeros();
      }
    }
    if (hours != null) {
      item.hours(hours);
    }
    BigDecimal points = POINTS.find(row);
    if (points != null) {
      item.storyPoints(points);
    }
    String title = TITLE.find(row);
    if (title != null) {
      item.title(title);
    }
    try {
      return item.build();
    } catch (IllegalArgumentException ex) {
      throw new CsvRun.Bad("expected a valid work item: " + ex.getMessage());
    }
  }

  private static String key(@Nullable String text) {
    return text == null ? "" : WorkClassification.key(text);
  }

  /**
   * Builds a {@link WorkItemsCsv} reader.
   *
   * @since 0.1.0
   */
  public static final class Builder extends CsvReader.Builder<Builder> {
    private ZoneId zone = ZoneOffset.UTC;
    private WorkClassification classification = WorkClassification.defaults();

    private Builder() {}

    /**
     * Dates {@code created_at} timestamps in {@code zone} (default UTC): an item counts in the
     * month of its creation instant there, whatever offset the file writes, exactly as an email
     * event counts in the month of its accumulator's zone (DESIGN §9, Work items).
     *
     * @throws NullPointerException if {@code zone} is null
     * @since 0.2
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Classifies items by {@code classification} (default {@link WorkClassification#defaults()})
     * where the mapping declares {@code kind}, {@code urgent} or {@code vision_aligned} absent.
     *
     * @throws NullPointerException if {@code classification} is null
     * @since 0.2
     */
    public Builder classification(WorkClassification classification) {
      this.classification = requireNonNull(classification, "classification");
      return this;
    }

    /** The reader. */
    @Override
    public WorkItemsCsv build() {
      return new WorkItemsCsv(this);
    }
  }
}
