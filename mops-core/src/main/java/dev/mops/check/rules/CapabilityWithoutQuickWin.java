package dev.mops.check.rules;

import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.counts;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Capability;
import dev.mops.model.Lifecycle;
import dev.mops.model.QuickWin;

/**
 * {@code capability-without-quick-win}: a capability being built has no quick win showing progress.
 */
final class CapabilityWithoutQuickWin extends BaseRule {
  CapabilityWithoutQuickWin() {
    super(
        RuleDescriptor.of(
            "capability-without-quick-win",
            Severity.WARNING,
            "a capability is being built but no quick win shows stakeholders progress on it"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Capability c : ctx.elements(Capability.class)) {
      if (c.status() != Lifecycle.ACTIVE) {
        continue;
      }
      boolean any = false;
      for (QuickWin q : ctx.plan().quickWinsOf(c)) {
        any |= counts(q);
      }
      if (!any) {
        ctx.report(
            c,
            title(c)
                + " is being built, but no quick win shows stakeholders progress on it; months of "
                + "building with nothing to show make MOps look like a roadblock.",
            "Break it into a quick win that can ship within a monthly sprint.");
      }
    }
  }
}
