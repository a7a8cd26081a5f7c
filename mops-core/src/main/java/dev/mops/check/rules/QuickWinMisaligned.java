package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.counts;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Work;
import dev.mops.model.Capability;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code quick-win-misaligned}: a quick win claims an objective that none of its capabilities
 * supports.
 */
final class QuickWinMisaligned extends BaseRule {
  QuickWinMisaligned() {
    super(
        RuleDescriptor.of(
            "quick-win-misaligned",
            Severity.ERROR,
            "a quick win claims an objective that none of its capabilities supports"));
  }

  @Override
  public void check(CheckContext ctx) {
    Plan plan = ctx.plan();
    IdentityHashMap<Capability, Set<String>> supportedBy = new IdentityHashMap<>();
    for (QuickWin q : ctx.elements(QuickWin.class)) {
      if (!counts(q) || q.objectiveIds().isEmpty()) {
        continue;
      }
      List<Capability> caps = plan.capabilitiesOf(q);
      List<Objective> claimed = plan.claimedObjectivesOf(q);
      // whichever is cheaper: the union of the capabilities' objectives, each claim against each
      // capability, or each claim's supporting capabilities against this quick win's
      long union = 0;
      for (Capability c : caps) {
        union += c.objectiveIds().size();
      }
      long reverse = 0;
      for (Objective o : claimed) {
        reverse += plan.capabilitiesOf(o).size();
      }
      long pairs = (long) caps.size() * claimed.size();
      Predicate<Objective> supported;
      if (union <= pairs && union <= reverse) {
        Set<String> ids = new HashSet<>();
        for (Capability c : caps) {
          Work.add(c.objectiveIds().size());
          ids.addAll(c.objectiveIds());
        }
        supported = o -> ids.contains(o.id());
      } else if (pairs <= reverse) {
        supported =
            o -> {
              for (Capability c : caps) {
                Work.add(1);
                if (supportedBy
                    .computeIfAbsent(c, QuickWinMisaligned::objectiveIds)
                    .contains(o.id())) {
                  return true;
                }
              }
              return false;
            };
      } else {
        Set<Capability> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        mine.addAll(caps);
        supported =
            o -> {
              for (Capability c : plan.capabilitiesOf(o)) {
                if (mine.contains(c)) {
                  return true;
                }
              }
              return false;
            };
      }
      for (Objective o : claimed) {
        if (!supported.test(o)) {
          List<String> capNames = new ArrayList<>();
          for (Capability c : caps.subList(0, Math.min(3, caps.size()))) {
            capNames.add(quote(c.displayName()));
          }
          String capsText =
              caps.isEmpty()
                  ? "it builds no capability at all"
                  : "none of its capabilities ("
                      + list(capNames, caps.size(), 3)
                      + ") supports that objective";
          ctx.report(
              ctx.pathOf(o).child("quickWins", q.id()),
              title(q)
                  + " claims "
                  + name(o)
                  + ", but "
                  + capsText
                  + "; the claim is not backed by anything MOps builds for that objective.",
              "Have it build a capability that supports "
                  + quote(o.displayName())
                  + ", or drop the claim.");
        }
      }
    }
  }

  private static Set<String> objectiveIds(Capability c) {
    Work.add(c.objectiveIds().size());
    return new HashSet<>(c.objectiveIds());
  }
}
