package dev.mops.check.rules;

import static dev.mops.check.Wording.quote;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.DateRange;
import dev.mops.model.Sprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code sprint-overlap}: two sprints of the plan cover the same days. */
final class SprintOverlap extends BaseRule {
  SprintOverlap() {
    super(
        RuleDescriptor.of(
            "sprint-overlap", Severity.ERROR, "two sprints of the plan cover the same days"));
  }

  @Override
  public void check(CheckContext ctx) {
    List<Sprint> sprints = new ArrayList<>(ctx.elements(Sprint.class));
    sprints.sort(Comparator.comparing(Sprint::range));
    Sprint reach = null;
    for (Sprint s : sprints) {
      if (reach != null && !s.range().start().isAfter(reach.range().end())) {
        DateRange both = s.range().intersection(reach.range()).orElseThrow();
        ctx.report(
            s,
            "Sprints "
                + quoteName(reach)
                + " ("
                + reach.range()
                + ") and "
                + quoteName(s)
                + " ("
                + s.range()
                + ") both cover "
                + both
                + "; a plan belongs to one team, so each day can be in only one sprint.",
            "Shorten or move one of them so they no longer overlap.");
      }
      if (reach == null || s.range().end().isAfter(reach.range().end())) {
        reach = s;
      }
    }
  }

  private static String quoteName(Sprint s) {
    return quote(s.displayName());
  }
}
