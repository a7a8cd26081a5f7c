package dev.mops.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formatting for the sentences results and messages print: numbers with grouping commas and no
 * trailing zeros, nouns with their article.
 */
public final class Format {
  private Format() {}

  /**
   * {@code noun} after its indefinite article: {@code a capability}, {@code an objective}, {@code
   * an OKR}.
   */
  public static String withArticle(String noun) {
    return ("aeiouAEIO".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** {@code 10000} as {@code 10,000}; {@code 12.50} as {@code 12.5}. */
  public static String number(BigDecimal value) {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder sb = new StringBuilder();
    int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    sb.append(whole, 0, first);
    for (int i = first; i < whole.length(); i += 3) {
      sb.append(',').append(whole, i, i + 3);
    }
    return (v.signum() < 0 ? "-" : "") + sb + fraction;
  }

  /** {@code 10000} as {@code 10,000}. */
  public static String number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /**
   * A percentage for a sentence: two decimals, more for small values so at least two significant
   * digits show ({@code 0.033}), trailing zeros dropped, half-even.
   */
  public static String percent(BigDecimal numerator, BigDecimal denominator) {
    if (numerator.signum() == 0) {
      return "0%";
    }
    BigDecimal hundredTimes = numerator.multiply(BigDecimal.valueOf(100));
    int scale = 2;
    BigDecimal p = hundredTimes.divide(denominator, scale, RoundingMode.HALF_EVEN);
    while (p.abs().compareTo(BigDecimal.ONE) < 0
        && p.unscaledValue().abs().intValue() < 10
        && scale < 12) {
      scale++;
      p = hundredTimes.divide(denominator, scale, RoundingMode.HALF_EVEN);
    }
    return number(p) + "%";
  }

  /** A zone for sentences: {@code UTC} for the UTC offset, else its id. */
  public static String zone(java.time.ZoneId zone) {
    return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** A plural noun: {@code 1 item}, {@code 2 items}. */
  public static String count(long n, String singular, String plural) {
    return number(n) + " " + (n == 1 ? singular : plural);
  }
}
