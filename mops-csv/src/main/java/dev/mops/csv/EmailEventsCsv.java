package dev.mops.csv;

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
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

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
 * 9999-12-31T23:59:59Z. A bounce is hard unless its {@code bounce_type} says {@code soft}. Values
 * are trimmed of spaces and tabs; a blank cell (empty or only spaces and tabs) makes the row bad in
 * a required column ({@code contact_id}, {@code event}, {@code occurred_at}) and is absent in an
 * optional one ({@code message_id}, {@code bounce_type}).
 *
 * <p>A bad row fails the import with a {@link CsvImportException} naming the file, line and column,
 * unless the reader {@link Builder#collectBadRows collects bad rows}: then the other rows count and
 * the {@link CsvImportSummary} reports the bad ones. A row is counted whole or not at all. Rows
 * whose event the mapping skips are counted as skipped and not checked further. Malformed CSV (an
 * unclosed quote, text after a closing quote) always fails: the rest of the file cannot be trusted.
 * Files and streams are read as UTF-8 (a byte order mark is skipped); {@link java.io.IOException}s
 * are rethrown as {@link java.io.UncheckedIOException}.
 *
 * <p>Immutable and thread-safe; each call reads one input.
 *
 * @since 0.1.0
 */
public final class EmailEventsCsv {
  private static final int CONTACT = 0;
  private static final int EVENT = 1;
  private static final int OCCURRED = 2;
  private static final int MESSAGE = 3;
  private static final int BOUNCE = 4;
  private static final EmailEventType[] TYPES = EmailEventType.values();

  private final ColumnMapping mapping;
  private final int keep;

  private EmailEventsCsv(Builder b) {
    this.mapping = b.mapping;
    this.keep = b.keep;
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

  /** The column mapping. */
  public ColumnMapping mapping() {
    return mapping;
  }

  /**
   * Reads the CSV {@code file} (UTF-8), giving each imported event to {@code sink} (see {@link
   * CsvSink} for the contract). A bounce states its {@link EmailEvent#bounceType()} only when its
   * {@code bounce_type} cell is not blank.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Path file, CsvSink<? super EmailEvent> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRun.runFile(file, name -> new Run(name, null, sink));
  }

  /**
   * Reads CSV text from {@code reader}, giving each imported event to {@code sink}; errors name the
   * source {@code <input>}. The reader is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(Reader reader, CsvSink<? super EmailEvent> sink) {
    requireNonNull(reader, "reader");
    requireNonNull(sink, "sink");
    return new Run("<input>", null, sink).run(reader);
  }

  /**
   * Reads UTF-8 CSV from {@code in}, giving each imported event to {@code sink}; errors name the
   * source {@code <input>}. The stream is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public CsvImportSummary readInto(InputStream in, CsvSink<? super EmailEvent> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return new Run("<input>", null, sink).run(CsvRun.utf8(in));
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
    requireNonNull(accumulator, "accumulator");
    return CsvRun.runFile(file, name -> new Run(name, accumulator, null));
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
    requireNonNull(accumulator, "accumulator");
    return new Run("<input>", accumulator, null).run(reader);
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
    requireNonNull(accumulator, "accumulator");
    return new Run("<input>", accumulator, null).run(CsvRun.utf8(in));
  }

  /** Reads as {@code email events CSV reader (column mapping standard, fail on a bad row)}. */
  @Override
  public String toString() {
    return "email events CSV reader ("
        + mapping
        + ", "
        + (keep < 0 ? "fail on a bad row" : "collect bad rows, keep " + keep)
        + ")";
  }

  /** One read; delivers to exactly one of an accumulator (fast path) and a sink. */
  private final class Run extends CsvRun {
    private final @Nullable EmailAccumulator acc;
    private final @Nullable CsvSink<? super EmailEvent> sink;
    private final Values events = new Values("event", mapping);
    private final Values bounces = new Values("bounce_type", mapping);
    private final Timestamps timestamps = new Timestamps(mapping);

    Run(String source, @Nullable EmailAccumulator acc, @Nullable CsvSink<? super EmailEvent> sink) {
      super(source, EmailEventsCsv.this.mapping, keep, ColumnMapping.EVENT_COLUMNS, 3);
      this.acc = acc;
      this.sink = sink;
    }

    @Override
    boolean row(CsvTokenizer t) {
      char[] b = t.chars();
      current = CONTACT;
      int f = field[CONTACT];
      int cs = t.start(f);
      int ce = t.end(f);
      if (cs == ce) {
        throw new Bad("expected a contact id");
      }
      current = EVENT;
      f = field[EVENT];
      int code = events.lookup(b, t.start(f), t.end(f));
      if (code == Values.SKIP) {
        return false;
      }
      if (code < 0) {
        throw new Bad(events.expected());
      }
      EmailEventType type = TYPES[code];
      BounceType bounce = BounceType.HARD;
      BounceType stated = null;
      if (has(BOUNCE)) {
        current = BOUNCE;
        f = field[BOUNCE];
        int s = t.start(f);
        int e = t.end(f);
        if (s < e) {
          int bc = bounces.lookup(b, s, e);
          if (bc == Values.SKIP) {
            return false;
          }
          if (bc < 0) {
            throw new Bad(bounces.expected() + " (or blank)");
          }
          bounce = bc == 1 ? BounceType.SOFT : BounceType.HARD;
          stated = bounce;
        }
      }
      current = OCCURRED;
      f = field[OCCURRED];
      long second = timestamps.epochSecond(b, t.start(f), t.end(f));
      String message = null;
      if (has(MESSAGE)) {
        f = field[MESSAGE];
        int s = t.start(f);
        int e = t.end(f);
        if (s < e) {
          message = new String(b, s, e - s);
        }
      }
      String contact = new String(b, cs, ce - cs);
      EmailAccumulator a = acc;
      if (a == null) {
        deliver(contact, type, second, stated, message);
        return true;
      }
      try {
        if (message == null) {
          a.accept(contact, type, second, bounce);
        } else {
          a.accept(contact, type, second, bounce, message);
        }
      } catch (IllegalArgumentException ex) {
        current = OCCURRED;
        throw new Bad("expected a timestamp within the range of java.time.Instant");
      }
      return true;
    }

    /** Builds the row's event, a bad row if the event refuses a value, and gives it to the sink. */
    private void deliver(
        String contact,
        EmailEventType type,
        long second,
        @Nullable BounceType stated,
        @Nullable String message) {
      EmailEvent event;
      try {
        event = EmailEvent.of(contact, type, Instant.ofEpochSecond(second));
      } catch (IllegalArgumentException ex) {
        current = CONTACT;
        throw new Bad("expected a contact id that is not blank");
      } catch (java.time.DateTimeException ex) {
        current = OCCURRED;
        throw new Bad("expected a timestamp within the range of java.time.Instant");
      }
      if (stated != null && type == EmailEventType.BOUNCE) {
        event = event.withBounceType(stated);
      }
      if (message != null) {
        try {
          event = event.withMessageId(message);
        } catch (IllegalArgumentException ex) {
          current = MESSAGE;
          throw new Bad("expected a message id that is not blank (or blank)");
        }
      }
      requireNonNull(sink, "sink").accept(event);
    }
  }

  /**
   * Builds an {@link EmailEventsCsv} reader.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ColumnMapping mapping = ColumnMapping.standard();
    private int keep = -1;

    private Builder() {}

    /**
     * Reads with {@code mapping} (default {@link ColumnMapping#standard()}).
     *
     * @throws NullPointerException if {@code mapping} is null
     */
    public Builder mapping(ColumnMapping mapping) {
      this.mapping = requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Collects bad rows instead of failing on the first: every bad row is counted in the {@link
     * CsvImportSummary}, and the first {@code keep} are kept with their line and reason.
     *
     * @throws IllegalArgumentException if {@code keep} is negative
     */
    public Builder collectBadRows(int keep) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep must be >= 0, got " + keep);
      }
      this.keep = keep;
      return this;
    }

    /** Fails on the first bad row (the default). */
    public Builder failOnBadRow() {
      this.keep = -1;
      return this;
    }

    /** The reader. */
    public EmailEventsCsv build() {
      return new EmailEventsCsv(this);
    }
  }
}
