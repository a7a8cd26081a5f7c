package dev.mops.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.mops.csv.ColumnMapping;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailReport;
import dev.mops.model.Quarter;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * The email metrics of mops (churn, delivery, open, click, click-to-open and unsubscribe rates,
 * DESIGN §5) computed by Apache Spark from a {@code Dataset<Row>} of email events, exactly equal to
 * what {@link EmailAccumulator} computes from the same events in one JVM.
 *
 * <p><b>Input.</b> The events' columns are found and read as the CSV importer finds and reads them
 * ({@link ColumnMapping}: header names, event synonyms such as {@code Opened}, skipped values such
 * as HubSpot's {@code PROCESSED}, timestamps and their default zone), so a preset's mapping applies
 * to a DataFrame as to a file. Cells may be strings or typed (a Parquet timestamp is read as its
 * instant, a number as its digits). A bad row (a blank contact, an unknown event, an unreadable
 * timestamp) fails the Spark job with an {@link IllegalArgumentException} naming the problem, as
 * the CSV importer fails on it; skipped rows are left out silently.
 *
 * <p><b>Months.</b> Each event counts in the calendar month of its instant in this object's zone
 * (UTC unless given), whatever offset the data wrote: the core's zone rule.
 *
 * <p><b>Distributed.</b> Distinct contacts are counted by Spark's own operators: the events become
 * (period, measure, contact) keys on the executors, a shuffle aggregates them by key, and a second
 * aggregation counts the keys per period. No contact reaches the driver and no executor holds more
 * than its partitions' share; only the counts per period (and per message) are collected.
 *
 * <pre>{@code
 * Dataset<Row> events = spark.read().option("header", true).csv("s3://lake/email-events/");
 * SparkEmailMetrics metrics = SparkEmailMetrics.of(ColumnMapping.mailchimp(), ZoneId.of("UTC"));
 * EmailReport<YearMonth> report = metrics.byMonth(events);
 * report.churn();                           // the core's own value: every printer works on it
 * metrics.countsByMonth(events).write().parquet("s3://lake/email-counts/");
 * }</pre>
 *
 * <p>Immutable; holds no Spark state, so one instance serves any session.
 *
 * @since 0.2
 */
public final class SparkEmailMetrics {
  /** The period column of {@link #countsByMonth} and {@link #countsByQuarter}. */
  private static final String PERIOD = "period";

  private final ColumnMapping mapping;
  private final ZoneId zone;

  private SparkEmailMetrics(ColumnMapping mapping, ZoneId zone) {
    this.mapping = mapping;
    this.zone = zone;
  }

  /** Events in the standard layout ({@code contact_id,event,occurred_at}), months in UTC. */
  public static SparkEmailMetrics of() {
    return of(ColumnMapping.standard(), ZoneOffset.UTC);
  }

  /**
   * Events read with {@code mapping} (a CSV preset such as {@link ColumnMapping#hubspot()}, or one
   * of your own), months in {@code zone}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SparkEmailMetrics of(ColumnMapping mapping, ZoneId zone) {
    return new SparkEmailMetrics(requireNonNull(mapping, "mapping"), requireNonNull(zone, "zone"));
  }

  /** The mapping the events are read with. */
  public ColumnMapping mapping() {
    return mapping;
  }

  /** The zone whose calendar months bucket the events. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The counts of each calendar month with events, as a lazy Spark dataset for those who stay in
   * Spark: a string column {@code month} ({@code 2027-03}) and the long columns {@code sent_events,
   * delivered_events, recipients, delivered_contacts, openers, clickers, unsubscribers,
   * hard_bouncers, soft_bouncers, complainers} (the counts of {@link EmailCounts}), one row per
   * month, in no particular order.
   *
   * @throws IllegalArgumentException if {@code events} lacks a column the mapping requires (at
   *     once), or when the dataset is computed, for a bad row
   * @throws NullPointerException if {@code events} is null
   */
  public Dataset<Row> countsByMonth(Dataset<Row> events) {
    return counts(normalized(events), col("month")).withColumnRenamed(PERIOD, "month");
  }

  /**
   * The counts of each fiscal quarter with events, for a fiscal year starting in {@code
   * fiscalStart}, contacts distinct across the quarter's months: as {@link #countsByMonth} with a
   * string column {@code quarter} ({@code 2027-Q1}).
   *
   * @throws IllegalArgumentException as {@link #countsByMonth}
   * @throws NullPointerException if an argument is null
   */
  public Dataset<Row> countsByQuarter(Dataset<Row> events, Month fiscalStart) {
    requireNonNull(fiscalStart, "fiscalStart");
    UserDefinedFunction quarter =
        functions.udf(
            (UDF1<String, String>)
                m -> Quarter.containing(YearMonth.parse(m), fiscalStart).toString(),
            DataTypes.StringType);
    return counts(normalized(events), quarter.apply(col("month")))
        .withColumnRenamed(PERIOD, "quarter");
  }

  /**
   * The counts of each message id, over all periods, for the events that name their message: as
   * {@link #countsByMonth} with a string column {@code message_id}.
   *
   * @throws IllegalArgumentException as {@link #countsByMonth}
   * @throws NullPointerException if {@code events} is null
   */
  public Dataset<Row> countsByMessage(Dataset<Row> events) {
    Dataset<Row> e = normalized(events).filter(col("message").isNotNull());
    return counts(e, col("message")).withColumnRenamed(PERIOD, "message_id");
  }

  /**
   * The monthly email metrics of {@code events}: equal to {@link EmailAccumulator#result()} of an
   * accumulator in this zone fed the same events. Runs two Spark jobs (months, messages) and brings
   * back only their counts.
   *
   * @throws IllegalArgumentException if {@code events} lacks a required column, or for a bad row
   * @throws NullPointerException if {@code events} is null
   */
  public EmailReport<YearMonth> byMonth(Dataset<Row> events) {
    Map<YearMonth, EmailCounts> months = collect(countsByMonth(events), YearMonth::parse);
    return EmailReport.ofMonths(zone, months, collect(countsByMessage(events), m -> m));
  }

  /**
   * The email metrics of each fiscal quarter of {@code events}, for a fiscal year starting in
   * {@code fiscalStart}: equal to {@link EmailAccumulator#resultByQuarter(Month)}.
   *
   * @throws IllegalArgumentException if {@code events} lacks a required column, or for a bad row
   * @throws NullPointerException if an argument is null
   */
  public EmailReport<Quarter> byQuarter(Dataset<Row> events, Month fiscalStart) {
    Map<Quarter, EmailCounts> quarters =
        collect(countsByQuarter(events, fiscalStart), Quarter::parse);
    return EmailReport.ofQuarters(zone, quarters, collect(countsByMessage(events), m -> m));
  }

  /**
   * The monthly report of a counts dataset made by {@link #countsByMonth} (computed, cached, or
   * read back from storage, typed or as text), without per-message counts: a job that writes the
   * counts and prints the report computes them once this way.
   *
   * @throws IllegalArgumentException if {@code countsByMonth} lacks a column of {@link
   *     #countsByMonth}, or holds a count that is missing, not a number or negative
   * @throws NullPointerException if {@code countsByMonth} is null
   */
  public EmailReport<YearMonth> monthlyReport(Dataset<Row> countsByMonth) {
    requireNonNull(countsByMonth, "countsByMonth");
    List<String> have = List.of(countsByMonth.columns());
    List<String> need = new ArrayList<>(List.of("month"));
    need.addAll(Measure.COUNT_COLUMNS);
    if (!have.containsAll(need)) {
      throw new IllegalArgumentException("counts must have the columns " + need + ", got " + have);
    }
    Dataset<Row> ordered =
        countsByMonth.select(need.stream().map(functions::col).toArray(Column[]::new));
    return EmailReport.ofMonths(zone, collect(ordered, YearMonth::parse), Map.of());
  }

  /**
   * One row per event: {@code contact, measure, month, message}, read as the CSV importer reads.
   */
  private Dataset<Row> normalized(Dataset<Row> events) {
    requireNonNull(events, "events");
    MappingRecipe recipe = new MappingRecipe(mapping, MappingRecipe.EMAIL_COLUMNS);
    List<String> names = new ArrayList<>();
    Dataset<Row> read = CsvRows.readable(events, recipe, names);
    EmailRows rows = new EmailRows(recipe, zone, names);
    try {
      rows.checkHeader();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "events do not fit the " + mapping.name() + " mapping: " + e.getMessage(), e);
    }
    return read.mapPartitions(rows, Encoders.row(EmailRows.SCHEMA));
  }

  /**
   * The counts per period: a first aggregation by (period, measure, contact) makes each distinct
   * key once (Spark combines on the map side, then shuffles by key), a second counts the keys and
   * sums their events per (period, measure), and a third turns the measures into columns.
   */
  private static Dataset<Row> counts(Dataset<Row> events, Column period) {
    Dataset<Row> perMeasure =
        events
            .groupBy(period.as(PERIOD), col("measure"), col("contact"))
            .agg(count(lit(1)).as("events"))
            .groupBy(col(PERIOD), col("measure"))
            .agg(count(lit(1)).as("contacts"), sum(col("events")).as("events"));
    List<Column> columns = new ArrayList<>();
    columns.add(measure(Measure.RECIPIENTS, "events").as(Measure.SENT_EVENTS));
    columns.add(measure(Measure.DELIVERED_CONTACTS, "events").as(Measure.DELIVERED_EVENTS));
    for (Measure m : Measure.values()) {
      columns.add(measure(m, "contacts").as(m.column));
    }
    Column[] rest = columns.subList(1, columns.size()).toArray(Column[]::new);
    return perMeasure.groupBy(col(PERIOD)).agg(columns.get(0), rest);
  }

  private static Column measure(Measure m, String value) {
    return coalesce(sum(when(col("measure").equalTo(m.column), col(value))), lit(0L))
        .cast(DataTypes.LongType);
  }

  /** Collects the counts dataset (one small row per period) into a sorted map. */
  private static <P extends Comparable<? super P>> Map<P, EmailCounts> collect(
      Dataset<Row> counts, Function<String, P> period) {
    Map<P, EmailCounts> out = new TreeMap<>();
    for (Row r : counts.collectAsList()) {
      long[] v = new long[Measure.COUNT_COLUMNS.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = countOf(r.get(r.fieldIndex(Measure.COUNT_COLUMNS.get(i))));
      }
      out.put(period.apply(r.getString(0)), Measure.counts(v));
    }
    return out;
  }

  /** A count cell, typed or (read back from CSV) text. */
  private static long countOf(@Nullable Object cell) {
    if (cell instanceof Number n) {
      return n.longValue();
    }
    if (cell == null) {
      throw new IllegalArgumentException("counts must not be missing, got null");
    }
    return Long.parseLong(cell.toString().trim());
  }

  /** Reads as {@code email metrics on Spark (standard mapping, UTC)}. */
  @Override
  public String toString() {
    return "email metrics on Spark (" + mapping.name() + " mapping, " + zone + ")";
  }
}
