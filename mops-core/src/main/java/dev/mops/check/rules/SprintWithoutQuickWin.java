package dev.mops.check.rules;

import static dev.mops.check.Wording.name;
import static dev.mops.check.rules.Texts.counts;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Work;
import dev.mops.model.QuickWin;
import dev.mops.model.Sprint;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/** {@code sprint-without-quick-win}: a monthly sprint ships no quick win. */
final class SprintWithoutQuickWin extends BaseRule {
  SprintWithoutQuickWin() {
    super(
        RuleDescriptor.of(
            "sprint-without-quick-win", Severity.WARNING, "a monthly sprint ships no quick win"));
  }

  @Override
  public void check(CheckContext ctx) {
    // the months that hold a quick win that counts, found once: a sprint is then one look-up
    Set<YearMonth> months = new HashSet<>();
    for (QuickWin q : ctx.plan().quickWins()) {
      Work.add(1);
      if (counts(q)) {
        months.add(q.plannedMonth());
      }
    }
    for (Sprint s : ctx.elements(Sprint.class)) {
      if (s.month().isEmpty() || months.contains(s.month().get())) {
        continue;
      }
      ctx.report(
          s,
          "Monthly "
              + name(s)
              + " ("
              + s.month().get()
              + ") ships no quick win; the practice is to deliver "
              + "a quick win each month so stakeholders keep seeing progress.",
          "Plan a quick win for "
              + s.month().get()
              + " while the capabilities are built in the background.");
    }
  }
}
