package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Format;
import dev.mops.model.Quarter;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Email metrics per period (month or fiscal quarter): the exact {@link EmailCounts} and a {@link
 * TimeSeries} of each rate. Made by {@link EmailAccumulator} and {@link EmailMetrics}.
 *
 * <p>Only periods with at least one event appear. See {@link EmailCounts} for which rates may
 * exceed 1 and why.
 *
 * <pre>{@code
 * EmailReport<YearMonth> r = EmailMetrics.report(List.of(
 *     EmailEvent.of("a", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
 *     EmailEvent.of("b", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
 *     EmailEvent.of("a", EmailEventType.UNSUBSCRIBE, Instant.parse("2027-03-05T10:00:00Z"))));
 * r.churn().get(YearMonth.of(2027, 3));   // Optional[50% (1 of 2)]
 * }</pre>
 *
 * @param <P> {@link YearMonth} or {@link Quarter}
 * @since 0.1.0
 */
public final class EmailReport<P extends Comparable<? super P>> {
  private final String periodName;
  private final TimeSeries<P, EmailCounts> counts;
  private final Map<String, EmailCounts> byMessage;
  private final Map<EmailRate, String> unavailable;

  EmailReport(
      String periodName, TimeSeries<P, EmailCounts> counts, Map<String, EmailCounts> byMessage) {
    this(periodName, counts, byMessage, Map.of());
  }

  private EmailReport(
      String periodName,
      TimeSeries<P, EmailCounts> counts,
      Map<String, EmailCounts> byMessage,
      Map<EmailRate, String> unavailable) {
    this.periodName = periodName;
    this.counts = counts;
    this.byMessage = Collections.unmodifiableMap(new TreeMap<>(byMessage));
    this.unavailable =
        unavailable.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(unavailable));
  }

  /**
   * This report, with the rates its source cannot give marked as not available, each with the
   * reason (e.g. {@code DELIVERY → "the sfmc export has no delivered events"}): the {@link
   * #table()} shows them as {@code n/a}, and JSON writes them as {@code null} with the reason,
   * instead of a 0 % that only says the source has no such events. The counts and series are
   * unchanged. Replaces the rates marked before.
   *
   * @throws NullPointerException if {@code reasons} or one of its keys or values is null
   * @throws IllegalArgumentException if a reason is blank
   * @since 0.2
   */
  public EmailReport<P> withUnavailable(Map<EmailRate, String> reasons) {
    requireNonNull(reasons, "reasons");
    reasons.forEach(
        (r, why) -> {
          requireNonNull(r, "rate");
          requireNonNull(why, "reason");
          if (why.isBlank()) {
            throw new IllegalArgumentException("reason of " + r.label() + " must not be blank");
          }
        });
    return new EmailReport<>(periodName, counts, byMessage, reasons);
  }

  /**
   * The rates marked not available from the report's source, with the reason, in {@link EmailRate}
   * order; empty unless {@link #withUnavailable} marked some.
   *
   * @since 0.2
   */
  public Map<EmailRate, String> unavailable() {
    return unavailable;
  }

  /**
   * The monthly report of counts made elsewhere, e.g. by a distributed engine (mops-spark): equal
   * to {@link EmailAccumulator#result()} of an accumulator in {@code zone} that counted the same
   * events. Give only months with at least one event, as the accumulator does.
   *
   * @param zone the zone whose calendar months bucketed the events
   * @param months the counts of each month
   * @param byMessage the counts of each message id, empty when no event named a message
   * @throws NullPointerException if an argument, a key or a value is null
   * @since 0.2
   */
  public static EmailReport<YearMonth> ofMonths(
      ZoneId zone, Map<YearMonth, EmailCounts> months, Map<String, EmailCounts> byMessage) {
    return new EmailReport<>(
        "month",
        TimeSeries.of("email counts by month", requireNonNull(months, "months"), zone),
        checked(byMessage));
  }

  /**
   * The quarterly report of counts made elsewhere (mops-spark): equal to {@link
   * EmailAccumulator#resultByQuarter(java.time.Month)} of an accumulator in {@code zone} that
   * counted the same events, with contacts distinct across each quarter's months.
   *
   * @param zone the zone whose calendar months bucketed the events
   * @param quarters the counts of each fiscal quarter
   * @param byMessage the counts of each message id, empty when no event named a message
   * @throws NullPointerException if an argument, a key or a value is null
   * @since 0.2
   */
  public static EmailReport<Quarter> ofQuarters(
      ZoneId zone, Map<Quarter, EmailCounts> quarters, Map<String, EmailCounts> byMessage) {
    return new EmailReport<>(
        "quarter",
        TimeSeries.of("email counts by quarter", requireNonNull(quarters, "quarters"), zone),
        checked(byMessage));
  }

  private static Map<String, EmailCounts> checked(Map<String, EmailCounts> byMessage) {
    requireNonNull(byMessage, "byMessage");
    Map<String, EmailCounts> copy = new TreeMap<>();
    byMessage.forEach(
        (m, c) -> copy.put(requireNonNull(m, "message id"), requireNonNull(c, "counts")));
    return copy;
  }

  /** The zone whose calendar months bucketed the events. */
  public ZoneId zone() {
    return counts.zone();
  }

  /** The counts of each period. */
  public TimeSeries<P, EmailCounts> counts() {
    return counts;
  }

  /**
   * The counts and rates of each message, over all periods, for the events that named their
   * message; sorted by message id. A contact counts once per message, so these are rates over
   * distinct (contact, message) pairs: a message's open rate is its openers ÷ the contacts it was
   * delivered to. Empty when no event named a message.
   */
  public Map<String, EmailCounts> byMessage() {
    return byMessage;
  }

  /**
   * Email churn per period: distinct unsubscribers ÷ distinct recipients (HubSpot). May exceed 1;
   * undefined in a period with unsubscribes and no sends.
   */
  public TimeSeries<P, Ratio> churn() {
    return series("email churn", EmailCounts::churn);
  }

  /** Delivery events ÷ send events per period. */
  public TimeSeries<P, Ratio> deliveryRate() {
    return series("delivery rate", EmailCounts::deliveryRate);
  }

  /** Distinct openers ÷ distinct delivered contacts per period. */
  public TimeSeries<P, Ratio> openRate() {
    return series("open rate", EmailCounts::openRate);
  }

  /** Distinct clickers ÷ distinct delivered contacts per period. */
  public TimeSeries<P, Ratio> clickRate() {
    return series("click rate", EmailCounts::clickRate);
  }

  /** Distinct clickers ÷ distinct openers per period; may exceed 1. */
  public TimeSeries<P, Ratio> clickToOpenRate() {
    return series("click-to-open rate", EmailCounts::clickToOpenRate);
  }

  /** Distinct unsubscribers ÷ distinct delivered contacts per period. */
  public TimeSeries<P, Ratio> unsubscribeRate() {
    return series("unsubscribe rate", EmailCounts::unsubscribeRate);
  }

  /**
   * List churn of {@code period}: (distinct unsubscribers + distinct hard bouncers + distinct spam
   * complainers) ÷ {@code listSizeAtStart}. A period without events has list churn 0.
   *
   * @throws IllegalArgumentException if {@code listSizeAtStart} is negative
   * @throws NullPointerException if {@code period} is null
   */
  public ListChurn listChurn(P period, long listSizeAtStart) {
    requireNonNull(period, "period");
    EmailCounts c = counts.get(period).orElse(EmailCounts.NONE);
    return ListChurn.of(
        period.toString(), c.unsubscribers(), c.hardBouncers(), c.complainers(), listSizeAtStart);
  }

  private TimeSeries<P, Ratio> series(String name, Function<EmailCounts, Ratio> rate) {
    return TimeSeries.of(name + " by " + periodName, counts.map(rate).asMap(), counts.zone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailReport<?> r
        && periodName.equals(r.periodName)
        && counts.equals(r.counts)
        && byMessage.equals(r.byMessage)
        && unavailable.equals(r.unavailable);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /**
   * The counts and rates of each period as a plain-text table, one line per period after a header
   * line, each line ending in {@code \n}: recipients and unsubscribers as counts, then churn,
   * delivery, open, click and click-to-open rates as shares ({@link Figures}), in fixed-width
   * columns.
   *
   * <pre>
   * month    recipients  unsubscribed  churn      delivery   open       click      click-to-open
   * 2027-03      10,000           235  2.35%      98.5%      41.2%      6.1%       14.81%
   * </pre>
   *
   * <p>Without any period it is the header line alone. A rate marked {@link #withUnavailable
   * unavailable} reads {@code n/a} in every period, and a line per such rate follows the table:
   * {@code delivery rate: n/a, the sfmc export has no delivered events}.
   */
  public String table() {
    StringBuilder b = new StringBuilder();
    row(
        b,
        periodName,
        "recipients",
        "unsubscribed",
        EmailRate.CHURN.column(),
        EmailRate.DELIVERY.column(),
        EmailRate.OPEN_RATE.column(),
        EmailRate.CLICK_RATE.column(),
        EmailRate.CLICK_TO_OPEN.column());
    counts
        .asMap()
        .forEach(
            (p, c) ->
                row(
                    b,
                    p.toString(),
                    Figures.count(c.recipients()),
                    Figures.count(c.unsubscribers()),
                    rate(EmailRate.CHURN, c),
                    rate(EmailRate.DELIVERY, c),
                    rate(EmailRate.OPEN_RATE, c),
                    rate(EmailRate.CLICK_RATE, c),
                    rate(EmailRate.CLICK_TO_OPEN, c)));
    unavailable.forEach((r, why) -> b.append(r.label()).append(": n/a, ").append(why).append('\n'));
    return b.toString();
  }

  /** The cell of {@code rate} in the table: {@code n/a} when the source cannot give it. */
  private String rate(EmailRate rate, EmailCounts c) {
    return unavailable.containsKey(rate) ? "n/a" : Figures.percent(rate.of(c));
  }

  private static void row(StringBuilder b, String... cells) {
    b.append(
            String.format(
                    Locale.ROOT, "%-8s %10s  %12s  %-9s  %-9s  %-9s  %-9s  %s", (Object[]) cells)
                .stripTrailing())
        .append('\n');
  }

  /**
   * A header line, then one line per period with every rate and its inputs, then one line per
   * message.
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("email metrics by ")
            .append(periodName)
            .append(" (")
            .append(Format.zone(counts.zone()))
            .append(')');
    if (counts.isEmpty()) {
      sb.append(": no events");
    }
    counts.asMap().forEach((p, c) -> sb.append('\n').append(p).append("  ").append(c));
    byMessage.forEach((m, c) -> sb.append("\nmessage ").append(m).append("  ").append(c));
    return sb.toString();
  }
}
