package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mops.check.PlanChecker;
import dev.mops.json.MopsJson;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.report.MonthlyUpdate;
import dev.mops.report.QuarterlyReview;
import dev.mops.testing.SeedPlans;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The seed plan with every text field replaced by hostile text: links, images, raw HTML, autolinks,
 * table pipes, code spans, emphasis, line breaks, terminal escapes and bidirectional overrides. The
 * reports and the checker's text show all of it literally.
 */
class HostileReportTest {
  /** Between the markers: every Markdown and HTML construct a plan could try. */
  static final String HOSTILE =
      "⟦[x](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(1)</script>"
          + " <http://evil.example> ![img](http://evil.example/i.png) a|b `code` ``x`` *bold* __em__ ~~gone~~"
          + " &lt;b&gt; &#60;i&#62; \\[not escaped\\] [ref]: http://evil.example\n# heading\r\n> quote\n- item\n1. list\n"
          + "| --- |\n\u001b]0;title\u0007\u001b[2J\u0000\u202Eevil\u2066 é 中 \uD83D\uDE80⟧";

  private static final Set<String> TEXT_FIELDS =
      Set.of(
          "name",
          "title",
          "team",
          "longTermVision",
          "metric",
          "unit",
          "measure",
          "definition",
          "description",
          "label",
          "statement",
          "summary",
          "person",
          "role",
          "outcomeNote",
          "text",
          "contact",
          "hint");

  /** Inside plan text, these must each be escaped with a backslash (or be an entity). */
  private static final String ACTIVE = "<>[]()`|*_~&#!";

  private static final Pattern REGION = Pattern.compile("⟦(.*?)⟧", Pattern.DOTALL);

  private static final Pattern WHOLE_REGION = Pattern.compile("⟦([^⟦]*?)⟧", Pattern.DOTALL);

  static Plan hostilePlan() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode doc = mapper.readTree(MopsJson.standard().writeString(SeedPlans.automotivePlan()));
    replaceText(doc);
    return MopsJson.standard().readString(mapper.writeValueAsString(doc));
  }

  private static void replaceText(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (e.getValue().isString() && TEXT_FIELDS.contains(e.getKey())) {
          e.setValue(StringNode.valueOf(HOSTILE));
        } else {
          replaceText(e.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(HostileReportTest::replaceText);
    }
  }

  @Test
  void theMonthlyUpdateShowsPlanTextLiterally() {
    String md = MonthlyUpdate.of(hostilePlan(), YearMonth.of(2027, 3)).toMarkdown();
    assertLiteral(md, 10);
  }

  @Test
  void theQuarterlyReviewShowsPlanTextLiterally() {
    String md = QuarterlyReview.of(hostilePlan(), Quarter.parse("2027-Q1")).toMarkdown();
    assertLiteral(md, 10);
  }

  @Test
  void theCheckReportShowsPlanTextOnOneLineWithoutControlCharacters() {
    String text = PlanChecker.defaults().check(hostilePlan(), LocalDate.of(2027, 4, 30)).render();
    Matcher m = REGION.matcher(text);
    int regions = 0;
    while (m.find()) {
      regions++;
      assertFalse(m.group(1).contains("\n"), "plan text breaks a finding's line: " + m.group());
      assertTrue(
          m.group(1)
              .contains(
                  "\\u001B]0;title\\u0007\\u001B[2J\\u0000\\u202Eevil\\u2066 é 中 \uD83D\uDE80"),
          m.group());
    }
    assertTrue(regions > 0, text);
    assertNoControlCharacters(text);
  }

  @Test
  void lineStartsFromPlanTextStartNoBlock() {
    Plan plan = Plan.builder().from(SeedPlans.automotivePlan()).team("# Team\n> quote").build();
    String md = MonthlyUpdate.of(plan, YearMonth.of(2027, 3)).toMarkdown();
    assertTrue(md.contains("\n\\# Team \\> quote · as of 2027-03-31\n"), md);
    Map<String, String> starts =
        Map.of(
            "- item",
            "\\- item",
            "+ item",
            "\\+ item",
            "= underline",
            "\\= underline",
            "1. list",
            "1\\. list",
            "12) list",
            "12\\) list",
            "> quote",
            "\\> quote",
            "# head",
            "\\# head");
    for (Map.Entry<String, String> start : starts.entrySet()) {
      Plan p = Plan.builder().from(SeedPlans.automotivePlan()).team(start.getKey()).build();
      String line =
          MonthlyUpdate.of(p, YearMonth.of(2027, 3))
              .toMarkdown()
              .lines()
              .skip(2)
              .findFirst()
              .orElseThrow();
      assertEquals(start.getValue() + " · as of 2027-03-31", line);
    }
  }

  @Test
  void theHtmlPagesAndChartsShowPlanTextLiterally() {
    Plan plan = hostilePlan();
    MonthlyUpdate update = MonthlyUpdate.of(plan, YearMonth.of(2027, 3));
    QuarterlyReview review = QuarterlyReview.of(plan, Quarter.parse("2027-Q1"));
    for (String html : new String[] {update.toHtml(), review.toHtml()}) {
      assertNoControlCharacters(html);
      for (String attack : new String[] {"<script", "<img", "<http", "<b>", "<i>", "<a "}) {
        assertFalse(html.contains(attack), attack + " in\n" + html);
      }
      // a chart label cut with … opens a region it does not close: regions never hold another ⟦
      Matcher m = WHOLE_REGION.matcher(html);
      int regions = 0;
      while (m.find()) {
        regions++;
        assertTrue(
            m.group(1)
                .startsWith(
                    "[x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;"
                        + " &lt;script&gt;alert(1)&lt;/script&gt;"),
            m.group());
        assertTrue(m.group(1).contains("&amp;lt;b&amp;gt;"), m.group());
        assertTrue(m.group(1).contains("\\u202Eevil\\u2066 é 中 \uD83D\uDE80"), m.group());
      }
      assertTrue(regions >= 10, "only " + regions + " regions in\n" + html);
    }
    assertTrue(!update.charts().isEmpty() && !review.charts().isEmpty());
  }

  @Test
  void theMermaidGanttKeepsPlanTextFromItsSyntax() {
    String md = MonthlyUpdate.of(hostilePlan(), YearMonth.of(2027, 3)).toMarkdown();
    int start = md.indexOf("```mermaid\ngantt\n");
    assertTrue(start > 0, md);
    String gantt = md.substring(start, md.indexOf("```\n", start + 3) + 4);
    List<String> tasks = gantt.lines().filter(l -> l.startsWith("  ") && l.contains(" :")).toList();
    assertEquals(7, tasks.size(), gantt);
    for (String task : tasks) {
      String name = task.substring(2, task.lastIndexOf(" :"));
      assertTrue(name.matches("[^:;#%<>&`\"\\[\\]|*]+"), name);
      assertTrue(name.startsWith("x (javascript alert(1)) img src x onerror alert(1)"), name);
      String title = name.replaceAll(" \\((launched|missed|planned)\\)$", "");
      assertTrue(title.codePointCount(0, title.length()) <= 60, name);
    }
  }

  /** Every region of plan text sits on one line, and every active character in it is escaped. */
  private static void assertLiteral(String md, int atLeast) {
    Matcher m = REGION.matcher(md);
    int regions = 0;
    while (m.find()) {
      regions++;
      String region = m.group(1);
      assertFalse(region.contains("\n"), "plan text breaks the line: " + m.group());
      for (int i = 0; i < region.length(); i++) {
        if (ACTIVE.indexOf(region.charAt(i)) >= 0 && !escaped(region, i)) {
          fail("unescaped " + region.charAt(i) + " at " + i + " in " + region);
        }
      }
      assertTrue(region.contains("é 中 \uD83D\uDE80"), "printable text is kept: " + region);
    }
    assertTrue(regions >= atLeast, "only " + regions + " regions of plan text in\n" + md);
    assertNoControlCharacters(md);
    // the Mermaid block is checked on its own (theMermaidGanttKeepsPlanTextFromItsSyntax)
    String text = md.replaceAll("(?s)```mermaid\n.*?```\n", "");
    for (String attack : new String[] {"](", "![", "``"}) {
      assertFalse(text.contains(attack), attack + " in\n" + text);
    }
  }

  /** Whether the character at {@code i} follows an odd number of backslashes. */
  private static boolean escaped(String s, int i) {
    int n = 0;
    while (i - n - 1 >= 0 && s.charAt(i - n - 1) == '\\') {
      n++;
    }
    return n % 2 == 1 || (s.charAt(i) == '!' && i + 1 < s.length() && s.charAt(i + 1) == '\\');
  }

  private static void assertNoControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\n')
              || (c >= 0x7F && c <= 0x9F)
              || (c >= '\u202A' && c <= '\u202E')
              || (c >= '\u2066' && c <= '\u2069');
      assertFalse(control, "raw U+" + Integer.toHexString(c) + " at " + i);
    }
  }
}
