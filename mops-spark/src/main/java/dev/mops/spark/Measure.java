package dev.mops.spark;

import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailEventType;
import java.util.List;

/**
 * The distinct-contact counts of {@link EmailCounts}, each named as its column of the counts
 * dataset: the one table from which an event gets its measure, the counts dataset its columns and
 * {@link #counts(long[])} its {@link EmailCounts}.
 */
enum Measure {
  RECIPIENTS("recipients"),
  DELIVERED_CONTACTS("delivered_contacts"),
  OPENERS("openers"),
  CLICKERS("clickers"),
  UNSUBSCRIBERS("unsubscribers"),
  HARD_BOUNCERS("hard_bouncers"),
  SOFT_BOUNCERS("soft_bouncers"),
  COMPLAINERS("complainers");

  /** The event counts, of the events of {@link #RECIPIENTS} and {@link #DELIVERED_CONTACTS}. */
  static final String SENT_EVENTS = "sent_events";

  static final String DELIVERED_EVENTS = "delivered_events";

  /** The count columns in the order of {@link EmailCounts#of}. */
  static final List<String> COUNT_COLUMNS =
      List.of(
          SENT_EVENTS,
          DELIVERED_EVENTS,
          RECIPIENTS.column,
          DELIVERED_CONTACTS.column,
          OPENERS.column,
          CLICKERS.column,
          UNSUBSCRIBERS.column,
          HARD_BOUNCERS.column,
          SOFT_BOUNCERS.column,
          COMPLAINERS.column);

  final String column;

  Measure(String column) {
    this.column = column;
  }

  /** The measure an event counts in: a bounce is hard unless it says soft, as in the core. */
  static Measure of(EmailEventType type, BounceType bounce) {
    return switch (type) {
      case SENT -> RECIPIENTS;
      case DELIVERED -> DELIVERED_CONTACTS;
      case OPEN -> OPENERS;
      case CLICK -> CLICKERS;
      case UNSUBSCRIBE -> UNSUBSCRIBERS;
      case BOUNCE -> bounce == BounceType.SOFT ? SOFT_BOUNCERS : HARD_BOUNCERS;
      case SPAM -> COMPLAINERS;
    };
  }

  /** The counts of {@code values}, given in the order of {@link #COUNT_COLUMNS}. */
  static EmailCounts counts(long[] v) {
    return EmailCounts.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
  }
}
