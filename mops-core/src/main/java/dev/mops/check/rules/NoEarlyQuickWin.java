package dev.mops.check.rules;

import static dev.mops.check.Wording.count;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleParameter;
import dev.mops.check.Severity;
import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code no-early-quick-win}: an objective's first quick win lands after month N. */
final class NoEarlyQuickWin extends BaseRule {
  NoEarlyQuickWin() {
    // snippet: rule-parameter
    super(RuleDescriptor.builder("no-early-quick-win", Severity.WARNING,
            "an objective's first quick win lands after month N, counted from the later of the plan's and the objective's start")
        .parameter(RuleParameter.integer("months", 1, 1, 24).withUnit("months")
            .withDescription("the latest month, counted from the later start, for an objective's first quick win"))
        .build());
    // end snippet
  }

  @Override
  public void check(CheckContext ctx) {
    // snippet: rule-parameter-read
    int n = ctx.intParameter("months");   // 1..24, checked when the rule set was built
    // end snippet
    Plan plan = ctx.plan();
    LocalDate planStart = plan.period().start();
    // the first landing quick win of each capability, found once: objectives share capabilities
    IdentityHashMap<QuickWin, Integer> position = new IdentityHashMap<>();
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      position.putIfAbsent(q, position.size());
    }
    IdentityHashMap<Capability, Optional<QuickWin>> firstOfCapability = new IdentityHashMap<>();
    for (Objective o : ctx.elements(Objective.class)) {
      if (cancelled(o.status())) {
        continue;
      }
      LocalDate start =
          o.period().map(DateRange::start).filter(d -> d.isAfter(planStart)).orElse(planStart);
      YearMonth from = YearMonth.from(start);
      @Nullable QuickWin firstWin = null;
      for (QuickWin q : plan.quickWinsClaiming(o)) {
        firstWin = earlier(firstWin, q, position);
      }
      for (Capability c : plan.capabilitiesOf(o)) {
        Optional<QuickWin> best =
            firstOfCapability.computeIfAbsent(
                c,
                k -> {
                  @Nullable QuickWin w = null;
                  for (QuickWin q : plan.quickWinsOf(k)) {
                    w = earlier(w, q, position);
                  }
                  return Optional.ofNullable(w);
                });
        firstWin = best.isPresent() ? earlier(firstWin, best.get(), position) : firstWin;
      }
      String hint =
          "Break a capability into a quick win MOps can ship by month "
              + n
              + " ("
              + from.plusMonths(n - 1L)
              + "), e.g. an email template sales can send on their own.";
      if (firstWin == null) {
        ctx.report(
            o,
            "No quick win is planned for "
                + name(o)
                + "; stakeholders would wait for whole capabilities "
                + "to be built and come to see MOps as a roadblock.",
            hint);
        continue;
      }
      YearMonth first = lands(firstWin);
      long month = java.time.temporal.ChronoUnit.MONTHS.between(from, first) + 1;
      if (month > n) {
        ctx.report(
            o,
            "The first quick win for "
                + name(o)
                + " ("
                + quote(firstWin.displayName())
                + ") lands in "
                + first
                + ", month "
                + month
                + " counted from "
                + from
                + "; stakeholders wait "
                + count(month - 1, "month", "months")
                + " for anything visible and come to see MOps as a roadblock.",
            hint);
      }
    }
  }

  private static YearMonth lands(QuickWin q) {
    return q.launchedOn().map(YearMonth::from).orElse(q.plannedMonth());
  }

  /**
   * The one of {@code best} and {@code q} that lands first, the earlier in the plan on a tie; skips
   * missed and cancelled.
   */
  private static @Nullable QuickWin earlier(
      @Nullable QuickWin best, QuickWin q, Map<QuickWin, Integer> position) {
    if (q.status() == QuickWinStatus.CANCELLED || q.status() == QuickWinStatus.MISSED) {
      return best;
    }
    if (best == null) {
      return q;
    }
    int c = lands(q).compareTo(lands(best));
    if (c != 0) {
      return c < 0 ? q : best;
    }
    return position.getOrDefault(q, Integer.MAX_VALUE)
            < position.getOrDefault(best, Integer.MAX_VALUE)
        ? q
        : best;
  }
}
