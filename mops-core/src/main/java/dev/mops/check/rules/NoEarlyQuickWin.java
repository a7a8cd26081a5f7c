package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.cancelled;
import static dev.mops.check.rules.Texts.name;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import java.time.LocalDate;
import java.time.YearMonth;

/** {@code no-early-quick-win}: an objective's first quick win lands after month N. */
final class NoEarlyQuickWin extends BaseRule {
  NoEarlyQuickWin() {
    super(RuleDescriptor.builder("no-early-quick-win", Severity.WARNING,
            "an objective's first quick win lands after month N, counted from the later of the plan's and the objective's start")
        .parameter("months", "1").build());
  }

  @Override
  public void check(CheckContext ctx) {
    int n = ctx.intParameter("months");
    LocalDate planStart = ctx.plan().period().start();
    for (Objective o : ctx.elements(Objective.class)) {
      if (cancelled(o.status())) {
        continue;
      }
      LocalDate start = o.period().map(DateRange::start).filter(d -> d.isAfter(planStart)).orElse(planStart);
      YearMonth from = YearMonth.from(start);
      YearMonth first = null;
      QuickWin firstWin = null;
      for (QuickWin q : ctx.graph().quickWinsOf(o)) {
        if (q.status() == QuickWinStatus.CANCELLED || q.status() == QuickWinStatus.MISSED) {
          continue;
        }
        YearMonth lands = q.launchedOn().map(YearMonth::from).orElse(q.plannedMonth());
        if (first == null || lands.isBefore(first)) {
          first = lands;
          firstWin = q;
        }
      }
      String hint = "Break a capability into a quick win MOps can ship by month " + n + " (" + from.plusMonths(n - 1L)
          + "), e.g. an email template sales can send on their own.";
      if (first == null) {
        ctx.report(o, "No quick win is planned for " + name(o) + "; stakeholders would wait for whole capabilities "
            + "to be built and come to see MOps as a roadblock.", hint);
        continue;
      }
      long month = java.time.temporal.ChronoUnit.MONTHS.between(from, first) + 1;
      if (month > n) {
        ctx.report(o, "The first quick win for " + name(o) + " (\"" + firstWin.displayName() + "\") lands in " + first
            + ", month " + month + " counted from " + from + "; stakeholders wait " + (month - 1)
            + (month - 1 == 1 ? " month" : " months") + " for anything visible and come to see MOps as a roadblock.",
            hint);
      }
    }
  }
}
