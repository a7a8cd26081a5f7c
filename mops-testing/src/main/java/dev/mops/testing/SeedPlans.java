package dev.mops.testing;

import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.CheckIn;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.ExternalOkrRef;
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
import dev.mops.model.Observation;
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
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * The plans of the seed articles, built through the public API only: the automotive plan of
 * "Mastering the art of goal setting in marketing operations" (one stakeholder objective, three
 * capabilities, four monthly quick wins that build on each other) with its internal-goals table, a
 * MOps OKR aligned to a marketing OKR, pre-agreed KPIs and the review cadences.
 *
 * <p>Used by the examples, the command line's bundled sample, the documentation's snippets and
 * mops' own tests; a user's tests can start from it too. Each call builds a new plan.
 *
 * @since 0.1
 */
public final class SeedPlans {
  /** The plan's year. */
  public static final Year YEAR = Year.of(2027);

  private SeedPlans() {}

  /** The automotive plan for 2027 with everything the seeds describe. */
  public static Plan automotivePlan() {
    return automotiveBuilder().build();
  }

  /**
   * A new builder holding the automotive plan, for a test that changes one thing: {@code
   * SeedPlans.automotiveBuilder().quickWins(later).build()}.
   */
  public static Plan.Builder automotiveBuilder() {
    Plan.Builder plan =
        Plan.builder()
            .id("mops-2027")
            .name("Marketing operations plan 2027")
            .team("Marketing Operations")
            .period(DateRange.ofYear(YEAR))
            .vision(
                Vision.builder()
                    .statement(
                        "Marketing runs like a business: MOps is the COO of the marketing team")
                    .addPlanOfAction(
                        "Build lead management and personalization in the MAP",
                        "Deliver a quick win for a stakeholder every month",
                        "Train every MOps member on the new platform")
                    .addCoCreatedBy("megan", "jessica")
                    .addSignOff(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 6)))
                    .build())
            .addStakeholder(
                Stakeholder.builder()
                    .id("sales")
                    .name("Sales")
                    .department("sales")
                    .contact("Dana Lee, VP Sales")
                    .build())
            .addStakeholder(
                Stakeholder.builder()
                    .id("cmo")
                    .name("CMO")
                    .department("marketing")
                    .contact("Jordan Park")
                    .build())
            .addStakeholder(
                Stakeholder.builder()
                    .id("sales-ops")
                    .name("Sales operations")
                    .department("sales")
                    .build())
            .addTeamMember(
                TeamMember.builder()
                    .id("megan")
                    .name("Megan")
                    .role("director of marketing operations")
                    .build())
            .addTeamMember(
                TeamMember.builder()
                    .id("jessica")
                    .name("Jessica")
                    .role("marketing automation lead")
                    .build())
            .addTeamMember(
                TeamMember.builder().id("sam").name("Sam").role("campaign operations").build())
            .addObjective(
                Objective.builder()
                    .id("automotive-sales")
                    .title("Increase sales in the automotive sector by 5%")
                    .addStakeholderId("sales")
                    .target(
                        Target.builder()
                            .metric("automotive sector sales")
                            .unit("USD")
                            .baseline(new BigDecimal("20000000"))
                            .value(new BigDecimal("21000000"))
                            .direction(Direction.INCREASE)
                            .due(LocalDate.of(2027, 12, 31))
                            .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "20350000"))
                            .build())
                    .longTermVision(
                        "Inbound and outbound multi-channel campaign targeting the automotive industry")
                    .owner("megan")
                    .extensions(
                        Extensions.of("crm.campaignId", ExtensionValue.string("701-AUTO-2027")))
                    .build())
            .addCapability(
                Capability.builder()
                    .id("sales-enablement")
                    .name("Sales enablement")
                    .description("Content and tools sales can use on their own with prospects")
                    .addObjectiveId("automotive-sales")
                    .owner("jessica")
                    .build())
            .addCapability(
                Capability.builder()
                    .id("personalized-content")
                    .name("Personalized content")
                    .description("Industry-specific content and dynamic personalization in the MAP")
                    .addObjectiveId("automotive-sales")
                    .estimatedBuild(Period.ofMonths(6))
                    .owner("sam")
                    .build())
            .addCapability(
                Capability.builder()
                    .id("lead-management")
                    .name("Lead management")
                    .description("Scoring, routing and nurturing of automotive leads")
                    .addObjectiveId("automotive-sales")
                    .estimatedBuild(Period.ofMonths(6))
                    .owner("jessica")
                    .build())
            .addQuickWin(
                QuickWin.builder()
                    .id("qw-email-template")
                    .title("Email template sales can send on their own to automotive prospects")
                    .addCapabilityId("sales-enablement")
                    .plannedMonth(YearMonth.of(2027, 1))
                    .launchedOn(LocalDate.of(2027, 1, 22))
                    .owner("jessica")
                    .build())
            .addQuickWin(
                QuickWin.builder()
                    .id("qw-nurture-sequence")
                    .title(
                        "Three-email nurture sequence sales can enroll automotive prospects into")
                    .addCapabilityId("lead-management")
                    .addCapabilityId("sales-enablement")
                    .plannedMonth(YearMonth.of(2027, 2))
                    .buildsOn("qw-email-template")
                    .launchedOn(LocalDate.of(2027, 2, 19))
                    .owner("jessica")
                    .build())
            .addQuickWin(
                QuickWin.builder()
                    .id("qw-webinar")
                    .title("Webinar targeting the automotive industry")
                    .addCapabilityId("personalized-content")
                    .plannedMonth(YearMonth.of(2027, 3))
                    .buildsOn("qw-nurture-sequence")
                    .launchedOn(LocalDate.of(2027, 3, 25))
                    .owner("sam")
                    .build())
            .addQuickWin(
                QuickWin.builder()
                    .id("qw-paid-search")
                    .title("Paid search campaign and landing page for automotive")
                    .addCapabilityId("personalized-content")
                    .addCapabilityId("lead-management")
                    .plannedMonth(YearMonth.of(2027, 4))
                    .buildsOn("qw-webinar")
                    .owner("sam")
                    .build());
    for (int month = 1; month <= 12; month++) {
      YearMonth ym = YEAR.atMonth(month);
      plan.addSprint(
          Sprint.builder()
              .id(String.format(java.util.Locale.ROOT, "sprint-2027-%02d", month))
              .name(
                  ym.getMonth()
                          .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                      + " sprint")
              .range(DateRange.ofMonth(ym))
              .build());
    }
    DateRange q1 = DateRange.parse("2027-01-01/2027-03-31");
    plan.addOkr(
        Okr.builder()
            .id("okr-mops-email")
            .title("Make email a channel sales trusts")
            .level(OkrLevel.MOPS)
            .externalParent(
                ExternalOkrRef.of(
                    "MKT-2027-1",
                    "Grow automotive pipeline 20%",
                    OkrLevel.MARKETING,
                    URI.create("https://okrs.example.com/marketing/MKT-2027-1")))
            .period(q1)
            .owner("megan")
            .addBuyIn(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 8)))
            .addKeyResult(
                KeyResult.builder()
                    .id("kr-churn")
                    .title("Reduce monthly email churn from 1.0% to 0.6%")
                    .kind(KeyResultKind.METRIC)
                    .direction(Direction.DECREASE)
                    .start(new BigDecimal("1.0"))
                    .target(new BigDecimal("0.6"))
                    .unit("%")
                    .addCheckIn(
                        CheckIn.builder()
                            .on(LocalDate.of(2027, 2, 28))
                            .value(new BigDecimal("0.8"))
                            .confidence(new BigDecimal("0.7"))
                            .build())
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
                    .addCheckIn(CheckIn.of(LocalDate.of(2027, 3, 15), new BigDecimal("5")))
                    .build())
            .addKeyResult(
                KeyResult.builder()
                    .id("kr-nurture-live")
                    .title("Automotive nurture sequence live")
                    .kind(KeyResultKind.BINARY)
                    .doneOn(LocalDate.of(2027, 2, 19))
                    .build())
            .addKeyResult(
                KeyResult.builder()
                    .id("kr-lead-routing")
                    .title("Lead routing for automotive in place")
                    .kind(KeyResultKind.MILESTONES)
                    .addMilestone(
                        Milestone.builder()
                            .id("ms-scoring")
                            .title("Scoring model agreed with sales")
                            .doneOn(LocalDate.of(2027, 2, 10))
                            .build())
                    .addMilestone(Milestone.of("ms-routing", "Routing rules live"))
                    .build())
            .build());
    plan.addKpi(
            Kpi.builder()
                .id("kpi-movement-to-opportunity")
                .name("Movement to opportunity")
                .definition(
                    "opportunities created from marketing leads / marketing qualified leads, per quarter")
                .measure("movement to opportunity")
                .unit("%")
                .kind(KpiKind.OUTCOME)
                .targetValue(new BigDecimal("12"))
                .direction(Direction.AT_OR_ABOVE)
                .addAgreement(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 8)))
                .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "10.4"))
                .owner("megan")
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
                .direction(Direction.AT_OR_ABOVE)
                .addAgreement(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 8)))
                .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "3.4"))
                .owner("jessica")
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("weekly-checkpoint")
                .name("Weekly team checkpoint")
                .kind(CadenceKind.TEAM_CHECKPOINT)
                .frequency(Frequency.weekly())
                .format(ReviewFormat.MEETING)
                .addAudience("sales-ops")
                .startsOn(LocalDate.of(2027, 1, 4))
                .owner("megan")
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
                .owner("megan")
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("okr-review")
                .name("Biweekly OKR review")
                .kind(CadenceKind.OKR_REVIEW)
                .frequency(Frequency.biweekly())
                .addSubjectId("okr-mops-email")
                .startsOn(LocalDate.of(2027, 1, 4))
                .owner("megan")
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("qbr")
                .name("Quarterly business review")
                .kind(CadenceKind.BUSINESS_REVIEW)
                .frequency(Frequency.quarterly())
                .addAudience("cmo")
                .addSubjectIds("kpi-movement-to-opportunity", "kpi-click-rate")
                .owner("megan")
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("internal-review")
                .name("Quarterly internal-goal review")
                .kind(CadenceKind.INTERNAL_GOAL_REVIEW)
                .frequency(Frequency.quarterly())
                .visibility(Visibility.INTERNAL)
                .addSubjectIds(
                    "ig-strategic-partner",
                    "ig-fewer-urgent-requests",
                    "ig-professional-development",
                    "ig-documentation")
                .owner("megan")
                .build())
        .addReview(
            Review.builder()
                .id("qbr-2027-q1")
                .cadenceId("qbr")
                .heldOn(LocalDate.of(2027, 4, 6))
                .covers(q1)
                .addKpiIds("kpi-movement-to-opportunity", "kpi-click-rate")
                .summary("Movement to opportunity below target; click rate above")
                .build())
        .addReview(
            Review.builder()
                .id("internal-2027-q1")
                .cadenceId("internal-review")
                .heldOn(LocalDate.of(2027, 4, 8))
                .covers(q1)
                .visibility(Visibility.INTERNAL)
                .build())
        .internalGoals(internalGoals())
        .addDocument(
            Document.builder()
                .id("doc-lead-routing")
                .title("Lead routing rules")
                .writtenOn(LocalDate.of(2027, 2, 12))
                .reviewEvery(Period.ofMonths(6))
                .owner("jessica")
                .build())
        .addDocument(
            Document.builder()
                .id("doc-map-naming")
                .title("MAP naming conventions")
                .reviewEvery(Period.ofMonths(12))
                .owner("sam")
                .build())
        .addSkill(Skill.of("skill-sql", "SQL for marketing analytics"))
        .addSkill(Skill.of("skill-ai-personalization", "AI-assisted personalization"))
        .addLearningActivity(
            LearningActivity.builder()
                .id("la-sql-webinar")
                .memberId("sam")
                .addSkillId("skill-sql")
                .on(LocalDate.of(2027, 2, 10))
                .kind(ActivityKind.WEBINAR)
                .title("SQL window functions for marketers")
                .build());
    plan.addAllWorkItems(workItems());
    return plan;
  }

  /**
   * Eight tickets of first-quarter work: the roadmap work behind the quick wins and the ad-hoc and
   * urgent requests that interrupted it (the raw data of "what percent of work is urgent?").
   */
  public static List<WorkItem> workItems() {
    return List.of(
        work(
            "wi-template-build",
            "Build the automotive email template",
            LocalDate.of(2027, 1, 6),
            WorkKind.PLANNED,
            false,
            "16",
            true),
        work(
            "wi-event-form-fix",
            "Fix the broken event registration form",
            LocalDate.of(2027, 1, 14),
            WorkKind.AD_HOC,
            true,
            "6",
            false),
        work(
            "wi-nurture-build",
            "Build the three-email nurture sequence",
            LocalDate.of(2027, 1, 25),
            WorkKind.PLANNED,
            false,
            "12",
            true),
        work(
            "wi-list-pull",
            "Pull a list of dealership contacts for sales",
            LocalDate.of(2027, 2, 3),
            WorkKind.AD_HOC,
            false,
            "4",
            true),
        work(
            "wi-trade-show-email",
            "Same-day trade-show invitation email",
            LocalDate.of(2027, 2, 17),
            WorkKind.AD_HOC,
            true,
            "5",
            false),
        work(
            "wi-webinar-setup",
            "Set up the automotive webinar and its landing page",
            LocalDate.of(2027, 3, 2),
            WorkKind.PLANNED,
            false,
            "20",
            true),
        work(
            "wi-scoring-model",
            "Lead scoring model for automotive",
            LocalDate.of(2027, 3, 10),
            WorkKind.PLANNED,
            false,
            "10",
            true),
        work(
            "wi-exec-dashboard",
            "Dashboard for the CMO's board meeting",
            LocalDate.of(2027, 3, 15),
            WorkKind.AD_HOC,
            true,
            "3",
            false));
  }

  private static WorkItem work(
      String id,
      String title,
      LocalDate created,
      WorkKind kind,
      boolean urgent,
      String hours,
      boolean visionAligned) {
    return WorkItem.builder()
        .id(id)
        .title(title)
        .createdOn(created)
        .kind(kind)
        .urgent(urgent)
        .hours(new BigDecimal(hours))
        .visionAligned(visionAligned)
        .build();
  }

  /**
   * The internal-goals table of seed 000: what success looks like, and how we know we've achieved
   * it.
   */
  public static List<InternalGoal> internalGoals() {
    return List.of(
        InternalGoal.builder()
            .id("ig-strategic-partner")
            .title("Marketing Operations is viewed as a strategic partner")
            .owner("megan")
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
                        "The CMO regularly includes bullet points about MOps progress in their own status updates")
                    .kind(IndicatorKind.OBSERVED)
                    .build())
            .build(),
        InternalGoal.builder()
            .id("ig-fewer-urgent-requests")
            .title("Decreasing the number of urgent requests that come to the team")
            .owner("megan")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-urgent-share")
                    .description("What percent of work is urgent, by hours")
                    .kind(IndicatorKind.MEASURED)
                    .target(
                        Target.builder()
                            .metric("urgent work share")
                            .unit("% of hours")
                            .baseline(new BigDecimal("35"))
                            .value(new BigDecimal("15"))
                            .direction(Direction.DECREASE)
                            .addObservation(Observation.of(LocalDate.of(2026, 12, 31), "35"))
                            .addObservation(Observation.of(LocalDate.of(2027, 1, 31), "18"))
                            .addObservation(Observation.of(LocalDate.of(2027, 2, 28), "26"))
                            .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "18"))
                            .build())
                    .build())
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-ad-hoc-share")
                    .description(
                        "What percent are ad-hoc requests vs planned roadmap work, by tickets")
                    .kind(IndicatorKind.MEASURED)
                    .target(
                        Target.builder()
                            .metric("ad-hoc work share")
                            .unit("% of tickets")
                            .baseline(new BigDecimal("50"))
                            .value(new BigDecimal("25"))
                            .direction(Direction.DECREASE)
                            .addObservation(Observation.of(LocalDate.of(2026, 12, 31), "50"))
                            .addObservation(Observation.of(LocalDate.of(2027, 1, 31), "33"))
                            .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "50"))
                            .build())
                    .build())
            .build(),
        InternalGoal.builder()
            .id("ig-professional-development")
            .title("MOps team members have time for professional development")
            .owner("megan")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-skills-list")
                    .description(
                        "Keep a list of skills to develop and track the activities done for each")
                    .kind(IndicatorKind.CHECKLIST)
                    .addItem(
                        ChecklistItem.builder()
                            .id("item-skill-sql")
                            .title("SQL for marketing analytics")
                            .doneOn(LocalDate.of(2027, 2, 10))
                            .build())
                    .addItem(ChecklistItem.of("item-skill-ai", "AI-assisted personalization"))
                    .build())
            .build(),
        InternalGoal.builder()
            .id("ig-documentation")
            .title(
                "We build the documentation around systems and processes that always gets put on the back burner")
            .owner("jessica")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind-docs-list")
                    .description(
                        "List the documentation to create and schedule regular reviews to keep it up to date")
                    .kind(IndicatorKind.CHECKLIST)
                    .addItem(
                        ChecklistItem.builder()
                            .id("item-doc-lead-routing")
                            .title("Lead routing rules")
                            .doneOn(LocalDate.of(2027, 2, 12))
                            .build())
                    .addItem(ChecklistItem.of("item-doc-map-naming", "MAP naming conventions"))
                    .build())
            .build());
  }
}
