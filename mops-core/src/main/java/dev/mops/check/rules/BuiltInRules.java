package dev.mops.check.rules;

import dev.mops.check.Rule;
import java.util.List;

/** The built-in rules in catalog order (DESIGN §4). Not API: this package is not exported. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** A new instance of every built-in rule, in catalog order. */
  public static List<Rule> all() {
    return List.of(
        new DuplicateId(),
        new DanglingReference(),
        new OutsidePlanPeriod(),
        new SprintOverlap(),
        new TargetDirectionMismatch(),
        new ObjectiveWithoutStakeholder(),
        new ObjectiveWithoutCapability(),
        new CapabilityWithoutObjective(),
        new QuickWinWithoutCapability(),
        new QuickWinMisaligned(),
        new NoEarlyQuickWin(),
        new SprintWithoutQuickWin(),
        new QuickWinOutOfOrder(),
        new AlignmentCycle(),
        new OkrWithoutParent(),
        new OkrWithoutKeyResults(),
        new KeyResultNotMeasurable(),
        new OkrWithoutBuyIn(),
        new ReviewTooRare(),
        new KpiNotPreAgreed(),
        new OutputKpi(),
        new KpiWithoutTarget(),
        new InternalGoalWithoutIndicator(),
        new InternalGoalWithoutReview(),
        new InternalGoalExposed(),
        new NoStakeholderUpdate(),
        new ReviewOverdue(),
        new VisionFocusBelowTarget(),
        new QuickWinOutcomeUnknown(),
        new CapabilityWithoutQuickWin(),
        new UrgentRequestUntriaged(),
        new StrategyStepUnassigned(),
        new DocumentationStale(),
        new SkillWithoutActivity(),
        new NoWeeklyCheckpoint());
  }
}
