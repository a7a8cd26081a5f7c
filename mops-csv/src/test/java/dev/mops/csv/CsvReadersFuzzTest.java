package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import dev.mops.model.WorkItem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fuzzes both CSV readers with arbitrary bytes, failing on the first bad row and collecting bad
 * rows: each returns a summary or throws {@link CsvImportException}, nothing else. When the strict
 * reader accepts the bytes, the collecting reader accepts them too, with no bad row and the same
 * result. {@code ./mvnw verify} replays {@code CsvReadersFuzzTestInputs/<method>}; docs/fuzzing.md
 * says how to fuzz.
 */
class CsvReadersFuzzTest {
  private static final EmailEventsCsv EMAIL_STRICT = EmailEventsCsv.builder().build();
  private static final EmailEventsCsv EMAIL_COLLECTING =
      EmailEventsCsv.builder().collectBadRows(3).build();
  private static final WorkItemsCsv WORK_STRICT = WorkItemsCsv.builder().build();
  private static final WorkItemsCsv WORK_COLLECTING =
      WorkItemsCsv.builder().collectBadRows(3).build();

  @FuzzTest(maxDuration = "5m")
  void emailEvents(byte[] input) {
    EmailAccumulator strict = EmailMetrics.accumulator();
    CsvImportSummary strictSummary =
        readOrRefuse(() -> EMAIL_STRICT.readInto(new ByteArrayInputStream(input), strict));
    EmailAccumulator collecting = EmailMetrics.accumulator();
    CsvImportSummary collected =
        readOrRefuse(() -> EMAIL_COLLECTING.readInto(new ByteArrayInputStream(input), collecting));
    if (collected != null) {
      assertTrue(collected.badRows().size() <= 3, collected::toString);
      assertEquals(
          collected.rows(),
          collected.imported() + collected.skipped() + collected.badRowCount(),
          collected::toString);
    }
    if (strictSummary != null) {
      assertEquals(0, collected.badRowCount(), collected::toString);
      assertEquals(strictSummary.imported(), collected.imported());
      assertEquals(strict.result(), collecting.result());
    }
  }

  @FuzzTest(maxDuration = "5m")
  void workItems(byte[] input) {
    List<WorkItem> strict = new ArrayList<>();
    CsvImportSummary strictSummary =
        readOrRefuse(() -> WORK_STRICT.readInto(new ByteArrayInputStream(input), strict::add));
    List<WorkItem> collecting = new ArrayList<>();
    CsvImportSummary collected =
        readOrRefuse(
            () -> WORK_COLLECTING.readInto(new ByteArrayInputStream(input), collecting::add));
    if (collected != null) {
      assertEquals(collected.imported(), collecting.size(), collected::toString);
      assertEquals(
          collected.rows(),
          collected.imported() + collected.skipped() + collected.badRowCount(),
          collected::toString);
    }
    if (strictSummary != null) {
      assertEquals(strict.size(), strictSummary.imported());
      assertEquals(0, collected.badRowCount(), collected::toString);
      assertEquals(strict, collecting);
    }
  }

  /** The summary, or null when the reader refuses the input with a {@link CsvImportException}. */
  private static CsvImportSummary readOrRefuse(Supplier<CsvImportSummary> read) {
    try {
      return read.get();
    } catch (CsvImportException refused) {
      assertFalse(refused.problem().isBlank(), refused::getMessage);
      return null;
    }
  }
}
