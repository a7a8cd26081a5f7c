package dev.mops.json;

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
import dev.mops.model.Lifecycle;
import dev.mops.model.Milestone;
import dev.mops.model.Note;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.RequestTriage;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.ReviewFormat;
import dev.mops.model.Scale;
import dev.mops.model.SignOff;
import dev.mops.model.Skill;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import dev.mops.model.StrategyStep;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.TriageDecision;
import dev.mops.model.Visibility;
import dev.mops.model.Vision;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built plan that sets every property of every type of the format at least once (and
 * leaves out what may be left out), with vendor extensions, internal elements and non-ASCII text.
 * The subject of mops-json's golden documents.
 */
final class SamplePlans {
  private SamplePlans() {}

  static Extensions vendorData() {
    Map<String, ExtensionValue> crm = new LinkedHashMap<>();
    crm.put("zeta", ExtensionValue.string("last key first"));
    crm.put("alpha", ExtensionValue.number("1.50"));
    crm.put("big", ExtensionValue.number("12345678901234567890.000"));
    crm.put("exp", ExtensionValue.number("-2.5E-3"));
    crm.put(
        "flags",
        ExtensionValue.array(
            List.of(
                ExtensionValue.bool(true),
                ExtensionValue.bool(false),
                ExtensionValue.nullValue())));
    crm.put("nested", ExtensionValue.object(Map.of("empty", ExtensionValue.array(List.of()))));
    return Extensions.of("acme.crm", ExtensionValue.object(crm))
        .with("acme.note", ExtensionValue.string("Grüße — \"quoted\" \\ tab\t"));
  }

  static Plan small() {
    return Plan.builder()
        .id("plan-2027")
        .name("Small plan 2027")
        .team("MOps")
        .period(DateRange.parse("2027-02-01/2028-01-31"))
        .fiscalYearStart(Month.FEBRUARY)
        .vision(
            Vision.builder()
                .statement("Marketing runs like a business")
                .addPlanOfAction("Build lead management", "Ship a quick win every month")
                .addCoCreatedBy("ana")
                .addSignOff(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 2, 3)))
                .extensions(Extensions.of("acme.v", ExtensionValue.number(1)))
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id("sales")
                .name("Sales")
                .department("sales")
                .contact("Dana Lee")
                .extensions(vendorData())
                .build())
        .addStakeholder(Stakeholder.of("cmo", "CMO"))
        .addTeamMember(TeamMember.builder().id("ana").name("Ana Ruiz").role("lead").build())
        .addTeamMember(TeamMember.builder().id("bo").name("Bo").active(false).build())
        .addObjective(
            Objective.builder()
                .id("obj-auto")
                .title("Increase automotive sales by 5%")
                .addStakeholderId("sales")
                .target(
                    Target.builder()
                        .metric("automotive sales")
                        .unit("USD")
                        .baseline(new BigDecimal("20000000.00"))
                        .value(new BigDecimal("21000000"))
                        .direction(Direction.INCREASE)
                        .due(LocalDate.of(2028, 1, 31))
                        .addObservation(Observation.of(LocalDate.of(2027, 4, 30), "20350000.50"))
                        .build())
                .longTermVision("Multi-channel automotive campaign")
                .period(DateRange.parse("2027-02-01/2027-12-31"))
                .owner("ana")
                .status(Lifecycle.DRAFT)
                .build())
        .addObjective(
            Objective.builder()
                .id("obj-secret")
                .title("Internal objective")
                .visibility(Visibility.INTERNAL)
                .addStakeholderId("cmo")
                .build())
        .addCapability(
            Capability.builder()
                .id("cap-leads")
                .name("Lead management")
                .description("Scoring and routing")
                .addObjectiveId("obj-auto")
                .estimatedBuild(Period.ofMonths(6))
                .owner("ana")
                .status(Lifecycle.ACTIVE)
                .build())
        .addCapability(
            Capability.builder()
                .id("cap-internal")
                .name("Internal tooling")
                .visibility(Visibility.INTERNAL)
                .status(Lifecycle.CLOSED)
                .build())
        .addQuickWin(
            QuickWin.builder()
                .id("qw-template")
                .title("Email template")
                .addCapabilityId("cap-leads")
                .plannedMonth(YearMonth.of(2027, 2))
                .launchedOn(LocalDate.of(2027, 2, 20))
                .owner("ana")
                .build())
        .addQuickWin(
            QuickWin.builder()
                .id("qw-nurture")
                .title("Nurture sequence")
                .addCapabilityId("cap-leads")
                .addObjectiveId("obj-auto")
                .plannedMonth(YearMonth.of(2027, 3))
                .buildsOn("qw-template")
                .status(QuickWinStatus.MISSED)
                .outcomeNote("Speaker cancelled")
                .build())
        .addSprint(
            Sprint.builder()
                .id("sp-02")
                .name("February sprint")
                .range(DateRange.ofMonth(YearMonth.of(2027, 2)))
                .goal("Template live")
                .build())
        .addSprint(
            Sprint.builder()
                .id("sp-03")
                .range(DateRange.ofMonth(YearMonth.of(2027, 3)))
                .visibility(Visibility.INTERNAL)
                .build())
        .addOkr(
            Okr.builder()
                .id("okr-mkt")
                .title("Grow pipeline")
                .level(OkrLevel.MARKETING)
                .period(DateRange.parse("2027-02-01/2027-04-30"))
                .externalParent(
                    ExternalOkrRef.of(
                        "CO-1",
                        "Grow revenue",
                        OkrLevel.COMPANY,
                        URI.create("https://okrs.example.com/CO-1")))
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-churn")
                        .title("Reduce churn to 0.6%")
                        .kind(KeyResultKind.METRIC)
                        .direction(Direction.DECREASE)
                        .start(new BigDecimal("1.0"))
                        .target(new BigDecimal("0.6"))
                        .unit("%")
                        .addCheckIn(
                            CheckIn.builder()
                                .on(LocalDate.of(2027, 3, 1))
                                .value(new BigDecimal("0.80"))
                                .confidence(new BigDecimal("0.7"))
                                .note("on track")
                                .build())
                        .addCheckIn(
                            CheckIn.builder()
                                .on(LocalDate.of(2027, 3, 15))
                                .note("no value")
                                .build())
                        .weight(new BigDecimal("2.0"))
                        .build())
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-nps")
                        .title("Internal NPS +30")
                        .kind(KeyResultKind.QUALITATIVE)
                        .scale(Scale.of(-100, 100, "internal NPS"))
                        .start(BigDecimal.ZERO)
                        .target(new BigDecimal("30"))
                        .build())
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-threshold")
                        .title("Deliverability at least 98%")
                        .kind(KeyResultKind.THRESHOLD)
                        .target(new BigDecimal("98"))
                        .unit("%")
                        .build())
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-binary")
                        .title("Nurture live")
                        .kind(KeyResultKind.BINARY)
                        .doneOn(LocalDate.of(2027, 3, 20))
                        .build())
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-routing")
                        .title("Routing in place")
                        .kind(KeyResultKind.MILESTONES)
                        .addMilestone(
                            Milestone.builder()
                                .id("ms-1")
                                .title("Scoring agreed")
                                .due(LocalDate.of(2027, 3, 1))
                                .doneOn(LocalDate.of(2027, 2, 27))
                                .weight(new BigDecimal("3"))
                                .build())
                        .addMilestone(Milestone.of("ms-2", "Routing live"))
                        .build())
                .addBuyIn(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 2, 2)))
                .status(Lifecycle.SCORED)
                .owner("ana")
                .build())
        .addOkr(
            Okr.builder()
                .id("okr-mops")
                .title("Email sales trusts")
                .level(OkrLevel.MOPS)
                .parentId("okr-mkt")
                .period(DateRange.parse("2027-02-01/2027-04-30"))
                .visibility(Visibility.INTERNAL)
                .build())
        .addKpi(
            Kpi.builder()
                .id("kpi-mto")
                .name("Movement to opportunity")
                .definition("opportunities / MQLs")
                .measure("movement to opportunity")
                .unit("%")
                .kind(KpiKind.OUTCOME)
                .targetValue(new BigDecimal("12.5"))
                .direction(Direction.AT_OR_ABOVE)
                .addAgreement(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 2, 2)))
                .addObservation(Observation.of(LocalDate.of(2027, 4, 30), "10.40"))
                .owner("ana")
                .build())
        .addKpi(
            Kpi.builder()
                .id("kpi-sent")
                .name("Emails sent")
                .definition("count of sends")
                .unit("emails")
                .direction(Direction.AT_OR_BELOW)
                .build())
        .addStrategyStep(
            StrategyStep.builder()
                .id("step-audit")
                .title("Audit workflows")
                .parentId("obj-auto")
                .addStakeholderId("sales")
                .addAssigneeId("ana")
                .kpiId("kpi-mto")
                .expectedDirection(Direction.INCREASE)
                .doneOn(LocalDate.of(2027, 3, 3))
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("rc-update")
                .name("Monthly one-pager")
                .kind(CadenceKind.STAKEHOLDER_UPDATE)
                .frequency(Frequency.monthly())
                .format(ReviewFormat.ONE_PAGER)
                .addAudience("sales")
                .addSubjectId("obj-auto")
                .startsOn(LocalDate.of(2027, 2, 1))
                .graceDays(5)
                .owner("ana")
                .build())
        .addReviewCadence(
            ReviewCadence.builder()
                .id("rc-internal")
                .name("Internal goals review")
                .kind(CadenceKind.INTERNAL_GOAL_REVIEW)
                .frequency(Frequency.quarterly())
                .addSubjectId("ig-partner")
                .visibility(Visibility.INTERNAL)
                .build())
        .addReview(
            Review.builder()
                .id("rv-1")
                .cadenceId("rc-update")
                .heldOn(LocalDate.of(2027, 3, 2))
                .covers(DateRange.ofMonth(YearMonth.of(2027, 2)))
                .addKpiId("kpi-mto")
                .summary("Template launched")
                .build())
        .addReview(
            Review.builder()
                .id("rv-internal")
                .cadenceId("rc-internal")
                .heldOn(LocalDate.of(2027, 5, 2))
                .covers(DateRange.parse("2027-02-01/2027-04-30"))
                .visibility(Visibility.INTERNAL)
                .build())
        .addInternalGoal(
            InternalGoal.builder()
                .id("ig-partner")
                .title("MOps is a strategic partner")
                .owner("ana")
                .status(Lifecycle.DRAFT)
                .addIndicator(
                    SuccessIndicator.builder()
                        .id("ind-urgent")
                        .description("Share of urgent hours")
                        .kind(IndicatorKind.MEASURED)
                        .target(
                            Target.of(
                                "urgent share",
                                "% of hours",
                                new BigDecimal("35"),
                                new BigDecimal("15"),
                                Direction.DECREASE))
                        .build())
                .addIndicator(
                    SuccessIndicator.builder()
                        .id("ind-docs")
                        .description("Docs written")
                        .kind(IndicatorKind.CHECKLIST)
                        .addItem(
                            ChecklistItem.builder()
                                .id("item-routing")
                                .title("Routing rules")
                                .doneOn(LocalDate.of(2027, 3, 1))
                                .build())
                        .addItem(ChecklistItem.of("item-naming", "Naming conventions"))
                        .build())
                .build())
        .addWorkItem(
            WorkItem.builder()
                .id("OPS-101")
                .title("Landing page")
                .createdOn(LocalDate.of(2027, 3, 2))
                .kind(WorkKind.AD_HOC)
                .urgent(true)
                .hours(new BigDecimal("3.5"))
                .storyPoints(new BigDecimal("2"))
                .visionAligned(false)
                .requestedBy("sales")
                .assignee("ana")
                .build())
        .addWorkItem(
            WorkItem.builder()
                .id("OPS-102")
                .createdOn(LocalDate.of(2027, 3, 4))
                .kind(WorkKind.PLANNED)
                .urgent(false)
                .visionAligned(true)
                .build())
        .addRequestTriage(
            RequestTriage.builder()
                .id("tri-101")
                .workItemId("OPS-101")
                .requestedBy("sales")
                .receivedOn(LocalDate.of(2027, 3, 2))
                .purpose("Dealer event")
                .urgencyReason("Moved up")
                .impact("40 meetings")
                .decision(TriageDecision.ACCEPTED)
                .decidedOn(LocalDate.of(2027, 3, 2))
                .build())
        .addDocument(
            Document.builder()
                .id("doc-routing")
                .title("Lead routing rules")
                .writtenOn(LocalDate.of(2027, 3, 1))
                .lastReviewedOn(LocalDate.of(2027, 6, 1))
                .reviewEvery(Period.ofMonths(6))
                .owner("ana")
                .build())
        .addSkill(Skill.builder().id("skill-sql").name("SQL").description("For analytics").build())
        .addLearningActivity(
            LearningActivity.builder()
                .id("la-1")
                .memberId("ana")
                .addSkillId("skill-sql")
                .on(LocalDate.of(2027, 3, 10))
                .kind(ActivityKind.WEBINAR)
                .title("Window functions")
                .build())
        .addNote(
            Note.builder()
                .id("note-1")
                .text("Speaker cancelled; sales not told yet")
                .aboutId("qw-nurture")
                .on(LocalDate.of(2027, 3, 5))
                .author("ana")
                .build())
        .extensions(Extensions.of("acme.planId", ExtensionValue.number("42")))
        .build();
  }
}
