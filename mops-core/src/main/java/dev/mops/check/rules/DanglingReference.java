package dev.mops.check.rules;

import static dev.mops.check.Wording.article;
import static dev.mops.check.Wording.kinds;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Suggestions;
import dev.mops.core.internal.Work;
import dev.mops.model.ElementKind;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Reference;
import java.util.EnumSet;
import java.util.Optional;

/** {@code dangling-reference}: a reference names no element of the expected kind. */
final class DanglingReference extends BaseRule {
  /**
   * How many candidate ids one check may compare for "did you mean" in all: the suggestions cost at
   * most this many bounded comparisons whatever the number of dangling references.
   */
  static final int SUGGESTION_BUDGET = 20_000;

  DanglingReference() {
    super(
        RuleDescriptor.of(
            "dangling-reference",
            Severity.ERROR,
            "a reference names no element of the expected kind"));
  }

  @Override
  public void check(CheckContext ctx) {
    Plan plan = ctx.plan();
    int[] budget = {SUGGESTION_BUDGET};
    for (PlanElement e : ctx.elements()) {
      for (Reference r : e.references()) {
        Work.add(1);
        // the plan's one look-up rule: the first element with the id, whatever its kind
        Optional<PlanElement> target = plan.find(r.targetId());
        if (target.isPresent() && r.expected().contains(target.get().elementKind())) {
          continue;
        }
        String what = kinds(r.expected());
        int sharing = plan.elementsWithId(r.targetId()).size();
        String why =
            target.isEmpty()
                ? "but the plan has no element with that id"
                : "but "
                    + quote(r.targetId())
                    + " is "
                    + article(target.get().elementKind())
                    + ", not "
                    + what
                    + (sharing > 1
                        ? " (the first of "
                            + sharing
                            + " elements with that id, and ids resolve to the first)"
                        : "");
        ctx.report(
            e,
            title(e)
                + " refers in "
                + r.field()
                + " to "
                + quote(r.targetId())
                + " as "
                + what
                + ", "
                + why
                + "; the link is lost, so navigation, reports and the other checks skip it.",
            suggestion(plan, r, budget)
                    .map(id -> "Did you mean " + quote(id) + "? Otherwise a")
                    .orElse("A")
                + "dd "
                + what
                + " with the id "
                + quote(r.targetId())
                + " or correct the id in "
                + r.field()
                + ".");
      }
    }
  }

  /** The id of an element of an expected kind closest to the dangling one, within the budget. */
  private static Optional<String> suggestion(Plan plan, Reference r, int[] budget) {
    Suggestions s = Suggestions.closeTo(r.targetId());
    // in the kinds' document order (the reference's own set has no stable order)
    for (ElementKind kind : EnumSet.copyOf(r.expected())) {
      for (PlanElement candidate : plan.elements(kind)) {
        if (budget[0] <= 0) {
          return s.best();
        }
        budget[0]--;
        s.offer(candidate.id());
      }
    }
    return s.best();
  }
}
