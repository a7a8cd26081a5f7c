package dev.mops.check.rules;

import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.StrategyStep;

/** {@code strategy-step-unassigned}: a strategy step has no team member assigned. */
final class StrategyStepUnassigned extends BaseRule {
  StrategyStepUnassigned() {
    super(
        RuleDescriptor.of(
            "strategy-step-unassigned",
            Severity.WARNING,
            "a strategy step not yet done has no team member assigned"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (StrategyStep s : ctx.elements(StrategyStep.class)) {
      if (s.assigneeIds().isEmpty() && s.doneOn().isEmpty()) {
        ctx.report(
            s,
            title(s)
                + " has no team member assigned, so nobody is accountable for checking it off.",
            "Assign the team members who will do it in assigneeIds.");
      }
    }
  }
}
