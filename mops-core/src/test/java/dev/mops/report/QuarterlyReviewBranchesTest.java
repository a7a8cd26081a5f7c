package dev.mops.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.ActivityKind;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.LearningActivity;
import dev.mops.model.Lifecycle;
import dev.mops.model.Observation;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.Skill;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The quarterly review's branches that {@link QuarterlyReviewTest} leaves out: every direction of a
 * measured target, a target met exactly, flat and rising trends, indicators without target or
 * items, a goal that is not active or whose owner is not a team member, and the team numbers with
 * items left out, stale documents and skills nobody practised.
 */
class QuarterlyReviewBranchesTest {
  private static final Quarter Q1 = Quarter.parse("2027-Q1");

  private static SuccessIndicator measured(String id, String description, Target target) {
    SuccessIndicator.Builder b =
        SuccessIndicator.builder().id(id).description(description).kind(IndicatorKind.MEASURED);
    if (target != null) {
      b.target(target);
    }
    return b.build();
  }

  private static Plan plan() {
    return Plan.builder()
        .id("p")
        .name("Ops")
        .period(DateRange.ofYear(Year.of(2027)))
        .addTeamMember(TeamMember.builder().id("megan").name("Megan").build())
        .addTeamMember(TeamMember.builder().id("sam").name("Sam").build())
        .addSkill(Skill.of("s-seo", "SEO"))
        .addSkill(Skill.of("s-ads", "Ads"))
        .addLearningActivity(
            LearningActivity.builder()
                .id("la1")
                .memberId("megan")
                .addSkillId("s-seo")
                .on(LocalDate.of(2027, 2, 1))
                .kind(ActivityKind.COURSE)
                .build())
        .addLearningActivity(
            LearningActivity.builder()
                .id("la2")
                .memberId("sam")
                .addSkillId("s-ads")
                .on(LocalDate.of(2027, 5, 1))
                .kind(ActivityKind.READING)
                .build())
        .addDocument(
            Document.builder()
                .id("d1")
                .title("Routing")
                .writtenOn(LocalDate.of(2027, 1, 10))
                .build())
        .addDocument(Document.builder().id("d2").title("Naming").build())
        .addWorkItem(
            WorkItem.builder()
                .id("w1")
                .createdOn(LocalDate.of(2027, 1, 5))
                .kind(WorkKind.AD_HOC)
                .urgent(true)
                .hours(BigDecimal.TEN)
                .visionAligned(false)
                .build())
        .addWorkItem(
            WorkItem.builder()
                .id("w2")
                .createdOn(LocalDate.of(2027, 2, 5))
                .kind(WorkKind.PLANNED)
                .urgent(false)
                .visionAligned(true)
                .build())
        .addInternalGoal(
            InternalGoal.builder()
                .id("g1")
                .title("Grow skills")
                .owner("megan")
                .status(Lifecycle.DRAFT)
                .addIndicator(
                    measured(
                        "i1",
                        "Leads per month",
                        Target.builder()
                            .metric("leads")
                            .unit("leads")
                            .value(new BigDecimal("100"))
                            .direction(Direction.INCREASE)
                            .due(LocalDate.of(2027, 6, 30))
                            .addObservations(
                                Observation.of(LocalDate.of(2027, 1, 15), "80"),
                                Observation.of(LocalDate.of(2027, 3, 31), "100"))
                            .build()))
                .addIndicator(
                    measured(
                        "i2",
                        "Cost",
                        Target.builder()
                            .metric("cost")
                            .unit("USD")
                            .value(new BigDecimal("50"))
                            .direction(Direction.AT_OR_BELOW)
                            .addObservations(
                                Observation.of(LocalDate.of(2027, 2, 1), "60"),
                                Observation.of(LocalDate.of(2027, 3, 1), "60"))
                            .build()))
                .addIndicator(
                    measured(
                        "i3",
                        "Reach",
                        Target.builder()
                            .metric("reach")
                            .unit("people")
                            .value(new BigDecimal("1000"))
                            .direction(Direction.AT_OR_ABOVE)
                            .build()))
                .addIndicator(measured("i4", "Mood", null))
                .addIndicator(
                    SuccessIndicator.builder()
                        .id("i5")
                        .description("Docs")
                        .kind(IndicatorKind.CHECKLIST)
                        .build())
                .addIndicator(
                    SuccessIndicator.builder()
                        .id("i6")
                        .description("Done list")
                        .kind(IndicatorKind.CHECKLIST)
                        .addItem(
                            ChecklistItem.builder()
                                .id("it1")
                                .title("One")
                                .doneOn(LocalDate.of(2027, 1, 2))
                                .build())
                        .addItem(
                            ChecklistItem.builder()
                                .id("it2")
                                .title("Two")
                                .doneOn(LocalDate.of(2027, 3, 31))
                                .build())
                        .build())
                .build())
        .addInternalGoal(InternalGoal.builder().id("g2").title("Other").owner("ghost").build())
        .build();
  }

  private static void assertHas(String md, String part) {
    assertTrue(md.contains(part), () -> "expected\n" + part + "\nin\n" + md);
  }

  @Test
  void measuredTargetsInEveryDirectionWithTheirTrend() {
    String md = QuarterlyReview.of(plan(), Q1).toMarkdown();
    assertHas(
        md,
        "- Leads per month: 100 leads on 2027-03-31, target up to 100 leads by 2027-06-30: met.\n"
            + "  - This quarter: 80 leads on 2027-01-15 → 100 leads on 2027-03-31, up.\n");
    assertHas(
        md,
        "- Cost: 60 USD on 2027-03-01, target at or below 50 USD: not met.\n"
            + "  - This quarter: 60 USD on 2027-02-01 → 60 USD on 2027-03-01, flat.\n");
    assertHas(
        md,
        "- Reach: no value yet; target at or above 1,000 people.\n"
            + "  - This quarter: no observations this quarter.\n");
    assertHas(md, "- Mood: no target set.\n");
  }

  @Test
  void checklistsWithoutItemsAndAllDone() {
    String md = QuarterlyReview.of(plan(), Q1).toMarkdown();
    assertHas(md, "- Docs: no items listed.\n");
    assertHas(md, "- Done list: 2 of 2 done.\n");
  }

  @Test
  void aGoalThatIsNotActiveSaysSoAndAnOwnerWhoIsNoMemberIsShownById() {
    String md = QuarterlyReview.of(plan(), Q1).toMarkdown();
    assertHas(md, "## Grow skills\n\nOwner: Megan · status: draft\n\n**How do we know**\n\n");
    assertHas(md, "## Other\n\nOwner: ghost\n\n**How do we know**\n\n- No indicator yet.\n");
  }

  @Test
  void teamNumbersWithItemsLeftOutStaleDocumentsAndSkillsNobodyPractised() {
    String md = QuarterlyReview.of(plan(), Q1).toMarkdown();
    assertTrue(
        md.endsWith(
            "## Team numbers for 2027-Q1\n\n"
                + "- Urgent work: 100% by hours (10 of 10 hours; 1 item without hours left out) of the work created in the quarter.\n"
                + "- Ad-hoc work: 100% by hours (10 of 10 hours; 1 item without hours left out) of the work created in the quarter.\n"
                + "- Documentation: 50% (1 of 2 documents) fresh; stale: Naming.\n"
                + "- Professional development: 0.5 learning activities per team member (Megan 1, Sam 0); "
                + "skills practised: 50% (1 of 2 skills); no activity for Ads.\n"),
        md);
    // the second quarter: no work, both documents as before, Sam's activity
    String q2 = QuarterlyReview.of(plan(), Quarter.parse("2027-Q2")).toMarkdown();
    assertTrue(
        q2.endsWith(
            "## Team numbers for 2027-Q2\n\n"
                + "- Documentation: 50% (1 of 2 documents) fresh; stale: Naming.\n"
                + "- Professional development: 0.5 learning activities per team member (Megan 0, Sam 1); "
                + "skills practised: 50% (1 of 2 skills); no activity for SEO.\n"),
        q2);
  }

  @Test
  void aPlanWithoutGoalsOrTeamNumbersSaysSoAndEndsThere() {
    Plan empty =
        Plan.builder().id("e").name("Empty").period(DateRange.ofYear(Year.of(2027))).build();
    QuarterlyReview review = QuarterlyReview.of(empty, Q1);
    assertEquals(
        "# Empty: internal goals review, 2027-Q1\n\n"
            + "January 2027 to March 2027 · as of 2027-03-31 · internal, not for stakeholders\n\n"
            + "The plan has no internal goals.\n",
        review.toMarkdown());
    assertEquals(Q1, review.quarter());
    // only documents: the team numbers hold that line alone
    Plan docs =
        Plan.builder()
            .from(empty)
            .addDocument(
                Document.builder()
                    .id("d")
                    .title("Guide")
                    .writtenOn(LocalDate.of(2027, 3, 31))
                    .build())
            .build();
    assertTrue(
        QuarterlyReview.of(docs, Q1)
            .toMarkdown()
            .endsWith(
                "The plan has no internal goals.\n\n"
                    + "## Team numbers for 2027-Q1\n\n- Documentation: 100% (1 of 1 document) fresh.\n"));
  }

  @Test
  void nullsAreRefusedByName() {
    assertEquals(
        "plan",
        assertThrows(NullPointerException.class, () -> QuarterlyReview.of(null, Q1)).getMessage());
    assertEquals(
        "quarter",
        assertThrows(NullPointerException.class, () -> QuarterlyReview.of(plan(), null))
            .getMessage());
  }
}
