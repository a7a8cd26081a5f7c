package dev.mops.csv;

/**
 * Where a CSV reader delivers the rows it imports: an {@link dev.mops.metrics.EmailAccumulator}
 * ({@code acc::accept}), a list ({@code list::add}), or code of your own.
 *
 * <p>The contract, the same for every reader: {@link #accept} is called on the thread that called
 * the reader, once for each row that is imported and never for a bad or skipped row, in the order
 * of the file, with a row that is never null and was checked whole first, so that a sink never sees
 * part of a bad row. When bad rows are collected, the rows before and after a bad one are still
 * delivered. An exception the sink throws is not caught: it ends the read and reaches the caller
 * unchanged, and the rows delivered before it stay delivered.
 *
 * @param <T> the type of the rows
 * @since 0.1.0
 */
@FunctionalInterface
public interface CsvSink<T> {
  /**
   * Receives one imported row.
   *
   * @param row the row, never null
   */
  void accept(T row);
}
