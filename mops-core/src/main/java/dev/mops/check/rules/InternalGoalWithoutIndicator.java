package dev.mops.check.rules;

import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.InternalGoal;

/** {@code internal-goal-without-indicator}: an internal goal has no "how do we know" indicator. */
final class InternalGoalWithoutIndicator extends BaseRule {
  InternalGoalWithoutIndicator() {
    super(
        RuleDescriptor.of(
            "internal-goal-without-indicator",
            Severity.ERROR,
            "an internal goal has no \"how do we know we've achieved this\" indicator"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (InternalGoal g : ctx.elements(InternalGoal.class)) {
      if (!cancelled(g.status()) && g.indicators().isEmpty()) {
        ctx.report(
            g,
            title(g)
                + " has no \"how do we know we've achieved this?\" indicator, so the quarterly review "
                + "cannot tell whether the team is getting there.",
            "Add a success indicator: a measured value with a target, a checklist, or an observation the team records.");
      }
    }
  }
}
