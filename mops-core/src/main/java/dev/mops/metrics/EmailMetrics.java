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

  /** A new, empty accumulator bucketing months in UTC. */
  public static EmailAccumulator accumulator() {
    return new EmailAccumulator(ZoneOffset.UTC);
  }

  /**
   * A new, empty accumulator bucketing months in {@code zone}.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public static EmailAccumulator accumulator(ZoneId zone) {
    return new EmailAccumulator(zone);
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
        () -> new EmailAccumulator(zone),
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
    EmailAccumulator acc = new EmailAccumulator(zone);
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
