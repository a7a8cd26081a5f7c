package dev.mops.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Direction;
import dev.mops.model.IndicatorKind;
import dev.mops.model.KeyResultKind;
import dev.mops.model.KpiKind;
import dev.mops.model.OkrLevel;
import dev.mops.model.ReviewFormat;
import dev.mops.model.Visibility;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline's model: plain Java records mirroring the plan document property for property, in
 * document order, with the Java types a hand-written binding would pick (dates, months, periods,
 * decimals, the model's enums; a date range and a review frequency as their text, which plain
 * databind has no type for). Absent values are null and empty lists are omitted, so that writing
 * what was read gives the same document back.
 */
final class PlanRecords {
  private PlanRecords() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record PlanDoc(
      String formatVersion,
      String id,
      String name,
      @Nullable String team,
      String period,
      @Nullable VisionR vision,
      @Nullable List<StakeholderR> stakeholders,
      @Nullable List<TeamMemberR> teamMembers,
      @Nullable List<ObjectiveR> objectives,
      @Nullable List<CapabilityR> capabilities,
      @Nullable List<QuickWinR> quickWins,
      @Nullable List<SprintR> sprints,
      @Nullable List<OkrR> okrs,
      @Nullable List<KpiR> kpis,
      @Nullable List<ReviewCadenceR> reviewCadences,
      @Nullable List<ReviewR> reviews,
      @Nullable List<InternalGoalR> internalGoals,
      @Nullable List<WorkItemR> workItems,
      @Nullable List<DocumentR> documents,
      @Nullable List<SkillR> skills,
      @Nullable List<LearningActivityR> learningActivities) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record VisionR(
      String statement,
      @Nullable List<String> planOfAction,
      @Nullable List<String> coCreatedBy,
      @Nullable List<SignOffR> signOffs) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SignOffR(String stakeholderId, String person, LocalDate on) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record StakeholderR(
      String id, String name, @Nullable String department, @Nullable String contact) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TeamMemberR(String id, String name, @Nullable String role) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ObjectiveR(
      String id,
      String title,
      @Nullable List<String> stakeholderIds,
      @Nullable TargetR target,
      @Nullable String longTermVision,
      @Nullable String owner,
      @Nullable Visibility visibility,
      @Nullable Map<String, Object> extensions) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TargetR(
      String metric,
      String unit,
      @Nullable BigDecimal baseline,
      BigDecimal value,
      Direction direction,
      @Nullable LocalDate due,
      @Nullable List<ObservationR> observations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ObservationR(LocalDate on, BigDecimal value) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CapabilityR(
      String id,
      String name,
      @Nullable String description,
      @Nullable List<String> objectiveIds,
      @Nullable Period estimatedBuild,
      @Nullable String owner) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record QuickWinR(
      String id,
      String title,
      @Nullable List<String> capabilityIds,
      YearMonth plannedMonth,
      @Nullable String buildsOn,
      @Nullable LocalDate launchedOn,
      @Nullable String owner) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SprintR(String id, String name, String range) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record OkrR(
      String id,
      String title,
      OkrLevel level,
      @Nullable ExternalOkrR externalParent,
      @Nullable List<KeyResultR> keyResults,
      String period,
      @Nullable String owner,
      @Nullable List<SignOffR> buyIn) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ExternalOkrR(String id, String title, OkrLevel level, @Nullable URI uri) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record KeyResultR(
      String id,
      String title,
      KeyResultKind kind,
      @Nullable List<MilestoneR> milestones,
      @Nullable LocalDate doneOn,
      @Nullable Direction direction,
      @Nullable BigDecimal start,
      @Nullable BigDecimal target,
      @Nullable String unit,
      @Nullable ScaleR scale,
      @Nullable List<CheckInR> checkIns) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MilestoneR(String id, String title, @Nullable LocalDate doneOn) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ScaleR(BigDecimal min, BigDecimal max, @Nullable String label) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CheckInR(LocalDate on, BigDecimal value, @Nullable BigDecimal confidence) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record KpiR(
      String id,
      String name,
      String definition,
      @Nullable String measure,
      String unit,
      @Nullable KpiKind kind,
      @Nullable BigDecimal targetValue,
      @Nullable Direction direction,
      @Nullable List<SignOffR> agreements,
      @Nullable List<ObservationR> observations,
      @Nullable String owner) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ReviewCadenceR(
      String id,
      String name,
      CadenceKind kind,
      String frequency,
      @Nullable ReviewFormat format,
      @Nullable List<String> audience,
      @Nullable List<String> subjectIds,
      @Nullable LocalDate startsOn,
      @Nullable String owner,
      @Nullable Visibility visibility) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ReviewR(
      String id,
      String cadenceId,
      LocalDate heldOn,
      String covers,
      @Nullable List<String> kpiIds,
      @Nullable String summary,
      @Nullable Visibility visibility) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record InternalGoalR(
      String id, String title, @Nullable List<IndicatorR> indicators, @Nullable String owner) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record IndicatorR(
      String id,
      String description,
      IndicatorKind kind,
      @Nullable List<ChecklistItemR> items,
      @Nullable TargetR target) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ChecklistItemR(String id, String title, @Nullable LocalDate doneOn) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record WorkItemR(
      String id,
      @Nullable String title,
      LocalDate createdOn,
      WorkKind kind,
      boolean urgent,
      @Nullable BigDecimal hours,
      @Nullable BigDecimal storyPoints,
      @Nullable Boolean visionAligned) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record DocumentR(
      String id,
      String title,
      @Nullable LocalDate writtenOn,
      @Nullable Period reviewEvery,
      @Nullable String owner) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SkillR(String id, String name) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record LearningActivityR(
      String id,
      String memberId,
      @Nullable List<String> skillIds,
      LocalDate on,
      ActivityKind kind,
      String title) {}
}
