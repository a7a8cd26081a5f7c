package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Kpi;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.ReviewCadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The seed's automotive plan passes, and breaking it the ways the seeds warn about is caught. */
class SeedPlanCheckTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 4, 20);

  @Test
  void seedPlanHasNoErrors() {
    CheckReport report = PlanChecker.defaults().check(SeedPlan.automotive(), AS_OF);
    assertFalse(report.hasErrors(), report::render);
    assertTrue(report.failedRules().isEmpty());
    assertEquals(List.of(), report.skippedRules());
    assertTrue(
        PlanChecker.defaults()
            .check(SeedPlan.automotive())
            .skippedRules()
            .contains("review-overdue"));
  }

  @Test
  void seedPlanWarnsOnlyAboutTheMonthsStillToPlanAndTheWeeklyLog() {
    CheckReport report = PlanChecker.defaults().check(SeedPlan.automotive(), AS_OF);
    Set<String> rules = new TreeSet<>();
    report.findings().forEach(f -> rules.add(f.ruleId()));
    // May to December have no quick win yet; weekly checkpoints and OKR reviews were not logged;
    // April's paid-search quick win has not ended yet as of April 20
    assertEquals(Set.of("sprint-without-quick-win", "review-overdue"), rules, report::render);
    assertEquals(8, report.withRule("sprint-without-quick-win").size());
  }

  @Test
  void sixMonthWaitBeforeTheFirstQuickWin() {
    List<QuickWin> later = new ArrayList<>();
    for (QuickWin q : SeedPlan.quickWins()) {
      later.add(
          QuickWin.builder()
              .from(q)
              .plannedMonth(q.plannedMonth().plusMonths(6))
              .launchedOn(java.util.Optional.empty())
              .status(dev.mops.model.QuickWinStatus.PLANNED)
              .build());
    }
    Plan broken = SeedPlan.builder().quickWins(later).build();
    List<Finding> f = PlanChecker.defaults().check(broken).withRule("no-early-quick-win");
    assertEquals(1, f.size());
    assertEquals("objectives[automotive-sales]", f.get(0).path().toString());
    assertTrue(f.get(0).message().contains("month 7"), f.get(0).message());
    assertTrue(f.get(0).message().contains("Increase sales in the automotive sector by 5%"));
  }

  @Test
  void quickWinThatBuildsOnALaterOne() {
    List<QuickWin> wins = new ArrayList<>(SeedPlan.quickWins());
    wins.set(0, QuickWin.builder().from(wins.get(0)).buildsOn("qw-paid-search").build());
    CheckReport report = PlanChecker.defaults().check(SeedPlan.builder().quickWins(wins).build());
    List<Finding> f = report.withRule("quick-win-out-of-order");
    assertEquals(1, f.size(), report::render);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("quickWins[qw-email-template]", f.get(0).path().toString());
    assertTrue(report.hasErrors());
  }

  @Test
  void mopsOkrWithoutMarketingParent() {
    Plan broken =
        SeedPlan.builder()
            .okrs(
                List.of(
                    SeedPlan.automotive().okrs().get(0),
                    SeedPlan.mopsOkr().parentId(java.util.Optional.empty()).build()))
            .build();
    List<Finding> f = PlanChecker.defaults().check(broken).withRule("okr-without-parent");
    assertEquals(1, f.size());
    assertEquals("okrs[okr-mops-email]", f.get(0).path().toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void kpiOfEmailsSent() {
    Plan broken =
        SeedPlan.builder()
            .addKpi(
                Kpi.builder()
                    .id("kpi-emails-sent")
                    .name("Emails sent")
                    .definition("emails sent per month")
                    .unit("emails")
                    .targetValue(java.math.BigDecimal.TEN)
                    .addAgreement(dev.mops.model.SignOff.of("cmo", "Jordan Park", SeedPlan.SIGNED))
                    .build())
            .build();
    List<Finding> f = PlanChecker.defaults().check(broken).withRule("output-kpi");
    assertEquals(1, f.size());
    assertEquals("kpis[kpi-emails-sent]", f.get(0).path().toString());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).hint().orElseThrow().contains("movement to opportunity"));
  }

  @Test
  void internalGoalShownToStakeholders() {
    Plan seed = SeedPlan.automotive();
    List<ReviewCadence> cadences = new ArrayList<>();
    for (ReviewCadence c : seed.reviewCadences()) {
      cadences.add(
          c.id().equals("monthly-update")
              ? ReviewCadence.builder().from(c).addSubjectId("ig-strategic-partner").build()
              : c);
    }
    CheckReport report =
        PlanChecker.defaults().check(SeedPlan.builder().reviewCadences(cadences).build());
    List<Finding> f = report.withRule("internal-goal-exposed");
    assertEquals(1, f.size(), report::render);
    assertEquals("reviewCadences[monthly-update]", f.get(0).path().toString());
    assertTrue(
        f.get(0).message().contains("Marketing Operations is viewed as a strategic partner"));
    assertTrue(report.hasErrors());
  }
}
