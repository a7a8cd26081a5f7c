package dev.mops.check.rules;

import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.counts;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.QuickWin;

/** {@code quick-win-without-capability}: a quick win builds no capability. */
final class QuickWinWithoutCapability extends BaseRule {
  QuickWinWithoutCapability() {
    super(
        RuleDescriptor.of(
            "quick-win-without-capability", Severity.WARNING, "a quick win builds no capability"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      if (counts(q) && ctx.plan().capabilitiesOf(q).isEmpty()) {
        ctx.report(
            q,
            title(q)
                + " builds no capability; it ships something once but moves no long-term capability "
                + "forward.",
            "Add the capability it advances to its capabilityIds.");
      }
    }
  }
}
