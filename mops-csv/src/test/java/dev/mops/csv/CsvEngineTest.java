package dev.mops.csv;

import static dev.mops.csv.Column.Presence.NULLABLE;
import static dev.mops.csv.Column.Presence.OPTIONAL;
import static dev.mops.csv.Column.Presence.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailMetrics;
import dev.mops.model.WorkItem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader engine behind both readers: the column table, presence, blank cells, skipped rows
 * before bad cells, the first bad cell in table order, and the column abstraction itself.
 */
class CsvEngineTest {
  private static final String EVENTS = "contact_id,event,occurred_at,message_id,bounce_type\n";
  private static final String WORK =
      "id,created_at,kind,urgent,hours,story_points,vision_aligned\n";

  /** The one bad row of {@code csv}, read by the email reader collecting bad rows. */
  private static CsvImportException badEvent(String csv, ColumnMapping mapping) {
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .mapping(mapping)
            .collectBadRows(5)
            .build()
            .readInto(new StringReader(csv), EmailMetrics.accumulator());
    assertEquals(1, s.badRowCount(), s.toString());
    return s.badRows().get(0);
  }

  private static CsvImportSummary work(String csv, ColumnMapping mapping, List<WorkItem> items) {
    return WorkItemsCsv.builder()
        .mapping(mapping)
        .collectBadRows(5)
        .build()
        .readInto(new StringReader(csv), items::add);
  }

  /** A run of {@code table} over {@code csv} with the standard mapping, collecting bad rows. */
  private static CsvImportSummary run(CsvTable table, String csv, CsvRun.Delivery delivery) {
    return new CsvRun("<t>", table, ColumnMapping.standard(), 5, delivery)
        .run(new StringReader(csv));
  }

  @Test
  void aSkippedValueSkipsTheRowWhateverItsOtherCellsHold() {
    ColumnMapping m =
        ColumnMapping.builder()
            .skipRowsWith("event", "processed")
            .skipRowsWith("bounce_type", "unknown")
            .build();
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .mapping(m)
            .build()
            .readInto(
                new StringReader(
                    EVENTS
                        + ",PROCESSED,not a time,,\n"
                        + "a,teleport,not a time,,unknown\n"
                        + "b,sent,2027-03-02T09:00:00Z,,\n"),
                EmailMetrics.accumulator());
    assertEquals(
        "<input>: 3 rows, 1 imported, 2 skipped by the column mapping, 0 bad", s.toString());

    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary w =
        work(
            WORK + "not an id!,never,Epic,maybe,-1,x,perhaps\n",
            ColumnMapping.builder().skipRowsWith("kind", "Epic").build(),
            items);
    assertEquals(1, w.skipped(), w.toString());
    assertEquals(0, w.badRowCount(), w.toString());
    assertTrue(items.isEmpty());
  }

  @Test
  void aRowWithSeveralBadCellsIsReportedAtTheFirstInTheTablesOrder() {
    CsvImportException e =
        badEvent(EVENTS + "a,sent,not a time,,squishy\n", ColumnMapping.standard());
    assertEquals("occurred_at", e.column().orElseThrow());
    CsvImportException b =
        badEvent(EVENTS + "a,sent,2027-03-02T09:00:00Z,,squishy\n", ColumnMapping.standard());
    assertEquals(
        "<input> line 2, column bounce_type (5): expected hard or soft (or blank), got \"squishy\"",
        b.getMessage());

    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary s =
        work(
            WORK
                + "OPS-1,yesterday,urgent,yes,1,2,true\n"
                + "OPS-2,2027-03-02,urgent,yes,1,2,true\n",
            ColumnMapping.standard(),
            items);
    assertEquals(
        List.of("created_at", "kind"),
        s.badRows().stream().map(x -> x.column().orElseThrow()).toList());
  }

  /** {@link String#isBlank()} ids are bad on the accumulator's path as on the sink's. */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\u2003", "\r\n\u3000", "\u000B"})
  void aContactOrMessageIdOfWhiteSpaceIsBadOnBothPaths(String blank) {
    String quoted = '"' + blank + '"';
    String csv =
        EVENTS
            + quoted
            + ",sent,2027-03-02T09:00:00Z,,\n"
            + "a,sent,2027-03-02T09:00:00Z,"
            + quoted
            + ",\n"
            + "b,sent,2027-03-02T09:00:00Z,m1,\n";
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary fast =
        EmailEventsCsv.builder().collectBadRows(5).build().readInto(new StringReader(csv), acc);
    List<EmailEvent> events = new ArrayList<>();
    CsvImportSummary sink =
        EmailEventsCsv.builder()
            .collectBadRows(5)
            .build()
            .readInto(new StringReader(csv), events::add);
    assertEquals(fast.toString(), sink.toString());
    assertEquals(1, fast.imported());
    assertEquals(1, acc.events());
    assertEquals(List.of("b"), events.stream().map(EmailEvent::contactId).toList());
    assertEquals("expected a contact id that is not blank", fast.badRows().get(0).problem());
    assertEquals(
        "expected a message id that is not blank (or blank)", fast.badRows().get(1).problem());
  }

  @Test
  void aBlankRequiredCellSaysWhatTheColumnExpects() {
    ColumnMapping millis = ColumnMapping.builder().epochMilliseconds().build();
    assertEquals(
        "expected milliseconds since 1970-01-01T00:00Z, e.g. 1804068000000",
        badEvent(EVENTS + "a,sent, ,,\n", millis).problem());
    assertEquals(
        "expected a timestamp in the pattern dd.MM.yyyy",
        badEvent(
                EVENTS + "a,sent,,,\n",
                ColumnMapping.builder().timestampPattern("dd.MM.yyyy").build())
            .problem());
    assertEquals(
        "expected one of sent, delivered, open, click, unsubscribe, bounce, spam",
        badEvent(EVENTS + "a,\t,2027-03-02T09:00:00Z,,\n", ColumnMapping.standard()).problem());
    assertEquals(
        "expected a contact id",
        badEvent(EVENTS + " ,sent,2027-03-02T09:00:00Z,,\n", ColumnMapping.standard()).problem());
  }

  @Test
  void optionalColumnsMayBeMissingNullableOnesOnlyWhenDeclaredAbsent() {
    CsvImportException missing =
        assertThrows(
            CsvImportException.class,
            () ->
                WorkItemsCsv.builder()
                    .build()
                    .readInto(
                        new StringReader("id,created_at,kind,urgent,story_points,vision_aligned\n"),
                        item -> {}));
    assertEquals(
        "<input> line 1: missing column hours; the header has: \"id\", \"created_at\", \"kind\","
            + " \"urgent\", \"story_points\", \"vision_aligned\"",
        missing.getMessage());
    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary s =
        work(
            "id,created_at,kind,urgent,story_points,vision_aligned\nOPS-1,2027-03-02,planned,true,3,false\n",
            ColumnMapping.builder().absent("hours").build(),
            items);
    assertEquals(1, s.imported(), s.toString());
    assertTrue(items.get(0).hours().isEmpty());
    assertTrue(items.get(0).title().isEmpty());
  }

  @Test
  void aColumnDeclaredAbsentIsNotReadEvenWhenTheFileHasIt() {
    List<WorkItem> items = new ArrayList<>();
    work(
        WORK.strip() + ",title\nOPS-1,2027-03-02,planned,true,3,not a number,false,Page\n",
        ColumnMapping.builder().absent("story_points").absent("title").build(),
        items);
    assertEquals(1, items.size());
    assertTrue(items.get(0).storyPoints().isEmpty());
    assertTrue(items.get(0).title().isEmpty());
    assertEquals(BigDecimal.valueOf(3), items.get(0).hours().orElseThrow());
  }

  @Test
  void theColumnsOfTheTablesAreTheColumnsOfTheMapping() {
    assertEquals(
        List.of("contact_id", "event", "occurred_at", "message_id", "bounce_type"),
        EmailEventsCsv.TABLE.names());
    assertEquals(
        List.of(
            "id",
            "created_at",
            "kind",
            "urgent",
            "hours",
            "story_points",
            "vision_aligned",
            "title",
            "priority",
            "issue_type",
            "labels",
            "time_spent_seconds"),
        WorkItemsCsv.TABLE.names());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.standard().headers("ip"));
    assertEquals(
        "column must be one of [contact_id, event, occurred_at, message_id, bounce_type] or [id,"
            + " created_at, kind, urgent, hours, story_points, vision_aligned, title, priority,"
            + " issue_type, labels, time_spent_seconds], got \"ip\"",
        unknown.getMessage());
    IllegalArgumentException absent =
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.builder().absent("event"));
    assertEquals(
        "column must be one of [message_id, bounce_type, kind, urgent, hours, story_points,"
            + " vision_aligned, title, priority, issue_type, labels, time_spent_seconds] to be"
            + " absent, got \"event\"",
        absent.getMessage());
    IllegalArgumentException synonym =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnMapping.builder().synonym("hours", "lots", "9"));
    assertEquals(
        "column must be one of [bounce_type, event, kind, urgent, vision_aligned] to have"
            + " synonyms, got \"hours\"",
        synonym.getMessage());
    assertEquals(List.of("planned", "ad_hoc"), WorkItemsCsv.TABLE.column("kind").values());
    assertNull(WorkItemsCsv.TABLE.column("event"));
  }

  @Test
  void aColumnIsInOneTableAndReadsOnlyPresentValues() {
    Column<String> id = Column.id("id", REQUIRED, "an id");
    Column<BigDecimal> hours = Column.decimal("hours", NULLABLE, "hours");
    Column.Timestamp at = Column.timestamp("occurred_at", OPTIONAL);
    CsvTable table = CsvTable.of(id, hours, at);
    assertEquals(List.of(0, 1, 2), List.of(id.slot(), hours.slot(), at.slot()));
    assertEquals("hours (nullable)", hours.toString());
    IllegalStateException twice = assertThrows(IllegalStateException.class, () -> CsvTable.of(id));
    assertEquals("column id is in a table already", twice.getMessage());

    List<String> seen = new ArrayList<>();
    CsvImportSummary s =
        run(
            table,
            "id,hours\nA-1,\nA-2,2.5\n",
            row -> {
              seen.add(id.get(row) + " " + hours.find(row) + " " + at.find(row));
              IllegalStateException absent =
                  assertThrows(IllegalStateException.class, () -> at.second(row));
              assertEquals("occurred_at is absent", absent.getMessage());
              if (hours.find(row) == null) {
                assertThrows(IllegalStateException.class, () -> hours.get(row));
              } else {
                assertEquals(hours.find(row), hours.get(row));
              }
            });
    assertEquals(List.of("A-1 null null", "A-2 2.5 null"), seen);
    assertEquals(2, s.imported(), s.toString());
  }

  @Test
  void aRequiredDecimalHasNoBlankInItsMessageAndATimestampReadsAsAnInstant() {
    Column<BigDecimal> hours = Column.decimal("hours", REQUIRED, "hours");
    Column.Timestamp at = Column.timestamp("occurred_at", REQUIRED);
    List<String> seen = new ArrayList<>();
    CsvImportSummary s =
        run(
            CsvTable.of(hours, at),
            "hours,occurred_at\nx,2027-03-02T09:00:00Z\n,2027-03-02T09:00:00Z\n"
                + "1,2027-03-02T09:00:00+01:00\n",
            row -> seen.add(at.get(row) + " " + at.second(row)));
    assertEquals(
        List.of("expected a decimal number of hours such as 3.5", "expected hours"),
        s.badRows().stream().map(CsvImportException::problem).toList());
    assertEquals(List.of("2027-03-02T08:00:00Z 1803974400"), seen);
  }

  @Test
  void aRowThatMakesNoValueTogetherIsBadWithoutAColumn() {
    Column<String> id = Column.anyText("title", REQUIRED, "a title");
    CsvImportSummary s =
        run(
            CsvTable.of(id),
            "title\nfine\nrefused\n",
            row -> {
              if (id.get(row).equals("refused")) {
                throw new CsvRun.Bad("expected a value the reader accepts");
              }
            });
    assertEquals(1, s.imported());
    CsvImportException bad = s.badRows().get(0);
    assertEquals(3, bad.line());
    assertFalse(bad.column().isPresent(), bad.getMessage());
    assertEquals("<t> line 3: expected a value the reader accepts", bad.getMessage());
  }

  @Test
  void theBuilderSharedByTheReaders() {
    assertEquals(
        "work items CSV reader (column mapping standard, fail on a bad row)",
        WorkItemsCsv.builder().collectBadRows(3).failOnBadRow().build().toString());
    assertEquals(
        "work items CSV reader (column mapping custom, collect bad rows, keep 0)",
        WorkItemsCsv.builder()
            .mapping(ColumnMapping.builder().build())
            .collectBadRows(0)
            .build()
            .toString());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class, () -> EmailEventsCsv.builder().collectBadRows(-1));
    assertEquals("keep must be >= 0, got -1", negative.getMessage());
    CsvReader<?> reader = EmailEventsCsv.builder().mapping(ColumnMapping.mailchimp()).build();
    assertEquals(ColumnMapping.mailchimp(), reader.mapping());
    CsvImportException strict =
        assertThrows(
            CsvImportException.class,
            () ->
                EmailEventsCsv.builder()
                    .collectBadRows(3)
                    .failOnBadRow()
                    .build()
                    .readInto(new StringReader(EVENTS + "a,x,y,,\n"), event -> {}));
    assertEquals(2, strict.line());
  }
}
