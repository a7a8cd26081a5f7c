package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.every;
import static dev.mops.check.rules.Texts.some;
import static dev.mops.check.rules.Texts.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import dev.mops.metrics.PlanMetrics;
import dev.mops.metrics.ReviewAdherence;
import dev.mops.model.ReviewCadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code review-overdue}: as of a date, a scheduled review was not held. */
final class ReviewOverdue extends BaseRule {
  ReviewOverdue() {
    super(RuleDescriptor.builder("review-overdue", Severity.WARNING,
            "as of a given date, a scheduled review was not held (a window is due once it ended, plus grace days)")
        .needsAsOf().build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    Plan plan = ctx.plan();
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      // one definition of due and held windows, shared with the review-adherence metric
      ReviewAdherence adherence = PlanMetrics.reviewAdherence(plan, c, ctx.reviews(), asOf);
      List<DateRange> due = adherence.due();
      List<String> missed = new ArrayList<>();
      for (DateRange w : adherence.overdue()) {
        missed.add(Windows.text(w));
      }
      if (missed.isEmpty()) {
        continue;
      }
      ctx.report(c, title(c) + " (" + every(c.frequency()) + "): " + missed.size() + " of " + due.size()
          + " due reviews " + (missed.size() == 1 ? "was" : "were") + " not held as of " + asOf + " ("
          + some(missed, 5) + "); the cadence and credibility of these sessions is what keeps partners engaged.",
          "Hold the missed review and record it as a Review of cadence \"" + c.id()
              + "\" covering the period (a late review still counts for the period it covers).");
    }
  }
}
