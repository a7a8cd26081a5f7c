package dev.mops.csv;

import dev.mops.core.internal.Visible;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CSV import error: what is wrong and where, as in {@code events.csv line 5, column occurred_at
 * (3): expected an ISO-8601 timestamp with offset, got "2027-13-01"}.
 *
 * <p>The line is 1-based and is the line on which the row starts; every line break counts, those
 * inside quoted fields too, so it is the line an editor shows. The column is the header name as
 * written in the file with its 1-based position (and the column mops reads it as, when the names
 * differ). Errors about the whole file, such as a missing column, name no column.
 *
 * <p>The message never holds text from the file raw: values and header names are quoted with
 * control, bidi and separator characters escaped (ESC reads as {@code \}{@code u001B}), and values
 * longer than 60 characters are cut with their length told.
 *
 * @since 0.1.0
 */
public final class CsvImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 60;

  private final String source;
  private final long line;
  private final @Nullable String column;
  private final @Nullable String mapped;
  private final int columnIndex;
  private final boolean stackTrace;
  private final @Nullable String value;
  private final String problem;
  private final String message;

  CsvImportException(
      String source,
      long line,
      @Nullable String column,
      @Nullable String mapped,
      int columnIndex,
      @Nullable String value,
      String problem,
      boolean stackTrace) {
    super(null, null, false, stackTrace);
    this.source = source;
    this.line = line;
    this.column = column;
    this.mapped = mapped;
    this.columnIndex = columnIndex;
    this.stackTrace = stackTrace;
    this.value = value == null ? null : shorten(value, 200);
    this.problem = problem;
    this.message = where(mapped) + ": " + problem + (value == null ? "" : ", got " + quote(value));
  }

  /**
   * Reads as {@code events.csv line 5, column occurred_at (3): expected …, got "2027-13-01"}:
   * where, what was expected, and the value (escaped and cut) when the error is about one.
   */
  @Override
  public String getMessage() {
    return message;
  }

  /**
   * This error {@code lines} lines further down the file (a part of a file read in parallel counts
   * its lines from 1 at its start); this error itself when {@code lines} is 0.
   */
  CsvImportException movedDown(long lines) {
    if (lines == 0) {
      return this;
    }
    return new CsvImportException(this, line + lines);
  }

  /** {@code e} on {@code line}, with the same message but for the line. */
  private CsvImportException(CsvImportException e, long line) {
    super(null, null, false, e.stackTrace);
    this.source = e.source;
    this.line = line;
    this.column = e.column;
    this.mapped = e.mapped;
    this.columnIndex = e.columnIndex;
    this.stackTrace = e.stackTrace;
    this.value = e.value;
    this.problem = e.problem;
    this.message = where(mapped) + e.message.substring(e.where(e.mapped).length());
  }

  /** An error about the file as a whole (no column), e.g. a missing column. */
  static CsvImportException ofFile(String source, long line, String problem) {
    return new CsvImportException(source, line, null, null, 0, null, problem, true);
  }

  /** The file name as given, or {@code <input>} for a reader or stream. */
  public String source() {
    return source;
  }

  /** The 1-based line on which the bad row (or the header) starts. */
  public long line() {
    return line;
  }

  /**
   * The column's header as written in the file, e.g. {@code Timestamp}; empty for errors about the
   * whole file. The message adds the column mops reads it as when the names differ: {@code column
   * Timestamp (3, occurred_at)}.
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** The 1-based position of the column in the row; 0 for errors about the whole file. */
  public int columnIndex() {
    return columnIndex;
  }

  /**
   * The offending value as in the file (at most 200 characters, and not escaped: it may hold
   * control characters; the message shows it escaped), if the error is about one.
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** What was expected, without the location, e.g. {@code expected true or false, got "yes"}. */
  public String problem() {
    return problem;
  }

  /** {@code events.csv line 5, column occurred_at (3)}, with {@code mapped} when it differs. */
  private String where(@Nullable String mapped) {
    StringBuilder sb = new StringBuilder(Visible.text(source)).append(" line ").append(line);
    if (column != null) {
      sb.append(", column ").append(name(column)).append(" (").append(columnIndex);
      if (mapped != null && !mapped.equals(column)) {
        sb.append(", ").append(mapped);
      }
      sb.append(')');
    } else if (columnIndex > 0) {
      sb.append(", column ").append(columnIndex);
    }
    return sb.toString();
  }

  /**
   * {@code "value"} for a message: every control, bidi or separator character escaped ({@link
   * Visible#quote(String, int)}), cut after {@value #SHOWN} characters with its length told.
   */
  static String quote(String value) {
    return Visible.quote(value, SHOWN);
  }

  /**
   * A header name as shown after {@code column}: as written when plain and short, else quoted and
   * escaped like a value.
   */
  static String name(String name) {
    return name.isEmpty()
            || name.length() > SHOWN
            || Visible.needsEscape(name)
            || !name.strip().equals(name)
        ? quote(name)
        : name;
  }

  private static String shorten(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
