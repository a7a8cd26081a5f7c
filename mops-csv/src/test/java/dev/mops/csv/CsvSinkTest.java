package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.WorkItem;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link CsvSink} contract, the same for both readers. */
class CsvSinkTest {
  private static final String EVENTS =
      "contact_id,event,occurred_at,message_id,bounce_type\n"
          + "a,sent,2027-03-01T09:00:00Z,m1,\n"
          + "b,bounce,2027-03-01T09:01:00Z,m1,hard\n"
          + "c,bounce,2027-03-02T09:00:00Z,,\n"
          + "a,open,2027-04-01T10:00:00+02:00,m1,\n";

  @Test
  void aSinkGetsEveryImportedEventInFileOrderAndTheSameResultAsTheAccumulator() {
    List<EmailEvent> events = new ArrayList<>();
    CsvImportSummary viaSink =
        EmailEventsCsv.builder().build().readInto(new StringReader(EVENTS), events::add);
    assertEquals(List.of("a", "b", "c", "a"), events.stream().map(EmailEvent::contactId).toList());
    assertEquals(
        List.of(
            EmailEventType.SENT, EmailEventType.BOUNCE, EmailEventType.BOUNCE, EmailEventType.OPEN),
        events.stream().map(EmailEvent::type).toList());
    assertEquals(Instant.parse("2027-04-01T08:00:00Z"), events.get(3).at());
    assertEquals(BounceType.HARD, events.get(1).bounceType().orElseThrow());
    assertEquals(4, viaSink.imported());

    EmailAccumulator fromEvents = EmailMetrics.accumulator();
    events.forEach(fromEvents);
    EmailAccumulator direct = EmailMetrics.accumulator();
    CsvImportSummary viaAccumulator =
        EmailEventsCsv.builder().build().readInto(new StringReader(EVENTS), direct);
    assertEquals(direct.result(), fromEvents.result());
    assertEquals(viaAccumulator.toString(), viaSink.toString());
  }

  @Test
  void badRowsNeverReachTheSinkAndTheRowsAroundThemDo() {
    String csv =
        "contact_id,event,occurred_at\n"
            + "a,sent,2027-03-01T09:00:00Z\n"
            + "b,teleport,2027-03-01T09:00:00Z\n"
            + "c,sent,not a time\n"
            + "d,sent,2027-03-02T09:00:00Z\n";
    List<EmailEvent> events = new ArrayList<>();
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .collectBadRows(10)
            .build()
            .readInto(new StringReader(csv), events::add);
    assertEquals(List.of("a", "d"), events.stream().map(EmailEvent::contactId).toList());
    assertEquals(2, s.badRowCount());
    assertEquals(2, s.imported());
  }

  @Test
  void anExceptionFromTheSinkEndsTheReadUnchangedAfterTheRowsBeforeIt() {
    IllegalStateException stop = new IllegalStateException("full");
    List<String> seen = new ArrayList<>();
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                CsvReads.events(
                    EVENTS,
                    e -> {
                      if (seen.size() == 2) {
                        throw stop;
                      }
                      seen.add(e.contactId());
                    }));
    assertSame(stop, thrown);
    assertEquals(List.of("a", "b"), seen);
  }

  @Test
  void workItemsGoToASinkOrToAWorkMixWithTheSameCounts() {
    String csv =
        "id,created_at,kind,urgent,hours,story_points,vision_aligned\n"
            + "OPS-1,2027-03-01,ad_hoc,true,2,,false\n"
            + "OPS-2,2027-03-02,planned,false,,3,true\n"
            + "OPS-3,2027-04-01,planned,false,5.5,1,true\n";
    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary viaSink =
        WorkItemsCsv.builder().build().readInto(new StringReader(csv), items::add);
    assertEquals(List.of("OPS-1", "OPS-2", "OPS-3"), items.stream().map(WorkItem::id).toList());
    WorkMixAccumulator fromItems = new WorkMixAccumulator();
    items.forEach(fromItems);
    WorkMixAccumulator direct = new WorkMixAccumulator();
    CsvImportSummary viaMix =
        WorkItemsCsv.builder().build().readInto(new StringReader(csv), direct);
    assertEquals(direct.result(), fromItems.result());
    assertEquals(viaMix.toString(), viaSink.toString());
  }
}
