package dev.mops.check.rules;

import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.QuickWin;
import java.util.Optional;

/** {@code quick-win-out-of-order}: a quick win is scheduled no later than the one it builds on. */
final class QuickWinOutOfOrder extends BaseRule {
  QuickWinOutOfOrder() {
    super(
        RuleDescriptor.of(
            "quick-win-out-of-order",
            Severity.ERROR,
            "a quick win is scheduled no later than the one it builds on"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      Optional<QuickWin> on = ctx.plan().buildsOn(q);
      if (on.isEmpty() || q.plannedMonth().isAfter(on.get().plannedMonth())) {
        continue;
      }
      QuickWin p = on.get();
      String when =
          q.plannedMonth().equals(p.plannedMonth())
              ? "in the same month as " + name(p) + ", which it builds on"
              : "before " + name(p) + " (" + p.plannedMonth() + "), which it builds on";
      ctx.report(
          q,
          title(q)
              + " is planned for "
              + q.plannedMonth()
              + ", "
              + when
              + "; it cannot ship until what it builds on has shipped.",
          "Plan "
              + quote(q.displayName())
              + " for a month after "
              + p.plannedMonth()
              + ", or move "
              + quote(p.displayName())
              + " earlier.");
    }
  }
}
