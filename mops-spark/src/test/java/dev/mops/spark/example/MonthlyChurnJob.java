package dev.mops.spark.example;

import dev.mops.metrics.EmailReport;
import dev.mops.spark.SparkEmailMetrics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The example Spark job: reads email events (standard columns {@code contact_id,event,occurred_at})
 * from a path of CSV or Parquet, prints the monthly churn table and writes the monthly counts back
 * as CSV. Distinct contacts are counted by Spark; only the per-month counts reach the driver.
 *
 * <pre>
 * MonthlyChurnJob EVENTS OUT [ZONE]
 *   EVENTS  a CSV file or directory (with a header row), or Parquet (a path ending in .parquet)
 *   OUT     the directory the counts are written to (replaced), as one CSV file with a header
 *   ZONE    the zone of the calendar months, UTC unless given (e.g. America/Chicago)
 * </pre>
 *
 * <p>Run it with {@code mops-spark/spark-local} on this machine, or with {@code spark-submit} on a
 * cluster (README "When one machine is not enough"). The master comes from {@code spark-submit};
 * without one ({@code java -cp}), it runs in {@code local[*]}.
 */
public final class MonthlyChurnJob {
  private MonthlyChurnJob() {}

  /**
   * Runs the job.
   *
   * @param args {@code EVENTS OUT [ZONE]}
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: MonthlyChurnJob EVENTS OUT [ZONE]");
      System.exit(2);
    }
    ZoneId zone = args.length == 3 ? ZoneId.of(args[2]) : ZoneOffset.UTC;
    SparkSession.Builder builder = SparkSession.builder().appName("mops monthly churn");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, args[0], args[1], zone, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
  }

  /** Reads {@code events}, prints the table to {@code out}, writes the counts to {@code counts}. */
  public static EmailReport<YearMonth> run(
      SparkSession spark, String events, String counts, ZoneId zone, PrintStream out) {
    Dataset<Row> input =
        events.toLowerCase(Locale.ROOT).endsWith(".parquet")
            ? spark.read().parquet(events)
            : spark.read().option("header", "true").csv(events);
    SparkEmailMetrics metrics = SparkEmailMetrics.of(dev.mops.csv.ColumnMapping.standard(), zone);
    // computed once: cached, printed from the collected counts, written from the cache
    Dataset<Row> monthly = metrics.countsByMonth(input).orderBy("month").cache();
    EmailReport<YearMonth> report = metrics.monthlyReport(monthly);
    out.print(report.table());
    monthly.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(counts);
    out.println("counts of " + report.counts().size() + " months written to " + counts);
    monthly.unpersist();
    return report;
  }
}
