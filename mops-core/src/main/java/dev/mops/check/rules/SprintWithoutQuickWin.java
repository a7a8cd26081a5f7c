package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.counts;
import static dev.mops.check.rules.Texts.name;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.QuickWin;
import dev.mops.model.Sprint;

/** {@code sprint-without-quick-win}: a monthly sprint ships no quick win. */
final class SprintWithoutQuickWin extends BaseRule {
  SprintWithoutQuickWin() {
    super(RuleDescriptor.of("sprint-without-quick-win", Severity.WARNING, "a monthly sprint ships no quick win"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Sprint s : ctx.elements(Sprint.class)) {
      if (s.month().isEmpty()) {
        continue;
      }
      boolean any = false;
      for (QuickWin q : ctx.graph().quickWinsOf(s)) {
        any |= counts(q);
      }
      if (!any) {
        ctx.report(s, "Monthly " + name(s) + " (" + s.month().get() + ") ships no quick win; the practice is to deliver "
            + "a quick win each month so stakeholders keep seeing progress.",
            "Plan a quick win for " + s.month().get() + " while the capabilities are built in the background.");
      }
    }
  }
}
