package dev.mops.metrics;

/**
 * The exact counts behind the email rates of one period (a month or a quarter), and the rates
 * themselves. Contact counts are distinct contacts in the period; event counts are events.
 *
 * <p>Every rate is a {@link Ratio}: undefined when its denominator is 0, never NaN. Rates over
 * distinct contacts count the numerator's contacts whether or not they are also in the denominator,
 * so some may exceed 1:
 *
 * <ul>
 *   <li>{@link #churn()}: a contact who unsubscribed in a month without being emailed in it still
 *       counts, so churn can exceed 1;
 *   <li>{@link #clickToOpenRate()}: a click without a recorded open still counts;
 *   <li>{@link #openRate()}, {@link #clickRate()}, {@link #unsubscribeRate()}: an open, click or
 *       unsubscribe of an email delivered in an earlier period still counts;
 *   <li>{@link #deliveryRate()}: events, so a delivery recorded without its send still counts.
 * </ul>
 *
 * @since 0.1.0
 */
public final class EmailCounts {
  private final long sentEvents;
  private final long deliveredEvents;
  private final long recipients;
  private final long deliveredContacts;
  private final long openers;
  private final long clickers;
  private final long unsubscribers;
  private final long hardBouncers;
  private final long softBouncers;
  private final long complainers;

  EmailCounts(
      long sentEvents,
      long deliveredEvents,
      long recipients,
      long deliveredContacts,
      long openers,
      long clickers,
      long unsubscribers,
      long hardBouncers,
      long softBouncers,
      long complainers) {
    this.sentEvents = sentEvents;
    this.deliveredEvents = deliveredEvents;
    this.recipients = recipients;
    this.deliveredContacts = deliveredContacts;
    this.openers = openers;
    this.clickers = clickers;
    this.unsubscribers = unsubscribers;
    this.hardBouncers = hardBouncers;
    this.softBouncers = softBouncers;
    this.complainers = complainers;
  }

  static final EmailCounts NONE = new EmailCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * The counts of one period made elsewhere, e.g. by a distributed engine that counted the distinct
   * contacts itself (mops-spark); the same value {@link EmailAccumulator} makes from the same
   * events.
   *
   * @param sentEvents send events
   * @param deliveredEvents delivery events
   * @param recipients distinct contacts sent at least one email
   * @param deliveredContacts distinct contacts with at least one delivery
   * @param openers distinct contacts with at least one open
   * @param clickers distinct contacts with at least one click
   * @param unsubscribers distinct contacts who unsubscribed
   * @param hardBouncers distinct contacts with a hard bounce
   * @param softBouncers distinct contacts with a soft bounce
   * @param complainers distinct contacts who marked an email as spam
   * @throws IllegalArgumentException if a count is negative
   * @since 0.2
   */
  public static EmailCounts of(
      long sentEvents,
      long deliveredEvents,
      long recipients,
      long deliveredContacts,
      long openers,
      long clickers,
      long unsubscribers,
      long hardBouncers,
      long softBouncers,
      long complainers) {
    long[] all = {
      sentEvents,
      deliveredEvents,
      recipients,
      deliveredContacts,
      openers,
      clickers,
      unsubscribers,
      hardBouncers,
      softBouncers,
      complainers
    };
    for (long v : all) {
      if (v < 0) {
        throw new IllegalArgumentException("counts must not be negative, got " + v);
      }
    }
    return new EmailCounts(
        sentEvents,
        deliveredEvents,
        recipients,
        deliveredContacts,
        openers,
        clickers,
        unsubscribers,
        hardBouncers,
        softBouncers,
        complainers);
  }

  /** Send events. */
  public long sentEvents() {
    return sentEvents;
  }

  /** Delivery events. */
  public long deliveredEvents() {
    return deliveredEvents;
  }

  /** Distinct contacts sent at least one email (unique recipients). */
  public long recipients() {
    return recipients;
  }

  /** Distinct contacts with at least one delivery. */
  public long deliveredContacts() {
    return deliveredContacts;
  }

  /** Distinct contacts with at least one open. */
  public long openers() {
    return openers;
  }

  /** Distinct contacts with at least one click. */
  public long clickers() {
    return clickers;
  }

  /** Distinct contacts who unsubscribed. */
  public long unsubscribers() {
    return unsubscribers;
  }

  /** Distinct contacts with a hard bounce (a bounce without a type counts as hard). */
  public long hardBouncers() {
    return hardBouncers;
  }

  /** Distinct contacts with a soft bounce. */
  public long softBouncers() {
    return softBouncers;
  }

  /** Distinct contacts who marked an email as spam. */
  public long complainers() {
    return complainers;
  }

  /**
   * Email churn (HubSpot's definition): distinct unsubscribers ÷ distinct recipients. May exceed 1
   * (an unsubscribe from a contact not emailed in the period); undefined with no recipients.
   */
  public Ratio churn() {
    return Ratio.of(unsubscribers, recipients);
  }

  /** Delivery events ÷ send events; undefined with no sends. */
  public Ratio deliveryRate() {
    return Ratio.of(deliveredEvents, sentEvents);
  }

  /** Distinct openers ÷ distinct delivered contacts; undefined with no deliveries. */
  public Ratio openRate() {
    return Ratio.of(openers, deliveredContacts);
  }

  /** Distinct clickers ÷ distinct delivered contacts; undefined with no deliveries. */
  public Ratio clickRate() {
    return Ratio.of(clickers, deliveredContacts);
  }

  /**
   * Distinct clickers ÷ distinct openers. May exceed 1 (a click without a recorded open); undefined
   * with no openers.
   */
  public Ratio clickToOpenRate() {
    return Ratio.of(clickers, openers);
  }

  /** Distinct unsubscribers ÷ distinct delivered contacts; undefined with no deliveries. */
  public Ratio unsubscribeRate() {
    return Ratio.of(unsubscribers, deliveredContacts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailCounts c
        && sentEvents == c.sentEvents
        && deliveredEvents == c.deliveredEvents
        && recipients == c.recipients
        && deliveredContacts == c.deliveredContacts
        && openers == c.openers
        && clickers == c.clickers
        && unsubscribers == c.unsubscribers
        && hardBouncers == c.hardBouncers
        && softBouncers == c.softBouncers
        && complainers == c.complainers;
  }

  @Override
  public int hashCode() {
    long h = sentEvents;
    for (long v :
        new long[] {
          deliveredEvents,
          recipients,
          deliveredContacts,
          openers,
          clickers,
          unsubscribers,
          hardBouncers,
          softBouncers,
          complainers
        }) {
      h = h * 31 + v;
    }
    return Long.hashCode(h);
  }

  /**
   * {@code churn 2.35% (235 of 10,000 recipients), delivery 99% (…), open …, click …, click-to-open
   * …, unsubscribe …}.
   */
  @Override
  public String toString() {
    return "churn "
        + Figures.percent(churn())
        + " ("
        + Figures.inputs(churn())
        + " recipients)"
        + ", delivery "
        + deliveryRate()
        + ", open "
        + openRate()
        + ", click "
        + clickRate()
        + ", click-to-open "
        + clickToOpenRate()
        + ", unsubscribe "
        + unsubscribeRate();
  }
}
