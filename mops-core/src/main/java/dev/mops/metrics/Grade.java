package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The colour band of an OKR or key-result score: red below 0.4, yellow from 0.4 to below 0.7, green
 * from 0.7, compared exactly.
 *
 * <pre>{@code
 * Grade.of(Ratio.of(2, 5));   // YELLOW (0.4 is yellow)
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Grade {
  /** Below the yellow band: 0 to below 0.4 by default. */
  RED,
  /** 0.4 to below 0.7 by default. */
  YELLOW,
  /** 0.7 and above by default. */
  GREEN;

  /** The default lower bound of yellow, 0.4. */
  public static final BigDecimal DEFAULT_YELLOW_FROM = new BigDecimal("0.4");

  /** The default lower bound of green, 0.7. */
  public static final BigDecimal DEFAULT_GREEN_FROM = new BigDecimal("0.7");

  /**
   * The band of {@code score} with the default bounds.
   *
   * @throws IllegalStateException if {@code score} is undefined
   * @throws NullPointerException if {@code score} is null
   */
  public static Grade of(Ratio score) {
    return of(score, DEFAULT_YELLOW_FROM, DEFAULT_GREEN_FROM);
  }

  /**
   * The band of {@code score}: red below {@code yellowFrom}, yellow below {@code greenFrom}, else
   * green, compared exactly.
   *
   * @throws IllegalArgumentException if {@code yellowFrom} is above {@code greenFrom}
   * @throws IllegalStateException if {@code score} is undefined
   * @throws NullPointerException if an argument is null
   */
  public static Grade of(Ratio score, BigDecimal yellowFrom, BigDecimal greenFrom) {
    requireNonNull(score, "score");
    requireNonNull(yellowFrom, "yellowFrom");
    requireNonNull(greenFrom, "greenFrom");
    if (yellowFrom.compareTo(greenFrom) > 0) {
      throw new IllegalArgumentException(
          "yellowFrom must be <= greenFrom "
              + greenFrom.toPlainString()
              + ", got "
              + yellowFrom.toPlainString());
    }
    if (score.isAtLeast(greenFrom)) {
      return GREEN;
    }
    return score.isAtLeast(yellowFrom) ? YELLOW : RED;
  }

  /** {@code red}, {@code yellow} or {@code green}. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
