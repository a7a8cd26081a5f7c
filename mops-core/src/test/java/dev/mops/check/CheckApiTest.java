package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.Kpi;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.testing.SeedPlans;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration, extension and report API of the checker. */
class CheckApiTest {

  static final class KpiWithoutOwner implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of("acme.kpi-without-owner", Severity.WARNING, "a KPI has no owner");
    }

    @Override
    public void check(CheckContext context) {
      for (Kpi kpi : context.elements(Kpi.class)) {
        if (kpi.owner().isEmpty()) {
          context.report(kpi, "KPI \"" + kpi.name() + "\" has no owner.", "Set an owner.");
        }
      }
    }
  }

  static Rule named(String id) {
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.of(id, Severity.ERROR, "test rule");
      }

      @Override
      public void check(CheckContext context) {
        throw new IllegalStateException("boom");
      }
    };
  }

  static Plan plan() {
    return RuleCatalogTest.base()
        .addKpi(RuleCatalogTest.kpi("k", "Emails sent").build())
        .addObjective(RuleCatalogTest.objective("o").build())
        .build();
  }

  @Test
  void severityOverrideAndOffSwitch() {
    RuleSet rules =
        RuleSet.builder()
            .severity("output-kpi", Severity.ERROR)
            .disable("kpi-without-target")
            .build();
    CheckReport report = PlanChecker.of(rules).check(plan());
    assertEquals(Severity.ERROR, report.withRule("output-kpi").get(0).severity());
    assertEquals(List.of(), report.withRule("kpi-without-target"));
    assertTrue(rules.describe().contains("output-kpi"));
    assertTrue(rules.describe().contains("error*"));
    assertFalse(rules.isEnabled("kpi-without-target"));
    assertEquals(rules, rules);
    RuleSet back = rules.toBuilder().enable("kpi-without-target").build();
    assertEquals(1, PlanChecker.of(back).check(plan()).withRule("kpi-without-target").size());
    assertEquals(Severity.ERROR, back.severityOf("output-kpi"));
  }

  @Test
  void configurationMistakesFailFast() {
    RuleSet.Builder b = RuleSet.builder();
    assertThrows(IllegalArgumentException.class, () -> b.disable("no-such-rule"));
    assertThrows(RuleParameterException.class, () -> b.parameter("no-early-quick-win", "weeks", 2));
    RuleParameterException e =
        assertThrows(
            RuleParameterException.class,
            () -> b.parameter("no-early-quick-win", "months", "soon"));
    assertEquals(
        "parameter no-early-quick-win.months must be an integer in 1..24, got \"soon\"",
        e.getMessage());
    assertThrows(
        RuleParameterException.class,
        () -> b.parameter("review-too-rare", "warning-above", "monthly"));
    b.parameter("review-too-rare", "warning-above", "P2M");
    assertEquals("P2M", b.build().parametersOf("review-too-rare").get("warning-above"));
    assertThrows(NullPointerException.class, () -> b.severity("output-kpi", null));
  }

  @Test
  void vendorRulesRunAndAreListed() {
    RuleSet rules = RuleSet.builder().add(new KpiWithoutOwner()).build();
    int builtIns = RuleSet.builtInDescriptors().size();
    assertEquals(builtIns + 1, rules.descriptors().size());
    assertEquals("acme.kpi-without-owner", rules.descriptors().get(builtIns).id());
    assertTrue(rules.toString().endsWith(" 1 vendor}"), rules::toString);
    List<Finding> f = PlanChecker.of(rules).check(plan()).withRule("acme.kpi-without-owner");
    assertEquals(1, f.size());
    assertEquals("kpis[k]", f.get(0).path().toString());
  }

  @Test
  void vendorIdsMustNotCollide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RuleSet.builder().add(named("duplicate-id")));
    assertTrue(e.getMessage().contains("collides with the built-in rule"), e.getMessage());
    RuleSet.Builder b = RuleSet.builder().add(named("acme.x"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> b.add(named("acme.x")))
            .getMessage()
            .contains("collides with the rule of that id"));
    assertThrows(
        IllegalArgumentException.class, () -> RuleDescriptor.of("Bad Id", Severity.INFO, "x"));
  }

  @Test
  void discoveryWithoutProvidersAddsNothing() {
    assertEquals(RuleSet.defaults().ids(), RuleSet.builder().addDiscovered().build().ids());
  }

  @Test
  void aFailingRuleBecomesAnErrorFindingAndTheOthersStillRun() {
    CheckReport report =
        PlanChecker.of(RuleSet.builder().add(named("acme.broken")).build()).check(plan());
    assertEquals(List.of("acme.broken"), report.failedRules());
    Finding f = report.withRule("acme.broken").get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("IllegalStateException"));
    assertFalse(report.withRule("output-kpi").isEmpty());
  }

  @Test
  void reportOrdersCountsFiltersAndRenders() {
    Plan plan =
        RuleCatalogTest.base()
            .addObjective(Objective.builder().id("o").title("Orphan").build())
            .addQuickWin(
                QuickWin.builder()
                    .id("qw")
                    .title("Template")
                    .plannedMonth(RuleCatalogTest.Y.atMonth(1))
                    .addObjectiveId("o")
                    .build())
            .build();
    CheckReport report = PlanChecker.defaults().check(plan);
    List<Finding> all = report.findings();
    assertEquals(Severity.ERROR, all.get(0).severity());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).compareTo(all.get(i)) <= 0);
    }
    Map<Severity, Integer> counts = report.counts();
    assertEquals(all.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(report.hasErrors());
    assertEquals(report.count(Severity.ERROR), report.withSeverity(Severity.ERROR).size());
    assertTrue(
        report.about("qw").stream().anyMatch(f -> f.ruleId().equals("quick-win-misaligned")));
    assertTrue(report.about("qw").stream().allMatch(f -> f.path().contains("qw")));
    String text = report.render();
    assertTrue(text.startsWith("error    "), text);
    assertTrue(text.contains("objectives[o].quickWins[qw]"));
    assertTrue(text.contains("  Hint: "));
    assertTrue(text.contains(report.summary()));
    assertTrue(report.summary().startsWith("Plan p: " + report.count(Severity.ERROR) + " error"));
    assertTrue(report.ruleEvaluations() > 0);
  }

  @Test
  void elementPaths() {
    ElementPath p = ElementPath.of("objectives", "automotive-sales").child("quickWins", "qw-2");
    assertEquals("objectives[automotive-sales].quickWins[qw-2]", p.toString());
    assertEquals(List.of("automotive-sales", "qw-2"), p.ids());
    assertEquals("qw-2", p.elementId());
    assertEquals("plan", ElementPath.root("mops-2027").toString());
    assertEquals("mops-2027", ElementPath.root("mops-2027").elementId());
    assertTrue(ElementPath.root("a").compareTo(ElementPath.of("capabilities", "c")) < 0);
    assertThrows(IllegalArgumentException.class, () -> ElementPath.of("objectives", "bad id"));
    assertThrows(NullPointerException.class, () -> ElementPath.of("objectives", null));
  }

  @Test
  void planNavigationWalksTheSeedPlan() {
    Plan seed = SeedPlans.automotivePlan();
    Objective automotive = seed.objectives().get(0);
    assertEquals(3, seed.capabilitiesOf(automotive).size());
    assertEquals(
        List.of("qw-email-template", "qw-nurture-sequence", "qw-webinar", "qw-paid-search"),
        seed.quickWinsOf(automotive).stream().map(QuickWin::id).toList());
    QuickWin nurture = seed.quickWins().get(1);
    assertEquals("qw-email-template", seed.buildsOn(nurture).orElseThrow().id());
    assertEquals(
        List.of("qw-email-template"),
        seed.buildsOnChain(nurture).stream().map(QuickWin::id).toList());
    assertEquals(
        List.of("sprint-2027-02"), seed.sprintsOf(nurture).stream().map(s -> s.id()).toList());
    assertEquals(
        List.of(nurture),
        seed.quickWinsOf(
            seed.sprints().stream()
                .filter(s -> s.id().equals("sprint-2027-02"))
                .findFirst()
                .orElseThrow()));
    Okr mops = seed.find("okr-mops-email", Okr.class).orElseThrow();
    // marketing's OKR lives in marketing's own tool: an external parent, no ancestor in this plan
    assertEquals("MKT-2027-1", mops.externalParent().orElseThrow().id());
    assertEquals(List.of(), seed.ancestorsOf(mops));
    assertEquals(List.of(), seed.okrCycles());
    assertEquals(List.of(), seed.buildsOnCycles());
  }

  @Test
  void planNavigationReportsEachCycleOnce() {
    Plan plan =
        RuleCatalogTest.base()
            .addOkr(RuleCatalogTest.okr("x", OkrLevel.MOPS).parentId("b").build())
            .addOkr(RuleCatalogTest.okr("a", OkrLevel.MOPS).parentId("b").build())
            .addOkr(RuleCatalogTest.okr("b", OkrLevel.MOPS).parentId("c").build())
            .addOkr(RuleCatalogTest.okr("c", OkrLevel.MOPS).parentId("b").build())
            .build();
    assertEquals(
        List.of(List.of("b", "c")),
        plan.okrCycles().stream().map(c -> c.stream().map(Okr::id).toList()).toList());
    assertEquals(
        List.of("b", "c"), plan.ancestorsOf(plan.okrs().get(1)).stream().map(Okr::id).toList());
    assertEquals(2, plan.ancestorsOf(plan.okrs().get(0)).size());
    assertEquals(1, plan.ancestorsOf(plan.okrs().get(2)).size());
  }

  @Test
  void extraReviewsAndWorkItemsAreChecked() {
    Plan plan = RuleCatalogTest.base().period(DateRange.parse("2027-01-01/2027-12-31")).build();
    CheckInput input =
        CheckInput.of(plan)
            .withReviews(
                List.of(
                    dev.mops.model.Review.builder()
                        .id("r")
                        .cadenceId("nope")
                        .heldOn(java.time.LocalDate.of(2027, 2, 1))
                        .covers(DateRange.ofMonth(RuleCatalogTest.Y.atMonth(1)))
                        .build()));
    List<Finding> f = PlanChecker.defaults().check(input).withRule("dangling-reference");
    assertEquals("reviews[r]", f.get(0).path().toString());
    assertEquals(
        new BigDecimal("0.90"),
        new BigDecimal(RuleSet.defaults().parametersOf("vision-focus-below-target").get("target")));
  }
}
