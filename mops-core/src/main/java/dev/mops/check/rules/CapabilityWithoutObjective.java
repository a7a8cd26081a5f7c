package dev.mops.check.rules;

import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Capability;

/** {@code capability-without-objective}: a capability supports no objective. */
final class CapabilityWithoutObjective extends BaseRule {
  CapabilityWithoutObjective() {
    super(
        RuleDescriptor.of(
            "capability-without-objective",
            Severity.WARNING,
            "a capability supports no objective (work nobody asked for)"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Capability c : ctx.elements(Capability.class)) {
      if (!cancelled(c.status()) && ctx.plan().objectivesOf(c).isEmpty()) {
        ctx.report(
            c,
            title(c)
                + " supports no objective; it is work nobody asked for, and stakeholders will not see "
                + "why MOps spends its time on it.",
            "Add the objective it serves to its objectiveIds, or drop it from the plan.");
      }
    }
  }
}
