package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How mops writes numbers for people. The reports, the finding messages, the results' {@code
 * toString()} and the command line all format shares, rates and amounts here, so one value reads
 * the same everywhere: a share that is {@code 75%} in a finding message is {@code 75%} in the
 * quarterly review and in {@code mops churn}, never {@code 75.00%}.
 *
 * <p>The convention, independent of any locale:
 *
 * <ul>
 *   <li><b>Amounts</b> (counts, hours, story points, money) are exact: every digit given, a comma
 *       between groups of three digits before the point, a point before the fraction, trailing
 *       zeros of the fraction dropped, a leading minus for a negative value, never an exponent:
 *       {@code 10,400.5}, {@code -3}, {@code 0}.
 *   <li><b>Shares</b> are percentages: the value times 100 rounded half-even to two decimals, or to
 *       as many more (up to {@value #MAX_DECIMALS}) as a non-zero value below one percent needs to
 *       show two significant digits, then written as an amount with {@code %}: {@code 75%}, {@code
 *       84.38%}, {@code 2.35%}, {@code 0.033%}, {@code 1,250%}.
 *   <li><b>Rates</b> that are not shares (an OKR score, learning activities per person) are the
 *       value itself with the same rounding: {@code 0.7}, {@code 1.5}, {@code 0.0033}.
 *   <li>An <b>undefined</b> ratio (its denominator is 0) is written {@code undefined}: never {@code
 *       0}, {@code NaN} or a blank.
 * </ul>
 *
 * <pre>{@code
 * Figures.percent(Ratio.of(3, 4));                   // "75%"
 * Figures.percent(Ratio.of(27, 32));                 // "84.38%"
 * Figures.percent(Ratio.of(330, 1_000_000));         // "0.033%"
 * Figures.percent(Ratio.of(0, 0));                   // "undefined"
 * Figures.percent(new BigDecimal("0.90"));           // "90%"
 * Figures.rate(Ratio.of(3, 2));                      // "1.5"
 * Figures.ratio(Ratio.of(235, 10_000));              // "2.35% (235 of 10,000)"
 * Figures.amount(new BigDecimal("10400.50"));        // "10,400.5"
 * Figures.amount(new BigDecimal("21000000"), "USD"); // "21,000,000 USD"
 * Figures.count(12_000, "item", "items");            // "12,000 items"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Figures {
  /** The most decimals a share or rate is rounded to, however small it is. */
  public static final int MAX_DECIMALS = 12;

  /** How an undefined ratio is written. */
  public static final String UNDEFINED = "undefined";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Figures() {}

  /**
   * An exact amount with grouping commas and no trailing zeros: {@code 10000} is {@code 10,000},
   * {@code 12.50} is {@code 12.5}, {@code 1E+3} is {@code 1,000}.
   *
   * @param value any value
   * @return the amount
   * @throws NullPointerException if {@code value} is null
   */
  public static String amount(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    v = v.setScale(Math.max(v.scale(), 0));
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    if (v.signum() < 0) {
      b.append('-');
    }
    int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    b.append(whole, 0, first);
    for (int i = first; i < whole.length(); i += 3) {
      b.append(',').append(whole, i, i + 3);
    }
    return b.append(plain, whole.length(), plain.length()).toString();
  }

  /**
   * An amount with its unit: {@code 21,000,000 USD}, {@code 30 hours}; a unit that starts with
   * {@code %} follows the number without a space: {@code 12%}, {@code 30% of hours}.
   *
   * @param value the amount, exact
   * @param unit the unit, as it should read
   * @return the amount and its unit
   * @throws NullPointerException if an argument is null
   */
  public static String amount(BigDecimal value, String unit) {
    requireNonNull(unit, "unit");
    return amount(value) + (unit.startsWith("%") ? unit : " " + unit);
  }

  /**
   * A count with grouping commas: {@code 12000} is {@code 12,000}.
   *
   * @param n the count, of any sign
   * @return the count
   */
  public static String count(long n) {
    return amount(BigDecimal.valueOf(n));
  }

  /**
   * A count and its noun: {@code count(1, "item", "items")} is {@code 1 item}, {@code count(12000,
   * "item", "items")} is {@code 12,000 items}, and zero takes the plural.
   *
   * @param n the count
   * @param singular the noun for exactly one
   * @param plural the noun for any other count
   * @return the count and the noun
   * @throws NullPointerException if a noun is null
   */
  public static String count(long n, String singular, String plural) {
    requireNonNull(singular, "singular");
    requireNonNull(plural, "plural");
    return count(n) + " " + (n == 1 ? singular : plural);
  }

  /**
   * A ratio as a share: {@code 75%}, {@code 84.38%}, {@code 0.033%}, or {@code undefined}.
   *
   * @param ratio the ratio
   * @return the percentage, or {@value #UNDEFINED}
   * @throws NullPointerException if {@code ratio} is null
   */
  public static String percent(Ratio ratio) {
    requireNonNull(ratio, "ratio");
    return ratio.isDefined()
        ? amount(rounded(ratio.numerator().multiply(HUNDRED), ratio.denominator())) + "%"
        : UNDEFINED;
  }

  /**
   * A fraction as a share, rounded as {@link #percent(Ratio)} rounds: {@code 0.9} is {@code 90%},
   * {@code 0.125} is {@code 12.5%}. For targets and thresholds given as fractions.
   *
   * @param fraction the fraction, 1 being 100%
   * @return the percentage
   * @throws NullPointerException if {@code fraction} is null
   */
  public static String percent(BigDecimal fraction) {
    requireNonNull(fraction, "fraction");
    return amount(rounded(fraction.multiply(HUNDRED), BigDecimal.ONE)) + "%";
  }

  /**
   * A ratio as a plain rate, rounded as {@link #percent(Ratio)} rounds: {@code 0.7}, {@code 1.5},
   * {@code 0.0033}, or {@code undefined}.
   *
   * @param ratio the ratio
   * @return the rate, or {@value #UNDEFINED}
   * @throws NullPointerException if {@code ratio} is null
   */
  public static String rate(Ratio ratio) {
    requireNonNull(ratio, "ratio");
    return ratio.isDefined() ? amount(rounded(ratio.numerator(), ratio.denominator())) : UNDEFINED;
  }

  /**
   * A share with its inputs, as {@link Ratio#toString()} writes it: {@code 2.35% (235 of 10,000)},
   * {@code undefined (0 of 0)}.
   *
   * @param ratio the ratio
   * @return the percentage and its numerator and denominator as amounts
   * @throws NullPointerException if {@code ratio} is null
   */
  public static String ratio(Ratio ratio) {
    return percent(ratio) + " (" + inputs(ratio) + ")";
  }

  /**
   * The inputs of a ratio: {@code 235 of 10,000}.
   *
   * @param ratio the ratio
   * @return its numerator and denominator as amounts
   * @throws NullPointerException if {@code ratio} is null
   */
  public static String inputs(Ratio ratio) {
    requireNonNull(ratio, "ratio");
    return amount(ratio.numerator()) + " of " + amount(ratio.denominator());
  }

  /**
   * {@code numerator / denominator} (a denominator not 0) half-even to two decimals, or more for a
   * value below 0.1 in magnitude until two significant digits show, at most {@link #MAX_DECIMALS}.
   */
  private static BigDecimal rounded(BigDecimal numerator, BigDecimal denominator) {
    if (numerator.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int scale = 2;
    BigDecimal v = numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
    while (scale < MAX_DECIMALS && v.unscaledValue().abs().compareTo(BigInteger.TEN) < 0) {
      scale++;
      v = numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
    }
    return v;
  }
}
