package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.math.BigDecimal;

/**
 * A volume at a rate and the outcome it yields, exactly: 1,000,000 emails at 0.033% = 330 clicks.
 * One side of an {@link OutcomeComparison}.
 *
 * <pre>{@code
 * Outcome.atPercent(1_000_000, new BigDecimal("0.033")).toString();   // "1,000,000 emails at 0.033% = 330 clicks"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Outcome {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long volume;
  private final BigDecimal percent;
  private final String volumeUnit;
  private final String outcomeUnit;

  private Outcome(long volume, BigDecimal percent, String volumeUnit, String outcomeUnit) {
    this.volume = volume;
    this.percent = percent;
    this.volumeUnit = volumeUnit;
    this.outcomeUnit = outcomeUnit;
  }

  /**
   * {@code volume} emails at {@code percent} percent click rate ({@code 10} means 10%).
   *
   * @throws IllegalArgumentException if {@code volume} or {@code percent} is negative
   * @throws NullPointerException if {@code percent} is null
   */
  public static Outcome atPercent(long volume, BigDecimal percent) {
    return atPercent(volume, percent, "emails", "clicks");
  }

  /**
   * {@code volume} {@code volumeUnit} at {@code percent} percent, yielding {@code outcomeUnit},
   * e.g. {@code atPercent(5_000, new BigDecimal("2"), "leads", "opportunities")}.
   *
   * @throws IllegalArgumentException if {@code volume} or {@code percent} is negative, or a unit is
   *     blank
   * @throws NullPointerException if an object argument is null
   */
  public static Outcome atPercent(
      long volume, BigDecimal percent, String volumeUnit, String outcomeUnit) {
    requireNonNull(percent, "percent");
    requireNonNull(volumeUnit, "volumeUnit");
    requireNonNull(outcomeUnit, "outcomeUnit");
    if (volume < 0) {
      throw new IllegalArgumentException("volume must be >= 0, got " + volume);
    }
    Checks.nonNegative("percent", percent);
    Checks.notBlank("volumeUnit", volumeUnit);
    Checks.notBlank("outcomeUnit", outcomeUnit);
    return new Outcome(volume, percent, volumeUnit, outcomeUnit);
  }

  /** The volume, e.g. emails sent. */
  public long volume() {
    return volume;
  }

  /** The rate in percent, as given. */
  public BigDecimal percent() {
    return percent;
  }

  /** The rate as a fraction: 0.00033 for 0.033%. */
  public BigDecimal rate() {
    return percent.divide(HUNDRED);
  }

  /** The outcome, exactly: volume × rate; may have a fraction. */
  public BigDecimal outcome() {
    return rate().multiply(BigDecimal.valueOf(volume));
  }

  /** What the volume counts, e.g. {@code emails}. */
  public String volumeUnit() {
    return volumeUnit;
  }

  /** What the outcome counts, e.g. {@code clicks}. */
  public String outcomeUnit() {
    return outcomeUnit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome x
        && volume == x.volume
        && percent.compareTo(x.percent) == 0
        && volumeUnit.equals(x.volumeUnit)
        && outcomeUnit.equals(x.outcomeUnit);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(volume) * 31 + percent.stripTrailingZeros().hashCode();
  }

  /** {@code 1,000,000 emails at 0.033% = 330 clicks}. */
  @Override
  public String toString() {
    return Figures.count(volume)
        + " "
        + volumeUnit
        + " at "
        + Figures.amount(percent)
        + "% = "
        + Figures.amount(outcome())
        + " "
        + outcomeUnit;
  }
}
