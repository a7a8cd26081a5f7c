package dev.mops.csv;

import static dev.mops.csv.Column.Presence.OPTIONAL;
import static dev.mops.csv.Column.Presence.REQUIRED;
import static java.util.Objects.requireNonNull;

import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.UnaryOperator;

/**
 * Reads email events from CSV ({@code contact_id,event,occurred_at}, optionally {@code message_id}
 * and {@code bounce_type}; DESIGN §6) into a {@link CsvSink} of {@link EmailEvent}s, or straight
 * into an {@link EmailAccumulator}: streaming, one row at a time, never the whole file in memory;
 * into an accumulator without allocating per row beyond the contact id (and message id) strings.
 *
 * <pre>{@code
 * EmailReport<YearMonth> report = EmailEventsCsv.read(Path.of("events.csv"));
 * report.churn();
 * }</pre>
 *
 * <p>Events are {@code sent delivered open click unsubscribe bounce spam} (any case, plus the
 * mapping's synonyms); timestamps are ISO-8601 with an offset unless the {@link ColumnMapping} says
 * otherwise. Each event counts in the calendar month of the accumulator's zone (UTC for {@link
 * #read(Path)}), whatever the offset written in the file, and must be from 0001-01-01T00:00:00Z to
 * 9999-12-31T23:59:59Z. A bounce is hard unless its {@code bounce_type} says {@code soft}; an event
 * given to a sink states its {@link EmailEvent#bounceType()} only when it is a bounce whose {@code
 * bounce_type} cell is not blank. A contact or message id must not be blank in the sense of {@link
 * String#isBlank()} (a cell of line breaks or other white space is a bad row on both paths). A
 * blank cell (empty or only spaces and tabs) makes the row bad in a required column ({@code
 * contact_id}, {@code event}, {@code occurred_at}) and is absent in an optional one ({@code
 * message_id}, {@code bounce_type}).
 *
 * <p>Bad rows, skipped rows (e.g. HubSpot's {@code PROCESSED} events), UTF-8 and I/O behave as
 * described in {@link CsvReader}; a bad row's cells are checked in the order {@code contact_id,
 * event, occurred_at, message_id, bounce_type}.
 *
 * <p>Immutable and thread-safe; each call reads one input.
 *
 * @since 0.1.0
 */
public final class EmailEventsCsv extends CsvReader<EmailEvent> {
  private static final Column<String> CONTACT = Column.text("contact_id", REQUIRED, "a contact id");
  private static final Column<EmailEventType> EVENT =
      Column.choice("event", REQUIRED, EmailEventType.values());
  private static final Column.Timestamp OCCURRED = Column.timestamp("occurred_at", REQUIRED);
  private static final Column<String> MESSAGE = Column.text("message_id", OPTIONAL, "a message id");
  private static final Column<BounceType> BOUNCE =
      Column.choice("bounce_type", OPTIONAL, BounceType.values());

  /** The columns of an email events file. */
  static final CsvTable TABLE = CsvTable.of(CONTACT, EVENT, OCCURRED, MESSAGE, BOUNCE);

  private EmailEventsCsv(Builder b) {
    super("email events CSV reader", TABLE, b);
  }

  /**
   * The monthly email metrics (UTC months) of the standard-layout CSV {@code file}.
   *
   * @throws CsvImportException at the first bad row, or for a bad header
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static EmailReport<YearMonth> read(Path file) {
    return read(file, ColumnMapping.standard());
  }

  /**
   * The monthly email metrics (UTC months) of {@code file}, read with {@code mapping}.
   *
   * @throws CsvImportException at the first bad row, or for a bad header
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static EmailReport<YearMonth> read(Path file, ColumnMapping mapping) {
    EmailAccumulator acc = EmailMetrics.accumulator();
    builder().mapping(mapping).build().readInto(file, acc);
    return acc.result();
  }

  /** A builder of a reader: standard mapping, failing on the first bad row. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the CSV {@code file} (UTF-8) into {@code accumulator}: the same as {@code readInto(file,
   * accumulator::accept)} with the same summary and the same counts, by the accumulator's fast path
   * (no {@link EmailEvent} per row).
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Path file, EmailAccumulator accumulator) {
    requireNonNull(file, "file");
    return read(file, fastPath(accumulator));
  }

  /**
   * Reads CSV text from {@code reader} into {@code accumulator}, as {@code readInto(reader,
   * accumulator::accept)} by the fast path; errors name the source {@code <input>}. The reader is
   * not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Reader reader, EmailAccumulator accumulator) {
    requireNonNull(reader, "reader");
    return read(reader, fastPath(accumulator));
  }

  /**
   * Reads UTF-8 CSV from {@code in} into {@code accumulator}, as {@code readInto(in,
   * accumulator::accept)} by the fast path; errors name the source {@code <input>}. The stream is
   * not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(InputStream in, EmailAccumulator accumulator) {
    requireNonNull(in, "in");
    return read(in, fastPath(accumulator));
  }

  @Override
  EmailEvent value(Row row) {
    EmailEvent event = EmailEvent.of(CONTACT.get(row), EVENT.get(row), OCCURRED.get(row));
    BounceType stated = BOUNCE.find(row);
    if (stated != null && event.type() == EmailEventType.BOUNCE) {
      event = event.withBounceType(stated);
    }
    String message = MESSAGE.find(row);
    return message == null ? event : event.withMessageId(message);
  }

  /**
   * Counts each row in {@code acc} from its plain values: the same counts as {@link #value}, with
   * no event made. The columns have checked all that the accumulator checks.
   */
  private static CsvRun.Delivery fastPath(EmailAccumulator acc) {
    return fastPath(acc, UnaryOperator.identity());
  }

  /**
   * The fast path into {@code acc}, each contact id passed through {@code contactIds} first (see
   * {@link ContactIdentity}).
   */
  static CsvRun.Delivery fastPath(EmailAccumulator acc, UnaryOperator<String> contactIds) {
    requireNonNull(acc, "accumulator");
    return row -> {
      String contact = contactIds.apply(CONTACT.get(row));
      EmailEventType type = EVENT.get(row);
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

  /**
   * Builds an {@link EmailEventsCsv} reader.
   *
   * @since 0.1.0
   */
  public static final class Builder extends CsvReader.Builder<Builder> {
    private Builder() {}

    /** The reader. */
    @Override
    public EmailEventsCsv build() {
      return new EmailEventsCsv(this);
    }
  }
}
