package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a {@link CheckReport} says about a check as a whole: the plan it is about, whether it is
 * empty, its counts in the summary line (singular for exactly one, plural otherwise) and which
 * rules failed, including a rule that reports a finding under another rule's id.
 */
class CheckReportCountsTest {

  /** A vendor rule that reports a fixed number of findings of each severity at the plan. */
  static final class Reports implements Rule {
    private final String id;
    private final int errors;
    private final int warnings;
    private final int infos;

    Reports(String id, int errors, int warnings, int infos) {
      this.id = id;
      this.errors = errors;
      this.warnings = warnings;
      this.infos = infos;
    }

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(id, Severity.WARNING, "reports a fixed number of findings");
    }

    @Override
    public void check(CheckContext context) {
      report(context, Severity.ERROR, errors);
      report(context, Severity.WARNING, warnings);
      report(context, Severity.INFO, infos);
    }

    private void report(CheckContext context, Severity severity, int n) {
      for (int i = 0; i < n; i++) {
        context.report(
            Finding.of(id, severity, context.planPath(), severity.label() + " number " + i + "."));
      }
    }
  }

  /** A vendor rule that reports a finding in another rule's name: a bug in the rule. */
  static final class Impersonates implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of("acme.impersonates", Severity.INFO, "reports as another rule");
    }

    @Override
    public void check(CheckContext context) {
      context.report(
          Finding.of("duplicate-id", Severity.INFO, context.planPath(), "Not my finding."));
    }
  }

  static Plan plan() {
    return RuleCatalogTest.base().build();
  }

  static CheckReport checkWith(Rule... rules) {
    RuleSet.Builder b = RuleSet.builder().disableAll();
    for (Rule r : rules) {
      b.add(r);
    }
    return PlanChecker.of(b.build()).check(plan());
  }

  @Test
  void aReportWithoutFindingsIsEmptyAndSaysZeroOfEachInThePlural() {
    CheckReport report = checkWith(new Reports("acme.silent", 0, 0, 0));
    assertTrue(report.isEmpty());
    assertFalse(report.hasErrors());
    assertEquals(plan().id(), report.planId());
    assertEquals("Plan " + plan().id() + ": 0 errors, 0 warnings, 0 infos.", report.summary());
    assertEquals(report.summary(), report.toString());
    assertEquals(1, report.ruleEvaluations());
  }

  @Test
  void exactlyOneOfASeverityIsSingular() {
    CheckReport report = checkWith(new Reports("acme.one-each", 1, 1, 1));
    assertFalse(report.isEmpty());
    assertEquals("Plan " + plan().id() + ": 1 error, 1 warning, 1 info.", report.summary());
    assertEquals(report.summary(), report.toString());
    assertTrue(report.render().endsWith(report.summary() + "\n"), report.render());
  }

  @Test
  void twoOfASeverityArePlural() {
    CheckReport report = checkWith(new Reports("acme.two-each", 2, 2, 2));
    assertEquals("Plan " + plan().id() + ": 2 errors, 2 warnings, 2 infos.", report.summary());
    List<Severity> order = new ArrayList<>();
    report.findings().forEach(f -> order.add(f.severity()));
    assertEquals(
        List.of(
            Severity.ERROR,
            Severity.ERROR,
            Severity.WARNING,
            Severity.WARNING,
            Severity.INFO,
            Severity.INFO),
        order);
  }

  @Test
  void aFindingInAnotherRulesNameFailsTheRuleThatReportedIt() {
    CheckReport report = checkWith(new Impersonates(), new Reports("acme.one", 0, 1, 0));
    assertEquals(List.of("acme.impersonates"), report.failedRules());
    assertEquals(List.of(), report.withRule("duplicate-id"));
    Finding failure = report.withRule("acme.impersonates").get(0);
    assertEquals(Severity.ERROR, failure.severity());
    assertTrue(
        failure
            .message()
            .contains("finding of rule duplicate-id reported by rule acme.impersonates"),
        failure.message());
    assertEquals(1, report.withRule("acme.one").size());
  }

  @Test
  void aRuleReportingInItsOwnNameIsAccepted() {
    Plan plan = plan();
    CheckRun run = new CheckRun(CheckInput.of(plan));
    RuleDescriptor d = RuleDescriptor.of("acme.own", Severity.INFO, "reports in its own name");
    CheckContext context = new CheckContext(run, d, Severity.INFO, java.util.Map.of());
    Finding own = Finding.of("acme.own", Severity.INFO, context.planPath(), "Mine.");
    context.report(own);
    assertEquals(List.of(own), context.findings());
    assertThrows(
        IllegalArgumentException.class,
        () -> context.report(Finding.of("acme.other", Severity.INFO, context.planPath(), "No.")));
    assertEquals(List.of(own), context.findings());
  }

  @Test
  void theRuleSetListsItsRulesInDescriptorOrder() {
    Rule first = new Reports("acme.first", 0, 0, 0);
    Rule second = new Reports("acme.second", 0, 0, 0);
    RuleSet rules = RuleSet.builder().add(first).add(second).build();
    List<Rule> listed = rules.rules();
    assertEquals(rules.ids().size(), listed.size());
    assertEquals(rules.ids(), listed.stream().map(r -> r.descriptor().id()).toList());
    assertEquals(List.of(first, second), listed.subList(listed.size() - 2, listed.size()));
  }

  @Test
  void inputAndCheckerReadAsTheirParts() {
    Plan plan = plan();
    assertEquals(
        "CheckInput{plan=" + plan.id() + ", asOf=none, workItems=0, reviews=0}",
        CheckInput.of(plan).toString());
    assertEquals(
        "CheckInput{plan=" + plan.id() + ", asOf=2027-03-31, workItems=0, reviews=0}",
        CheckInput.of(plan).asOf(java.time.LocalDate.of(2027, 3, 31)).toString());
    RuleSet rules = RuleSet.builder().disable("duplicate-id").build();
    assertEquals("PlanChecker{" + rules + "}", PlanChecker.of(rules).toString());
  }
}
