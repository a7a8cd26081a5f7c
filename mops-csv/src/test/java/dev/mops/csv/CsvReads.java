package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.WorkMixAccumulator;
import java.io.ByteArrayInputStream;
import java.io.StringReader;

/**
 * The reads the CSV tests repeat: email events into an accumulator, strict or collecting bad rows,
 * from text or bytes, expected to be refused; work items into a work mix.
 */
final class CsvReads {
  private CsvReads() {}

  /** The error of a strict read of {@code csv} with {@code mapping}. */
  static CsvImportException refused(String csv, ColumnMapping mapping) {
    return assertThrows(
        CsvImportException.class,
        () ->
            EmailEventsCsv.builder()
                .mapping(mapping)
                .build()
                .readInto(new StringReader(csv), EmailMetrics.accumulator()));
  }

  /** The error of a strict read of {@code csv} with the standard mapping. */
  static CsvImportException refused(String csv) {
    return refused(csv, ColumnMapping.standard());
  }

  /** The error of a strict read of the bytes {@code csv}. */
  static CsvImportException refused(byte[] csv) {
    return assertThrows(
        CsvImportException.class,
        () ->
            EmailEventsCsv.builder()
                .build()
                .readInto(new ByteArrayInputStream(csv), EmailMetrics.accumulator()));
  }

  /** The error of a read of the bytes {@code csv} that collects bad rows: a whole-file error. */
  static CsvImportException refusedCollecting(byte[] csv) {
    return assertThrows(
        CsvImportException.class,
        () ->
            EmailEventsCsv.builder()
                .collectBadRows(10)
                .build()
                .readInto(new ByteArrayInputStream(csv), EmailMetrics.accumulator()));
  }

  /** The summary of a strict read of email events {@code csv} into {@code sink}. */
  static CsvImportSummary events(String csv, CsvSink<? super dev.mops.metrics.EmailEvent> sink) {
    return EmailEventsCsv.builder().build().readInto(new StringReader(csv), sink);
  }

  /** The summary of a strict read of email events {@code csv} into {@code acc}. */
  static CsvImportSummary events(String csv, dev.mops.metrics.EmailAccumulator acc) {
    return EmailEventsCsv.builder().build().readInto(new StringReader(csv), acc);
  }

  /** The summary of a strict read of work items {@code csv} into {@code mix}. */
  static CsvImportSummary work(String csv, WorkMixAccumulator mix) {
    return WorkItemsCsv.builder().build().readInto(new StringReader(csv), mix);
  }
}
