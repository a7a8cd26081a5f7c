package dev.mops.metrics;

/**
 * Whether progress keeps pace with the time elapsed in a period; see {@link Okrs#status(Ratio,
 * dev.mops.model.DateRange, java.time.LocalDate)}.
 *
 * @since 0.1.0
 */
public enum TrackStatus {
  /** Progress is at least the elapsed share minus the on-track margin (0.10 by default). */
  ON_TRACK,
  /** Progress is at least the elapsed share minus the at-risk margin (0.25 by default). */
  AT_RISK,
  /** Progress is further behind. */
  OFF_TRACK;

  /** {@code on track}, {@code at risk} or {@code off track}. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
