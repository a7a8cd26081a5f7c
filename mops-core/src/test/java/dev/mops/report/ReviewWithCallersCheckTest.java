package dev.mops.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.CheckReport;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.check.RuleSet;
import dev.mops.check.Severity;
import dev.mops.metrics.Figures;
import dev.mops.metrics.Ratio;
import dev.mops.model.DateRange;
import dev.mops.model.InternalGoal;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuarterlyReview} shows the caller's findings (a {@link CheckReport} or the findings of a
 * {@link RuleSet}), and a share reads the same in a rule's message and in the review.
 */
class ReviewWithCallersCheckTest {
  private static final Quarter Q1 = Quarter.parse("2027-Q1");

  /** March 2027: 27 of 32 hours urgent, the same 27 of 32 hours serve the vision (below 90%). */
  static Plan plan() {
    return Plan.builder()
        .id("p")
        .name("Plan 2027")
        .period(DateRange.ofYear(Year.of(2027)))
        .addInternalGoal(InternalGoal.builder().id("ig-empty").title("Strategic partner").build())
        .addWorkItem(work("w1", true, true, "27"))
        .addWorkItem(work("w2", false, false, "5"))
        .build();
  }

  private static WorkItem work(String id, boolean urgent, boolean aligned, String hours) {
    return WorkItem.builder()
        .id(id)
        .createdOn(LocalDate.of(2027, 3, 10))
        .kind(WorkKind.AD_HOC)
        .urgent(urgent)
        .visionAligned(aligned)
        .hours(new BigDecimal(hours))
        .build();
  }

  @Test
  void aShareReadsTheSameInARuleMessageAndInTheReview() {
    String share = Figures.percent(Ratio.of(27, 32));
    assertEquals("84.38%", share);
    CheckReport report = PlanChecker.defaults().check(plan(), QuarterlyReview.asOf(plan(), Q1));
    List<Finding> focus = report.withRule("vision-focus-below-target");
    assertEquals(1, focus.size(), report.render());
    assertTrue(
        focus.get(0).message().startsWith("In 2027-03, " + share + " of tracked hours (27 of 32)"),
        focus.get(0).message());
    String md = QuarterlyReview.of(plan(), Q1, report).toMarkdown();
    assertTrue(md.contains("- Urgent work: " + share + " by hours (27 of 32 hours)"), md);
  }

  @Test
  void theFindingsAreTheCallersReport() {
    Plan plan = plan();
    RuleSet quiet = RuleSet.builder().disable("internal-goal-without-indicator").build();
    CheckReport report = PlanChecker.of(quiet).check(plan, QuarterlyReview.asOf(plan, Q1));
    String md = QuarterlyReview.of(plan, Q1, report).toMarkdown();
    assertFalse(md.contains("internal-goal-without-indicator"), md);
    assertTrue(md.contains("**Findings**\n\n- None.\n"), md);
    // the defaults find the goal without indicators
    String defaults = QuarterlyReview.of(plan, Q1).toMarkdown();
    assertTrue(
        defaults.contains("**Findings**\n\n- error internal-goal-without-indicator: "), defaults);
  }

  @Test
  void aRuleSetIsCheckedAsOfTheQuarterEnd() {
    Plan plan = plan();
    RuleSet lenient =
        RuleSet.builder().severity("internal-goal-without-indicator", Severity.INFO).build();
    QuarterlyReview review = QuarterlyReview.of(plan, Q1, lenient);
    assertEquals(
        QuarterlyReview.of(plan, Q1, PlanChecker.of(lenient).check(plan, LocalDate.of(2027, 3, 31)))
            .toMarkdown(),
        review.toMarkdown());
    assertTrue(review.toMarkdown().contains("- info internal-goal-without-indicator: "));
    assertEquals(
        QuarterlyReview.of(plan, Q1, RuleSet.defaults()).toMarkdown(),
        QuarterlyReview.of(plan, Q1).toMarkdown());
  }

  @Test
  void asOfIsTheLastDayOfTheFiscalQuarter() {
    assertEquals(LocalDate.of(2027, 3, 31), QuarterlyReview.asOf(plan(), Q1));
    Plan april = Plan.builder().from(plan()).fiscalYearStart(java.time.Month.APRIL).build();
    assertEquals(LocalDate.of(2027, 6, 30), QuarterlyReview.asOf(april, Q1));
    assertEquals(
        QuarterlyReview.asOf(april, Q1), QuarterlyReview.of(april, Q1).asOf(), "one definition");
  }

  @Test
  void aReportOfAnotherPlanIsRefused() {
    Plan other = Plan.builder().from(plan()).id("other").build();
    CheckReport report = PlanChecker.defaults().check(other);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QuarterlyReview.of(plan(), Q1, report));
    assertEquals("report is the check of plan \"other\", not of \"p\"", e.getMessage());
    assertEquals(
        "report",
        assertThrows(
                NullPointerException.class,
                () -> QuarterlyReview.of(plan(), Q1, (CheckReport) null))
            .getMessage());
    assertEquals(
        "rules",
        assertThrows(
                NullPointerException.class, () -> QuarterlyReview.of(plan(), Q1, (RuleSet) null))
            .getMessage());
    assertEquals(
        "quarter",
        assertThrows(NullPointerException.class, () -> QuarterlyReview.asOf(plan(), null))
            .getMessage());
  }
}
