package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.Ratio;
import dev.mops.metrics.WorkMix;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkShare;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tracker presets read their documented fixtures to hand-computed numbers. */
class WorkPresetsTest {
  private static List<WorkItem> items(String fixture, WorkItemsCsv reader) {
    List<WorkItem> out = new ArrayList<>();
    try (InputStream in = WorkPresetsTest.class.getResourceAsStream("exports/" + fixture)) {
      reader.readInto(in, out::add);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static WorkMix mix(List<WorkItem> items) {
    WorkMixAccumulator acc = new WorkMixAccumulator();
    items.forEach(acc);
    return acc.result();
  }

  private static void share(String num, String den, long leftOut, WorkShare s) {
    assertEquals(Ratio.of(new BigDecimal(num), new BigDecimal(den)), s.share(), s.toString());
    assertEquals(leftOut, s.leftOut(), s.toString());
  }

  @Test
  void jiraExportClassifiedByTheDefaultTable() {
    List<WorkItem> items =
        items("jira-issues.csv", WorkItemsCsv.builder().mapping(WorkPresets.jira()).build());
    assertEquals(5, items.size());
    WorkItem first = items.get(0);
    assertEquals("OPS-101", first.id());
    assertEquals(Optional.of("Webinar landing page"), first.title());
    assertEquals(LocalDate.of(2027, 3, 2), first.createdOn());
    assertEquals(WorkKind.PLANNED, first.kind());
    assertFalse(first.urgent());
    assertTrue(first.visionAligned());
    assertEquals(0, new BigDecimal("1.5").compareTo(first.hours().orElseThrow()));
    // Bug + Highest: ad hoc and urgent; no story points
    assertEquals(WorkKind.AD_HOC, items.get(1).kind());
    assertTrue(items.get(1).urgent());
    assertEquals(Optional.empty(), items.get(1).storyPoints());
    // High is not urgent; the label ad-hoc makes a task ad hoc; written 31 March, kept
    assertEquals(WorkKind.AD_HOC, items.get(2).kind());
    assertFalse(items.get(2).urgent());
    assertEquals(LocalDate.of(2027, 3, 31), items.get(2).createdOn());
    // three Labels columns, one of them "Vision": vision-aligned; blank Time Spent: no hours
    assertTrue(items.get(3).visionAligned());
    assertEquals(Optional.empty(), items.get(3).hours());
    // Critical: urgent, no labels at all
    assertTrue(items.get(4).urgent());
    assertFalse(items.get(4).visionAligned());

    WorkMix mix = mix(items);
    // by count: urgent 102, 105; ad hoc 102, 103; vision 101, 104
    share("2", "5", 0, mix.urgentShare(WorkUnit.TICKETS));
    share("2", "5", 0, mix.adHocShare(WorkUnit.TICKETS));
    share("2", "5", 0, mix.visionFocus(WorkUnit.TICKETS).share());
    // hours 1.5 + 2 + 0.5 + 1 = 5 (104 left out): urgent 2 + 1, ad hoc 2 + 0.5, vision 1.5
    share("3", "5", 1, mix.urgentShare(WorkUnit.HOURS));
    share("2.5", "5", 1, mix.adHocShare(WorkUnit.HOURS));
    share("1.5", "5", 1, mix.visionFocus(WorkUnit.HOURS).share());
    // points 3 + 2 + 8 + 1 = 14 (102 left out): urgent 1, ad hoc 2, vision 3 + 8
    share("1", "14", 1, mix.urgentShare(WorkUnit.STORY_POINTS));
    share("2", "14", 1, mix.adHocShare(WorkUnit.STORY_POINTS));
    share("11", "14", 1, mix.visionFocus(WorkUnit.STORY_POINTS).share());
    // March: 101, 102, 103; April: 104, 105
    assertEquals(
        List.of(YearMonth.of(2027, 3), YearMonth.of(2027, 4)),
        mix.adHocShareByMonth(WorkUnit.TICKETS).periods());
    share("2", "3", 0, mix.adHocShareByMonth(WorkUnit.TICKETS).values().get(0));
  }

  @Test
  void jiraCreatedInANamedZoneMovesToTheMonthOfItsInstant() {
    ColumnMapping newYork =
        WorkPresets.jira().toBuilder().defaultZone(ZoneId.of("America/New_York")).build();
    List<WorkItem> items =
        items("jira-issues.csv", WorkItemsCsv.builder().mapping(newYork).build());
    // 31/Mar/27 11:55 PM in New York is 2027-04-01T03:55Z: April in UTC
    assertEquals(LocalDate.of(2027, 4, 1), items.get(2).createdOn());
  }

  @Test
  void storyPointFieldNamesVary() {
    String csv =
        "Issue key,Summary,Issue Type,Priority,Created,Labels,Time Spent,Story point estimate\n"
            + "MKT-7,Teaser,Story,Low,09/Feb/27 1:00 PM,,60,5\n";
    List<WorkItem> items = new ArrayList<>();
    WorkItemsCsv.builder()
        .mapping(WorkPresets.jira())
        .build()
        .readInto(new StringReader(csv), items::add);
    assertEquals(Optional.of(new BigDecimal("5")), items.get(0).storyPoints());
    // 60 seconds are a sixtieth of an hour, to 34 significant digits
    assertEquals(
        new BigDecimal("0.01666666666666666666666666666666667"),
        items.get(0).hours().orElseThrow());
  }

  @Test
  void asanaExportClassifiedByTheDefaultTable() {
    List<WorkItem> items =
        items("asana-project.csv", WorkItemsCsv.builder().mapping(WorkPresets.asana()).build());
    assertEquals(4, items.size());
    assertEquals("1204000000000001", items.get(0).id());
    assertEquals(Optional.of("Spring campaign brief"), items.get(0).title());
    WorkMix mix = mix(items);
    // urgent: tag "urgent" (2), priority Urgent (4); ad hoc: section Requests (2, 3);
    // vision: tag vision (1, 4)
    share("2", "4", 0, mix.urgentShare(WorkUnit.TICKETS));
    share("2", "4", 0, mix.adHocShare(WorkUnit.TICKETS));
    share("2", "4", 0, mix.visionFocus(WorkUnit.TICKETS).share());
    share("0", "0", 4, mix.urgentShare(WorkUnit.HOURS));
    share("1", "3", 0, mix.urgentShareByMonth(WorkUnit.TICKETS).values().get(0));
    share("0", "1", 0, mix.adHocShareByMonth(WorkUnit.TICKETS).values().get(1));
  }

  @Test
  void aClassificationOfYourOwn() {
    WorkClassification mine =
        WorkClassification.defaults().toBuilder().urgentPriorities("Highest", "High").build();
    List<WorkItem> items =
        items(
            "jira-issues.csv",
            WorkItemsCsv.builder().mapping(WorkPresets.jira()).classification(mine).build());
    assertTrue(items.get(2).urgent());
    assertEquals(List.of("highest", "high"), List.copyOf(mine.urgentPriorities()));
    assertThrows(
        IllegalArgumentException.class,
        () -> WorkClassification.builder().visionLabels("vision,roadmap"));
  }

  @Test
  void anotherVendorsFileIsRefusedNamingTheExpectedColumns() {
    CsvImportException asAsana =
        assertThrows(
            CsvImportException.class,
            () ->
                items(
                    "jira-issues.csv",
                    WorkItemsCsv.builder().mapping(WorkPresets.asana()).build()));
    assertEquals(
        "<input> line 1: missing columns id (looked for \"Task ID\"), created_at (looked for"
            + " \"Created At\"; did you mean \"Created\"?); the header has: \"Summary\", \"Issue key\", \"Issue id\", \"Issue"
            + " Type\", \"Status\", \"Project key\", \"Priority\", \"Assignee\", \"Reporter\","
            + " \"Created\", \"Updated\", \"Resolved\", \"Labels\", \"Labels\", \"Labels\", \"Time"
            + " Spent\", \"Custom field (Story Points)\"",
        asAsana.getMessage());
    CsvImportException asJira =
        assertThrows(
            CsvImportException.class,
            () ->
                items(
                    "asana-project.csv",
                    WorkItemsCsv.builder().mapping(WorkPresets.jira()).build()));
    assertTrue(
        asJira
            .getMessage()
            .startsWith(
                "<input> line 1: missing columns id (looked for \"Issue key\"), created_at (looked"
                    + " for \"Created\"), story_points (looked for \"Custom field (Story Points)\","
                    + " \"Custom field (Story point estimate)\", \"Story Points\", \"Story point"
                    + " estimate\"); the header has: \"Task ID\""),
        asJira.getMessage());
  }

  @Test
  void theStandardLayoutStillRequiresItsColumns() {
    CsvImportException e =
        assertThrows(
            CsvImportException.class,
            () -> items("jira-issues.csv", WorkItemsCsv.builder().build()));
    assertTrue(
        e.getMessage()
            .startsWith(
                "<input> line 1: missing columns id, created_at (did you mean \"Created\"?), kind"),
        e.getMessage());
  }
}
