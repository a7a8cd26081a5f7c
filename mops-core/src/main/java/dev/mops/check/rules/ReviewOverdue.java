package dev.mops.check.rules;

import static dev.mops.check.Wording.every;
import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.metrics.PlanMetrics;
import dev.mops.metrics.ReviewAdherence;
import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code review-overdue}: as of a date, a scheduled review was not held. */
final class ReviewOverdue extends BaseRule {
  ReviewOverdue() {
    super(
        RuleDescriptor.builder(
                "review-overdue",
                Severity.WARNING,
                "as of a given date, a scheduled review was not held (a window is due once it ended, plus grace days)")
            .needsAsOf()
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    Plan plan = ctx.plan();
    Map<String, List<Review>> byCadence = new HashMap<>();
    for (Review r : ctx.reviews()) {
      byCadence.computeIfAbsent(r.cadenceId(), k -> new ArrayList<>()).add(r);
    }
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      // one definition of due and held windows, shared with the review-adherence metric; windows
      // are counted, not listed, so a daily cadence over centuries costs what a monthly one does
      ReviewAdherence adherence =
          PlanMetrics.reviewAdherence(plan, c, byCadence.getOrDefault(c.id(), List.of()), asOf);
      long missed = adherence.overdueCount();
      if (missed == 0) {
        continue;
      }
      List<String> named = new ArrayList<>();
      for (DateRange w : adherence.latestOverdue(missed <= 5 ? 5 : 3)) {
        named.add(Windows.text(w));
      }
      String which =
          missed <= 5
              ? list(named)
              : "the latest " + list(named) + ", and " + (missed - 3) + " earlier";
      ctx.report(
          c,
          title(c)
              + " ("
              + every(c.frequency())
              + "): "
              + missed
              + " of "
              + adherence.dueCount()
              + " due reviews "
              + (missed == 1 ? "was" : "were")
              + " not held as of "
              + asOf
              + " ("
              + which
              + "); the cadence and credibility of these sessions is what keeps partners engaged.",
          "Hold the missed review and record it as a Review of cadence "
              + quote(c.id())
              + " covering the period (a late review still counts for the period it covers).");
    }
  }
}
