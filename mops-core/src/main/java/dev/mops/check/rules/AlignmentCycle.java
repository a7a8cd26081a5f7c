package dev.mops.check.rules;

import static dev.mops.check.Wording.count;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.rules.Texts.cycle;
import static dev.mops.check.rules.Texts.lower;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.QuickWin;
import java.util.List;
import java.util.Optional;

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
      // a marketing or company OKR in the cycle is reached; what the cycle lacks is a top
      Optional<Okr> upper = cycle.stream().filter(o -> o.level() != OkrLevel.MOPS).findFirst();
      ctx.report(
          cycle.get(0),
          "OKR parents form a cycle of "
              + count(cycle.size(), "OKR", "OKRs")
              + ": "
              + cycle(cycle)
              + upper
                  .map(
                      o ->
                          "; the cycle includes the "
                              + lower(o.level().name())
                              + " OKR "
                              + quote(o.title())
                              + ", but alignment runs in a circle, so the chain has no top.")
                  .orElse(
                      "; each OKR in it aligns only to the others, so none of them reaches a "
                          + "marketing or company OKR."),
          upper.isPresent()
              ? "Break the cycle: remove the parent link of the "
                  + lower(upper.get().level().name())
                  + " OKR."
              : "Break the cycle: remove one parent link, and align the top OKR to a marketing OKR.");
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
