package dev.mops.check.rules;

import static dev.mops.check.Wording.count;
import static dev.mops.check.rules.Texts.cycle;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Okr;
import dev.mops.model.QuickWin;
import java.util.List;

/** {@code alignment-cycle}: a cycle in OKR parents or in "builds on" links. */
final class AlignmentCycle extends BaseRule {
  AlignmentCycle() {
    super(
        RuleDescriptor.of(
            "alignment-cycle", Severity.ERROR, "a cycle in OKR parents or in \"builds on\" links"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (List<Okr> cycle : ctx.plan().okrCycles()) {
      ctx.report(
          cycle.get(0),
          "OKR parents form a cycle of "
              + count(cycle.size(), "OKR", "OKRs")
              + ": "
              + cycle(cycle)
              + "; each OKR in it aligns only to the others, so none of them reaches a marketing "
              + "or company OKR.",
          "Break the cycle: remove one parent link, and align the top OKR to a marketing OKR.");
    }
    for (List<QuickWin> cycle : ctx.plan().buildsOnCycles()) {
      ctx.report(
          cycle.get(0),
          "Quick wins build on each other in a cycle of "
              + count(cycle.size(), "quick win", "quick wins")
              + ": "
              + cycle(cycle)
              + "; none of them can ship first.",
          "Remove the \"builds on\" link that points back to an earlier quick win.");
    }
  }
}
