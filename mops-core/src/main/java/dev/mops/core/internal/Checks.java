package dev.mops.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

/**
 * Precondition helpers for value invariants. Messages are short, lower-case, name the field and
 * show the bad value.
 */
public final class Checks {
  /**
   * The first day a model value may hold, {@code 0000-01-01}: the date domain is the days whose
   * ISO-8601 text has a four-digit year, so every date the JSON writer writes is read back.
   */
  public static final LocalDate MIN_DATE = LocalDate.of(0, 1, 1);

  /** The last day a model value may hold, {@code 9999-12-31}. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /** The first month of the date domain, {@code 0000-01}. */
  public static final YearMonth MIN_MONTH = YearMonth.from(MIN_DATE);

  /** The last month of the date domain, {@code 9999-12}. */
  public static final YearMonth MAX_MONTH = YearMonth.from(MAX_DATE);

  private static final String DOMAIN = MIN_DATE + ".." + MAX_DATE;

  private Checks() {}

  /** Fails unless {@code day} lies in {@link #MIN_DATE}..{@link #MAX_DATE}. */
  public static LocalDate date(String field, LocalDate day) {
    if (day == null) {
      throw new NullPointerException(field);
    }
    if (day.isBefore(MIN_DATE) || day.isAfter(MAX_DATE)) {
      throw new IllegalArgumentException(field + " must be in " + DOMAIN + ", got " + day);
    }
    return day;
  }

  /** Fails unless the day, when present, lies in {@link #MIN_DATE}..{@link #MAX_DATE}. */
  public static void date(String field, Optional<LocalDate> day) {
    day.ifPresent(d -> date(field, d));
  }

  /** Fails unless {@code month} lies in {@link #MIN_MONTH}..{@link #MAX_MONTH}. */
  public static YearMonth month(String field, YearMonth month) {
    if (month == null) {
      throw new NullPointerException(field);
    }
    if (month.isBefore(MIN_MONTH) || month.isAfter(MAX_MONTH)) {
      throw new IllegalArgumentException(
          field + " must be in " + MIN_MONTH + ".." + MAX_MONTH + ", got " + month);
    }
    return month;
  }

  /** Fails unless {@code id} is a valid mops id ({@code [A-Za-z0-9._-]{1,64}}). */
  public static String id(String field, String id) {
    if (id == null) {
      throw new NullPointerException(field);
    }
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException(
          field + " must match [A-Za-z0-9._-]{1,64}, got " + quote(id));
    }
    return id;
  }

  /** Fails unless every id of {@code ids} is valid. */
  public static void ids(String field, Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      id(field + "[" + i++ + "]", id);
    }
  }

  /** Fails when {@code text} is blank. */
  public static String notBlank(String field, String text) {
    if (text == null) {
      throw new NullPointerException(field);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got " + quote(text));
    }
    return text;
  }

  /** Fails when {@code value} is negative. */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value.toPlainString());
    }
    return value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static BigDecimal between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          field
              + " must be in "
              + min.toPlainString()
              + ".."
              + max.toPlainString()
              + ", got "
              + value.toPlainString());
    }
    return value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be in " + min + ".." + max + ", got " + value);
    }
    return value;
  }

  /** Fails with {@link IllegalArgumentException} and the message when {@code ok} is false. */
  public static void argument(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Quotes a text for an error message, escaping control characters and shortening long values. */
  public static String quote(String text) {
    return Visible.quote(text);
  }
}
