package dev.mops.json.internal;

import java.math.BigDecimal;

/**
 * The one definition of a number too big to read, shared by the JSON codecs and the CSV readers:
 * a number is within a limit when its text has at most that many characters and, written out in
 * plain notation, at most that many digits. So {@code 1e999999} (nine characters standing for a
 * million digits) and {@code 1e-999999} are refused, and nothing downstream (sums, shares,
 * printing) ever meets a number that takes more than a moment to handle. The limit is {@link
 * dev.mops.json.ReadLimits#maxNumberLength()}: configurable for JSON, its default for CSV.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * The digits {@code value} has when written out in plain notation, leading {@code 0.}
   * included: 3 for {@code 1.5e2} ({@code 150}), 4 for {@code 0.001}, 1,000,000 for {@code
   * 1e999999}.
   */
  public static long plainDigits(BigDecimal value) {
    return value.scale() >= 0 ? Math.max(value.precision(), (long) value.scale() + 1)
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
