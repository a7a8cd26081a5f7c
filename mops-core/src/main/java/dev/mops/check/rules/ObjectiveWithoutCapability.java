package dev.mops.check.rules;

import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Objective;

/** {@code objective-without-capability}: no capability supports the objective. */
final class ObjectiveWithoutCapability extends BaseRule {
  ObjectiveWithoutCapability() {
    super(
        RuleDescriptor.of(
            "objective-without-capability",
            Severity.WARNING,
            "no capability supports the objective"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Objective o : ctx.elements(Objective.class)) {
      if (!cancelled(o.status()) && ctx.plan().capabilitiesOf(o).isEmpty()) {
        ctx.report(
            o,
            "No capability supports "
                + name(o)
                + "; MOps has nothing planned to build for it, "
                + "so its quick wins cannot grow into a lasting capability.",
            "Map the objective to the capabilities it needs (e.g. sales enablement, lead management) by adding "
                + quote(o.id())
                + " to their objectiveIds.");
      }
    }
  }
}
