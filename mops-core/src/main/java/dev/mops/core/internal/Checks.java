package dev.mops.core.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Precondition helpers for value invariants. Messages are short, lower-case, name the field and
 * show the bad value.
 */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private Checks() {}

  /** Fails unless {@code id} is a valid mops id ({@code [A-Za-z0-9._-]{1,64}}). */
  public static String id(String field, String id) {
    if (id == null) {
      throw new NullPointerException(field);
    }
    if (!ID.matcher(id).matches()) {
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
          field + " must be in " + min.toPlainString() + ".." + max.toPlainString() + ", got "
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
