package dev.mops.check;

import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.CheckIn;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.Frequency;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.KpiKind;
import dev.mops.model.LearningActivity;
import dev.mops.model.Milestone;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.ReviewFormat;
import dev.mops.model.Scale;
import dev.mops.model.SignOff;
import dev.mops.model.Skill;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.Visibility;
import dev.mops.model.Vision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The automotive plan of seed 000 for the checker's tests: plan 2027 (calendar year), stakeholder
 * sales, the objective "Increase sales in the automotive sector by 5%" with its long-term vision,
 * three capabilities, monthly sprints January to December, four quick wins January to April (email
 * template, then the three-email nurture building on it, webinar, paid search and landing page), a
 * MOps OKR aligned to a marketing OKR, pre-agreed KPIs, the review cadences of seeds 000, 002 and
 * 003, and the four internal goals of seed 000 with their indicators.
 */
final class SeedPlan {
  static final Year YEAR = Year.of(2027);
  static final LocalDate SIGNED = LocalDate.of(2027, 1, 8);

  private SeedPlan() {}

  static Plan automotive() {
    return builder().build();
  }

  static Plan.Builder builder() {
    Plan.Builder plan =
        Plan.builder()
            .id("mops-2027")
            .name("Marketing operations plan 2027")
            .team("Marketing Operations")
            .period(DateRange.ofYear(YEAR))
            .vision(
                Vision.builder()
                    .statement("Marketing runs like a business; MOps is its COO")
                    .addPlanOfAction("Deliver a quick win for a stakeholder every month")
                    .addSignOff(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 6)))
                    .build())
            .addStakeholder(Stakeholder.of("sales", "Sales"))
            .addStakeholder(Stakeholder.of("cmo", "CMO"))
            .addStakeholder(Stakeholder.of("sales-ops", "Sales operations"))
            .addTeamMember(TeamMember.of("megan", "Megan"))
            .addTeamMember(TeamMember.of("jessica", "Jessica"))
            .addObjective(
                Objective.builder()
                    .id("automotive-sales")
                    .title("Increase sales in the automotive sector by 5%")
                    .addStakeholderId("sales")
                    .target(
                        Target.of(
                            "automotive sector sales",
                            "USD",
                            new BigDecimal("20000000"),
                            new BigDecimal("21000000"),
                            Direction.INCREASE))
                    .longTermVision(
                        "Inbound and outbound multi-channel campaign targeting the automotive industry")
                    .owner("megan")
                    .build())
            .addCapability(
                Capability.builder()
                    .id("sales-enablement")
                    .name("Sales enablement")
                    .addObjectiveId("automotive-sales")
                    .owner("jessica")
                    .build())
            .addCapability(
                Capability.builder()
                    .id("personalized-content")
                    .name("Personalized content")
                    .addObjectiveId("automotive-sales")
                    .estimatedBuild(Period.ofMonths(6))
                    .build())
            .addCapability(
                Capability.builder()
                    .id("lead-management")
                    .name("Lead management")
                    .addObjectiveId("automotive-sales")
                    .estimatedBuild(Period.ofMonths(6))
                    .build())
            .quickWins(quickWins());
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = YEAR.atMonth(m);
      plan.addSprint(
          Sprint.builder()
              .id(String.format(Locale.ROOT, "sprint-2027-%02d", m))
              .name(ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " sprint")
              .range(DateRange.ofMonth(ym))
              .build());
    }
    DateRange q1 = DateRange.parse("2027-01-01/2027-03-31");
    plan.addOkr(
            Okr.builder()
                .id("okr-mkt-pipeline")
                .title("Grow the automotive pipeline by 20%")
                .level(OkrLevel.MARKETING)
                .period(DateRange.ofYear(YEAR))
                .addBuyIn(SignOff.of("cmo", "Jordan Park", SIGNED))
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-pipeline")
                        .title("Automotive pipeline from $5M to $6M")
                        .kind(KeyResultKind.METRIC)
                        .start(new BigDecimal("5"))
                        .target(new BigDecimal("6"))
                        .unit("USD M")
                        .build())
                .build())
        .addOkr(mopsOkr().build());
    plan.addKpi(
            Kpi.builder()
                .id("kpi-movement-to-opportunity")
                .name("Movement to opportunity")
                .definition(
                    "opportunities from marketing leads / marketing qualified leads, per quarter")
                .measure("movement to opportunity")
                .unit("%")
                .kind(KpiKind.OUTCOME)
                .targetValue(new BigDecimal("12"))
                .addAgreement(SignOff.of("cmo", "Jordan Park", SIGNED))
                .build())
        .addKpi(
            Kpi.builder()
                .id("kpi-click-rate")
                .name("Email click rate")
                .definition("distinct clickers / distinct contacts delivered, per month")
                .measure("click rate")
                .unit("%")
                .kind(KpiKind.OUTCOME)
                .targetValue(new BigDecimal("3"))
                .addAgreement(SignOff.of("cmo", "Jordan Park", SIGNED))
                .build());
    plan.addReviewCadence(
            ReviewCadence.builder()
                .id("weekly-checkpoint")
                .name("Weekly team checkpoint")
                .kind(CadenceKind.TEAM_CHECKPOINT)
                .frequency(Frequency.weekly())
                .addAudience("sales-ops")
                .startsOn(LocalDate.of(2027, 1, 4))
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("monthly-update")
                .name("Monthly stakeholder one-pager")
                .kind(CadenceKind.STAKEHOLDER_UPDATE)
                .frequency(Frequency.monthly())
                .format(ReviewFormat.ONE_PAGER)
                .addAudience("sales", "cmo")
                .addSubjectId("automotive-sales")
                .graceDays(7)
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("okr-review")
                .name("Biweekly OKR review")
                .kind(CadenceKind.OKR_REVIEW)
                .frequency(Frequency.biweekly())
                .startsOn(LocalDate.of(2027, 1, 4))
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("qbr")
                .name("Quarterly business review")
                .kind(CadenceKind.BUSINESS_REVIEW)
                .frequency(Frequency.quarterly())
                .addAudience("cmo")
                .addSubjectIds("kpi-movement-to-opportunity", "kpi-click-rate")
                .graceDays(14)
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("internal-review")
                .name("Quarterly internal-goal review")
                .kind(CadenceKind.INTERNAL_GOAL_REVIEW)
                .frequency(Frequency.quarterly())
                .visibility(Visibility.INTERNAL)
                .graceDays(14)
                .build())
        .addReview(
            Review.builder()
                .id("qbr-2027-q1")
                .cadenceId("qbr")
                .heldOn(LocalDate.of(2027, 4, 6))
                .covers(q1)
                .addKpiIds("kpi-movement-to-opportunity", "kpi-click-rate")
                .build())
        .addReview(
            Review.builder()
                .id("internal-2027-q1")
                .cadenceId("internal-review")
                .heldOn(LocalDate.of(2027, 4, 8))
                .covers(q1)
                .visibility(Visibility.INTERNAL)
                .build());
    for (int m = 1; m <= 3; m++) {
      plan.addReview(
          Review.builder()
              .id("update-2027-0" + m)
              .cadenceId("monthly-update")
              .heldOn(YEAR.atMonth(m + 1).atDay(3))
              .covers(DateRange.ofMonth(YEAR.atMonth(m)))
              .build());
    }
    plan.internalGoals(internalGoals())
        .addDocument(
            Document.builder()
                .id("doc-lead-routing")
                .title("Lead routing rules")
                .writtenOn(LocalDate.of(2027, 2, 12))
                .reviewEvery(Period.ofMonths(6))
                .build())
        .addSkill(Skill.of("skill-sql", "SQL for marketing analytics"))
        .addLearningActivity(
            LearningActivity.builder()
                .id("la-sql-webinar")
                .memberId("jessica")
                .addSkillId("skill-sql")
                .on(LocalDate.of(2027, 2, 10))
                .kind(ActivityKind.WEBINAR)
                .build());
    return plan;
  }

  static List<QuickWin> quickWins() {
    return List.of(
        QuickWin.builder()
            .id("qw-email-template")
            .title("Email template sales can send on their own to automotive prospects")
            .addCapabilityId("sales-enablement")
            .addObjectiveId("automotive-sales")
            .plannedMonth(YEAR.atMonth(1))
            .launchedOn(LocalDate.of(2027, 1, 22))
            .build(),
        QuickWin.builder()
            .id("qw-nurture-sequence")
            .title("Three-email nurture sequence sales can enroll automotive prospects into")
            .addCapabilityIds("lead-management", "sales-enablement")
            .buildsOn("qw-email-template")
            .plannedMonth(YEAR.atMonth(2))
            .launchedOn(LocalDate.of(2027, 2, 19))
            .build(),
        QuickWin.builder()
            .id("qw-webinar")
            .title("Webinar targeting the automotive industry")
            .addCapabilityId("personalized-content")
            .plannedMonth(YEAR.atMonth(3))
            .launchedOn(LocalDate.of(2027, 3, 25))
            .build(),
        QuickWin.builder()
            .id("qw-paid-search")
            .title("Paid search campaign and landing page for automotive")
            .addCapabilityIds("personalized-content", "lead-management")
            .plannedMonth(YEAR.atMonth(4))
            .build());
  }

  static Okr.Builder mopsOkr() {
    return Okr.builder()
        .id("okr-mops-email")
        .title("Make email a channel sales trusts")
        .level(OkrLevel.MOPS)
        .parentId("okr-mkt-pipeline")
        .period(DateRange.parse("2027-01-01/2027-03-31"))
        .addBuyIn(SignOff.of("cmo", "Jordan Park", SIGNED))
        .addKeyResult(
            KeyResult.builder()
                .id("kr-churn")
                .title("Reduce monthly email churn from 1.0% to 0.6%")
                .kind(KeyResultKind.METRIC)
                .direction(Direction.DECREASE)
                .start(new BigDecimal("1.0"))
                .target(new BigDecimal("0.6"))
                .unit("%")
                .addCheckIn(CheckIn.of(LocalDate.of(2027, 2, 28), new BigDecimal("0.8")))
                .build())
        .addKeyResult(
            KeyResult.builder()
                .id("kr-nps")
                .title("Internal NPS from marketing partners of +30")
                .kind(KeyResultKind.QUALITATIVE)
                .scale(Scale.of(-100, 100, "internal NPS"))
                .start(BigDecimal.ZERO)
                .target(new BigDecimal("30"))
                .unit("NPS")
                .build())
        .addKeyResult(
            KeyResult.builder()
                .id("kr-lead-routing")
                .title("Lead routing for automotive in place")
                .kind(KeyResultKind.MILESTONES)
                .addMilestone(Milestone.of("ms-scoring", "Scoring model agreed with sales"))
                .addMilestone(Milestone.of("ms-routing", "Routing rules live"))
                .build());
  }

  static List<InternalGoal> internalGoals() {
    return List.of(
        InternalGoal.builder()
            .id("ig-strategic-partner")
            .title("Marketing Operations is viewed as a strategic partner")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-upfront-planning")
                    .description("MOps is included in upfront planning meetings consistently")
                    .kind(IndicatorKind.OBSERVED)
                    .build())
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-cmo-updates")
                    .description(
                        "The CMO includes bullet points about MOps progress in their status updates")
                    .kind(IndicatorKind.OBSERVED)
                    .build())
            .build(),
        InternalGoal.builder()
            .id("ig-fewer-urgent-requests")
            .title("Decreasing the number of urgent requests that come to the team")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-urgent-share")
                    .description("What percent of work is urgent, by hours")
                    .kind(IndicatorKind.MEASURED)
                    .target(
                        Target.of(
                            "urgent work share",
                            "% of hours",
                            new BigDecimal("35"),
                            new BigDecimal("15"),
                            Direction.DECREASE))
                    .build())
            .build(),
        InternalGoal.builder()
            .id("ig-professional-development")
            .title("MOps team members have time for professional development")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-skills-list")
                    .description("A list of skills to develop and the activities done for each")
                    .kind(IndicatorKind.CHECKLIST)
                    .addItem(ChecklistItem.of("item-skill-sql", "SQL for marketing analytics"))
                    .build())
            .build(),
        InternalGoal.builder()
            .id("ig-documentation")
            .title("We build the documentation that always gets put on the back burner")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-docs-list")
                    .description("The documentation to create, with regular reviews scheduled")
                    .kind(IndicatorKind.CHECKLIST)
                    .addItem(ChecklistItem.of("item-doc-lead-routing", "Lead routing rules"))
                    .build())
            .build());
  }
}
