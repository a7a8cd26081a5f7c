package dev.mops.check.rules;

import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.DateRange;
import dev.mops.model.Okr;
import dev.mops.model.QuickWin;
import dev.mops.model.Review;
import dev.mops.model.Sprint;

/**
 * {@code outside-plan-period}: a sprint, quick win, OKR or review falls outside the plan's period.
 */
final class OutsidePlanPeriod extends BaseRule {
  OutsidePlanPeriod() {
    super(
        RuleDescriptor.of(
            "outside-plan-period",
            Severity.ERROR,
            "a sprint or OKR is not within the plan's period, or a quick win's month or a review's covered period has no day in it"));
  }

  @Override
  public void check(CheckContext ctx) {
    DateRange period = ctx.plan().period();
    String hint =
        "Move it into the plan's period " + period + ", or into the plan for its own period.";
    for (Sprint s : ctx.elements(Sprint.class)) {
      if (!period.encloses(s.range())) {
        ctx.report(
            s,
            title(s)
                + " runs "
                + s.range()
                + ", "
                + extent(period, s.range())
                + " the plan's period "
                + period
                + "; work planned outside the period is not tracked by this plan.",
            hint);
      }
    }
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      if (!period.overlaps(DateRange.ofMonth(q.plannedMonth()))) {
        ctx.report(
            q,
            title(q)
                + " is planned for "
                + q.plannedMonth()
                + ", outside the plan's period "
                + period
                + "; it will not show up in any of the plan's sprints or monthly updates.",
            hint);
      }
    }
    for (Okr o : ctx.elements(Okr.class)) {
      if (!period.encloses(o.period())) {
        ctx.report(
            o,
            title(o)
                + " runs "
                + o.period()
                + ", "
                + extent(period, o.period())
                + " the plan's period "
                + period
                + "; its results cannot be judged within this plan.",
            hint);
      }
    }
    for (Review r : ctx.reviews()) {
      if (!period.overlaps(r.covers())) {
        ctx.report(
            r,
            "Review "
                + quote(r.id())
                + " covers "
                + r.covers()
                + ", outside the plan's period "
                + period
                + "; it counts for no review window of this plan.",
            hint);
      }
    }
  }

  private static String extent(DateRange period, DateRange r) {
    return period.overlaps(r) ? "partly outside" : "outside";
  }
}
