package dev.mops.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How reliably quick wins ship: per planned month, the quick wins launched of those planned
 * (cancelled ones left out), overall, and the streaks of consecutive months in which a quick win
 * launched ("deliver a quick win each month"). Made by {@link PlanMetrics#quickWinDelivery}.
 *
 * <pre>{@code
 * QuickWinDelivery d = PlanMetrics.quickWinDelivery(plan, LocalDate.of(2027, 4, 30));
 * d.overall();        // 75% (3 of 4)
 * d.currentStreak();  // 0: January to March each launched one, April is over without one
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QuickWinDelivery {
  private final LocalDate asOf;
  private final TimeSeries<YearMonth, Ratio> byPlannedMonth;
  private final Ratio overall;
  private final int currentStreak;
  private final int longestStreak;
  private final List<YearMonth> launchMonths;

  QuickWinDelivery(
      LocalDate asOf,
      TimeSeries<YearMonth, Ratio> byPlannedMonth,
      Ratio overall,
      int currentStreak,
      int longestStreak,
      List<YearMonth> launchMonths) {
    this.asOf = asOf;
    this.byPlannedMonth = byPlannedMonth;
    this.overall = overall;
    this.currentStreak = currentStreak;
    this.longestStreak = longestStreak;
    this.launchMonths = List.copyOf(launchMonths);
  }

  /** The day the delivery was measured on; launches after it do not count. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * For each month up to {@link #asOf()}'s month that had quick wins planned: launched ÷ planned,
   * counting the launches of the quick wins planned for that month, whenever they launched.
   */
  public TimeSeries<YearMonth, Ratio> byPlannedMonth() {
    return byPlannedMonth;
  }

  /**
   * Launched ÷ planned over all months up to {@link #asOf()}'s month; undefined with none planned.
   */
  public Ratio overall() {
    return overall;
  }

  /**
   * Consecutive calendar months with at least one launch, ending with {@link #asOf()}'s month.
   * While that month is still running ({@code asOf} is not its last day) and nothing launched in it
   * yet, the streak ends with the month before instead; once the month is over without a launch,
   * the streak is 0.
   */
  public int currentStreak() {
    return currentStreak;
  }

  /** The longest run of consecutive months with at least one launch, up to {@link #asOf()}. */
  public int longestStreak() {
    return longestStreak;
  }

  /** The months in which at least one quick win launched, in order. */
  public List<YearMonth> launchMonths() {
    return launchMonths;
  }

  /**
   * Reads as {@code quick wins as of 2027-04-30: 75% (3 of 4) launched; 3 months in a row with a
   * launch (longest 3)}.
   */
  @Override
  public String toString() {
    return "quick wins as of "
        + asOf
        + ": "
        + overall
        + " launched; "
        + currentStreak
        + (currentStreak == 1 ? " month" : " months")
        + " in a row with a launch (longest "
        + longestStreak
        + ")";
  }
}
