package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.CheckReport;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.check.RuleSet;
import dev.mops.check.Severity;
import dev.mops.json.internal.Outputs;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The findings and email-report documents: their shapes, numbers, layout and reference. */
class OutputDocumentsTest {
  private static final MopsJson JSON = MopsJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A plan whose one quick win names a capability that does not exist: one error. */
  static Plan orphan() {
    return Plan.builder()
        .id("p")
        .name("Plan")
        .period(DateRange.ofYear(Year.of(2027)))
        .addQuickWin(
            QuickWin.builder()
                .id("qw-orphan")
                .title("Orphan")
                .addCapabilityId("no-such-capability")
                .plannedMonth(YearMonth.of(2027, 5))
                .build())
        .build();
  }

  private static CheckReport onlyDanglingReferences(Plan plan) {
    RuleSet rules = RuleSet.builder().disableAll().enable("dangling-reference").build();
    return PlanChecker.of(rules).check(plan);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    Iterator<String> it = object.propertyNames().iterator();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void findingsHaveTheirPropertiesInOrderAndCountsForEverySeverity() {
    CheckReport report = PlanChecker.defaults().check(orphan());
    String json = JSON.writeFindingsString(report);
    JsonNode doc = MAPPER.readTree(json);
    assertEquals(List.of("findings", "counts"), names(doc));
    assertEquals(report.findings().size(), doc.get("findings").size());
    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode n = doc.get("findings").get(i);
      List<String> expected = new ArrayList<>(List.of("rule", "severity", "path"));
      f.pointer().ifPresent(h -> expected.add("pointer"));
      expected.add("message");
      f.hint().ifPresent(h -> expected.add("hint"));
      assertEquals(expected, names(n), "in report order, pointer and hint only when present");
      assertEquals(f.pointer().orElse(null), n.has("pointer") ? n.get("pointer").asString() : null);
      assertEquals(f.ruleId(), n.get("rule").asString());
      assertEquals(f.severity().label(), n.get("severity").asString());
      assertEquals(f.path().toString(), n.get("path").asString());
      assertEquals(f.message(), n.get("message").asString());
      assertEquals(f.hint().orElse(null), n.has("hint") ? n.get("hint").asString() : null);
    }
    assertEquals(List.of("error", "warning", "info"), names(doc.get("counts")));
    for (Severity s : Severity.values()) {
      assertEquals(report.count(s), doc.get("counts").get(s.label()).asInt(), s.label());
    }
    assertTrue(report.count(Severity.ERROR) >= 1, "the orphan's dangling reference");
  }

  @Test
  void findingsOfADocumentReadWithPositionsHaveTheLineAndColumnOfTheirElement() {
    String doc = JSON.writeString(orphan());
    LocatedPlan read = JSON.readStringWithPositions(doc);
    CheckReport report = onlyDanglingReferences(read.plan());
    JsonNode n = MAPPER.readTree(JSON.writeFindingsString(report, read)).get("findings").get(0);
    assertEquals(
        List.of("rule", "severity", "path", "pointer", "line", "column", "message", "hint"),
        names(n));
    assertEquals("/quickWins/0", n.get("pointer").asString());
    List<String> lines = doc.lines().toList();
    int line = n.get("line").asInt();
    int column = n.get("column").asInt();
    assertEquals('{', lines.get(line - 1).charAt(column - 1));
    assertTrue(lines.get(line).contains("\"qw-orphan\""), doc);
    // without positions: the pointer only
    JsonNode bare = MAPPER.readTree(JSON.writeFindingsString(report)).get("findings").get(0);
    assertEquals(List.of("rule", "severity", "path", "pointer", "message", "hint"), names(bare));
  }

  @Test
  void withoutFindingsTheListIsEmptyAndTheCountsZero() {
    CheckReport none =
        PlanChecker.of(RuleSet.builder().disableAll().build())
            .check(
                Plan.builder().id("p").name("P").period(DateRange.ofYear(Year.of(2027))).build());
    assertEquals(
        "{\n  \"findings\": [],\n  \"counts\": {\n    \"error\": 0,\n    \"warning\": 0,\n"
            + "    \"info\": 0\n  }\n}\n",
        JSON.writeFindingsString(none));
  }

  @Test
  void theReferenceExampleIsWhatTheWriterWrites() throws IOException {
    String text = Files.readString(JsonDocsTest.repoRoot().resolve("docs/format.md"));
    Matcher m =
        Pattern.compile("A check with one finding:\n\n```text\n(.*?)```", Pattern.DOTALL)
            .matcher(text);
    assertTrue(m.find(), "docs/format.md shows a findings document");
    assertEquals(JSON.writeFindingsString(onlyDanglingReferences(orphan())), m.group(1));
  }

  @Test
  void theReferenceTablesAreUpToDate() throws IOException {
    Path doc = JsonDocsTest.repoRoot().resolve("docs/format.md");
    String text = Files.readString(doc);
    String begin = "<!-- generated: outputs -->\n";
    String end = "<!-- end generated outputs -->";
    int from = text.indexOf(begin) + begin.length();
    int to = text.indexOf(end);
    assertTrue(from >= begin.length() && to >= from, "docs/format.md has the outputs region");
    String generated = FormatReference.markdown(Outputs.TYPES);
    if (Boolean.getBoolean("mops.golden.update")) {
      Files.writeString(doc, text.substring(0, from) + generated + text.substring(to));
      return;
    }
    assertEquals(generated, text.substring(from, to), "rerun with -Dmops.golden.update=true");
  }

  @Test
  void textIsWrittenAsUtf8AndEscapedOnlyWhereJsonMust() {
    Plan plan =
        Plan.builder()
            .from(orphan())
            .addQuickWin(
                QuickWin.builder()
                    .id("qw-cafe")
                    .title("Café \"crème\"\u001B")
                    .addCapabilityId("gone")
                    .plannedMonth(YearMonth.of(2027, 6))
                    .build())
            .build();
    CheckReport report = onlyDanglingReferences(plan);
    String json = JSON.writeFindingsString(report);
    assertTrue(json.contains("Café"), "non-ASCII text as is");
    assertTrue(json.contains("\\\""), "quotes escaped");
    assertFalse(json.contains("\u001B"), "control characters never raw");
    JsonNode doc = MAPPER.readTree(json);
    assertEquals(
        report.findings().get(1).message(), doc.get("findings").get(1).get("message").asString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeFindings(report, out);
    assertEquals(json, out.toString(StandardCharsets.UTF_8), "the stream gets the same UTF-8");
  }

  private static EmailEvent event(String contact, EmailEventType type, String at) {
    return EmailEvent.of(contact, type, Instant.parse(at));
  }

  @Test
  void emailReportMonthsWithCountsAndRatesAsPlainDecimalsOrNull() {
    List<EmailEvent> events = new ArrayList<>();
    // January: 3 recipients, 1 unsubscriber: churn 1/3; delivery 3/3 (no exponent for 1)
    for (String c : List.of("a", "b", "c")) {
      events.add(event(c, EmailEventType.SENT, "2027-01-02T09:00:00Z"));
      events.add(event(c, EmailEventType.DELIVERED, "2027-01-02T09:01:00Z"));
    }
    events.add(event("a", EmailEventType.UNSUBSCRIBE, "2027-01-05T09:00:00Z"));
    // February: 1 recipient who clicked without an open: click rate 1/1, click-to-open 1/0
    events.add(event("d", EmailEventType.SENT, "2027-02-02T09:00:00Z"));
    events.add(event("d", EmailEventType.DELIVERED, "2027-02-02T09:01:00Z"));
    events.add(event("d", EmailEventType.CLICK, "2027-02-02T10:00:00Z"));
    // March: an unsubscribe without a send: churn undefined
    events.add(event("e", EmailEventType.UNSUBSCRIBE, "2027-03-05T09:00:00Z"));
    EmailReport<YearMonth> report = EmailMetrics.report(events);
    String json = JSON.writeEmailReportString(report);
    JsonNode months = MAPPER.readTree(json).get("months");
    assertEquals(3, months.size());
    assertEquals(
        List.of(
            "month",
            "unsubscribed",
            "recipients",
            "churn",
            "deliveryRate",
            "openRate",
            "clickRate",
            "clickToOpenRate",
            "unsubscribeRate"),
        names(months.get(0)));
    assertEquals("2027-01", months.get(0).get("month").asString());
    assertEquals(1, months.get(0).get("unsubscribed").asLong());
    assertEquals(3, months.get(0).get("recipients").asLong());
    assertTrue(json.contains("\"churn\": 0.333333,"), "1/3 half-even to 6 decimals: " + json);
    assertTrue(json.contains("\"deliveryRate\": 1,"), "3/3 is 1, plainly: " + json);
    assertTrue(json.contains("\"openRate\": 0,"), "0 of 3: " + json);
    assertEquals("2027-02", months.get(1).get("month").asString());
    assertEquals(1.0, months.get(1).get("clickRate").asDouble());
    assertTrue(months.get(1).get("clickToOpenRate").isNull(), "no opener: undefined");
    assertTrue(months.get(2).get("churn").isNull(), "no recipient: undefined");
    assertEquals(0, months.get(2).get("recipients").asLong());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeEmailReport(report, out);
    assertEquals(json, out.toString(StandardCharsets.UTF_8));
    assertEquals(
        "{\n  \"months\": [],\n  \"notAvailable\": []\n}\n",
        JSON.writeEmailReportString(EmailMetrics.report(List.of())));
  }

  private static WorkItem work(
      String id, boolean urgent, WorkKind kind, String hours, String points, boolean vision) {
    WorkItem.Builder b =
        WorkItem.builder()
            .id(id)
            .createdOn(java.time.LocalDate.of(2027, 3, 2))
            .kind(kind)
            .urgent(urgent)
            .visionAligned(vision);
    if (hours != null) {
      b.hours(new java.math.BigDecimal(hours));
    }
    if (points != null) {
      b.storyPoints(new java.math.BigDecimal(points));
    }
    return b.build();
  }

  @Test
  void theWorkMixDocumentListsEachUnitsShares() {
    WorkMixAccumulator acc = new WorkMixAccumulator();
    // a: urgent ad hoc, 2 hours; b: planned, 1 hour, 3 points, vision; c: planned, vision, nothing
    acc.accept(work("a", true, WorkKind.AD_HOC, "2", null, false));
    acc.accept(work("b", false, WorkKind.PLANNED, "1", "3", true));
    acc.accept(work("c", false, WorkKind.PLANNED, null, null, true));
    assertEquals(
        """
        {
          "items": 3,
          "units": [
            {
              "unit": "tickets",
              "counted": 3,
              "leftOut": 0,
              "urgentShare": 0.333333,
              "adHocShare": 0.333333,
              "visionFocus": 0.666667
            },
            {
              "unit": "hours",
              "counted": 2,
              "leftOut": 1,
              "urgentShare": 0.666667,
              "adHocShare": 0.666667,
              "visionFocus": 0.333333
            },
            {
              "unit": "story_points",
              "counted": 1,
              "leftOut": 2,
              "urgentShare": 0,
              "adHocShare": 0,
              "visionFocus": 1
            }
          ]
        }
        """,
        JSON.writeWorkMixString(acc.result()));
    String empty = JSON.writeWorkMixString(new WorkMixAccumulator().result());
    assertTrue(empty.startsWith("{\n  \"items\": 0,\n"), empty);
    assertTrue(empty.contains("\"urgentShare\": null,"), "nothing counted: undefined " + empty);
    assertThrows(NullPointerException.class, () -> JSON.writeWorkMixString(null));
  }

  @Test
  void ratesRoundHalfEvenToSixDecimalsWithoutExponent() {
    assertEquals("0.0235", Outputs.plain(new java.math.BigDecimal("0.023500")));
    assertEquals("10", Outputs.plain(new java.math.BigDecimal("10.000000")), "not 1E+1");
    assertEquals("0", Outputs.plain(new java.math.BigDecimal("0.000000")));
    assertEquals(6, Outputs.RATE_DECIMALS);
    List<EmailEvent> events = new ArrayList<>();
    // 1 recipient, 2 unsubscribers (one without a send): churn 2, half-even irrelevant
    events.add(event("a", EmailEventType.SENT, "2027-01-02T09:00:00Z"));
    events.add(event("a", EmailEventType.UNSUBSCRIBE, "2027-01-05T09:00:00Z"));
    events.add(event("b", EmailEventType.UNSUBSCRIBE, "2027-01-05T09:00:00Z"));
    String json = JSON.writeEmailReportString(EmailMetrics.report(events));
    assertTrue(json.contains("\"churn\": 2,"), json);
  }

  @Test
  void aChurnOfTenIsWrittenTenNotOneEPlusOne() {
    // issue 11: 10 of 1 once came out as 1E+1 (a stripped BigDecimal written as is)
    List<EmailEvent> events = new ArrayList<>();
    events.add(event("a", EmailEventType.SENT, "2027-01-02T09:00:00Z"));
    for (String c : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
      events.add(event(c, EmailEventType.UNSUBSCRIBE, "2027-01-05T09:00:00Z"));
    }
    String json = JSON.writeEmailReportString(EmailMetrics.report(events));
    assertTrue(json.contains("\"churn\": 10,"), json);
    assertFalse(json.contains("E+") || json.contains("e+"), json);
  }

  @Test
  void theWriteOnlyValuesDescribeThemselvesAndAreNeverRead() {
    Map<String, Object> findings = Outputs.FINDINGS.definition();
    assertEquals(List.of("findings", "counts"), findings.get("required"));
    Map<String, String> types = new java.util.TreeMap<>();
    for (dev.mops.json.internal.ObjectCodec<?, ?> type : Outputs.TYPES) {
      type.definition(); // every property's schema
      for (dev.mops.json.internal.ObjectCodec.Prop<?, ?> p : type.props()) {
        dev.mops.json.internal.Codec<?> c = p.codec();
        String t = c.docType();
        if (t.equals("integer") || t.equals("number or null") || t.startsWith("one of")) {
          types.put(type.label() + "." + p.name(), t + " " + c.schema());
          assertEquals(t, c.expected(), p.name());
          IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.read(null));
          assertEquals(t + " values are written, never read", e.getMessage());
        }
      }
    }
    assertEquals(
        "one of error, warning, info {enum=[error, warning, info]}", types.get("finding.severity"));
    assertEquals("integer {type=integer}", types.get("findingCounts.error"));
    assertEquals("number or null {type=[number, null]}", types.get("emailMonth.churn"));
    assertEquals(
        "one of tickets, hours, story_points {enum=[tickets, hours, story_points]}",
        types.get("workUnitShares.unit"));
    assertEquals(
        "one of churn, deliveryRate, openRate, clickRate, clickToOpenRate, unsubscribeRate"
            + " {enum=[churn, deliveryRate, openRate, clickRate, clickToOpenRate, unsubscribeRate]}",
        types.get("notAvailable.rate"));
    assertEquals("integer {type=integer}", types.get("finding.line"));
    assertEquals("integer {type=integer}", types.get("finding.column"));
    assertEquals(3 + 1 + 2 + 2 + 6 + 1 + 6 + 1, types.size(), types.toString());
  }

  @Test
  void nullsAreRefusedWithTheParameterNamed() {
    CheckReport report = onlyDanglingReferences(orphan());
    EmailReport<YearMonth> email = EmailMetrics.report(List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, org.junit.jupiter.api.function.Executable> calls =
        Map.of(
            "report", () -> JSON.writeFindingsString(null),
            "out", () -> JSON.writeFindings(report, null),
            "report ", () -> JSON.writeEmailReportString(null),
            "out ", () -> JSON.writeEmailReport(email, null),
            " report", () -> JSON.writeFindings(null, out),
            " report ", () -> JSON.writeEmailReport(null, out));
    calls.forEach(
        (name, call) ->
            assertEquals(
                name.strip(), assertThrows(NullPointerException.class, call).getMessage()));
  }
}
