package dev.mops.metrics;

import dev.mops.model.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Progress compared with the share of a period that has elapsed, with its inputs. Made by {@link
 * Okrs#status(Ratio, DateRange, LocalDate)}.
 *
 * <pre>{@code
 * TimeStatus s = Okrs.status(Ratio.of(1, 2),
 *     DateRange.parse("2027-01-01/2027-01-10"), LocalDate.parse("2027-01-06"));
 * s.elapsed();   // 60% (6 of 10)
 * s.status();    // Optional[on track]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TimeStatus {
  private final Ratio progress;
  private final DateRange period;
  private final LocalDate asOf;
  private final Ratio elapsed;
  private final BigDecimal onTrackMargin;
  private final BigDecimal atRiskMargin;
  private final Optional<TrackStatus> status;
  private final List<String> unmeasured;

  TimeStatus(
      Ratio progress,
      DateRange period,
      LocalDate asOf,
      Ratio elapsed,
      BigDecimal onTrackMargin,
      BigDecimal atRiskMargin,
      Optional<TrackStatus> status) {
    this(progress, period, asOf, elapsed, onTrackMargin, atRiskMargin, status, List.of());
  }

  TimeStatus(
      Ratio progress,
      DateRange period,
      LocalDate asOf,
      Ratio elapsed,
      BigDecimal onTrackMargin,
      BigDecimal atRiskMargin,
      Optional<TrackStatus> status,
      List<String> unmeasured) {
    this.unmeasured = List.copyOf(unmeasured);
    this.progress = progress;
    this.period = period;
    this.asOf = asOf;
    this.elapsed = elapsed;
    this.onTrackMargin = onTrackMargin;
    this.atRiskMargin = atRiskMargin;
    this.status = status;
  }

  /** The progress that was judged (0…1 when it came from a score). */
  public Ratio progress() {
    return progress;
  }

  /** The period. */
  public DateRange period() {
    return period;
  }

  /** The day of the judgement. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Days elapsed (inclusive of {@link #asOf()}) of the days in the period: 0 before the period, all
   * after it.
   */
  public Ratio elapsed() {
    return elapsed;
  }

  /** How far progress may trail the elapsed share and still be on track. */
  public BigDecimal onTrackMargin() {
    return onTrackMargin;
  }

  /** How far progress may trail the elapsed share and still be at risk rather than off track. */
  public BigDecimal atRiskMargin() {
    return atRiskMargin;
  }

  /** The status, or empty when the progress is undefined. */
  public Optional<TrackStatus> status() {
    return status;
  }

  /**
   * The key results whose progress is undefined (no check-in on or before {@link #asOf()}, no
   * milestones), by id, when this status was judged for an OKR ({@link
   * Okrs#status(dev.mops.model.Okr, LocalDate)}) and is undefined because of them; empty otherwise.
   *
   * @since 0.2
   */
  public List<String> unmeasuredKeyResults() {
    return unmeasured;
  }

  /**
   * One sentence that says why the status is what it is, in the terms a reader of a report needs:
   * the progress, the share of the period elapsed and the two thresholds it was compared with, or
   * the key results that have no measurement yet.
   *
   * <p>The time-based status and a score's {@link Grade} answer different questions, so both can be
   * true at once: at the end of a quarter a score of 0.8 grades {@code GREEN} (0.7 and up is a good
   * result for a stretch goal) while its status is {@code at risk} (with all of the period elapsed,
   * on track needs at least 90%). The sentence says so when it happens.
   *
   * <pre>{@code
   * Okrs.status(Ratio.of(4, 5), DateRange.parse("2027-01-01/2027-03-31"), LocalDate.parse("2027-03-31"))
   *     .explanation();
   * // at risk: progress 80% with 100% of 2027-01-01/2027-03-31 elapsed; on track needs at least 90%,
   * // at risk at least 75%; its grade is still GREEN, since 0.7 and up grades green whatever the date
   * }</pre>
   *
   * @since 0.2
   */
  public String explanation() {
    if (status.isEmpty()) {
      return unmeasured.isEmpty()
          ? "status undefined: the progress is undefined"
          : "status undefined: not yet measured: " + String.join(", ", unmeasured);
    }
    String s =
        status.get()
            + ": progress "
            + Figures.percent(progress)
            + " with "
            + Figures.percent(elapsed)
            + " of "
            + period
            + " elapsed; on track needs at least "
            + Figures.percent(Okrs.threshold(elapsed, onTrackMargin))
            + ", at risk at least "
            + Figures.percent(Okrs.threshold(elapsed, atRiskMargin));
    if (status.get() != TrackStatus.ON_TRACK && Grade.of(progress) == Grade.GREEN) {
      s += "; its grade is still GREEN, since 0.7 and up grades green whatever the date";
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeStatus t
        && progress.equals(t.progress)
        && period.equals(t.period)
        && asOf.equals(t.asOf)
        && onTrackMargin.compareTo(t.onTrackMargin) == 0
        && atRiskMargin.compareTo(t.atRiskMargin) == 0
        && unmeasured.equals(t.unmeasured);
  }

  @Override
  public int hashCode() {
    return (progress.hashCode() * 31 + period.hashCode()) * 31 + asOf.hashCode();
  }

  /**
   * {@code on track: progress 50% (1 of 2) with 60% (6 of 10 days) of 2027-01-01/2027-01-10 elapsed
   * on 2027-01-06}.
   */
  @Override
  public String toString() {
    if (status.isEmpty() && !unmeasured.isEmpty()) {
      return explanation() + " (" + period + " on " + asOf + ")";
    }
    return status.map(TrackStatus::toString).orElse("status undefined")
        + ": progress "
        + progress
        + " with "
        + Figures.percent(elapsed)
        + " ("
        + Figures.inputs(elapsed)
        + " days) of "
        + period
        + " elapsed on "
        + asOf;
  }
}
