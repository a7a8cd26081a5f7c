package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.model.Quarter;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Funnel conversion by cohort over the caller's ordered stages. A lead's cohort for a stage is the
 * month (in {@link #zone()}) of its first entry into that stage; it has <em>advanced</em> to a
 * later stage when it entered that stage, or any stage after it, at or after that first entry
 * (skipping a stage counts as passing it). Made by {@link FunnelAccumulator} and {@link
 * FunnelMetrics}.
 *
 * <ul>
 *   <li>stage conversion: leads entering a stage in a period that later reach the next stage ÷
 *       leads entering the stage in the period;
 *   <li>movement to opportunity: {@code movement("lead", "opportunity")}, opportunities ÷ leads.
 * </ul>
 *
 * <pre>{@code
 * FunnelReport f = FunnelMetrics.report(List.of("lead", "mql", "opportunity"), List.of(
 *     FunnelRecord.of("l-1", "lead", Instant.parse("2027-03-02T09:00:00Z")),
 *     FunnelRecord.of("l-1", "mql", Instant.parse("2027-03-09T09:00:00Z")),
 *     FunnelRecord.of("l-2", "lead", Instant.parse("2027-03-03T09:00:00Z"))));
 * f.conversion("lead");                  // 50% (1 of 2)
 * f.movement("lead", "opportunity");     // 0% (0 of 2)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FunnelReport {
  private final List<String> stages;
  private final ZoneId zone;
  private final Map<YearMonth, long[][]> cohorts;
  private final long leads;
  private final long unknownStageRecords;

  FunnelReport(
      List<String> stages,
      ZoneId zone,
      Map<YearMonth, long[][]> cohorts,
      long leads,
      long unknownStageRecords) {
    this.stages = stages;
    this.zone = zone;
    this.cohorts = cohorts;
    this.leads = leads;
    this.unknownStageRecords = unknownStageRecords;
  }

  /** The stages, in funnel order. */
  public List<String> stages() {
    return stages;
  }

  /** The zone whose calendar months make the cohorts. */
  public ZoneId zone() {
    return zone;
  }

  /** Distinct leads with at least one record of a known stage. */
  public long leads() {
    return leads;
  }

  /** Records whose stage was not in the list; they were ignored. */
  public long unknownStageRecords() {
    return unknownStageRecords;
  }

  /**
   * Leads that entered {@code stage} and later reached the next stage ÷ leads that entered {@code
   * stage}, over all cohorts.
   *
   * @throws IllegalArgumentException if {@code stage} is not a stage or is the last one
   * @throws NullPointerException if {@code stage} is null
   */
  public Ratio conversion(String stage) {
    int i = next(stage);
    return total(i, i + 1);
  }

  /**
   * {@link #conversion(String)} per cohort month.
   *
   * @throws IllegalArgumentException if {@code stage} is not a stage or is the last one
   * @throws NullPointerException if {@code stage} is null
   */
  public TimeSeries<YearMonth, Ratio> conversionByMonth(String stage) {
    int i = next(stage);
    return byMonth(
        "conversion " + stage + " → " + stages.get(i + 1) + " by cohort month", i, i + 1);
  }

  /**
   * {@link #conversion(String)} per cohort fiscal quarter.
   *
   * @throws IllegalArgumentException if {@code stage} is not a stage or is the last one
   * @throws NullPointerException if an argument is null
   */
  public TimeSeries<Quarter, Ratio> conversionByQuarter(String stage, Month fiscalStart) {
    int i = next(stage);
    return byQuarter(
        "conversion " + stage + " → " + stages.get(i + 1) + " by cohort quarter",
        i,
        i + 1,
        fiscalStart);
  }

  /**
   * Leads that entered {@code from} and later reached {@code to} (or a stage after it) ÷ leads that
   * entered {@code from}, over all cohorts; movement to opportunity is {@code movement("lead",
   * "opportunity")}.
   *
   * @throws IllegalArgumentException if a stage is unknown or {@code to} is not after {@code from}
   * @throws NullPointerException if an argument is null
   */
  public Ratio movement(String from, String to) {
    int[] ij = pair(from, to);
    return total(ij[0], ij[1]);
  }

  /**
   * {@link #movement(String, String)} per cohort month of entering {@code from}.
   *
   * @throws IllegalArgumentException if a stage is unknown or {@code to} is not after {@code from}
   * @throws NullPointerException if an argument is null
   */
  public TimeSeries<YearMonth, Ratio> movementByMonth(String from, String to) {
    int[] ij = pair(from, to);
    return byMonth("movement " + from + " → " + to + " by cohort month", ij[0], ij[1]);
  }

  private Ratio total(int i, int j) {
    long entered = 0;
    long reached = 0;
    for (long[][] c : cohorts.values()) {
      entered += c[i][i];
      reached += c[i][j];
    }
    return Ratio.of(reached, entered);
  }

  private TimeSeries<YearMonth, Ratio> byMonth(String name, int i, int j) {
    Map<YearMonth, Ratio> out = new TreeMap<>();
    cohorts.forEach(
        (m, c) -> {
          if (c[i][i] > 0) {
            out.put(m, Ratio.of(c[i][j], c[i][i]));
          }
        });
    return TimeSeries.of(name, out, zone);
  }

  private TimeSeries<Quarter, Ratio> byQuarter(String name, int i, int j, Month fiscalStart) {
    requireNonNull(fiscalStart, "fiscalStart");
    Map<Quarter, long[]> sums = new TreeMap<>();
    cohorts.forEach(
        (m, c) -> {
          if (c[i][i] > 0) {
            long[] s = sums.computeIfAbsent(Quarter.containing(m, fiscalStart), q -> new long[2]);
            s[0] += c[i][j];
            s[1] += c[i][i];
          }
        });
    Map<Quarter, Ratio> out = new TreeMap<>();
    sums.forEach((q, s) -> out.put(q, Ratio.of(s[0], s[1])));
    return TimeSeries.of(name, out, zone);
  }

  private int index(String stage, String name) {
    requireNonNull(stage, name);
    int i = stages.indexOf(stage);
    if (i < 0) {
      throw new IllegalArgumentException(
          name + " must be one of " + stages + ", got " + Checks.quote(stage));
    }
    return i;
  }

  private int next(String stage) {
    int i = index(stage, "stage");
    if (i == stages.size() - 1) {
      throw new IllegalArgumentException(
          "stage must not be the last stage, got " + Checks.quote(stage));
    }
    return i;
  }

  private int[] pair(String from, String to) {
    int i = index(from, "from");
    int j = index(to, "to");
    if (j <= i) {
      throw new IllegalArgumentException(
          "to must come after " + Checks.quote(from) + ", got " + Checks.quote(to));
    }
    return new int[] {i, j};
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FunnelReport f)
        || !stages.equals(f.stages)
        || !zone.equals(f.zone)
        || leads != f.leads
        || unknownStageRecords != f.unknownStageRecords
        || !cohorts.keySet().equals(f.cohorts.keySet())) {
      return false;
    }
    for (Map.Entry<YearMonth, long[][]> e : cohorts.entrySet()) {
      if (!java.util.Arrays.deepEquals(e.getValue(), f.cohorts.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return stages.hashCode() * 31 + Long.hashCode(leads);
  }

  /**
   * One line per stage conversion over all cohorts, e.g. {@code lead → mql: 50% (1 of 2 leads)}.
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("funnel of " + Figures.count(leads, "lead", "leads") + " over " + stages);
    if (unknownStageRecords > 0) {
      sb.append(" (")
          .append(Figures.count(unknownStageRecords, "record", "records"))
          .append(" of unknown stages ignored)");
    }
    for (int i = 0; i + 1 < stages.size(); i++) {
      Ratio r = total(i, i + 1);
      sb.append('\n')
          .append(stages.get(i))
          .append(" → ")
          .append(stages.get(i + 1))
          .append(": ")
          .append(Figures.percent(r))
          .append(" (")
          .append(Figures.inputs(r))
          .append(" leads)");
    }
    return sb.toString();
  }
}
