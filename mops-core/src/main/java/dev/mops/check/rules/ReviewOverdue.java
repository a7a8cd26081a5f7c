package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.every;
import static dev.mops.check.rules.Texts.some;
import static dev.mops.check.rules.Texts.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code review-overdue}: as of a date, a scheduled review was not held. */
final class ReviewOverdue extends BaseRule {
  private static final int MAX_WINDOWS = 100_000;

  ReviewOverdue() {
    super(RuleDescriptor.builder("review-overdue", Severity.WARNING,
            "as of a given date, a scheduled review was not held (a window is due once it ended, plus grace days)")
        .needsAsOf().build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    Plan plan = ctx.plan();
    Map<String, List<DateRange>> covers = new HashMap<>();
    for (Review r : ctx.reviews()) {
      if (!r.heldOn().isAfter(asOf)) {
        covers.computeIfAbsent(r.cadenceId(), k -> new ArrayList<>()).add(r.covers());
      }
    }
    for (List<DateRange> list : covers.values()) {
      list.sort(Comparator.naturalOrder());
    }
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      List<DateRange> due = Windows.due(c, plan, asOf, MAX_WINDOWS);
      List<DateRange> held = covers.getOrDefault(c.id(), List.of());
      List<String> missed = new ArrayList<>();
      int k = 0;
      LocalDate reach = null;
      for (DateRange w : due) {
        while (k < held.size() && !held.get(k).start().isAfter(w.end())) {
          reach = reach == null || held.get(k).end().isAfter(reach) ? held.get(k).end() : reach;
          k++;
        }
        if (reach == null || reach.isBefore(w.start())) {
          missed.add(Windows.text(w));
        }
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
