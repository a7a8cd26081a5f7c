package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.article;
import static dev.mops.check.rules.Texts.kinds;
import static dev.mops.check.rules.Texts.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.PlanElement;
import dev.mops.model.Reference;
import java.util.List;

/** {@code dangling-reference}: a reference names no element of the expected kind. */
final class DanglingReference extends BaseRule {
  DanglingReference() {
    super(RuleDescriptor.of("dangling-reference", Severity.ERROR, "a reference names no element of the expected kind"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (PlanElement e : ctx.elements()) {
      for (Reference r : e.references()) {
        List<PlanElement> targets = ctx.graph().elementsWithId(r.targetId());
        boolean found = false;
        for (PlanElement t : targets) {
          found |= r.expected().contains(t.elementKind());
        }
        if (found) {
          continue;
        }
        String what = kinds(r.expected());
        String why = targets.isEmpty()
            ? "but the plan has no element with that id"
            : "but \"" + r.targetId() + "\" is " + article(targets.get(0).elementKind()) + ", not " + what;
        ctx.report(e, title(e) + " refers in " + r.field() + " to \"" + r.targetId() + "\" as " + what + ", " + why
            + "; the link is lost, so navigation, reports and the other checks skip it.",
            "Add " + what + " with the id \"" + r.targetId() + "\" or correct the id in " + r.field() + ".");
      }
    }
  }
}
