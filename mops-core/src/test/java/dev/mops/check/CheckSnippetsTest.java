package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Kpi;
import dev.mops.model.Plan;
import dev.mops.testing.SeedPlans;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Runs the code of the README's sections on checking a plan; the README quotes the code between the
 * snippet markers below verbatim ({@code ReadmeSnippetsTest} in mops-examples keeps them equal).
 */
class CheckSnippetsTest {

  // snippet: check-custom-rule
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
          context.report(kpi, Wording.title(kpi) + " has no owner, so nobody answers for it.",
              "Set the team member who owns it.");
        }
      }
    }
  }
  // end snippet

  @Test
  void checkAPlan() {
    Plan plan = SeedPlans.automotivePlan();
    // snippet: check-plan
    CheckReport report = PlanChecker.defaults().check(plan, LocalDate.of(2027, 4, 20));
    if (report.hasErrors()) {
      System.out.println(report.render());
    }
    for (Finding f : report.withRule("sprint-without-quick-win")) {
      System.out.println(f.path() + ": " + f.message());   // sprints[sprint-2027-05]: Monthly sprint ...
    }
    // end snippet
    assertFalse(report.hasErrors());
    assertEquals(8, report.withRule("sprint-without-quick-win").size());
  }

  @Test
  void configureRules() {
    Plan plan = SeedPlans.automotivePlan();
    // snippet: check-configure
    RuleSet rules = RuleSet.builder()
        .parameter("no-early-quick-win", "months", 2)          // stakeholders may wait one month
        .parameter("vision-focus-below-target", "target", new BigDecimal("0.85"))
        .severity("output-kpi", Severity.WARNING)              // info by default
        .disable("sprint-without-quick-win")
        .build();
    CheckReport report = PlanChecker.of(rules).check(plan);
    System.out.println(rules.describe());                    // id, severity, description, parameters
    // end snippet
    assertTrue(report.withRule("sprint-without-quick-win").isEmpty());
    assertTrue(rules.describe().matches("(?s).*sprint-without-quick-win +off .*"));
  }

  @Test
  void addACustomRule() {
    Plan seed = SeedPlans.automotivePlan();
    Kpi first = seed.elements(Kpi.class).get(0);
    Plan plan = seed.replacing(Kpi.builder().from(first).owner(java.util.Optional.empty()).build());
    // snippet: check-add-rule
    RuleSet rules = RuleSet.builder().add(new KpiWithoutOwner()).build();
    CheckReport report = PlanChecker.of(rules).check(plan);
    report.withRule("acme.kpi-without-owner");   // one finding per KPI without an owner
    // end snippet
    assertEquals(1, report.withRule("acme.kpi-without-owner").size(), report::render);
    assertEquals(first.id(), report.withRule("acme.kpi-without-owner").get(0).path().ids().get(0));
    assertTrue(
        report
            .withRule("acme.kpi-without-owner")
            .get(0)
            .message()
            .matches("KPI \"[^\"]+\" has no owner, so nobody answers for it\\."),
        report.render());
  }
}
