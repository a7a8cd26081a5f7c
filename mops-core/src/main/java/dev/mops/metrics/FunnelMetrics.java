package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collector;

/**
 * Entry points for funnel metrics: stage conversion by cohort and movement to opportunity, over
 * stages the caller orders. Cohort months are UTC calendar months unless a zone is given.
 *
 * <pre>{@code
 * List<String> stages = List.of("lead", "mql", "sql", "opportunity");
 * FunnelReport f = FunnelMetrics.report(stages, records);
 * f.conversionByMonth("mql");
 * f.movement("lead", "opportunity");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FunnelMetrics {
  private FunnelMetrics() {}

  /**
   * A new, empty accumulator over {@code stages} (in funnel order), cohorts in UTC months.
   *
   * @throws IllegalArgumentException if {@code stages} is empty, or a stage is blank or repeated
   * @throws NullPointerException if {@code stages} or a stage is null
   */
  public static FunnelAccumulator accumulator(List<String> stages) {
    return new FunnelAccumulator(stages, ZoneOffset.UTC);
  }

  /**
   * A new, empty accumulator over {@code stages}, cohorts in calendar months of {@code zone}.
   *
   * @throws IllegalArgumentException if {@code stages} is empty, or a stage is blank or repeated
   * @throws NullPointerException if an argument or a stage is null
   */
  public static FunnelAccumulator accumulator(List<String> stages, ZoneId zone) {
    return new FunnelAccumulator(stages, zone);
  }

  /**
   * A collector of records into a {@link FunnelReport} over {@code stages}, UTC months.
   *
   * @throws IllegalArgumentException if {@code stages} is empty, or a stage is blank or repeated
   * @throws NullPointerException if {@code stages} or a stage is null
   */
  public static Collector<FunnelRecord, FunnelAccumulator, FunnelReport> collector(
      List<String> stages) {
    List<String> checked = new FunnelAccumulator(stages, ZoneOffset.UTC).stages();
    return Collector.of(
        () -> new FunnelAccumulator(checked, ZoneOffset.UTC),
        FunnelAccumulator::accept,
        FunnelAccumulator::merge,
        FunnelAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The funnel of {@code records} over {@code stages}, UTC months.
   *
   * @throws IllegalArgumentException if {@code stages} is empty, or a stage is blank or repeated
   * @throws NullPointerException if an argument, a stage or a record is null
   */
  public static FunnelReport report(List<String> stages, Iterable<FunnelRecord> records) {
    return report(stages, records, ZoneOffset.UTC);
  }

  /**
   * The funnel of {@code records} over {@code stages}, cohorts in months of {@code zone}.
   *
   * @throws IllegalArgumentException if {@code stages} is empty, or a stage is blank or repeated
   * @throws NullPointerException if an argument, a stage or a record is null
   */
  public static FunnelReport report(
      List<String> stages, Iterable<FunnelRecord> records, ZoneId zone) {
    requireNonNull(records, "records");
    FunnelAccumulator acc = new FunnelAccumulator(stages, zone);
    records.forEach(acc);
    return acc.result();
  }
}
