package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A closed range of calendar days, both ends included: a sprint, the period of a plan or an OKR,
 * the window a review covers.
 *
 * <p>Its text form is ISO-8601 {@code start/end}, e.g. {@code 2027-03-01/2027-03-31}, and {@link
 * #parse(CharSequence)} reads what {@link #toString()} writes.
 *
 * <p>Every date of the model lies in {@link #MIN_DATE}..{@link #MAX_DATE} ({@code 0000-01-01} to
 * {@code 9999-12-31}), the days whose ISO-8601 text has a four-digit year, so that every value
 * written to JSON is read back. Factories and builders refuse other days with an {@link
 * IllegalArgumentException}.
 *
 * <pre>{@code
 * DateRange march = DateRange.ofMonth(YearMonth.of(2027, 3));
 * march.days();                                // 31
 * march.contains(LocalDate.of(2027, 3, 31));   // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DateRange implements Comparable<DateRange> {
  /** The first day any model value may hold: {@code 0000-01-01}. */
  public static final LocalDate MIN_DATE = Checks.MIN_DATE;

  /** The last day any model value may hold: {@code 9999-12-31}. */
  public static final LocalDate MAX_DATE = Checks.MAX_DATE;

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the range from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}, or either is outside
   *     {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    Checks.date("start", start);
    Checks.date("end", end);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start, got " + start + "/" + end);
    }
    return new DateRange(start, end);
  }

  /**
   * Returns the single day {@code day}.
   *
   * @throws IllegalArgumentException if {@code day} is outside {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public static DateRange ofDay(LocalDate day) {
    requireNonNull(day, "day");
    Checks.date("day", day);
    return new DateRange(day, day);
  }

  /**
   * Returns the whole calendar month.
   *
   * @throws IllegalArgumentException if the month is outside {@code 0000-01..9999-12}
   */
  public static DateRange ofMonth(YearMonth month) {
    requireNonNull(month, "month");
    Checks.month("month", month);
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns the whole calendar year.
   *
   * @throws IllegalArgumentException if the year is outside {@code 0..9999}
   */
  public static DateRange ofYear(Year year) {
    requireNonNull(year, "year");
    Checks.between("year", year.getValue(), MIN_DATE.getYear(), MAX_DATE.getYear());
    return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Parses {@code 2027-03-01/2027-03-31}.
   *
   * @throws IllegalArgumentException if the text is not two ISO dates separated by {@code /}, the
   *     end is before the start, or a day is outside {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public static DateRange parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "date range must look like 2027-03-01/2027-03-31, got " + Checks.quote(s));
    }
    try {
      return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date range must look like 2027-03-01/2027-03-31, got " + Checks.quote(s), e);
    }
  }

  /** The first day, included. */
  public LocalDate start() {
    return start;
  }

  /** The last day, included. */
  public LocalDate end() {
    return end;
  }

  /** The number of days, both ends counted (a one-day range has 1). */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Whether {@code day} lies within the range, ends included. */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether every day of {@code other} lies within this range. */
  public boolean encloses(DateRange other) {
    requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** Whether the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    requireNonNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** The days both ranges share, if any. */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateRange(s, e));
  }

  /** Whether this range is exactly one calendar month. */
  public boolean isCalendarMonth() {
    return start.getDayOfMonth() == 1 && YearMonth.from(start).atEndOfMonth().equals(end);
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(DateRange o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && start.equals(r.start) && end.equals(r.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /** The ISO-8601 form {@code start/end}, e.g. {@code 2027-03-01/2027-03-31}. */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
