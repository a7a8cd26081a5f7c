package dev.mops.benchmarks.churn;

/**
 * One month's email churn as exact counts: distinct contacts who unsubscribed (the numerator) and
 * distinct contacts sent an email (the denominator).
 *
 * @param unsubscribers distinct contacts with an unsubscribe event in the month
 * @param recipients distinct contacts with a send event in the month
 * @since 0.2
 */
public record MonthChurn(long unsubscribers, long recipients) {
  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public MonthChurn {
    if (unsubscribers < 0 || recipients < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, got " + unsubscribers + " of " + recipients);
    }
  }

  /** {@code 2027-03 1234 of 56789}: the month's line of {@link Contender#table}. */
  String line(java.time.YearMonth month) {
    return month + " " + unsubscribers + " of " + recipients;
  }
}
