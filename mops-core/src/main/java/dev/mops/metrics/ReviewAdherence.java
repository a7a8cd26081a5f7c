package dev.mops.metrics;

import dev.mops.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether one review cadence was kept: of its windows that were due by a date, how many were held
 * on schedule, and which are overdue. Made by {@link PlanMetrics#reviewAdherence}.
 *
 * <p>A window is due when it ended (plus the cadence's grace days) on or before the as-of date; it
 * counts as held when a review of the cadence, held on or before the as-of date, covers a period
 * that falls inside the window (widened by the grace days). Reviews are judged by the period they
 * cover, not the day they were held: a Q4 review held in January counts for Q4.
 *
 * @since 0.1.0
 */
public final class ReviewAdherence {
  private final String cadenceId;
  private final String cadenceName;
  private final LocalDate asOf;
  private final List<DateRange> due;
  private final List<DateRange> overdue;

  ReviewAdherence(String cadenceId, String cadenceName, LocalDate asOf, List<DateRange> due,
      List<DateRange> overdue) {
    this.cadenceId = cadenceId;
    this.cadenceName = cadenceName;
    this.asOf = asOf;
    this.due = List.copyOf(due);
    this.overdue = List.copyOf(overdue);
  }

  /** The cadence's id. */
  public String cadenceId() {
    return cadenceId;
  }

  /** The cadence's name. */
  public String cadenceName() {
    return cadenceName;
  }

  /** The day adherence was judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The windows due by {@link #asOf()}, in order. */
  public List<DateRange> due() {
    return due;
  }

  /** The due windows in which no review was held, in order. */
  public List<DateRange> overdue() {
    return overdue;
  }

  /** Reviews held on schedule ÷ reviews due; undefined when none was due yet. */
  public Ratio onSchedule() {
    return Ratio.of(due.size() - overdue.size(), due.size());
  }

  /**
   * Reads as {@code Quarterly business review: 100% (1 of 1) held on schedule as of 2027-04-30}
   * and lists the overdue windows, if any.
   */
  @Override
  public String toString() {
    String s = cadenceName + ": " + onSchedule() + " held on schedule as of " + asOf;
    return overdue.isEmpty() ? s : s + "; overdue: "
        + overdue.stream().map(DateRange::toString).collect(Collectors.joining(", "));
  }
}
