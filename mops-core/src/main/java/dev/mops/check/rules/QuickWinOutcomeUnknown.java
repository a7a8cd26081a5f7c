package dev.mops.check.rules;

import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import java.time.LocalDate;

/**
 * {@code quick-win-outcome-unknown}: a quick win's month has ended without a recorded launch or
 * miss. A launch dated after the as-of date is not recorded as of that date, as every other dated
 * record.
 */
final class QuickWinOutcomeUnknown extends BaseRule {
  QuickWinOutcomeUnknown() {
    super(
        RuleDescriptor.builder(
                "quick-win-outcome-unknown",
                Severity.WARNING,
                "as of a date, a quick win's month has ended and neither its launch nor its miss is recorded")
            .needsAsOf()
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      // a launch dated after the as-of date is not yet recorded as of that date
      boolean unknown =
          q.status() == QuickWinStatus.PLANNED
              || (q.status() == QuickWinStatus.LAUNCHED
                  && q.launchedOn().filter(on -> on.isAfter(asOf)).isPresent());
      if (unknown && !q.plannedMonth().atEndOfMonth().isAfter(asOf)) {
        ctx.report(
            q,
            title(q)
                + " was planned for "
                + q.plannedMonth()
                + ", which has ended as of "
                + asOf
                + ", but neither its launch nor its miss is recorded; a quick win's success is binary: did it launch or not?",
            "Record launchedOn if it launched, or mark it MISSED (or CANCELLED) with an outcome note.");
      }
    }
  }
}
