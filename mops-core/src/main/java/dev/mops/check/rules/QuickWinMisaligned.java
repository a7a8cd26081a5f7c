package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.and;
import static dev.mops.check.rules.Texts.counts;
import static dev.mops.check.rules.Texts.name;
import static dev.mops.check.rules.Texts.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Capability;
import dev.mops.model.Objective;
import dev.mops.model.QuickWin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code quick-win-misaligned}: a quick win claims an objective that none of its capabilities supports. */
final class QuickWinMisaligned extends BaseRule {
  QuickWinMisaligned() {
    super(RuleDescriptor.of("quick-win-misaligned", Severity.ERROR, "a quick win claims an objective that none of its capabilities supports"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      if (!counts(q) || q.objectiveIds().isEmpty()) {
        continue;
      }
      List<Capability> caps = ctx.graph().capabilitiesOf(q);
      Set<String> supported = new HashSet<>();
      List<String> capNames = new ArrayList<>();
      for (Capability c : caps) {
        supported.addAll(c.objectiveIds());
        capNames.add("\"" + c.displayName() + "\"");
      }
      for (Objective o : ctx.graph().claimedObjectivesOf(q)) {
        if (!supported.contains(o.id())) {
          String capsText = caps.isEmpty() ? "it builds no capability at all"
              : "none of its capabilities (" + and(capNames) + ") supports that objective";
          ctx.report(ctx.pathOf(o).child("quickWins", q.id()), title(q) + " claims " + name(o) + ", but "
              + capsText + "; the claim is not backed by anything MOps builds for that objective.",
              "Have it build a capability that supports \"" + o.displayName() + "\", or drop the claim.");
        }
      }
    }
  }
}
