package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Kpi;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.ReviewCadence;
import dev.mops.testing.SeedPlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The seed's automotive plan passes, and breaking it the ways the seeds warn about is caught. */
class SeedPlanCheckTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 4, 20);

  @Test
  void seedPlanHasNoErrors() {
    CheckReport report = PlanChecker.defaults().check(SeedPlans.automotivePlan(), AS_OF);
    assertFalse(report.hasErrors(), report::render);
    assertTrue(report.failedRules().isEmpty());
    assertEquals(List.of(), report.skippedRules());
    assertTrue(
        PlanChecker.defaults()
            .check(SeedPlans.automotivePlan())
            .skippedRules()
            .contains("review-overdue"));
  }

  @Test
  void seedPlanWarnsAboutWhatTheSeedArticlesLeaveOpen() {
    CheckReport report = PlanChecker.defaults().check(SeedPlans.automotivePlan(), AS_OF);
    Map<String, Long> rules = new TreeMap<>();
    report.findings().forEach(f -> rules.merge(f.ruleId(), 1L, Long::sum));
    // As of 2027-04-20: May to December have no quick win yet; the monthly one-pager, the OKR
    // review and the weekly checkpoint were not logged; the work items of January and February
    // went 82 % and 44 % to the vision (target 90 %); the naming-conventions document is still to
    // be written; nobody has learnt AI-assisted personalization yet; the three urgent ad-hoc
    // requests (form fix, trade-show email, CMO dashboard) were taken on without a triage record.
    // Nothing is an error.
    assertEquals(
        Map.of(
            "documentation-stale", 1L,
            "review-overdue", 3L,
            "skill-without-activity", 1L,
            "sprint-without-quick-win", 8L,
            "urgent-request-untriaged", 3L,
            "vision-focus-below-target", 2L),
        rules,
        report::render);
    assertFalse(report.hasErrors(), report::render);
  }

  @Test
  void sixMonthWaitBeforeTheFirstQuickWin() {
    List<QuickWin> later = new ArrayList<>();
    for (QuickWin q : SeedPlans.automotivePlan().quickWins()) {
      later.add(
          QuickWin.builder()
              .from(q)
              .plannedMonth(q.plannedMonth().plusMonths(6))
              .launchedOn(java.util.Optional.empty())
              .status(dev.mops.model.QuickWinStatus.PLANNED)
              .build());
    }
    Plan broken = SeedPlans.automotiveBuilder().quickWins(later).build();
    List<Finding> f = PlanChecker.defaults().check(broken).withRule("no-early-quick-win");
    assertEquals(1, f.size());
    assertEquals("objectives[automotive-sales]", f.get(0).path().toString());
    assertTrue(f.get(0).message().contains("month 7"), f.get(0).message());
    assertTrue(f.get(0).message().contains("Increase sales in the automotive sector by 5%"));
  }

  @Test
  void quickWinThatBuildsOnALaterOne() {
    List<QuickWin> wins = new ArrayList<>(SeedPlans.automotivePlan().quickWins());
    wins.set(0, QuickWin.builder().from(wins.get(0)).buildsOn("qw-paid-search").build());
    CheckReport report =
        PlanChecker.defaults().check(SeedPlans.automotiveBuilder().quickWins(wins).build());
    List<Finding> f = report.withRule("quick-win-out-of-order");
    assertEquals(1, f.size(), report::render);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("quickWins[qw-email-template]", f.get(0).path().toString());
    assertTrue(report.hasErrors());
  }

  @Test
  void mopsOkrWithoutMarketingParent() {
    Plan broken =
        SeedPlans.automotiveBuilder()
            .okrs(
                List.of(
                    Okr.builder()
                        .from(
                            SeedPlans.automotivePlan()
                                .find("okr-mops-email", Okr.class)
                                .orElseThrow())
                        .externalParent(java.util.Optional.empty())
                        .build()))
            .build();
    List<Finding> f = PlanChecker.defaults().check(broken).withRule("okr-without-parent");
    assertEquals(1, f.size());
    assertEquals("okrs[okr-mops-email]", f.get(0).path().toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void kpiOfEmailsSent() {
    Plan broken =
        SeedPlans.automotiveBuilder()
            .addKpi(
                Kpi.builder()
                    .id("kpi-emails-sent")
                    .name("Emails sent")
                    .definition("emails sent per month")
                    .unit("emails")
                    .targetValue(java.math.BigDecimal.TEN)
                    .addAgreement(
                        dev.mops.model.SignOff.of(
                            "cmo", "Jordan Park", java.time.LocalDate.of(2027, 1, 8)))
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
    Plan seed = SeedPlans.automotivePlan();
    List<ReviewCadence> cadences = new ArrayList<>();
    for (ReviewCadence c : seed.reviewCadences()) {
      cadences.add(
          c.id().equals("monthly-update")
              ? ReviewCadence.builder().from(c).addSubjectId("ig-strategic-partner").build()
              : c);
    }
    CheckReport report =
        PlanChecker.defaults()
            .check(SeedPlans.automotiveBuilder().reviewCadences(cadences).build());
    List<Finding> f = report.withRule("internal-goal-exposed");
    assertEquals(1, f.size(), report::render);
    assertEquals("reviewCadences[monthly-update]", f.get(0).path().toString());
    assertTrue(
        f.get(0).message().contains("Marketing Operations is viewed as a strategic partner"));
    assertTrue(report.hasErrors());
  }
}
