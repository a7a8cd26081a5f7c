package dev.mops.check.rules;

import static dev.mops.check.Wording.name;
import static dev.mops.check.rules.Texts.counts;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.check.Wording;
import dev.mops.core.internal.Work;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Sprint;
import java.time.YearMonth;
import java.util.TreeSet;

/**
 * {@code sprint-without-quick-win}: a sprint ships no quick win. A quick win ships in the month it
 * launched, or, until it launches, the month it is planned for; a missed or cancelled one ships
 * nothing. A sprint of any length ships one when such a month overlaps its days, so two-week
 * sprints share their month's quick win and a sprint across two months needs one in either.
 */
final class SprintWithoutQuickWin extends BaseRule {
  SprintWithoutQuickWin() {
    super(
        RuleDescriptor.of(
            "sprint-without-quick-win",
            Severity.WARNING,
            "a sprint ships no quick win in any month it covers (missed quick wins do not count)"));
  }

  @Override
  public void check(CheckContext ctx) {
    // the months that hold a quick win that ships, found once: a sprint is then one look-up
    TreeSet<YearMonth> months = new TreeSet<>();
    for (QuickWin q : ctx.plan().quickWins()) {
      Work.add(1);
      if (ships(q)) {
        months.add(q.launchedOn().map(YearMonth::from).orElse(q.plannedMonth()));
      }
    }
    for (Sprint s : ctx.elements(Sprint.class)) {
      Work.add(1);
      YearMonth first = YearMonth.from(s.range().start());
      YearMonth shipped = months.ceiling(first);
      if (shipped != null && !shipped.isAfter(YearMonth.from(s.range().end()))) {
        continue;
      }
      String when = s.month().map(YearMonth::toString).orElse(s.range().toString());
      ctx.report(
          s,
          (s.month().isPresent() ? "Monthly " : "")
              + (s.month().isPresent() ? name(s) : Wording.title(s))
              + " ("
              + when
              + ") ships no quick win; the practice is to deliver "
              + "a quick win each month so stakeholders keep seeing progress.",
          "Plan a quick win for " + when + " while the capabilities are built in the background.");
    }
  }

  /** Whether the quick win ships (or is still to ship): not missed, not cancelled. */
  private static boolean ships(QuickWin q) {
    return counts(q) && q.status() != QuickWinStatus.MISSED;
  }
}
