package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkItemsCsvTest {
  private static final String HEADER =
      "id,created_at,kind,urgent,hours,story_points,vision_aligned\n";

  @TempDir Path dir;

  private static List<WorkItem> read(String csv, ColumnMapping mapping) {
    List<WorkItem> items = new ArrayList<>();
    WorkItemsCsv.builder().mapping(mapping).build().readInto(new StringReader(csv), items::add);
    return items;
  }

  private static CsvImportException fails(String csv) {
    return assertThrows(CsvImportException.class, () -> read(csv, ColumnMapping.standard()));
  }

  @Test
  void standardLayoutWithBlankHours() throws IOException {
    Path file = dir.resolve("work.csv");
    Files.writeString(
        file,
        HEADER
            + "OPS-101,2027-03-02,ad_hoc,true,3.5,,false\n"
            + "OPS-102,2027-03-03T09:00:00+02:00,planned,false,,5,true\n");
    List<WorkItem> items = WorkItemsCsv.read(file);
    assertEquals(
        WorkItem.builder()
            .id("OPS-101")
            .createdOn(LocalDate.of(2027, 3, 2))
            .kind(WorkKind.AD_HOC)
            .urgent(true)
            .hours(new BigDecimal("3.5"))
            .visionAligned(false)
            .build(),
        items.get(0));
    WorkItem second = items.get(1);
    assertEquals(Optional.empty(), second.hours());
    assertEquals(Optional.of(new BigDecimal("5")), second.storyPoints());
    assertEquals(LocalDate.of(2027, 3, 3), second.createdOn());
  }

  @Test
  void feedsTheWorkMixAccumulator() {
    WorkMixAccumulator mix = new WorkMixAccumulator();
    CsvImportSummary s =
        CsvReads.work(
            HEADER
                + "OPS-101,2027-03-02,ad_hoc,true,3,,false\n"
                + "OPS-102,2027-03-03,planned,false,1,,true\n"
                + "OPS-103,2027-03-04,PLANNED,FALSE,,,True\n",
            mix);
    assertEquals(3, s.imported());
    assertEquals(
        mix.result(),
        dev.mops.metrics.WorkMetrics.mix(
            List.of(
                item("OPS-101", "2027-03-02", WorkKind.AD_HOC, true, "3", false),
                item("OPS-102", "2027-03-03", WorkKind.PLANNED, false, "1", true),
                item("OPS-103", "2027-03-04", WorkKind.PLANNED, false, null, true))));
  }

  private static WorkItem item(
      String id, String day, WorkKind kind, boolean urgent, String hours, boolean vision) {
    WorkItem.Builder b =
        WorkItem.builder()
            .id(id)
            .createdOn(LocalDate.parse(day))
            .kind(kind)
            .urgent(urgent)
            .visionAligned(vision);
    if (hours != null) {
      b.hours(new BigDecimal(hours));
    }
    return b.build();
  }

  /**
   * DESIGN §9, Work items: the month of the created_at instant in the chosen zone, UTC unless
   * named.
   */
  @Test
  void monthOfTheInstantInTheChosenZoneAsForEmailEvents() {
    String csv = HEADER + "OPS-1,2027-03-31T21:50:00-05:00,planned,false,2,,true\n";
    WorkMixAccumulator mix = new WorkMixAccumulator();
    WorkItemsCsv.builder().build().readInto(new StringReader(csv), mix);
    assertEquals(
        List.of(YearMonth.of(2027, 4)),
        mix.result().urgentShareByMonth(WorkUnit.TICKETS).periods());
    assertEquals(LocalDate.of(2027, 4, 1), read(csv, ColumnMapping.standard()).get(0).createdOn());
    EmailAccumulator email = EmailMetrics.accumulator();
    EmailEventsCsv.builder()
        .build()
        .readInto(
            new StringReader("contact_id,event,occurred_at\nc1,sent,2027-03-31T21:50:00-05:00\n"),
            email);
    assertEquals(List.of(YearMonth.of(2027, 4)), email.result().counts().periods());
    List<WorkItem> chicago = new ArrayList<>();
    WorkItemsCsv reader = WorkItemsCsv.builder().zone(ZoneId.of("America/Chicago")).build();
    reader.readInto(new StringReader(csv), chicago::add);
    assertEquals(LocalDate.of(2027, 3, 31), chicago.get(0).createdOn());
    assertEquals(ZoneId.of("America/Chicago"), reader.zone());
    assertEquals(ZoneOffset.UTC, WorkItemsCsv.builder().build().zone());
  }

  @Test
  void datesStayAsWrittenAndLocalTimesUseTheDefaultZone() {
    assertEquals(
        LocalDate.of(2027, 3, 31),
        read(HEADER + "OPS-1,2027-03-31,planned,false,2,,true\n", ColumnMapping.standard())
            .get(0)
            .createdOn());
    String local = HEADER + "OPS-1,2027-03-31T21:50:00,planned,false,2,,true\n";
    assertEquals(
        LocalDate.of(2027, 3, 31), read(local, ColumnMapping.standard()).get(0).createdOn());
    ColumnMapping newYork =
        ColumnMapping.builder().defaultZone(ZoneId.of("America/New_York")).build();
    assertEquals(LocalDate.of(2027, 4, 1), read(local, newYork).get(0).createdOn());
    ColumnMapping millis = ColumnMapping.builder().epochMilliseconds().build();
    // 1806547800000 ms = 2027-03-31T21:50:00-05:00
    assertEquals(
        LocalDate.of(2027, 4, 1),
        read(HEADER + "OPS-1,1806547800000,planned,false,2,,true\n", millis).get(0).createdOn());
  }

  @Test
  void jiraPreset() {
    List<WorkItem> items =
        read(
            "Issue key,Summary,Issue Type,Created,Custom field (Work Kind),"
                + "Custom field (Urgent),Custom field (Hours),Custom field (Story Points),"
                + "Custom field (Vision Aligned)\n"
                + "OPS-101,\"Landing page, webinar\",Task,02/Mar/27 9:15 AM,Ad hoc,Yes,2.5,,No\n"
                + "OPS-102,Nurture flow,Story,31/Mar/27 11:59 PM,Planned,No,,8,Yes\n",
            ColumnMapping.jira());
    assertEquals(2, items.size());
    assertEquals(Optional.of("Landing page, webinar"), items.get(0).title());
    assertEquals(WorkKind.AD_HOC, items.get(0).kind());
    assertEquals(LocalDate.of(2027, 3, 31), items.get(1).createdOn());
    assertEquals(true, items.get(1).visionAligned());
  }

  @Test
  void absentColumns() {
    ColumnMapping noPoints = ColumnMapping.builder().absent("story_points").build();
    List<WorkItem> items =
        read(
            "id,created_at,kind,urgent,hours,vision_aligned\n"
                + "OPS-1,2027-03-02,planned,false,1,true\n",
            noPoints);
    assertEquals(Optional.empty(), items.get(0).storyPoints());
    CsvImportException e = fails("id,created_at,kind,urgent,hours,vision_aligned\n");
    assertEquals(
        "<input> line 1: missing column story_points; the header has: \"id\","
            + " \"created_at\", \"kind\", \"urgent\", \"hours\", \"vision_aligned\"",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ColumnMapping.builder().absent("id"));
  }

  @Test
  void badValues() {
    assertEquals(
        "<input> line 2, column id (1): expected an id of 1 to 64 letters, digits, '.',"
            + " '_' or '-', got \"OPS 101\"",
        fails(HEADER + "OPS 101,2027-03-02,planned,true,1,,true\n").getMessage());
    assertEquals(
        "<input> line 2, column kind (3): expected planned or ad_hoc, got \"urgent\"",
        fails(HEADER + "OPS-1,2027-03-02,urgent,true,1,,true\n").getMessage());
    assertEquals(
        "<input> line 2, column urgent (4): expected true or false, got \"yes\"",
        fails(HEADER + "OPS-1,2027-03-02,planned,yes,1,,true\n").getMessage());
    assertEquals(
        "<input> line 2, column hours (5): expected hours of at least 0, got \"-1\"",
        fails(HEADER + "OPS-1,2027-03-02,planned,true,-1,,true\n").getMessage());
    assertEquals(
        "<input> line 2, column story_points (6): expected a decimal number of story"
            + " points such as 3.5, or blank, got \"3,5\"",
        fails(HEADER + "OPS-1,2027-03-02,planned,true,,\"3,5\",true\n").getMessage());
    assertEquals(
        "<input> line 2, column created_at (2): expected an ISO-8601 date or timestamp,"
            + " e.g. 2027-03-02, got \"2027-02-30\"",
        fails(HEADER + "OPS-1,2027-02-30,planned,true,,,true\n").getMessage());
    assertEquals(
        "<input> line 2, column vision_aligned (7): expected true or false, got \"\"",
        fails(HEADER + "OPS-1,2027-02-03,planned,true,,,\n").getMessage());
  }

  @Test
  void renamedHeaderShowsBothNames() {
    ColumnMapping m = ColumnMapping.builder().header("created_at", "Created").build();
    CsvImportException e =
        assertThrows(
            CsvImportException.class,
            () ->
                read(
                    "id,Created,kind,urgent,hours,story_points,vision_aligned\n"
                        + "OPS-1,yesterday,planned,true,,,true\n",
                    m));
    assertEquals(
        "<input> line 2, column Created (2, created_at): expected an ISO-8601 date or"
            + " timestamp, e.g. 2027-03-02, got \"yesterday\"",
        e.getMessage());
    assertEquals(Optional.of("Created"), e.column());
  }

  @Test
  void skippedKinds() {
    ColumnMapping m = ColumnMapping.builder().skipRowsWith("kind", "Epic").build();
    WorkMixAccumulator mix = new WorkMixAccumulator();
    CsvImportSummary s =
        WorkItemsCsv.builder()
            .mapping(m)
            .build()
            .readInto(
                new StringReader(
                    HEADER
                        + "OPS-1,2027-03-02,epic,true,,,true\n"
                        + "OPS-2,2027-03-02,planned,true,,,true\n"),
                mix);
    assertEquals(
        "<input>: 2 rows, 1 imported, 1 skipped by the column mapping, 0 bad", s.toString());
  }
}
