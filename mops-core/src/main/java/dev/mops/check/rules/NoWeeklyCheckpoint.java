package dev.mops.check.rules;

import static dev.mops.check.Wording.every;
import static dev.mops.check.Wording.quote;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.CadenceKind;
import dev.mops.model.ReviewCadence;

/** {@code no-weekly-checkpoint}: no weekly team checkpoint cadence exists. */
final class NoWeeklyCheckpoint extends BaseRule {
  NoWeeklyCheckpoint() {
    super(
        RuleDescriptor.of(
            "no-weekly-checkpoint", Severity.INFO, "no weekly team checkpoint cadence exists"));
  }

  @Override
  public void check(CheckContext ctx) {
    ReviewCadence nearest = null;
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      if (c.kind() == CadenceKind.TEAM_CHECKPOINT) {
        if (c.frequency().maxDays() <= 7) {
          return;
        }
        nearest = nearest == null || c.frequency().compareTo(nearest.frequency()) < 0 ? c : nearest;
      }
    }
    String other =
        nearest == null
            ? ""
            : " (team checkpoint "
                + quote(nearest.displayName())
                + " runs only "
                + every(nearest.frequency())
                + ")";
    ctx.report(
        ctx.planPath(),
        "The team has no weekly checkpoint"
            + other
            + "; a weekly team checkpoint with a "
            + "trajectory report shared with sales ops keeps the team and its partners in step.",
        "Add a weekly cadence of kind TEAM_CHECKPOINT.");
  }
}
