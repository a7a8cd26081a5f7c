package dev.mops.check.rules;

import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.CadenceKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.ReviewCadence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code internal-goal-without-review}: no cadence reviews the internal goals. */
final class InternalGoalWithoutReview extends BaseRule {
  InternalGoalWithoutReview() {
    super(RuleDescriptor.of("internal-goal-without-review", Severity.WARNING,
        "no cadence reviews the internal goals (quarterly is the norm)"));
  }

  @Override
  public void check(CheckContext ctx) {
    List<InternalGoal> goals = new ArrayList<>();
    for (InternalGoal g : ctx.elements(InternalGoal.class)) {
      if (!cancelled(g.status())) {
        goals.add(g);
      }
    }
    if (goals.isEmpty()) {
      return;
    }
    boolean coversAll = false;
    Set<String> covered = new HashSet<>();
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      coversAll |= c.kind() == CadenceKind.INTERNAL_GOAL_REVIEW && c.subjectIds().isEmpty();
      covered.addAll(c.subjectIds());
    }
    if (coversAll) {
      return;
    }
    List<InternalGoal> missed = new ArrayList<>();
    for (InternalGoal g : goals) {
      if (!covered.contains(g.id())) {
        missed.add(g);
      }
    }
    if (missed.size() == goals.size()) {
      ctx.report(ctx.planPath(), "No cadence reviews the " + (goals.size() == 1 ? "internal goal" : goals.size()
          + " internal goals") + "; these goals take time to show progress, and without a scheduled review the team is "
          + "not held accountable for them.",
          "Schedule a quarterly internal-goal review (a cadence of kind INTERNAL_GOAL_REVIEW) at the beginning of the year.");
      return;
    }
    for (InternalGoal g : missed) {
      ctx.report(g, title(g) + " is not reviewed by any cadence, unlike the team's other internal goals.",
          "Add " + quote(g.id()) + " to the subjects of the internal-goal review.");
    }
  }
}
