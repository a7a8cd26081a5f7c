package dev.mops.metrics;

import dev.mops.model.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  TimeStatus(
      Ratio progress,
      DateRange period,
      LocalDate asOf,
      Ratio elapsed,
      BigDecimal onTrackMargin,
      BigDecimal atRiskMargin,
      Optional<TrackStatus> status) {
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

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeStatus t
        && progress.equals(t.progress)
        && period.equals(t.period)
        && asOf.equals(t.asOf)
        && onTrackMargin.compareTo(t.onTrackMargin) == 0
        && atRiskMargin.compareTo(t.atRiskMargin) == 0;
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
