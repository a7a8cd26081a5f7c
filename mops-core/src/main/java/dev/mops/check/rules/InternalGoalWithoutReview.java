package dev.mops.check.rules;

import static dev.mops.check.Wording.count;
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

/**
 * {@code internal-goal-without-review}: no cadence reviews the internal goals. Only a review of
 * internal goals counts (a cadence of kind {@link CadenceKind#INTERNAL_GOAL_REVIEW}): one without
 * subjects reviews every internal goal, one with subjects reviews those. Another cadence that lists
 * a goal (an internal OKR review, a team checkpoint) does not review it as a goal.
 */
final class InternalGoalWithoutReview extends BaseRule {
  InternalGoalWithoutReview() {
    super(
        RuleDescriptor.of(
            "internal-goal-without-review",
            Severity.WARNING,
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
    Set<String> covered = new HashSet<>();
    List<ReviewCadence> others = new ArrayList<>();
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      if (c.kind() != CadenceKind.INTERNAL_GOAL_REVIEW) {
        others.add(c);
      } else if (c.subjectIds().isEmpty()) {
        return;
      } else {
        covered.addAll(c.subjectIds());
      }
    }
    List<InternalGoal> missed = new ArrayList<>();
    for (InternalGoal g : goals) {
      if (!covered.contains(g.id())) {
        missed.add(g);
      }
    }
    if (missed.size() == goals.size()) {
      ctx.report(
          ctx.planPath(),
          "No cadence reviews the "
              + (goals.size() == 1
                  ? "internal goal"
                  : count(goals.size(), "internal goal", "internal goals"))
              + "; these goals take time to show progress, and without a scheduled review the team is "
              + "not held accountable for them."
              + notAReview(others, missed),
          "Schedule a quarterly internal-goal review (a cadence of kind INTERNAL_GOAL_REVIEW) at the beginning of the year.");
      return;
    }
    for (InternalGoal g : missed) {
      ctx.report(
          g,
          title(g)
              + " is not reviewed by any cadence, unlike the team's other internal goals."
              + notAReview(others, List.of(g)),
          "Add " + quote(g.id()) + " to the subjects of the internal-goal review.");
    }
  }

  /** Names the first cadence of another kind that lists one of {@code missed}, or nothing. */
  private static String notAReview(List<ReviewCadence> others, List<InternalGoal> missed) {
    Set<String> ids = new HashSet<>();
    for (InternalGoal g : missed) {
      ids.add(g.id());
    }
    for (ReviewCadence c : others) {
      for (String id : c.subjectIds()) {
        if (ids.contains(id)) {
          return " Cadence "
              + quote(c.displayName())
              + " lists "
              + quote(id)
              + ", but it is of kind "
              + c.kind()
              + "; only a cadence of kind INTERNAL_GOAL_REVIEW reviews internal goals.";
        }
      }
    }
    return "";
  }
}
