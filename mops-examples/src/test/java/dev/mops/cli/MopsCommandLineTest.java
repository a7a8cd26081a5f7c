package dev.mops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.RuleSet;
import dev.mops.json.MopsJson;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.testing.SeedPlans;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line: exit codes 0/1/2, output formats, the bundled samples. */
class MopsCommandLineTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Mops.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void addsOnlyTheNamedSubcommandAndAllOfThemOtherwise() {
    assertEquals(List.of(CheckCommand.class), Mops.subcommandsFor("check", "plan.json"));
    assertEquals(List.of(ChurnCommand.class), Mops.subcommandsFor("churn"));
    List<Class<?>> all = Mops.subcommandsFor();
    assertEquals(8, all.size(), all.toString());
    assertEquals(all, Mops.subcommandsFor("help", "check"));
    assertEquals(all, Mops.subcommandsFor("chek"));
    assertEquals(all, Mops.subcommandsFor("--help"));
  }

  @Test
  void usageListsEverySubcommandAndAMistypedOneIsSuggested() {
    Run usage = run();
    for (String name : List.of("check", "report", "review", "churn", "work", "rules", "demo")) {
      assertTrue(usage.out().contains("  " + name + " "), usage.out());
    }
    Run help = run("help", "churn");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().contains("--exact-ids"), help.out());
    Run typo = run("chek");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("check"), typo.err());
  }

  @Test
  void bundledSamplePlanIsTheSeedPlan() throws IOException {
    try (InputStream in = Samples.open(Samples.PLAN)) {
      String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String expected = MopsJson.standard().writeString(SeedPlans.automotivePlan());
      if (Boolean.getBoolean("mops.golden.update")) {
        // surefire runs in the module directory
        Files.writeString(Path.of("src/main/resources/dev/mops/cli/sample-plan.json"), expected);
      }
      assertEquals(
          expected,
          bundled,
          "regenerate src/main/resources/dev/mops/cli/sample-plan.json from SeedPlans");
    }
  }

  @Test
  void checkOnTheSampleFindsWarningsOnlyAndExitsZero() {
    Run r = run("check");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("sprint-without-quick-win"), r.out());
    assertTrue(r.err().contains("bundled sample plan"), r.err());
  }

  @Test
  void checkExitsOneOnErrorsAndPrintsJson() throws IOException {
    Plan seed = SeedPlans.automotivePlan();
    Plan broken =
        Plan.builder()
            .from(seed)
            .addQuickWin(
                QuickWin.builder()
                    .id("qw-orphan")
                    .title("Orphan")
                    .addCapabilityId("no-such-capability")
                    .plannedMonth(YearMonth.of(2027, 5))
                    .build())
            .build();
    Path file = dir.resolve("broken.json");
    MopsJson.standard().write(broken, file);
    Run text = run("check", file.toString());
    assertEquals(1, text.code(), text.out() + text.err());
    assertTrue(text.out().contains("dangling-reference"), text.out());
    Run json = run("check", file.toString(), "--format", "json");
    assertEquals(1, json.code());
    JsonNode doc = JsonMapper.builder().build().readTree(json.out());
    assertTrue(doc.get("counts").get("error").asInt() >= 1, json.out());
    boolean found = false;
    for (JsonNode f : doc.get("findings")) {
      found |=
          f.get("rule").asString().equals("dangling-reference")
              && f.get("severity").asString().equals("error")
              && f.get("path").asString().contains("qw-orphan");
    }
    assertTrue(found, json.out());
  }

  @Test
  void unusableInputExitsTwoWithOneParagraphAndNoStackTrace() throws IOException {
    Run missing = run("check", dir.resolve("nope.json").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("mops: no such file"), missing.err());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\", \"id\": \"a b\"}");
    Run badJson = run("check", bad.toString());
    assertEquals(2, badJson.code());
    assertTrue(badJson.err().contains("/id"), badJson.err());
    assertFalse(badJson.err().contains("\tat "), "no stack trace: " + badJson.err());
    Path truncated = dir.resolve("truncated.json");
    Files.writeString(truncated, "{\"formatVersion\": \"1.0\", \"id\": \"x\"");
    Run cut = run("check", truncated.toString());
    assertEquals(2, cut.code());
    assertTrue(cut.err().contains("malformed JSON") && !cut.err().contains("Source:"), cut.err());
    Run badArgs = run("report", "--month", "2027-13");
    assertEquals(2, badArgs.code());
    Run unknown = run("check", "--frobnicate");
    assertEquals(2, unknown.code());
  }

  @Test
  void reportWritesTheMonthlyUpdate() throws IOException {
    Run r = run("report", "--month", "2027-03");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().startsWith("# Marketing operations plan 2027: stakeholder update, March 2027"),
        r.out());
    assertFalse(r.out().contains("strategic partner"), "internal goals never appear");
    Path out = dir.resolve("update.md");
    assertEquals(0, run("report", "--month", "2027-03", "--out", out.toString()).code());
    assertEquals(r.out(), Files.readString(out));
  }

  private static final String SAMPLE =
      "mops: no plan given; using the bundled sample plan (the automotive plan of the seed"
          + " article)\n";

  @Test
  void reportAndReviewWriteHtmlPages() throws IOException {
    Run html = run("report", "--month", "2027-03", "--format", "html");
    assertEquals(0, html.code(), html.err());
    assertEquals(
        dev.mops.report.MonthlyUpdate.of(
                dev.mops.testing.SeedPlans.automotivePlan(), java.time.YearMonth.of(2027, 3))
            .toHtml(),
        html.out());
    Path out = dir.resolve("review.html");
    Run review = run("review", "--quarter", "2027-Q1", "--format", "html", "--out", out.toString());
    assertEquals(0, review.code(), review.err());
    assertEquals(SAMPLE + "mops: wrote " + out + "\n", review.err());
    assertTrue(
        Files.readString(out).startsWith("<!DOCTYPE html>")
            && Files.readString(out).contains("<h1>Marketing operations plan 2027: internal goals"),
        Files.readString(out));
    Run md = run("report", "--month", "2027-03", "--format", "md");
    assertEquals(run("report", "--month", "2027-03").out(), md.out());
  }

  @Test
  void svgWritesOneFilePerChartIntoADirectory() throws IOException {
    Path charts = dir.resolve("charts").resolve("march");
    Run r = run("report", "--month", "2027-03", "--format", "svg", "--out", charts.toString());
    assertEquals(0, r.code(), r.err());
    List<String> names = List.of("quick-wins", "okrs", "key-result-trends", "kpis");
    StringBuilder wrote = new StringBuilder(SAMPLE);
    for (String name : names) {
      Path file = charts.resolve(name + ".svg");
      wrote.append("mops: wrote ").append(file).append('\n');
      assertTrue(Files.readString(file).startsWith("<svg xmlns="), file.toString());
    }
    assertEquals(wrote.toString(), r.err());
    try (var files = Files.list(charts)) {
      assertEquals(names.size(), files.count());
    }
    Run review =
        run("review", "--quarter", "2027-Q1", "--format", "svg", "--out", charts.toString());
    assertEquals(0, review.code(), review.err());
    assertTrue(Files.exists(charts.resolve("work-shares.svg")), review.err());
    assertTrue(Files.exists(charts.resolve("indicator-trends.svg")), review.err());

    Run noDir = run("report", "--month", "2027-03", "--format", "svg");
    assertEquals(2, noDir.code());
    assertTrue(
        noDir.err().startsWith("mops: --format svg writes one file per chart: give --out DIR\n"),
        noDir.err());
    Run badFormat = run("review", "--quarter", "2027-Q1", "--format", "pdf");
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().contains("--format"), badFormat.err());
  }

  @Test
  void demoWritesTheOnePagerAndPrintsItsPath() throws IOException {
    Path into = dir.resolve("demo");
    Run r = run("demo", "--dir", into.toString());
    assertEquals(0, r.code(), r.err());
    Path page = into.resolve("one-pager-2027-03.html").toAbsolutePath();
    assertTrue(
        r.out()
            .endsWith(
                "\n== the one-pager as HTML (open it in a browser)\n\n" + page.toUri() + "\n"),
        r.out());
    assertTrue(Files.readString(page).contains("<svg "), page.toString());
  }

  @Test
  void reviewRendersTheQuarterlyInternalReview() {
    Run r = run("review", "--quarter", "2027-Q1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Marketing Operations is viewed as a strategic partner"), r.out());
    Run bad = run("review", "--quarter", "2027-Q5");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("2027-Q5"), bad.err());
  }

  @Test
  void churnOnTheSampleAsTextAndJson() throws IOException {
    Run text = run("churn");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("email churn by month (UTC)"), text.out());
    Path csv = dir.resolve("events.csv");
    Files.writeString(
        csv,
        "contact_id,event,occurred_at\n"
            + "a,sent,2027-03-02T09:00:00Z\nb,sent,2027-03-02T09:00:00Z\nb,unsubscribe,2027-03-05T09:00:00Z\n"
            + "c,unsubscribe,2027-04-05T09:00:00Z\n");
    Run json = run("churn", csv.toString(), "--format", "json");
    assertEquals(0, json.code(), json.err());
    JsonNode months = JsonMapper.builder().build().readTree(json.out()).get("months");
    assertEquals("2027-03", months.get(0).get("month").asString());
    assertEquals(1, months.get(0).get("unsubscribed").asInt());
    assertEquals(2, months.get(0).get("recipients").asInt());
    assertEquals(0.5, months.get(0).get("churn").asDouble());
    assertTrue(
        months.get(1).get("churn").isNull(), "a month with unsubscribes and no sends is undefined");
    Run zoned = run("churn", csv.toString(), "--zone", "America/Chicago");
    assertEquals(0, zoned.code(), zoned.err());
  }

  private Path jiraExport() throws IOException {
    Path csv = dir.resolve("Jira.csv");
    Files.writeString(
        csv,
        ""
            + "Summary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Assignee,Reporter,Created,Updated,Resolved,Labels,Labels,Labels,Time Spent,Custom field (Story Points)\n"
            + "Webinar landing page,OPS-101,10101,Task,Done,OPS,Medium,Ann Lee,Bo Park,02/Mar/27 9:15 AM,05/Mar/27 4:00 PM,05/Mar/27 4:00 PM,vision,,,5400,3\n"
            + "Fix broken unsubscribe link,OPS-102,10102,Bug,Done,OPS,Highest,Ann Lee,Cy Diaz,12/Mar/27 9:41 AM,12/Mar/27 11:00 AM,12/Mar/27 11:00 AM,urgent,email,,7200,\n"
            + "\"Sales deck, Q2\",OPS-103,10103,Task,In Progress,OPS,High,Dee Kim,Bo Park,31/Mar/27 11:55 PM,01/Apr/27 9:00 AM,,ad-hoc,,,1800,2\n"
            + "Nurture flow v2,OPS-104,10104,Story,To Do,OPS,Medium,Ann Lee,Bo Park,01/Apr/27 10:00 AM,01/Apr/27 10:00 AM,,vision,nurture,Vision,,8\n"
            + "Press kit for launch,OPS-105,10105,Task,Done,OPS,Critical,Cy Diaz,Eve Ng,03/Apr/27 8:30 AM,03/Apr/27 5:00 PM,03/Apr/27 5:00 PM,,,,3600,1\n");
    return csv;
  }

  private Path asanaExport() throws IOException {
    Path csv = dir.resolve("asana.csv");
    Files.writeString(
        csv,
        ""
            + "Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task,Priority\n"
            + "1204000000000001,2027-03-01,2027-03-04,2027-03-04,Spring campaign brief,Planned,Ann Lee,ann@example.com,,2027-03-05,vision,\"Brief, first draft\",Marketing Ops,,Medium\n"
            + "1204000000000002,2027-03-09,2027-03-09,2027-03-09,Fix signup form,Requests,Bo Park,bo@example.com,,,\"urgent, email\",,Marketing Ops,,High\n"
            + "1204000000000003,2027-03-31,,2027-03-31,Partner one-pager,Requests,Cy Diaz,cy@example.com,,,,,Marketing Ops,,Low\n"
            + "1204000000000004,2027-04-02,,2027-04-02,Brand video,Planned,Ann Lee,ann@example.com,,,\"vision, video\",,Marketing Ops,,Urgent\n");
    return csv;
  }

  @Test
  void workSharesOfAJiraExport() throws IOException {
    Path jira = jiraExport();
    Run all = run("work", jira.toString(), "--from", "jira");
    assertEquals(0, all.code(), all.err());
    assertEquals(
        "mops: Jira writes Created without a zone; reading it as UTC (--zone)\n", all.err());
    // hand-computed: urgent OPS-102, 105; ad hoc 102, 103; vision 101, 104; hours 1.5 + 2 + 0.5 + 1
    // (104 has none); points 3 + 2 + 8 + 1 (102 has none)
    assertEquals(
        "work mix of 5 items\n"
            + "40% urgent by tickets (2 of 5 tickets); 40% ad-hoc by tickets (2 of 5 tickets); 40%"
            + " vision-aligned by tickets (2 of 5 tickets): below the 90% target\n"
            + "60% urgent by hours (3 of 5 hours; 1 item without hours left out); 50% ad-hoc by hours"
            + " (2.5 of 5 hours; 1 item without hours left out); 30% vision-aligned by hours (1.5 of 5"
            + " hours; 1 item without hours left out): below the 90% target\n"
            + "7.14% urgent by story points (1 of 14 story points; 1 item without story points left"
            + " out); 14.29% ad-hoc by story points (2 of 14 story points; 1 item without story"
            + " points left out); 78.57% vision-aligned by story points (11 of 14 story points; 1"
            + " item without story points left out): below the 90% target\n",
        all.out());
    Run march = run("work", jira.toString(), "--from", "jira", "--month", "2027-03");
    // March: OPS-101, 102, 103; hours 1.5 + 2 + 0.5; points 3 + 2 (102 has none)
    assertEquals(
        "work mix of 3 items\n"
            + "33.33% urgent by tickets (1 of 3 tickets); 66.67% ad-hoc by tickets (2 of 3 tickets);"
            + " 33.33% vision-aligned by tickets (1 of 3 tickets): below the 90% target\n"
            + "50% urgent by hours (2 of 4 hours); 62.5% ad-hoc by hours (2.5 of 4 hours); 37.5%"
            + " vision-aligned by hours (1.5 of 4 hours): below the 90% target\n"
            + "0% urgent by story points (0 of 5 story points; 1 item without story points left"
            + " out); 40% ad-hoc by story points (2 of 5 story points; 1 item without story points"
            + " left out); 60% vision-aligned by story points (3 of 5 story points; 1 item without"
            + " story points left out): below the 90% target\n",
        march.out());
    Run q2 =
        run("work", jira.toString(), "--from", "jira", "--quarter", "2027-Q2", "--format", "json");
    assertEquals(0, q2.code(), q2.err());
    // April: OPS-104 (vision, no hours, 8 points), OPS-105 (urgent, 1 hour, 1 point)
    assertEquals(
        """
        {
          "items": 2,
          "units": [
            {
              "unit": "tickets",
              "counted": 2,
              "leftOut": 0,
              "urgentShare": 0.5,
              "adHocShare": 0,
              "visionFocus": 0.5
            },
            {
              "unit": "hours",
              "counted": 1,
              "leftOut": 1,
              "urgentShare": 1,
              "adHocShare": 0,
              "visionFocus": 0
            },
            {
              "unit": "story_points",
              "counted": 2,
              "leftOut": 0,
              "urgentShare": 0.111111,
              "adHocShare": 0,
              "visionFocus": 0.888889
            }
          ]
        }
        """,
        q2.out());
  }

  @Test
  void workWithAMappingFile() throws IOException {
    Path settings = dir.resolve("ours.mapping");
    Files.writeString(
        settings, "# High is urgent for us\nurgent-priorities = Highest, Critical, High\n");
    Run r =
        run("work", jiraExport().toString(), "--from", "jira", "--mapping", settings.toString());
    assertEquals(0, r.code(), r.err());
    // OPS-103 (High) is now urgent too: 102, 103, 105
    assertTrue(r.out().contains("\n60% urgent by tickets (3 of 5 tickets); "), r.out());
    Files.writeString(settings, "urgent = Highest\n");
    Run bad = run("work", jiraExport().toString(), "--mapping", settings.toString());
    assertEquals(2, bad.code());
    assertEquals("mops: " + settings + " line 1: unknown key \"urgent\"\n", bad.err());
  }

  @Test
  void workCountsSeveralFilesTogether() throws IOException {
    Run both =
        run(
            "work",
            asanaExport().toString(),
            asanaExport().toString(),
            "--from",
            "asana",
            "--format",
            "json");
    assertEquals(0, both.code(), both.err());
    assertEquals("", both.err());
    // the Asana fixture twice: 8 items, of which 4 urgent, 4 ad hoc, 4 vision-aligned; no hours,
    // no story points in Asana's export
    assertEquals(
        """
        {
          "items": 8,
          "units": [
            {
              "unit": "tickets",
              "counted": 8,
              "leftOut": 0,
              "urgentShare": 0.5,
              "adHocShare": 0.5,
              "visionFocus": 0.5
            },
            {
              "unit": "hours",
              "counted": 0,
              "leftOut": 8,
              "urgentShare": null,
              "adHocShare": null,
              "visionFocus": null
            },
            {
              "unit": "story_points",
              "counted": 0,
              "leftOut": 8,
              "urgentShare": null,
              "adHocShare": null,
              "visionFocus": null
            }
          ]
        }
        """,
        both.out());
  }

  @Test
  void workRefusesAnotherVendorsFileAndBadArguments() throws IOException {
    Run wrong = run("work", asanaExport().toString(), "--from", "jira");
    assertEquals(2, wrong.code());
    assertEquals(
        "mops: Jira writes Created without a zone; reading it as UTC (--zone)\n"
            + "mops: "
            + dir.resolve("asana.csv")
            + " line 1: missing columns id (looked for \"Issue key\"), created_at (looked for"
            + " \"Created\"), story_points (looked for \"Custom field (Story Points)\", \"Custom"
            + " field (Story point estimate)\", \"Story Points\", \"Story point estimate\"); the"
            + " header has: \"Task ID\", \"Created At\", \"Completed At\", \"Last Modified\","
            + " \"Name\", \"Section/Column\", \"Assignee\", \"Assignee Email\", \"Start Date\","
            + " \"Due Date\", \"Tags\", \"Notes\", \"Projects\", \"Parent task\", \"Priority\"\n",
        wrong.err());
    Run both = run("work", asanaExport().toString(), "--month", "2027-03", "--quarter", "2027-Q1");
    assertEquals(2, both.code());
    assertEquals(
        "mops: Error: --month=YYYY-MM, --quarter=YYYY-Qn are mutually exclusive (specify only one)",
        both.err().lines().findFirst().orElseThrow());
    Run quarter = run("work", asanaExport().toString(), "--from", "asana", "--quarter", "2027-5");
    assertEquals(2, quarter.code());
    assertEquals("mops: quarter must look like 2027-Q1, got \"2027-5\"\n", quarter.err());
    Run none = run("work");
    assertEquals(2, none.code());
    assertEquals(
        "mops: Missing required parameter: 'FILE'", none.err().lines().findFirst().orElseThrow());
  }

  @Test
  void rulesListsTheCatalogAndEverySubcommandHasHelp() {
    Run r = run("rules");
    assertEquals(0, r.code());
    assertEquals(
        RuleSet.defaults().describe(), r.out(), "the command prints the library's rendering");
    assertTrue(
        r.out().lines().anyMatch(l -> l.startsWith("no-early-quick-win") && l.contains("warning")));
    for (String cmd :
        new String[] {"check", "report", "review", "churn", "work", "rules", "demo"}) {
      Run help = run(cmd, "--help");
      assertEquals(0, help.code(), cmd);
      assertTrue(help.out().startsWith("Usage: mops " + cmd), help.out());
    }
  }

  @Test
  void ruleParametersAreSetOnTheCommandLineAndListed() {
    Run rules =
        run(
            "rules",
            "--param",
            "no-early-quick-win.months=2",
            "--param",
            "vision-focus-below-target.unit=POINTS");
    assertEquals(0, rules.code(), rules.err());
    assertEquals(
        RuleSet.builder()
            .parameter("no-early-quick-win", "months", 2)
            .parameter("vision-focus-below-target", "unit", "points")
            .build()
            .describe(),
        rules.out());
    assertTrue(
        rules.out().contains("months = 2* (an integer in 1..24, months; default 1)"), rules.out());
    Run check = run("check", "--param", "no-early-quick-win.months=2", "--format", "json");
    assertEquals(0, check.code(), check.err());
  }

  @Test
  void aBadRuleParameterIsAUsageErrorNotAFinding() {
    String[][] cases = {
      {
        "vision-focus-below-target.unit=minutes",
        "parameter vision-focus-below-target.unit must be one of hours, points, items, got \"minutes\""
      },
      {
        "no-early-quick-win.months=0",
        "parameter no-early-quick-win.months must be an integer in 1..24, got \"0\""
      },
      {
        "vision-focus-below-target.target=90",
        "parameter vision-focus-below-target.target must be a decimal in 0..1, got \"90\""
      },
      {
        "no-early-quick-win.weeks=2",
        "rule no-early-quick-win has no parameter \"weeks\"; it has months"
      },
      {"acme.kpi-without-owner.min=1", "unknown rule id \"acme.kpi-without-owner\""},
      {
        "months=2",
        "setting must be RULE.NAME=VALUE, e.g. no-early-quick-win.months=2, got \"months=2\""
      },
      {
        "no-early-quick-win.months",
        "setting must be RULE.NAME=VALUE, e.g. no-early-quick-win.months=2, got "
            + "\"no-early-quick-win.months\""
      },
    };
    for (String[] c : cases) {
      for (String[] command :
          new String[][] {{"check"}, {"review", "--quarter", "2027-Q1"}, {"rules"}}) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 2);
        args[command.length] = "--param";
        args[command.length + 1] = c[0];
        Run r = run(args);
        assertEquals(2, r.code(), command[0] + " " + c[0] + ": " + r.out() + r.err());
        assertTrue(r.err().startsWith("mops: " + c[1] + "\n"), r.err());
        assertEquals("", r.out());
      }
    }
  }

  @Test
  void demoRunsCheckReportAndChurn() {
    Run r = run("demo", "--dir", dir.resolve("demo").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("== mops check")
            && r.out().contains("== mops report")
            && r.out().contains("== mops churn")
            && r.out().contains("email churn by month"),
        r.out());
  }

  @Test
  void mainPrintsUsageWithoutASubcommand() {
    Run r = run();
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: mops"), r.out());
  }
}
