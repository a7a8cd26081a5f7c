package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkShare;
import dev.mops.metrics.WorkUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java code of the README section on CSV import: each block there is copied
 * verbatim from between the {@code // snippet: NAME} and {@code // end snippet} lines below.
 */
class CsvDocSnippetsTest {
  @TempDir Path dir;

  @Test
  void churnFromACsvFile() throws IOException {
    Path file = dir.resolve("events.csv");
    Files.writeString(
        file,
        "contact_id,event,occurred_at\n"
            + "ann@example.com,sent,2027-03-02T09:00:00+01:00\n"
            + "bob@example.com,sent,2027-03-02T09:00:00+01:00\n"
            + "ann@example.com,unsubscribe,2027-03-05T18:30:00-05:00\n");
    // snippet: csv-churn
    EmailReport<YearMonth> report = EmailEventsCsv.read(file);
    report.churn().get(YearMonth.of(2027, 3));   // Optional[50% (1 of 2)]
    // end snippet
    assertEquals(Optional.of(Ratio.of(1, 2)), report.churn().get(YearMonth.of(2027, 3)));
    assertEquals("Optional[50% (1 of 2)]", report.churn().get(YearMonth.of(2027, 3)).toString());
  }

  @Test
  void vendorExportWithBadRowsCollected() throws IOException {
    Path file = dir.resolve("mailchimp.csv");
    Files.writeString(
        file,
        "email_address,action,timestamp,type\n"
            + "ann@example.com,sent,2027-03-02 09:00,\n"
            + "ann@example.com,Opened,2027-03-02 10:15,\n"
            + "bob@example.com,sent,2027-03-02 09:00,\n"
            + "bob@example.com,bounce,2027-03-02 09:01,soft\n"
            + "cid@example.com,sent,yesterday,\n");
    // snippet: csv-vendor
    ColumnMapping mapping = ColumnMapping.mailchimp().toBuilder()
        .synonym("event", "Opened", "open")
        .timestampPattern("yyyy-MM-dd HH:mm")
        .defaultZone(ZoneId.of("America/New_York"))
        .build();
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("America/New_York"));
    CsvImportSummary summary = EmailEventsCsv.builder()
        .mapping(mapping)
        .collectBadRows(20)
        .build()
        .readInto(file, acc);
    System.out.println(summary);
    // mailchimp.csv: 5 rows, 4 imported, 1 bad
    //   mailchimp.csv line 6, column timestamp (3, occurred_at): expected a timestamp in the pattern yyyy-MM-dd HH:mm, got "yesterday"
    acc.result().counts().get(YearMonth.of(2027, 3)).get().softBouncers();   // 1
    // end snippet
    assertEquals(
        file
            + ": 5 rows, 4 imported, 1 bad\n  "
            + file
            + " line 6, column timestamp"
            + " (3, occurred_at): expected a timestamp in the pattern yyyy-MM-dd HH:mm, got"
            + " \"yesterday\"",
        summary.toString());
    assertEquals(1, acc.result().counts().get(YearMonth.of(2027, 3)).get().softBouncers());
    assertEquals(1, acc.result().counts().get(YearMonth.of(2027, 3)).get().openers());
  }

  @Test
  void workItems() throws IOException {
    Path file = dir.resolve("work.csv");
    Files.writeString(
        file,
        "id,created_at,kind,urgent,hours,story_points,vision_aligned\n"
            + "OPS-101,2027-03-02,ad_hoc,true,3,,false\n"
            + "OPS-102,2027-03-03,planned,false,9,5,true\n"
            + "OPS-103,2027-03-04,planned,false,,3,true\n");
    // snippet: csv-work
    WorkMixAccumulator mix = new WorkMixAccumulator();
    WorkItemsCsv.builder().build().readInto(file, mix);
    mix.result().adHocShare(WorkUnit.HOURS);   // 25% ad-hoc by hours (3 of 12 hours; 1 item without hours left out)
    // end snippet
    WorkShare share = mix.result().adHocShare(WorkUnit.HOURS);
    assertEquals(Ratio.of(3, 12), share.share());
    assertEquals(1, share.leftOut());
    assertEquals(
        "25% ad-hoc by hours (3 of 12 hours; 1 item without hours left out)", share.toString());
  }
}
