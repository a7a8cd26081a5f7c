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

  @Test
  void rulesListsTheCatalogAndEverySubcommandHasHelp() {
    Run r = run("rules");
    assertEquals(0, r.code());
    assertEquals(
        RuleSet.defaults().describe(), r.out(), "the command prints the library's rendering");
    assertTrue(
        r.out().lines().anyMatch(l -> l.startsWith("no-early-quick-win") && l.contains("warning")));
    for (String cmd : new String[] {"check", "report", "review", "churn", "rules", "demo"}) {
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
