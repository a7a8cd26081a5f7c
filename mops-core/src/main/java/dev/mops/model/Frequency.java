package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a review recurs: every N days, weeks or months. Quarterly is every three months.
 *
 * <p>The text form is an ISO-8601 period: {@code P1W} weekly, {@code P14D} every 14 days, {@code
 * P1M} monthly, {@code P3M} quarterly. {@link #parse(CharSequence)} reads what {@link #toString()}
 * writes.
 *
 * <pre>{@code
 * Frequency.parse("P2W").equals(Frequency.everyWeeks(2));  // true
 * Frequency.quarterly().toString();                      // "P3M"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Frequency implements Comparable<Frequency> {
  private static final Pattern TEXT = Pattern.compile("P([1-9][0-9]{0,3})([DWM])");

  /** The unit of a frequency. */
  public enum Unit {
    /** Days. */
    DAYS,
    /** Weeks of seven days. */
    WEEKS,
    /** Calendar months. */
    MONTHS
  }

  private final int count;
  private final Unit unit;

  private Frequency(int count, Unit unit) {
    this.count = count;
    this.unit = unit;
  }

  /**
   * Returns every {@code count} {@code unit}.
   *
   * @throws IllegalArgumentException if {@code count} is not 1 to 9999
   */
  public static Frequency of(int count, Unit unit) {
    requireNonNull(unit, "unit");
    if (count < 1 || count > 9999) {
      throw new IllegalArgumentException("frequency count must be in 1..9999, got " + count);
    }
    return new Frequency(count, unit);
  }

  /** Every {@code days} days. */
  public static Frequency everyDays(int days) {
    return of(days, Unit.DAYS);
  }

  /** Every {@code weeks} weeks. */
  public static Frequency everyWeeks(int weeks) {
    return of(weeks, Unit.WEEKS);
  }

  /** Every {@code months} calendar months. */
  public static Frequency everyMonths(int months) {
    return of(months, Unit.MONTHS);
  }

  /** Every week. */
  public static Frequency weekly() {
    return everyWeeks(1);
  }

  /** Every two weeks. */
  public static Frequency biweekly() {
    return everyWeeks(2);
  }

  /** Every calendar month. */
  public static Frequency monthly() {
    return everyMonths(1);
  }

  /** Every three calendar months, aligned to fiscal quarters when windows are made. */
  public static Frequency quarterly() {
    return everyMonths(3);
  }

  /**
   * Parses {@code P1W}, {@code P14D}, {@code P1M}, {@code P3M}.
   *
   * @throws IllegalArgumentException if the text is not {@code P<n>D}, {@code P<n>W} or {@code
   *     P<n>M} with n from 1 to 9999
   */
  public static Frequency parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "frequency must be an ISO-8601 period like P1W, P14D, P1M or P3M, got \"" + text + "\"");
    }
    Unit unit =
        switch (m.group(2)) {
          case "D" -> Unit.DAYS;
          case "W" -> Unit.WEEKS;
          default -> Unit.MONTHS;
        };
    return of(Integer.parseInt(m.group(1)), unit);
  }

  /** How many units between reviews. */
  public int count() {
    return count;
  }

  /** The unit. */
  public Unit unit() {
    return unit;
  }

  /** The longest a window of this frequency can be, in days (a month counts as up to 31). */
  public long maxDays() {
    return switch (unit) {
      case DAYS -> count;
      case WEEKS -> 7L * count;
      case MONTHS -> monthSpan(count, true);
    };
  }

  /**
   * The longest or shortest number of days that {@code months} consecutive calendar months span.
   */
  private static long monthSpan(int months, boolean longest) {
    long best = longest ? Long.MIN_VALUE : Long.MAX_VALUE;
    // every start month over a 4-year cycle covers leap and common years
    java.time.YearMonth start = java.time.YearMonth.of(2024, 1);
    for (int i = 0; i < 48; i++) {
      java.time.YearMonth from = start.plusMonths(i);
      long days =
          java.time.temporal.ChronoUnit.DAYS.between(
              from.atDay(1), from.plusMonths(months).atDay(1));
      best = longest ? Math.max(best, days) : Math.min(best, days);
    }
    return best;
  }

  /** The shortest a window of this frequency can be, in days (a month counts as at least 28). */
  public long minDays() {
    return switch (unit) {
      case DAYS -> count;
      case WEEKS -> 7L * count;
      case MONTHS -> monthSpan(count, false);
    };
  }

  /** Whether reviews are further apart than one calendar month. */
  public boolean isLongerThanAMonth() {
    return unit == Unit.MONTHS ? count > 1 : minDays() > 31;
  }

  /** Whether reviews can be further apart than {@code days} days. */
  public boolean isLongerThanDays(long days) {
    return maxDays() > days;
  }

  /** Orders by the longest window length, then by unit. */
  @Override
  public int compareTo(Frequency o) {
    int c = Long.compare(maxDays(), o.maxDays());
    return c != 0 ? c : unit.compareTo(o.unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frequency f && f.count == count && f.unit == unit;
  }

  @Override
  public int hashCode() {
    return count * 31 + unit.name().hashCode();
  }

  /** The ISO-8601 period form, e.g. {@code P1W}. */
  @Override
  public String toString() {
    return "P"
        + count
        + switch (unit) {
          case DAYS -> "D";
          case WEEKS -> "W";
          case MONTHS -> "M";
        };
  }
}
