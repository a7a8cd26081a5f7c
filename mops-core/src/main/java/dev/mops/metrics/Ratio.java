package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An exact ratio of a numerator to a denominator that remembers both, such as 235 unsubscribers of
 * 10,000 recipients. It is <em>undefined</em> when the denominator is 0 — never NaN, never
 * infinite, never a silent 0.
 *
 * <p>Numerators and denominators are kept exactly as {@link BigDecimal}s, so counts beyond {@code
 * Integer.MAX_VALUE} or {@code Long.MAX_VALUE} and fractional amounts such as hours are both exact.
 * Rounding happens only in {@link #percent(int)} and {@link #decimal(int)} (half-even), for
 * presentation. Comparisons with a threshold are exact: 89,999 of 100,000 is below 0.9.
 *
 * <pre>{@code
 * Ratio churn = Ratio.of(235, 10_000);
 * churn.percent(2);                          // Optional[2.35]
 * churn.isAtLeast(new BigDecimal("0.02"));   // true
 * churn.toString();                          // "2.35% (235 of 10,000)"
 * Ratio.of(0, 0).toString();                 // "undefined (0 of 0)"
 * }</pre>
 *
 * <p>Two ratios are equal when their numerators and their denominators are numerically equal:
 * {@code 1 of 2} and {@code 2 of 4} have the same value but are not equal, because a ratio carries
 * its inputs. A negative denominator is normalised by negating both parts.
 *
 * @since 0.1.0
 */
public final class Ratio implements Measured {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** More digits than any subnormal double or the midpoint of two has (at most 767). */
  private static final MathContext SUBNORMAL_DIGITS = new MathContext(1200, RoundingMode.DOWN);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() < 0) {
      this.numerator = numerator.negate();
      this.denominator = denominator.negate();
    } else {
      this.numerator = numerator;
      this.denominator = denominator;
    }
  }

  /**
   * Returns {@code numerator} of {@code denominator}; undefined when {@code denominator} is 0.
   *
   * <pre>{@code
   * Ratio.of(235, 10_000);   // 2.35% (235 of 10,000)
   * }</pre>
   */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Returns {@code numerator} of {@code denominator}, for amounts such as hours or story points;
   * undefined when {@code denominator} is 0.
   *
   * <pre>{@code
   * Ratio.of(new BigDecimal("12.5"), new BigDecimal("40"));   // 31.25% (12.5 of 40)
   * }</pre>
   *
   * @throws NullPointerException if either argument is null
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    return new Ratio(numerator, denominator);
  }

  /** The numerator as given (sign-normalised when the denominator was negative). */
  public BigDecimal numerator() {
    return numerator;
  }

  /** The denominator, never negative; 0 when the ratio is undefined. */
  public BigDecimal denominator() {
    return denominator;
  }

  /** Whether the denominator is not 0. */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * The value as a double: the double nearest to the exact quotient (ties to even), so {@code
   * Ratio.of(8, 444).value()} is {@code 8.0 / 444}; or empty when undefined. For charts; use {@link
   * #isAtLeast(BigDecimal)} and friends to compare.
   */
  @Override
  public OptionalDouble value() {
    if (!isDefined()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(nearestDouble(numerator, denominator));
  }

  /**
   * The double nearest to {@code n / d} ({@code d} not 0), rounded once: the quotient is taken in
   * binary to at least 55 significant bits with a sticky bit for any remainder, and that integer is
   * rounded to 53 bits by {@link BigInteger#doubleValue()} (ties to even) before the exact power of
   * two is applied. Below the normal range (where scaling would round a second time) it falls back
   * to a decimal quotient truncated to more digits than any subnormal double or midpoint has, with
   * a sticky digit for any remainder.
   */
  static double nearestDouble(BigDecimal n, BigDecimal d) {
    int scale = Math.max(Math.max(n.scale(), d.scale()), 0);
    BigInteger num = n.setScale(scale).unscaledValue();
    BigInteger den = d.setScale(scale).unscaledValue();
    if (num.signum() == 0) {
      return 0.0;
    }
    boolean negative = num.signum() != den.signum();
    num = num.abs();
    den = den.abs();
    int shift = 56 + den.bitLength() - num.bitLength();
    BigInteger[] qr =
        shift >= 0
            ? num.shiftLeft(shift).divideAndRemainder(den)
            : num.divideAndRemainder(den.shiftLeft(-shift));
    BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
    double v = Math.scalb(q.doubleValue(), -shift);
    if (v < Double.MIN_NORMAL) {
      BigDecimal t = n.abs().divide(d.abs(), SUBNORMAL_DIGITS);
      if (t.multiply(d.abs()).compareTo(n.abs()) != 0) {
        t = t.add(t.ulp().movePointLeft(1)); // a sticky digit: strictly between t and the next
      }
      v = t.doubleValue();
    }
    return negative ? -v : v;
  }

  /**
   * The value rounded half-even to {@code scale} decimal places, or empty when undefined.
   *
   * <pre>{@code
   * Ratio.of(1, 3).decimal(3);   // Optional[0.333]
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> decimal(int scale) {
    checkScale(scale);
    return isDefined()
        ? Optional.of(numerator.divide(denominator, scale, RoundingMode.HALF_EVEN))
        : Optional.empty();
  }

  /**
   * The value in percent rounded half-even to {@code scale} decimal places, or empty when
   * undefined: {@code Ratio.of(235, 10_000).percent(2)} is {@code 2.35}. For presentation only.
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> percent(int scale) {
    checkScale(scale);
    return isDefined()
        ? Optional.of(
            numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_EVEN))
        : Optional.empty();
  }

  /**
   * Whether the exact value is at least {@code threshold} (a fraction: 0.9 for 90%).
   *
   * @throws IllegalStateException if this ratio is undefined
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean isAtLeast(BigDecimal threshold) {
    return compareTo(threshold, "threshold") >= 0;
  }

  /**
   * Whether the exact value is above {@code threshold}.
   *
   * @throws IllegalStateException if this ratio is undefined
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean isAbove(BigDecimal threshold) {
    return compareTo(threshold, "threshold") > 0;
  }

  /**
   * Whether the exact value is at most {@code threshold}.
   *
   * @throws IllegalStateException if this ratio is undefined
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean isAtMost(BigDecimal threshold) {
    return compareTo(threshold, "threshold") <= 0;
  }

  /**
   * Whether the exact value is below {@code threshold}: 89,999 of 100,000 is below 0.9.
   *
   * @throws IllegalStateException if this ratio is undefined
   * @throws NullPointerException if {@code threshold} is null
   */
  public boolean isBelow(BigDecimal threshold) {
    return compareTo(threshold, "threshold") < 0;
  }

  /**
   * Compares the exact values of two ratios: negative, zero or positive as this value is less than,
   * equal to or greater than {@code other}'s ({@code 1 of 2} compares equal to {@code 2 of 4}).
   *
   * @throws IllegalStateException if either ratio is undefined
   * @throws NullPointerException if {@code other} is null
   */
  public int compareValueTo(Ratio other) {
    requireNonNull(other, "other");
    requireDefined();
    other.requireDefined();
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Whether the two ratios have the same exact value (both undefined also counts as same). */
  public boolean hasSameValueAs(Ratio other) {
    requireNonNull(other, "other");
    if (!isDefined() || !other.isDefined()) {
      return isDefined() == other.isDefined();
    }
    return compareValueTo(other) == 0;
  }

  private int compareTo(BigDecimal threshold, String name) {
    requireNonNull(threshold, name);
    requireDefined();
    return numerator.compareTo(threshold.multiply(denominator));
  }

  private void requireDefined() {
    if (!isDefined()) {
      throw new IllegalStateException("ratio is undefined (" + Figures.inputs(this) + ")");
    }
  }

  private static void checkScale(int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must be >= 0, got " + scale);
    }
  }

  // ---- exact arithmetic used by the calculators (package-private) ----

  /** This value clamped to 0..1: a value below 0 becomes {@code 0 of 1}, above 1 {@code 1 of 1}. */
  Ratio clampToUnit() {
    if (!isDefined()) {
      return this;
    }
    if (numerator.signum() < 0) {
      return of(0, 1);
    }
    if (numerator.compareTo(denominator) > 0) {
      return of(1, 1);
    }
    return this;
  }

  /** This value times {@code factor}, exactly. */
  Ratio times(BigDecimal factor) {
    return new Ratio(numerator.multiply(factor), denominator);
  }

  /** The exact sum of the two values (denominators multiplied, then reduced). */
  Ratio plusValue(Ratio other) {
    if (denominator.compareTo(other.denominator) == 0) {
      return new Ratio(numerator.add(other.numerator), denominator);
    }
    return new Ratio(
            numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
            denominator.multiply(other.denominator))
        .reduced();
  }

  /** The exact quotient of this value and {@code divisor}'s value. */
  Ratio dividedBy(BigDecimal divisor) {
    return new Ratio(numerator, denominator.multiply(divisor)).reduced();
  }

  /** The same value with numerator and denominator divided by their greatest common divisor. */
  Ratio reduced() {
    if (!isDefined()) {
      return this;
    }
    int scale = Math.max(Math.max(numerator.scale(), denominator.scale()), 0);
    BigInteger n = numerator.setScale(scale).unscaledValue();
    BigInteger d = denominator.setScale(scale).unscaledValue();
    BigInteger g = n.gcd(d);
    if (g.signum() == 0) {
      return this;
    }
    return new Ratio(new BigDecimal(n.divide(g)), new BigDecimal(d.divide(g)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r
        && numerator.compareTo(r.numerator) == 0
        && denominator.compareTo(r.denominator) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * numerator.stripTrailingZeros().hashCode()
        + denominator.stripTrailingZeros().hashCode();
  }

  /**
   * The value and its inputs as a sentence fragment, as {@link Figures#ratio(Ratio)} writes it:
   * {@code 2.35% (235 of 10,000)}, {@code 0.033% (330 of 1,000,000)}, {@code undefined (0 of 0)}.
   */
  @Override
  public String toString() {
    return Figures.ratio(this);
  }
}
