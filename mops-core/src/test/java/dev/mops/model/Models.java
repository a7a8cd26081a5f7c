package dev.mops.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** Minimal valid builders for every model type, to vary one attribute at a time. */
final class Models {
  static final LocalDate DAY = LocalDate.of(2027, 1, 15);
  static final DateRange Q1 = DateRange.parse("2027-01-01/2027-03-31");
  static final DateRange YEAR = DateRange.ofYear(Year.of(2027));

  private Models() {}

  static Plan.Builder plan(String id) {
    return Plan.builder().id(id).name("MOps plan 2027").period(YEAR);
  }

  static Stakeholder.Builder stakeholder(String id) {
    return Stakeholder.builder().id(id).name("Sales");
  }

  static TeamMember.Builder teamMember(String id) {
    return TeamMember.builder().id(id).name("Ana Ruiz");
  }

  static Objective.Builder objective(String id) {
    return Objective.builder().id(id).title("Increase automotive sales by 5%");
  }

  static Capability.Builder capability(String id) {
    return Capability.builder().id(id).name("Lead management");
  }

  static QuickWin.Builder quickWin(String id) {
    return QuickWin.builder()
        .id(id)
        .title("Automotive webinar")
        .plannedMonth(YearMonth.of(2027, 1));
  }

  static Sprint.Builder sprint(String id) {
    return Sprint.builder().id(id).range(DateRange.ofMonth(YearMonth.of(2027, 1)));
  }

  static Okr.Builder okr(String id) {
    return Okr.builder()
        .id(id)
        .title("Make email a channel sales trusts")
        .level(OkrLevel.MOPS)
        .period(Q1);
  }

  static KeyResult.Builder keyResult(String id) {
    return KeyResult.builder()
        .id(id)
        .title("Reduce monthly churn to 0.6%")
        .kind(KeyResultKind.METRIC);
  }

  static Milestone.Builder milestone(String id) {
    return Milestone.builder().id(id).title("Brief approved");
  }

  static Kpi.Builder kpi(String id) {
    return Kpi.builder()
        .id(id)
        .name("Movement to opportunity")
        .definition("opportunities / MQLs")
        .unit("%");
  }

  static StrategyStep.Builder strategyStep(String id) {
    return StrategyStep.builder().id(id).title("Audit the email workflows").parentId("obj-a");
  }

  static ReviewCadence.Builder reviewCadence(String id) {
    return ReviewCadence.builder()
        .id(id)
        .name("Quarterly business review")
        .kind(CadenceKind.BUSINESS_REVIEW)
        .frequency(Frequency.quarterly());
  }

  static Review.Builder review(String id) {
    return Review.builder().id(id).cadenceId("qbr").heldOn(LocalDate.of(2027, 4, 6)).covers(Q1);
  }

  static InternalGoal.Builder internalGoal(String id) {
    return InternalGoal.builder().id(id).title("MOps is a strategic partner");
  }

  static SuccessIndicator.Builder successIndicator(String id) {
    return SuccessIndicator.builder()
        .id(id)
        .description("Invited to planning")
        .kind(IndicatorKind.OBSERVED);
  }

  static ChecklistItem.Builder checklistItem(String id) {
    return ChecklistItem.builder().id(id).title("Document lead routing");
  }

  static WorkItem.Builder workItem(String id) {
    return WorkItem.builder()
        .id(id)
        .createdOn(DAY)
        .kind(WorkKind.AD_HOC)
        .urgent(true)
        .visionAligned(false);
  }

  static RequestTriage.Builder requestTriage(String id) {
    return RequestTriage.builder().id(id).workItemId("OPS-1").receivedOn(DAY);
  }

  static Document.Builder document(String id) {
    return Document.builder().id(id).title("Lead routing rules");
  }

  static Skill.Builder skill(String id) {
    return Skill.builder().id(id).name("SQL");
  }

  static LearningActivity.Builder learningActivity(String id) {
    return LearningActivity.builder().id(id).memberId("ana").on(DAY).kind(ActivityKind.WEBINAR);
  }

  static Note.Builder note(String id) {
    return Note.builder().id(id).text("Speaker cancelled");
  }

  static Target.Builder target() {
    return Target.builder()
        .metric("automotive sales")
        .unit("USD")
        .value(java.math.BigDecimal.TEN)
        .direction(Direction.INCREASE);
  }
}
