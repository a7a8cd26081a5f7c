package dev.mops.check.rules;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Okr;
import dev.mops.model.QuickWin;
import java.util.List;

/** {@code alignment-cycle}: a cycle in OKR parents or in "builds on" links. */
final class AlignmentCycle extends BaseRule {
  AlignmentCycle() {
    super(RuleDescriptor.of("alignment-cycle", Severity.ERROR, "a cycle in OKR parents or in \"builds on\" links"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (List<String> cycle : ctx.graph().okrCycles()) {
      Okr first = ctx.graph().resolve(cycle.get(0), Okr.class).orElseThrow();
      ctx.report(first, "OKR parents form a cycle: " + dev.mops.check.AlignmentGraph.describeCycle(cycle)
          + "; each OKR in it aligns only to the others, so none of them reaches a marketing or company OKR.",
          "Break the cycle: remove one parent link, and align the top OKR to a marketing OKR.");
    }
    for (List<String> cycle : ctx.graph().buildsOnCycles()) {
      QuickWin first = ctx.graph().resolve(cycle.get(0), QuickWin.class).orElseThrow();
      ctx.report(first, "Quick wins build on each other in a cycle: "
          + dev.mops.check.AlignmentGraph.describeCycle(cycle) + "; none of them can ship first.",
          "Remove the \"builds on\" link that points back to an earlier quick win.");
    }
  }
}
