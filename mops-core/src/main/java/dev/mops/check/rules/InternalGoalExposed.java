package dev.mops.check.rules;

import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.isInternal;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Work;
import dev.mops.model.PlanElement;
import dev.mops.model.Reference;

/** {@code internal-goal-exposed}: a public element references an internal one. */
final class InternalGoalExposed extends BaseRule {
  InternalGoalExposed() {
    super(
        RuleDescriptor.of(
            "internal-goal-exposed",
            Severity.ERROR,
            "a public element references an internal one (an internal goal, indicator, work item, note or internal element)"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (PlanElement e : ctx.elements()) {
      if (isInternal(e)) {
        continue;
      }
      for (Reference r : e.references()) {
        Work.add(1);
        PlanElement target = ctx.plan().find(r.targetId()).orElse(null);
        if (target == null || !isInternal(target)) {
          continue;
        }
        String internal =
            target.elementKind().isAlwaysInternal() ? name(target) : "the internal " + name(target);
        ctx.report(
            e,
            title(e)
                + " is shown to stakeholders, but its "
                + r.field()
                + " names "
                + internal
                + "; publishing the plan would either expose what only the MOps team should see or silently lose the link.",
            "Make "
                + name(e)
                + " internal too, or remove the reference to "
                + quote(r.targetId())
                + ".");
      }
    }
  }
}
