package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * What the CSV readers have in common: a {@link ColumnMapping}, the choice between failing on the
 * first bad row and collecting bad rows, and reading a file, a reader or a stream into a {@link
 * CsvSink}. {@link EmailEventsCsv} reads {@link dev.mops.metrics.EmailEvent}s, {@link WorkItemsCsv}
 * reads {@link dev.mops.model.WorkItem}s; both run on one engine, so header matching, blank cells,
 * errors and the {@link CsvImportSummary} behave the same in both.
 *
 * <p>Header names match exactly after trimming; a missing column is an error that lists the header
 * found. Values are trimmed of spaces and tabs; a blank cell (empty or only spaces and tabs) makes
 * the row bad in a required column and is absent in an optional one. A bad row fails the import
 * with a {@link CsvImportException} naming the file, line and column, unless the reader {@link
 * Builder#collectBadRows collects bad rows}: then the other rows are imported and the {@link
 * CsvImportSummary} reports the bad ones. A row is imported whole or not at all. A row with a value
 * the mapping skips ({@link ColumnMapping.Builder#skipRowsWith}) is counted as skipped whatever its
 * other cells hold; a row with several bad cells is reported at the first of them in the reader's
 * column order. Malformed CSV (an unclosed quote, text after a closing quote, a row longer than
 * 1,048,576 characters, bytes that are not UTF-8) always fails: the rest of the file cannot be
 * trusted. Files and streams are read as UTF-8 (a byte order mark is skipped); {@link
 * java.io.IOException}s are rethrown as {@link java.io.UncheckedIOException}.
 *
 * <p>Readers are immutable and thread-safe; each call reads one input.
 *
 * @param <T> the type of the rows read
 * @since 0.1.0
 */
public abstract sealed class CsvReader<T> permits EmailEventsCsv, WorkItemsCsv {
  private final String what;
  private final CsvTable table;
  private final ColumnMapping mapping;
  private final int keep;

  CsvReader(String what, CsvTable table, Builder<?> b) {
    this.what = what;
    this.table = table;
    this.mapping = b.mapping;
    this.keep = b.keep;
  }

  /** The column mapping. */
  public final ColumnMapping mapping() {
    return mapping;
  }

  /**
   * Reads the CSV {@code file} (UTF-8), giving each imported row to {@code sink} (see {@link
   * CsvSink} for the contract); errors name the file as given.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public final CsvImportSummary readInto(Path file, CsvSink<? super T> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return read(file, to(sink));
  }

  /**
   * Reads CSV text from {@code reader}, giving each imported row to {@code sink}; errors name the
   * source {@code <input>}. The reader is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public final CsvImportSummary readInto(Reader reader, CsvSink<? super T> sink) {
    requireNonNull(reader, "reader");
    requireNonNull(sink, "sink");
    return read(reader, to(sink));
  }

  /**
   * Reads UTF-8 CSV from {@code in}, giving each imported row to {@code sink}; errors name the
   * source {@code <input>}. The stream is not closed.
   *
   * @throws CsvImportException for a bad header, malformed CSV, or a bad row unless collecting
   * @throws java.io.UncheckedIOException if reading fails
   * @throws NullPointerException if an argument is null
   */
  public final CsvImportSummary readInto(InputStream in, CsvSink<? super T> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return read(in, to(sink));
  }

  /**
   * The value of a good row.
   *
   * @throws CsvRun.Bad if the row's cells do not make a value together
   */
  abstract T value(Row row);

  private CsvRun.Delivery to(CsvSink<? super T> sink) {
    return row -> sink.accept(value(row));
  }

  /** Reads {@code file} (checked not null) into {@code delivery}. */
  final CsvImportSummary read(Path file, CsvRun.Delivery delivery) {
    return CsvRun.runFile(file, name -> run(name, delivery));
  }

  /** Reads {@code reader} (checked not null) into {@code delivery}. */
  final CsvImportSummary read(Reader reader, CsvRun.Delivery delivery) {
    return run("<input>", delivery).run(reader);
  }

  /** Reads {@code in} (checked not null) into {@code delivery}. */
  final CsvImportSummary read(InputStream in, CsvRun.Delivery delivery) {
    return read(CsvRun.utf8(in), delivery);
  }

  private CsvRun run(String source, CsvRun.Delivery delivery) {
    return new CsvRun(source, table, mapping, keep, delivery);
  }

  /** Reads as {@code email events CSV reader (column mapping standard, fail on a bad row)}. */
  @Override
  public final String toString() {
    return what
        + " ("
        + mapping
        + ", "
        + (keep < 0 ? "fail on a bad row" : "collect bad rows, keep " + keep)
        + ")";
  }

  /**
   * What the builders of the readers have in common: the mapping and what to do with bad rows.
   *
   * @param <B> the builder's own type
   * @since 0.1.0
   */
  public abstract static sealed class Builder<B extends Builder<B>>
      permits EmailEventsCsv.Builder, WorkItemsCsv.Builder {
    private ColumnMapping mapping = ColumnMapping.standard();
    private int keep = -1;

    Builder() {}

    /** This builder, as its own type (a sealed subclass that extends {@code Builder<itself>}). */
    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /**
     * Reads with {@code mapping} (default {@link ColumnMapping#standard()}).
     *
     * @throws NullPointerException if {@code mapping} is null
     */
    public final B mapping(ColumnMapping mapping) {
      this.mapping = requireNonNull(mapping, "mapping");
      return self();
    }

    /**
     * Collects bad rows instead of failing on the first: every bad row is counted in the {@link
     * CsvImportSummary}, and the first {@code keep} are kept with their line and reason.
     *
     * @throws IllegalArgumentException if {@code keep} is negative
     */
    public final B collectBadRows(int keep) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep must be >= 0, got " + keep);
      }
      this.keep = keep;
      return self();
    }

    /** Fails on the first bad row (the default). */
    public final B failOnBadRow() {
      this.keep = -1;
      return self();
    }

    /** The reader. */
    public abstract CsvReader<?> build();
  }
}
