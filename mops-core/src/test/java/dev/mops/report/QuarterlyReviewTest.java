package dev.mops.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mops.check.ElementPath;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.Observation;
import dev.mops.model.Plan;
import dev.mops.model.PlanGens;
import dev.mops.model.Quarter;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.junit.jupiter.api.Test;

class QuarterlyReviewTest {
  private static SuccessIndicator urgentShare() {
    return SuccessIndicator.builder()
        .id("ind-urgent")
        .description("Share of urgent work, by hours")
        .kind(IndicatorKind.MEASURED)
        .target(
            Target.builder()
                .metric("urgent work share")
                .unit("% of hours")
                .baseline(new BigDecimal("35"))
                .value(new BigDecimal("15"))
                .direction(Direction.DECREASE)
                .addObservation(Observation.of(LocalDate.of(2026, 12, 31), "40")) // before Q1
                .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "20"))
                .addObservation(
                    Observation.of(LocalDate.of(2027, 1, 31), "30")) // listed out of order
                .addObservation(Observation.of(LocalDate.of(2027, 4, 30), "10")) // after Q1
                .build())
        .build();
  }

  private static Plan plan() {
    return Plan.builder()
        .id("p")
        .name("Plan 2027")
        .team("MOps")
        .period(DateRange.ofYear(Year.of(2027)))
        .addTeamMember(TeamMember.builder().id("megan").name("Megan").build())
        .addInternalGoal(
            InternalGoal.builder()
                .id("ig-urgent")
                .title("Fewer urgent requests")
                .owner("megan")
                .addIndicator(urgentShare())
                .addIndicator(
                    SuccessIndicator.builder()
                        .id("ind-docs")
                        .description("Documentation list")
                        .kind(IndicatorKind.CHECKLIST)
                        .addItem(
                            ChecklistItem.builder()
                                .id("it-routing")
                                .title("Lead routing rules")
                                .doneOn(LocalDate.of(2027, 2, 12))
                                .build())
                        .addItem(
                            ChecklistItem.builder()
                                .id("it-naming")
                                .title("MAP naming")
                                .doneOn(LocalDate.of(2027, 4, 2))
                                .build())
                        .addItem(ChecklistItem.of("it-scoring", "Lead scoring"))
                        .build())
                .addIndicator(
                    SuccessIndicator.builder()
                        .id("ind-planning")
                        .description("Invited to planning meetings")
                        .kind(IndicatorKind.OBSERVED)
                        .build())
                .build())
        .addInternalGoal(InternalGoal.builder().id("ig-empty").title("Strategic partner").build())
        .addDocument(
            Document.builder()
                .id("doc-routing")
                .title("Lead routing rules")
                .writtenOn(LocalDate.of(2027, 2, 12))
                .build())
        .addWorkItem(work("w1", LocalDate.of(2027, 1, 5), WorkKind.AD_HOC, true, "10"))
        .addWorkItem(work("w2", LocalDate.of(2027, 2, 5), WorkKind.PLANNED, false, "30"))
        .addWorkItem(work("w3", LocalDate.of(2027, 4, 5), WorkKind.AD_HOC, true, "100"))
        .build();
  }

  private static WorkItem work(
      String id, LocalDate on, WorkKind kind, boolean urgent, String hours) {
    return WorkItem.builder()
        .id(id)
        .createdOn(on)
        .kind(kind)
        .urgent(urgent)
        .hours(new BigDecimal(hours))
        .visionAligned(!urgent)
        .build();
  }

  @Test
  void measuredIndicatorIsJudgedAtQuarterEndWithItsTrendWithinTheQuarter() {
    String md = QuarterlyReview.of(plan(), Quarter.parse("2027-Q1")).toMarkdown();
    assertTrue(
        md.contains(
            "- Share of urgent work, by hours: 20% of hours on 2027-03-31, target down to 15% of hours"
                + " from 35% of hours: not met.\n"
                + "  - This quarter: 30% of hours on 2027-01-31 → 20% of hours on 2027-03-31, down.\n"),
        md);
    String q2 = QuarterlyReview.of(plan(), Quarter.parse("2027-Q2")).toMarkdown();
    assertTrue(
        q2.contains(
            "- Share of urgent work, by hours: 10% of hours on 2027-04-30, target down to 15% of hours"
                + " from 35% of hours: met.\n  - This quarter: one observation, 10% of hours on 2027-04-30.\n"),
        q2);
    String q3 = QuarterlyReview.of(plan(), Quarter.parse("2027-Q3")).toMarkdown();
    assertTrue(q3.contains(": met.\n  - This quarter: no observations this quarter.\n"), q3);
  }

  @Test
  void checklistCountsItemsDoneByTheQuarterEndAndListsTheOpenOnes() {
    String md = QuarterlyReview.of(plan(), Quarter.parse("2027-Q1")).toMarkdown();
    assertTrue(
        md.contains("- Documentation list: 1 of 3 done; open: MAP naming, Lead scoring.\n"), md);
    assertTrue(md.contains("- Invited to planning meetings: observed by the team.\n"), md);
    String q2 = QuarterlyReview.of(plan(), Quarter.parse("2027-Q2")).toMarkdown();
    assertTrue(q2.contains("- Documentation list: 2 of 3 done; open: Lead scoring.\n"), q2);
  }

  @Test
  void headerOwnerAndFindingsOfTheGoal() {
    String md = QuarterlyReview.of(plan(), Quarter.parse("2027-Q1")).toMarkdown();
    assertTrue(
        md.startsWith(
            "# Plan 2027: internal goals review, 2027-Q1\n\n"
                + "MOps · January 2027 to March 2027 · as of 2027-03-31 · internal, not for stakeholders\n\n"
                + "## Fewer urgent requests\n\nOwner: Megan\n\n**How do we know**\n\n"),
        md);
    // the goal without indicators has its finding, the other goal none
    assertTrue(
        md.contains(
            "## Strategic partner\n\nOwner: nobody\n\n**How do we know**\n\n- No indicator yet.\n\n"
                + "**Findings**\n\n- error internal-goal-without-indicator: Internal goal"),
        md);
    int second = md.indexOf("## Strategic partner");
    assertFalse(md.substring(0, second).contains("internal-goal-without-indicator"), md);
    assertTrue(md.substring(0, second).contains("**Findings**\n\n- None.\n"), md);
  }

  @Test
  void teamNumbersCountWorkCreatedInTheQuarter() {
    String md = QuarterlyReview.of(plan(), Quarter.parse("2027-Q1")).toMarkdown();
    assertTrue(
        md.endsWith(
            "## Team numbers for 2027-Q1\n\n"
                + "- Urgent work: 25% by hours (10 of 40 hours) of the work created in the quarter.\n"
                + "- Ad-hoc work: 25% by hours (10 of 40 hours) of the work created in the quarter.\n"
                + "- Documentation: 100% (1 of 1 document) fresh.\n"
                + "- Professional development: 0 learning activities per team member (Megan 0); "
                + "skills practised: undefined (no skills listed).\n"),
        md);
  }

  @Test
  void fiscalQuartersFollowThePlansFiscalYear() {
    Plan feb = Plan.builder().from(plan()).fiscalYearStart(Month.FEBRUARY).build();
    QuarterlyReview review = QuarterlyReview.of(feb, Quarter.parse("2027-Q1"));
    assertEquals(LocalDate.of(2027, 4, 30), review.asOf());
    assertEquals(DateRange.parse("2027-02-01/2027-04-30"), review.range());
    String md = review.toMarkdown();
    assertTrue(md.contains("February 2027 to April 2027 · as of 2027-04-30"), md);
    assertTrue(
        md.contains(
            "  - This quarter: 20% of hours on 2027-03-31 → 10% of hours on 2027-04-30, down.\n"),
        md);
    assertTrue(md.contains("- Urgent work: 76.92% by hours (100 of 130 hours)"), md);
    assertEquals(md, review.toString());
  }

  @Test
  void findingsMatchByPathStepsNotBySubstrings() {
    InternalGoal goal = plan().internalGoals().get(0);
    assertTrue(QuarterlyReview.concerns(ElementPath.of("internalGoals", "ig-urgent"), goal));
    assertTrue(
        QuarterlyReview.concerns(
            ElementPath.of("internalGoals", "ig-urgent")
                .child("indicators", "ind-docs")
                .child("items", "it-naming"),
            goal));
    assertFalse(QuarterlyReview.concerns(ElementPath.of("documents", "ig-urgent"), goal));
    assertFalse(QuarterlyReview.concerns(ElementPath.of("internalGoals", "ig-empty"), goal));
  }

  @Test
  void sameInputSameBytesForRandomPlans() {
    qt().withExamples(TestScale.examples(30))
        .forAll(PlanGens.plans(8))
        .checkAssert(
            plan -> {
              Quarter q = Quarter.containing(plan.period().start(), plan.fiscalYearStart());
              String md = QuarterlyReview.of(plan, q).toMarkdown();
              assertEquals(md, QuarterlyReview.of(plan, q).toMarkdown());
              assertTrue(md.endsWith("\n"));
              plan.internalGoals()
                  .forEach(
                      g -> assertTrue(md.contains("## " + Markdown.text(g.title())), g.title()));
            });
  }
}
