package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal quarter such as {@code 2027-Q1}: a year and a quarter number 1 to 4.
 *
 * <p>Which calendar months a quarter covers depends on the fiscal-year start month of the plan
 * (January by default, which makes fiscal and calendar quarters equal). Fiscal year {@code Y}
 * begins in the start month of calendar year {@code Y}: with a February start, {@code 2027-Q1} is
 * February to April 2027 and {@code 2027-Q4} is November 2027 to January 2028.
 *
 * <p>Quarters lie in the model's date domain ({@link DateRange#MIN_DATE}..{@link
 * DateRange#MAX_DATE}): years 0 to 9999. Arithmetic that would leave it ({@link #next()} of {@code
 * 9999-Q4}, {@link #containing(YearMonth, Month)} of {@code 0000-01} for a fiscal year starting in
 * February, the {@link #range(Month)} of {@code 9999-Q4} when it ends in January of year 10000)
 * fails with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * Quarter q = Quarter.parse("2027-Q1");
 * q.range(Month.JANUARY);  // 2027-01-01/2027-03-31
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Quarter implements Comparable<Quarter> {
  private static final int MIN_YEAR = Checks.MIN_DATE.getYear();
  private static final int MAX_YEAR = Checks.MAX_DATE.getYear();
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q(\\d)");

  private final int year;
  private final int quarter;

  private Quarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Returns quarter {@code quarter} of fiscal year {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not 0 to 9999 or {@code quarter} is not 1
   *     to 4
   */
  public static Quarter of(int year, int quarter) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year must be in 0..9999, got " + year);
    }
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be in 1..4, got " + quarter);
    }
    return new Quarter(year, quarter);
  }

  /**
   * Parses {@code 2027-Q1}.
   *
   * @throws IllegalArgumentException if the text is not {@code YYYY-Qn} with n in 1..4
   */
  public static Quarter parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "quarter must look like 2027-Q1, got " + Checks.quote(text.toString()));
    }
    int q = Integer.parseInt(m.group(2));
    if (q < 1 || q > 4) {
      throw new IllegalArgumentException(
          "quarter must be in 1..4, got " + q + " in " + Checks.quote(text.toString()));
    }
    return of(Integer.parseInt(m.group(1)), q);
  }

  /**
   * The fiscal quarter that contains {@code day}, for a fiscal year starting in {@code
   * fiscalStart}.
   *
   * @throws IllegalArgumentException if that quarter's fiscal year is outside 0..9999
   */
  public static Quarter containing(LocalDate day, Month fiscalStart) {
    requireNonNull(day, "day");
    return containing(YearMonth.from(day), fiscalStart);
  }

  /**
   * The fiscal quarter that contains {@code month}, for a fiscal year starting in {@code
   * fiscalStart}.
   *
   * @throws IllegalArgumentException if that quarter's fiscal year is outside 0..9999 (e.g. {@code
   *     0000-01} with a fiscal year starting in February is in fiscal year -1)
   */
  public static Quarter containing(YearMonth month, Month fiscalStart) {
    requireNonNull(month, "month");
    requireNonNull(fiscalStart, "fiscalStart");
    int offset = month.getMonthValue() - fiscalStart.getValue();
    int fiscalYear = month.getYear();
    if (offset < 0) {
      offset += 12;
      fiscalYear -= 1;
    }
    if (fiscalYear < MIN_YEAR || fiscalYear > MAX_YEAR) {
      throw new IllegalArgumentException(
          "the quarter of "
              + month
              + " with a fiscal year starting in "
              + fiscalStart
              + " is in fiscal year "
              + fiscalYear
              + ", outside "
              + MIN_YEAR
              + ".."
              + MAX_YEAR);
    }
    return new Quarter(fiscalYear, offset / 3 + 1);
  }

  /** The fiscal year. */
  public int year() {
    return year;
  }

  /** The quarter number, 1 to 4. */
  public int quarter() {
    return quarter;
  }

  /**
   * The first month of this quarter for a fiscal year starting in {@code fiscalStart}.
   *
   * @throws IllegalArgumentException if that month is after {@code 9999-12}
   */
  public YearMonth firstMonth(Month fiscalStart) {
    requireNonNull(fiscalStart, "fiscalStart");
    YearMonth first = YearMonth.of(year, fiscalStart).plusMonths((quarter - 1) * 3L);
    if (first.isAfter(Checks.MAX_MONTH)) {
      throw beyond(fiscalStart, "starts");
    }
    return first;
  }

  /**
   * The days of this quarter for a fiscal year starting in {@code fiscalStart}.
   *
   * @throws IllegalArgumentException if the quarter ends after {@code 9999-12-31} (only {@code
   *     9999-Q4} with a fiscal year not starting in January, and {@code 9999-Q3} or {@code 9999-Q2}
   *     with a late start)
   */
  public DateRange range(Month fiscalStart) {
    YearMonth first = firstMonth(fiscalStart);
    YearMonth last = first.plusMonths(2);
    if (last.isAfter(Checks.MAX_MONTH)) {
      throw beyond(fiscalStart, "ends");
    }
    return DateRange.of(first.atDay(1), last.atEndOfMonth());
  }

  private IllegalArgumentException beyond(Month fiscalStart, String what) {
    return new IllegalArgumentException(
        this
            + " with a fiscal year starting in "
            + fiscalStart
            + " "
            + what
            + " after "
            + Checks.MAX_DATE);
  }

  /**
   * The next quarter.
   *
   * @throws IllegalArgumentException for {@code 9999-Q4}, the last quarter
   */
  public Quarter next() {
    if (quarter == 4 && year == MAX_YEAR) {
      throw new IllegalArgumentException("there is no quarter after " + this + ", the last one");
    }
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  /**
   * The previous quarter.
   *
   * @throws IllegalArgumentException for {@code 0000-Q1}, the first quarter
   */
  public Quarter previous() {
    if (quarter == 1 && year == MIN_YEAR) {
      throw new IllegalArgumentException("there is no quarter before " + this + ", the first one");
    }
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quarter q && q.year == year && q.quarter == quarter;
  }

  @Override
  public int hashCode() {
    return year * 4 + quarter;
  }

  /** The text form {@code 2027-Q1}, read back by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
  }
}
