package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Kpi;
import dev.mops.model.Plan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the code of {@code docs/checks.md}; each snippet there is copied verbatim from a
 * {@code tag::name[]} region below, and {@link #docsQuoteTheseSnippetsVerbatim()} keeps them equal.
 */
class ReadmeSnippetsTest {

  // tag::custom-rule[]
  /** A vendor rule: every KPI needs an owner. */
  public static final class KpiWithoutOwner implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of("acme.kpi-without-owner", Severity.WARNING, "a KPI has no owner");
    }

    @Override
    public void check(CheckContext context) {
      for (Kpi kpi : context.elements(Kpi.class)) {
        if (kpi.owner().isEmpty()) {
          context.report(kpi, "KPI \"" + kpi.name() + "\" has no owner, so nobody answers for it.",
              "Set the team member who owns it.");
        }
      }
    }
  }
  // end::custom-rule[]

  @Test
  void checkAPlan() {
    Plan plan = SeedPlan.automotive();
    // tag::check[]
    CheckReport report = PlanChecker.defaults().check(plan, LocalDate.of(2027, 4, 20));
    if (report.hasErrors()) {
      System.out.println(report.render());
    }
    for (Finding f : report.withRule("sprint-without-quick-win")) {
      System.out.println(f.path() + ": " + f.message());   // sprints[sprint-2027-05]: Monthly sprint ...
    }
    // end::check[]
    assertFalse(report.hasErrors());
    assertEquals(8, report.withRule("sprint-without-quick-win").size());
  }

  @Test
  void configureRules() {
    Plan plan = SeedPlan.automotive();
    // tag::configure[]
    RuleSet rules = RuleSet.builder()
        .parameter("no-early-quick-win", "months", 2)          // stakeholders may wait one month
        .parameter("vision-focus-below-target", "target", new BigDecimal("0.85"))
        .severity("output-kpi", Severity.WARNING)              // info by default
        .disable("sprint-without-quick-win")
        .build();
    CheckReport report = PlanChecker.of(rules).check(plan);
    System.out.println(rules.describe());                    // id, severity, description, parameters
    // end::configure[]
    assertTrue(report.withRule("sprint-without-quick-win").isEmpty());
    assertTrue(rules.describe().matches("(?s).*sprint-without-quick-win +off .*"));
  }

  @Test
  void addACustomRule() {
    Plan plan = SeedPlan.automotive();
    // tag::add-rule[]
    RuleSet rules = RuleSet.builder().add(new KpiWithoutOwner()).build();
    CheckReport report = PlanChecker.of(rules).check(plan);
    report.withRule("acme.kpi-without-owner");   // one finding per KPI without an owner
    // end::add-rule[]
    assertEquals(2, report.withRule("acme.kpi-without-owner").size());
  }

  @Test
  void docsQuoteTheseSnippetsVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/dev/mops/check/ReadmeSnippetsTest.java"),
        StandardCharsets.UTF_8);
    String docs = Files.readString(Path.of("../docs/checks.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL).matcher(source);
    List<String> tags = new ArrayList<>();
    while (m.find()) {
      tags.add(m.group(1));
      String snippet = dedent(m.group(2));
      assertTrue(docs.contains("```java\n" + snippet + "\n```"), () -> "docs/checks.md lacks snippet " + m.group(1)
          + ":\n" + snippet);
    }
    assertEquals(List.of("custom-rule", "check", "configure", "add-rule"), tags);
  }

  private static String dedent(String block) {
    String[] lines = block.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      b.append(lines[i].isBlank() ? "" : lines[i].substring(indent));
      if (i < lines.length - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }
}
