package dev.mops.csv;

import static dev.mops.csv.Column.Presence.OPTIONAL;
import static dev.mops.csv.Column.Presence.REQUIRED;

import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailEventType;
import java.util.function.UnaryOperator;

/**
 * The reader of an export file whose rows are all one kind of event, named by the file rather than
 * by a column: a Marketing Cloud tracking extract's {@code Opens.csv}, a Mailchimp audience
 * export's unsubscribed members. Its columns are those of {@link EmailEventsCsv} less {@code
 * event}, under the same names, so a {@link ColumnMapping} maps them the same way.
 */
final class OneEventCsv {
  private static final Column<String> CONTACT = Column.text("contact_id", REQUIRED, "a contact id");
  private static final Column.Timestamp OCCURRED = Column.timestamp("occurred_at", REQUIRED);
  private static final Column<String> MESSAGE = Column.text("message_id", OPTIONAL, "a message id");
  private static final Column<BounceType> BOUNCE =
      Column.choice("bounce_type", OPTIONAL, BounceType.values());

  /** The columns of a one-event file. */
  static final CsvTable TABLE = CsvTable.of(CONTACT, OCCURRED, MESSAGE, BOUNCE);

  private OneEventCsv() {}

  /** Counts each row in {@code acc} as an event of {@code type}. */
  static CsvRun.Delivery delivery(
      EmailAccumulator acc, EmailEventType type, UnaryOperator<String> contactIds) {
    return row -> {
      String contact = contactIds.apply(CONTACT.get(row));
      long second = OCCURRED.second(row);
      BounceType bounce = BOUNCE.find(row);
      if (bounce == null) {
        bounce = BounceType.HARD;
      }
      String message = MESSAGE.find(row);
      if (message == null) {
        acc.accept(contact, type, second, bounce);
      } else {
        acc.accept(contact, type, second, bounce, message);
      }
    };
  }
}
