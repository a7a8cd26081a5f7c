package dev.mops.core.internal;

import java.math.BigDecimal;

/**
 * The one definition of a number too big to read, shared by the JSON codecs and the CSV readers: a
 * number is within a limit when its text has at most that many characters and, written out in plain
 * notation, at most that many digits. So {@code 1e999999} (nine characters standing for a million
 * digits) and {@code 1e-999999} are refused, and nothing downstream (sums, shares, printing) ever
 * meets a number that takes more than a moment to handle. The limit is JSON's {@code
 * ReadLimits.maxNumberLength()}, which starts at {@link #DEFAULT_MAX_LENGTH}; CSV uses {@link
 * #DEFAULT_MAX_LENGTH}.
 *
 * <p>Not part of the API: this package is exported only to mops modules.
 */
public final class Numbers {
  /**
   * The default longest number: 100 characters as written, and 100 digits written out. JSON's
   * default {@code ReadLimits} and the CSV readers both read it from here.
   */
  public static final int DEFAULT_MAX_LENGTH = 100;

  private Numbers() {}

  /**
   * The digits {@code value} has when written out in plain notation, leading {@code 0.} included: 3
   * for {@code 1.5e2} ({@code 150}), 4 for {@code 0.001}, 1,000,000 for {@code 1e999999}.
   */
  public static long plainDigits(BigDecimal value) {
    return value.scale() >= 0
        ? Math.max(value.precision(), (long) value.scale() + 1)
        : (long) value.precision() - value.scale();
  }

  /**
   * Whether a number of {@code length} characters as written is within {@code limit}; checked
   * before the text is parsed, so that a huge text is never parsed.
   */
  public static boolean lengthWithin(long length, int limit) {
    return length <= limit;
  }

  /** Whether {@code value} written out in plain notation has at most {@code limit} digits. */
  public static boolean digitsWithin(BigDecimal value, int limit) {
    return plainDigits(value) <= limit;
  }
}
