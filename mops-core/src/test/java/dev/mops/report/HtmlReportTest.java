package dev.mops.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import dev.mops.model.CheckIn;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.PlanGens;
import dev.mops.model.Quarter;
import dev.mops.model.Visibility;
import dev.mops.model.WorkItem;
import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML pages and SVG charts of the reports. */
class HtmlReportTest {
  private static final String XMLNS = "xmlns=\"http://www.w3.org/2000/svg\"";

  /** The page starts as HTML, has every chart inline, and nothing that runs or fetches. */
  private static void assertSelfContained(String html, List<Chart> charts) {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.endsWith("</html>\n"), html);
    for (String forbidden :
        new String[] {
          "<script", "<img", "<link", "<iframe", " href=", " src=", "@import", "url(h"
        }) {
      assertFalse(html.contains(forbidden), forbidden);
    }
    assertFalse(
        html.replace(XMLNS, "").replace("http-equiv", "").contains("http"), "a URL in " + html);
    assertEquals(charts.size(), html.split("<svg ", -1).length - 1, html);
    for (Chart c : charts) {
      assertTrue(html.contains(c.svg()), c.name());
    }
  }

  /**
   * Tags balanced, no raw {@code <} or {@code &} in text, the title and description inside (the
   * browser and XML tests in mops-examples parse them for real: this module does not read {@code
   * java.xml}).
   */
  static void assertWellFormed(Chart chart) {
    String svg = chart.svg();
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertTrue(svg.endsWith("</svg>"), svg);
    assertTrue(svg.contains(" role=\"img\" "), svg);
    assertTrue(
        svg.contains(
            "<title id=\""
                + chart.name()
                + "-title\">"
                + Html.text(chart.title())
                + "</title>\n<desc id=\""
                + chart.name()
                + "-desc\">"
                + Html.text(chart.description())
                + "</desc>"),
        svg);
    java.util.Deque<String> open = new java.util.ArrayDeque<>();
    Matcher tag = TAG.matcher(svg);
    int at = 0;
    while (tag.find()) {
      assertText(svg.substring(at, tag.start()), svg);
      at = tag.end();
      String t = tag.group();
      String name = t.replaceAll("^</?([a-zA-Z]+).*$", "$1");
      if (t.startsWith("</")) {
        assertEquals(name, open.pollFirst(), svg);
      } else if (!t.endsWith("/>")) {
        open.push(name);
      }
      assertText(t.replaceAll("\"[^\"]*\"", "\"\""), svg);
    }
    assertTrue(open.isEmpty(), svg);
  }

  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  private static void assertText(String text, String svg) {
    assertFalse(text.replaceAll("^<|>$", "").contains("<"), svg);
    assertFalse(text.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&"), text);
  }

  @Test
  void theMonthlyPageHasTheChartsAndTheTextAndNothingInternal() {
    MonthlyUpdate update = MonthlyUpdate.of(MonthlyUpdateTest.plan(), YearMonth.of(2027, 3));
    String html = update.toHtml();
    assertSelfContained(html, update.charts());
    assertEquals(List.of("quick-wins", "kpis"), update.charts().stream().map(Chart::name).toList());
    update.charts().forEach(HtmlReportTest::assertWellFormed);
    for (String secret :
        new String[] {
          "Replace the agency", "Hidden capability", "Strategic partner", "difficult"
        }) {
      assertFalse(html.contains(secret), secret);
    }
    assertTrue(html.contains("<h2>Grow automotive sales</h2>"), html);
    assertTrue(html.contains("<td>Emails sent</td><td>1,200 emails (2027-02-01)</td>"), html);
    Chart wins = update.charts().get(0);
    // January launched, February missed (vendor delay), March missed, April nothing planned
    assertTrue(wins.svg().contains(">✕ 1 missed</text>"), wins.svg());
    assertEquals(2, wins.svg().split("✕ 1 missed", -1).length - 1, wins.svg());
    assertTrue(
        wins.description().contains("33.33% launched (1 of 3); 0 months in a row with a launch."),
        wins.description());
    Chart kpis = update.charts().get(1);
    assertTrue(kpis.svg().contains(">1,200 emails</text>"), kpis.svg());
    assertTrue(kpis.svg().contains("target 1,000 emails · ✓ on target"), kpis.svg());
  }

  @Test
  void aMonthWithoutACheckInIsAGapNotAZero() {
    Plan plan =
        Plan.builder()
            .id("p")
            .name("Plan")
            .period(DateRange.parse("2027-01-01/2027-12-31"))
            .addOkr(
                Okr.builder()
                    .id("okr")
                    .title("Email")
                    .level(OkrLevel.MOPS)
                    .period(DateRange.parse("2027-01-01/2027-06-30"))
                    .addKeyResult(
                        KeyResult.builder()
                            .id("kr")
                            .title("Churn")
                            .kind(KeyResultKind.METRIC)
                            .direction(Direction.DECREASE)
                            .start(new BigDecimal("1.0"))
                            .target(new BigDecimal("0.6"))
                            .unit("%")
                            .addCheckIn(
                                CheckIn.of(LocalDate.of(2027, 1, 31), new BigDecimal("0.9")))
                            .addCheckIn(
                                CheckIn.of(LocalDate.of(2027, 2, 28), new BigDecimal("0.8")))
                            .addCheckIn(CheckIn.of(LocalDate.of(2027, 4, 30), new BigDecimal("0")))
                            .build())
                    .build())
            .build();
    Chart trend =
        MonthlyUpdate.of(plan, YearMonth.of(2027, 4)).charts().stream()
            .filter(c -> c.name().equals("key-result-trends"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        trend
            .description()
            .endsWith(
                "Churn: January 2027 0.9%; February 2027 0.8%; March 2027 none; April 2027 0%."),
        trend.description());
    // one line from January to February; April stands alone, March is not drawn as 0
    assertEquals(1, trend.svg().split("<polyline", -1).length - 1, trend.svg());
    assertTrue(trend.svg().contains(">0%</text>"), trend.svg());
    assertWellFormed(trend);
  }

  @Test
  void theQuarterlyPageHasTheWorkShares() {
    Plan plan =
        Plan.builder()
            .from(MonthlyUpdateTest.plan())
            .addWorkItem(work("w1", LocalDate.of(2027, 1, 5), true, "30"))
            .addWorkItem(work("w2", LocalDate.of(2027, 1, 6), false, "10"))
            .build();
    QuarterlyReview review = QuarterlyReview.of(plan, Quarter.parse("2027-Q1"));
    assertSelfContained(review.toHtml(), review.charts());
    Chart shares = review.charts().get(0);
    assertEquals("work-shares", shares.name());
    assertWellFormed(shares);
    assertTrue(shares.description().contains("January 2027: urgent 75%,"), shares.description());
    assertTrue(
        shares.description().contains("February 2027: urgent undefined,"), shares.description());
    assertTrue(shares.svg().contains(">75%</text>"), shares.svg());
    assertTrue(shares.svg().contains(">n/a</text>"), shares.svg());
  }

  private static WorkItem work(String id, LocalDate on, boolean urgent, String hours) {
    return WorkItem.builder()
        .id(id)
        .title(id)
        .createdOn(on)
        .kind(dev.mops.model.WorkKind.PLANNED)
        .visionAligned(!urgent)
        .urgent(urgent)
        .hours(new BigDecimal(hours))
        .build();
  }

  @Test
  void planTextIsEscapedInThePageAndTheCharts() {
    String hostile = "<script>alert(1)</script> \"q\" 'a' & \u202Eevil\u2066 \u001b[2J\nline é";
    Plan plan =
        Plan.builder()
            .from(MonthlyUpdateTest.plan())
            .name(hostile)
            .addKpi(
                Kpi.builder()
                    .id("k2")
                    .name(hostile)
                    .definition("d")
                    .unit(hostile)
                    .addObservation(Observation.of(LocalDate.of(2027, 3, 1), "2"))
                    .build())
            .build();
    MonthlyUpdate update = MonthlyUpdate.of(plan, YearMonth.of(2027, 3));
    String html = update.toHtml();
    assertSelfContained(html, update.charts());
    update.charts().forEach(HtmlReportTest::assertWellFormed);
    String shown =
        "&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp; \\u202Eevil\\u2066"
            + " \\u001B[2J line é";
    assertTrue(html.contains("<title>" + shown + ": stakeholder update, March 2027</title>"), html);
    assertTrue(html.contains("<td>" + shown + "</td>"), html);
    assertTrue(update.charts().get(1).svg().contains(">" + shown + "</text>"), html);
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      assertFalse(
          (c < 0x20 && c != '\n') || (c >= '\u202A' && c <= '\u202E') || c == '\u2066',
          "raw U+" + Integer.toHexString(c));
    }
  }

  @Test
  void sameInputSameBytesWellFormedChartsAndNothingInternalForRandomPlans() {
    qt().withExamples(TestScale.examples(40))
        .forAll(PlanGens.plans(8))
        .checkAssert(
            plan -> {
              YearMonth month = YearMonth.from(plan.period().start()).plusMonths(2);
              MonthlyUpdate update = MonthlyUpdate.of(plan, month);
              String html = update.toHtml();
              assertEquals(html, MonthlyUpdate.of(plan, month).toHtml());
              assertSelfContained(html, update.charts());
              assertFalse(html.contains("secret"), html);
              for (PlanElement e : plan.elements()) {
                if (e.visibility() == Visibility.INTERNAL && e instanceof Objective o) {
                  assertFalse(html.contains("<h2>" + Html.text(o.title()) + "</h2>"), o.title());
                }
              }
              Set<String> names = new HashSet<>();
              for (Chart c : update.charts()) {
                assertTrue(names.add(c.name()), c.name());
                assertWellFormed(c);
              }
              QuarterlyReview review =
                  QuarterlyReview.of(plan, Quarter.of(plan.period().start().getYear(), 1));
              assertSelfContained(review.toHtml(), review.charts());
              review.charts().forEach(HtmlReportTest::assertWellFormed);
            });
  }

  @Test
  void chartIsAValue() {
    new EqualsTester()
        .addEqualityGroup(Chart.of("a", "T", "D", "<svg/>"), Chart.of("a", "T", "D", "<svg/>"))
        .addEqualityGroup(Chart.of("b", "T", "D", "<svg/>"))
        .addEqualityGroup(Chart.of("a", "U", "D", "<svg/>"))
        .addEqualityGroup(Chart.of("a", "T", "E", "<svg/>"))
        .addEqualityGroup(Chart.of("a", "T", "D", "<svg />"))
        .testEquals();
    assertEquals("chart a: T (6 characters of SVG)", Chart.of("a", "T", "D", "<svg/>").toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Chart.of("A b", "T", "D", "<svg/>"));
    assertEquals("chart name must be 1 to 64 of [a-z0-9-]: \"A b\"", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Chart.of("a", "T", "D", "<p/>"));
  }
}
