package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Collector;

/**
 * Entry points for email metrics, short enough for JShell. Months are UTC calendar months unless a
 * zone is given.
 *
 * <pre>{@code
 * List<EmailEvent> events = List.of(
 *     EmailEvent.of("a", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
 *     EmailEvent.of("a", EmailEventType.UNSUBSCRIBE, Instant.parse("2027-03-02T10:00:00Z")));
 * EmailMetrics.churnByMonth(events);                 // email churn by month (UTC) ▄ / 2027-03  100% (1 of 1)
 * events.stream().collect(EmailMetrics.collector()).openRate();
 * EmailMetrics.compare(1_000_000, new BigDecimal("0.033"), 100_000, new BigDecimal("10"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EmailMetrics {
  private EmailMetrics() {}

  /**
   * The heap bytes per distinct contact that {@link #defaultMaxContacts()} assumes: 256, room for a
   * contact id of 64 chars active in a dozen months (an accumulator holds about 13 bytes plus the
   * id's length per contact, plus at most 2 bytes per contact, month and kind of event, and far
   * less where a month's contacts are dense), with the rest of the heap left for reading.
   *
   * @since 0.2
   */
  public static final int DEFAULT_BYTES_PER_CONTACT = 256;

  /**
   * The default limit of distinct contacts of an accumulator: the JVM's maximum heap ({@link
   * Runtime#maxMemory()}, set with {@code -Xmx}) divided by {@link #DEFAULT_BYTES_PER_CONTACT}, so
   * that a too large export stops with a {@link ContactLimitException} long before the JVM runs out
   * of memory: about 4 million contacts per GiB of heap.
   *
   * @since 0.2
   */
  public static int defaultMaxContacts() {
    long heap = Runtime.getRuntime().maxMemory();
    long max = heap == Long.MAX_VALUE ? Integer.MAX_VALUE : heap / DEFAULT_BYTES_PER_CONTACT;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, max));
  }

  /**
   * A new, empty accumulator bucketing months in UTC, with the {@link #defaultMaxContacts() default
   * limit} of distinct contacts.
   */
  public static EmailAccumulator accumulator() {
    return accumulator(ZoneOffset.UTC);
  }

  /**
   * A new, empty accumulator bucketing months in {@code zone}, with the {@link
   * #defaultMaxContacts() default limit} of distinct contacts.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public static EmailAccumulator accumulator(ZoneId zone) {
    return new EmailAccumulator(zone, defaultMaxContacts());
  }

  /**
   * A new, empty accumulator bucketing months in {@code zone} that counts at most {@code
   * maxContacts} distinct contacts: one more throws {@link ContactLimitException}. Above
   * 805,306,368 (the most the accumulator's table holds) the limit is that number.
   *
   * @throws NullPointerException if {@code zone} is null
   * @throws IllegalArgumentException if {@code maxContacts} is less than 1
   * @since 0.2
   */
  public static EmailAccumulator accumulator(ZoneId zone, int maxContacts) {
    return new EmailAccumulator(zone, maxContacts);
  }

  /** A collector of events into a monthly {@link EmailReport} in UTC; parallel streams merge. */
  public static Collector<EmailEvent, EmailAccumulator, EmailReport<YearMonth>> collector() {
    return collector(ZoneOffset.UTC);
  }

  /**
   * A collector of events into a monthly {@link EmailReport} in {@code zone}.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public static Collector<EmailEvent, EmailAccumulator, EmailReport<YearMonth>> collector(
      ZoneId zone) {
    requireNonNull(zone, "zone");
    return Collector.of(
        () -> new EmailAccumulator(zone, defaultMaxContacts()),
        EmailAccumulator::accept,
        EmailAccumulator::merge,
        EmailAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The monthly email metrics of {@code events}, months in UTC.
   *
   * @throws NullPointerException if {@code events} or an event is null
   */
  public static EmailReport<YearMonth> report(Iterable<EmailEvent> events) {
    return report(events, ZoneOffset.UTC);
  }

  /**
   * The monthly email metrics of {@code events}, months in {@code zone}.
   *
   * @throws NullPointerException if an argument or an event is null
   */
  public static EmailReport<YearMonth> report(Iterable<EmailEvent> events, ZoneId zone) {
    requireNonNull(events, "events");
    EmailAccumulator acc = new EmailAccumulator(zone, defaultMaxContacts());
    events.forEach(acc);
    return acc.result();
  }

  /**
   * Monthly email churn (UTC months): distinct contacts who unsubscribed in the month ÷ distinct
   * contacts emailed in the month. May exceed 1; undefined in a month with unsubscribes and no
   * sends.
   *
   * @throws NullPointerException if {@code events} or an event is null
   */
  public static TimeSeries<YearMonth, Ratio> churnByMonth(Iterable<EmailEvent> events) {
    return report(events).churn();
  }

  /**
   * Monthly email churn with months in {@code zone}.
   *
   * @throws NullPointerException if an argument or an event is null
   */
  public static TimeSeries<YearMonth, Ratio> churnByMonth(
      Iterable<EmailEvent> events, ZoneId zone) {
    return report(events, zone).churn();
  }

  /**
   * List churn from counts: (unsubscribes + hard bounces + spam complaints) ÷ list size at the
   * period's start.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static ListChurn listChurn(
      long unsubscribes, long hardBounces, long spamComplaints, long listSizeAtStart) {
    return ListChurn.of(unsubscribes, hardBounces, spamComplaints, listSizeAtStart);
  }

  /**
   * Emails at click rates side by side: {@code compare(1_000_000, new BigDecimal("0.033"), 100_000,
   * new BigDecimal("10"))} is 330 clicks vs 10,000 clicks. Rates are in percent.
   *
   * @throws IllegalArgumentException if a volume or a rate is negative
   * @throws NullPointerException if a rate is null
   */
  public static OutcomeComparison compare(
      long firstVolume, BigDecimal firstPercent, long secondVolume, BigDecimal secondPercent) {
    return OutcomeComparison.of(
        Outcome.atPercent(firstVolume, firstPercent),
        Outcome.atPercent(secondVolume, secondPercent));
  }
}
