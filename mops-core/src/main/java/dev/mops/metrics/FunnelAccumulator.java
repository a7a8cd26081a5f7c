package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Streams funnel records over the caller's ordered stages into per-lead first and last entry times,
 * and merges: split the records any way, accumulate each part (same stages, same zone), merge the
 * parts, and the result equals that of the whole. Records of stages not in the list are counted and
 * otherwise ignored.
 *
 * <p>Memory grows with the number of leads (one small array per lead).
 *
 * <pre>{@code
 * FunnelAccumulator acc = FunnelMetrics.accumulator(List.of("lead", "mql", "sql", "opportunity"));
 * acc.accept(FunnelRecord.of("l-1", "lead", Instant.parse("2027-03-02T09:00:00Z")));
 * acc.result().conversion("lead");
 * }</pre>
 *
 * <p>Not thread-safe; use one per thread and merge.
 *
 * @since 0.1.0
 */
public final class FunnelAccumulator implements Consumer<FunnelRecord> {
  private final List<String> stages;
  private final Map<String, Integer> stageIndex = new HashMap<>();
  private final ZoneId zone;
  private final Map<String, long[]> leads = new HashMap<>();
  private long unknownStageRecords;

  FunnelAccumulator(List<String> stages, ZoneId zone) {
    requireNonNull(stages, "stages");
    requireNonNull(zone, "zone");
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("stages must not be empty, got []");
    }
    List<String> copy = new ArrayList<>(stages.size());
    for (int i = 0; i < stages.size(); i++) {
      String s = Checks.notBlank("stages[" + i + "]", stages.get(i));
      if (stageIndex.putIfAbsent(s, i) != null) {
        throw new IllegalArgumentException(
            "stages must be distinct, got " + Checks.quote(s) + " twice");
      }
      copy.add(s);
    }
    this.stages = List.copyOf(copy);
    this.zone = zone;
  }

  /** The stages, in funnel order. */
  public List<String> stages() {
    return stages;
  }

  /** The zone whose calendar months make the cohorts. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Counts {@code record}.
   *
   * @throws NullPointerException if {@code record} is null
   */
  @Override
  public void accept(FunnelRecord record) {
    requireNonNull(record, "record");
    accept(record.leadId(), record.stage(), record.enteredAt().getEpochSecond());
  }

  /**
   * Counts that {@code leadId} entered {@code stage} at {@code epochSecond}.
   *
   * @throws NullPointerException if {@code leadId} or {@code stage} is null
   * @throws IllegalArgumentException if {@code epochSecond} is outside the range of {@link
   *     java.time.Instant}
   */
  public void accept(String leadId, String stage, long epochSecond) {
    requireNonNull(leadId, "leadId");
    requireNonNull(stage, "stage");
    if (epochSecond < MonthClock.MIN_SECOND || epochSecond > MonthClock.MAX_SECOND) {
      throw new IllegalArgumentException(
          "epochSecond must be in "
              + MonthClock.MIN_SECOND
              + ".."
              + MonthClock.MAX_SECOND
              + ", got "
              + epochSecond);
    }
    Integer i = stageIndex.get(stage);
    if (i == null) {
      unknownStageRecords++;
      return;
    }
    long[] times = leads.computeIfAbsent(leadId, k -> newTimes());
    enter(times, i, epochSecond, epochSecond);
  }

  private long[] newTimes() {
    long[] t = new long[stages.size() * 2];
    for (int s = 0; s < stages.size(); s++) {
      t[2 * s] = Long.MAX_VALUE; // first entry
      t[2 * s + 1] = Long.MIN_VALUE; // last entry
    }
    return t;
  }

  private static void enter(long[] times, int stage, long first, long last) {
    times[2 * stage] = Math.min(times[2 * stage], first);
    times[2 * stage + 1] = Math.max(times[2 * stage + 1], last);
  }

  /**
   * Adds everything {@code other} counted to this accumulator and returns this; {@code other} is
   * unchanged.
   *
   * @throws IllegalArgumentException if {@code other} is this accumulator or has other stages or
   *     another zone
   * @throws NullPointerException if {@code other} is null
   */
  public FunnelAccumulator merge(FunnelAccumulator other) {
    requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("cannot merge an accumulator into itself");
    }
    if (!other.stages.equals(stages)) {
      throw new IllegalArgumentException(
          "stages must be " + stages + " to merge, got " + other.stages);
    }
    if (!other.zone.equals(zone)) {
      throw new IllegalArgumentException("zone must be " + zone + " to merge, got " + other.zone);
    }
    other.leads.forEach(
        (lead, t) -> {
          long[] mine = leads.computeIfAbsent(lead, k -> newTimes());
          for (int s = 0; s < stages.size(); s++) {
            enter(mine, s, t[2 * s], t[2 * s + 1]);
          }
        });
    unknownStageRecords += other.unknownStageRecords;
    return this;
  }

  /**
   * The funnel so far: for each stage and cohort month (the month of a lead's first entry into the
   * stage), the leads that entered and how far they later got.
   */
  public FunnelReport result() {
    int n = stages.size();
    MonthClock clock = new MonthClock(zone);
    Map<YearMonth, long[][]> cohorts = new TreeMap<>();
    long[] suffixLast = new long[n + 1];
    for (long[] t : leads.values()) {
      suffixLast[n] = Long.MIN_VALUE;
      for (int k = n - 1; k >= 0; k--) {
        suffixLast[k] = Math.max(suffixLast[k + 1], t[2 * k + 1]);
      }
      for (int i = 0; i < n; i++) {
        long first = t[2 * i];
        if (first == Long.MAX_VALUE) {
          continue;
        }
        long[][] c =
            cohorts.computeIfAbsent(
                MonthClock.yearMonth(clock.monthKey(first)), m -> new long[n][n]);
        c[i][i]++;
        for (int j = i + 1; j < n; j++) {
          if (suffixLast[j] >= first) {
            c[i][j]++;
          }
        }
      }
    }
    return new FunnelReport(stages, zone, cohorts, leads.size(), unknownStageRecords);
  }

  /** {@code funnel accumulator over [lead, mql]: 3 leads, 0 records of unknown stages}. */
  @Override
  public String toString() {
    return "funnel accumulator over "
        + stages
        + ": "
        + leads.size()
        + " leads, "
        + unknownStageRecords
        + " records of unknown stages";
  }
}
