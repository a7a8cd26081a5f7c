package dev.mops.metrics;

import static dev.mops.metrics.EmailEventType.CLICK;
import static dev.mops.metrics.EmailEventType.DELIVERED;
import static dev.mops.metrics.EmailEventType.OPEN;
import static dev.mops.metrics.EmailEventType.SENT;
import static dev.mops.metrics.EmailEventType.UNSUBSCRIBE;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The rates of an {@link EmailReport}, each with the events it divides: the one table from which a
 * source that does not carry some events (an export without delivered events) knows which rates it
 * cannot give. Such a rate is <em>not available</em> from that source, which is not the same as 0 %
 * (see {@link EmailReport#withUnavailable}).
 *
 * @since 0.2
 */
public enum EmailRate {
  /** Distinct unsubscribers ÷ distinct recipients. */
  CHURN("email churn", "churn", EmailCounts::churn, SENT, UNSUBSCRIBE),
  /** Delivery events ÷ send events. */
  DELIVERY("delivery rate", "delivery", EmailCounts::deliveryRate, SENT, DELIVERED),
  /** Distinct openers ÷ distinct delivered contacts. */
  OPEN_RATE("open rate", "open", EmailCounts::openRate, DELIVERED, OPEN),
  /** Distinct clickers ÷ distinct delivered contacts. */
  CLICK_RATE("click rate", "click", EmailCounts::clickRate, DELIVERED, CLICK),
  /** Distinct clickers ÷ distinct openers. */
  CLICK_TO_OPEN("click-to-open rate", "click-to-open", EmailCounts::clickToOpenRate, OPEN, CLICK),
  /** Distinct unsubscribers ÷ distinct delivered contacts. */
  UNSUBSCRIBE_RATE(
      "unsubscribe rate", "unsubscribe", EmailCounts::unsubscribeRate, DELIVERED, UNSUBSCRIBE);

  private final String label;
  private final String column;

  // a method reference to one of EmailCounts' getters: stateless
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<EmailCounts, Ratio> rate;

  // an unmodifiable view of an EnumSet, which the checker cannot see from the declared type
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<EmailEventType> needs;

  EmailRate(
      String label,
      String column,
      Function<EmailCounts, Ratio> rate,
      EmailEventType first,
      EmailEventType second) {
    this.label = label;
    this.column = column;
    this.rate = rate;
    this.needs = Collections.unmodifiableSet(EnumSet.of(first, second));
  }

  /** The rate's name as its series names it, e.g. {@code email churn}, {@code delivery rate}. */
  public String label() {
    return label;
  }

  /** The header of the rate's column in {@link EmailReport#table()}, e.g. {@code delivery}. */
  public String column() {
    return column;
  }

  /** The events whose counts the rate divides. */
  public Set<EmailEventType> needs() {
    return needs;
  }

  /**
   * This rate of {@code counts}.
   *
   * @throws NullPointerException if {@code counts} is null
   */
  public Ratio of(EmailCounts counts) {
    return rate.apply(requireNonNull(counts, "counts"));
  }

  /**
   * The rates that a source carrying only events of {@code carried} cannot give, in order.
   *
   * @throws NullPointerException if {@code carried} is null
   */
  public static Set<EmailRate> unavailableWith(Set<EmailEventType> carried) {
    requireNonNull(carried, "carried");
    Set<EmailRate> out = EnumSet.noneOf(EmailRate.class);
    for (EmailRate r : values()) {
      if (!carried.containsAll(r.needs)) {
        out.add(r);
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
