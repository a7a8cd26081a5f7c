package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Work;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code okr-without-parent}: a MOps OKR does not align to a marketing (or company) OKR. */
final class OkrWithoutParent extends BaseRule {
  OkrWithoutParent() {
    super(
        RuleDescriptor.of(
            "okr-without-parent",
            Severity.WARNING,
            "a MOps OKR does not align to a marketing (or company) OKR"));
  }

  @Override
  public void check(CheckContext ctx) {
    Plan plan = ctx.plan();
    // whether an OKR or one of its ancestors is above MOps, found once per OKR: chains share tails
    IdentityHashMap<Okr, Boolean> reachesAbove = new IdentityHashMap<>();
    for (List<Okr> cycle : plan.okrCycles()) {
      boolean any = false;
      for (Okr m : cycle) {
        Work.add(1);
        any |= above(m);
      }
      for (Okr m : cycle) {
        reachesAbove.put(m, any);
      }
    }
    for (Okr okr : ctx.elements(Okr.class)) {
      if (okr.level() != OkrLevel.MOPS || cancelled(okr.status())) {
        continue;
      }
      if (reachesAbove(plan, okr, reachesAbove)) {
        continue;
      }
      List<Okr> chain = plan.ancestorsOf(okr);
      List<String> names = new ArrayList<>();
      Iterator<Okr> it = chain.iterator();
      while (names.size() < 3 && it.hasNext()) {
        names.add(quote(it.next().displayName()));
      }
      String why =
          chain.isEmpty() && okr.parentId().isEmpty() && okr.externalParent().isEmpty()
              ? "has no parent OKR"
              : chain.isEmpty()
                  ? "has no parent OKR at the marketing or company level"
                  : "aligns only to MOps OKRs (" + list(names, chain.size(), 3) + ")";
      ctx.report(
          okr,
          "MOps "
              + name(okr)
              + " "
              + why
              + "; MOps OKRs should directly support the marketing team's "
              + "goals, or nobody can see how the work adds to marketing success.",
          "Set its parent to the marketing OKR it supports: parentId for one in this plan, externalParent for one "
              + "held elsewhere.");
    }
  }

  /** Whether {@code okr} or an ancestor is above MOps, memoized along the walk. */
  private static boolean reachesAbove(Plan plan, Okr okr, Map<Okr, Boolean> memo) {
    List<Okr> path = new ArrayList<>();
    @Nullable Okr cur = okr;
    while (cur != null && !memo.containsKey(cur)) {
      Work.add(1);
      path.add(cur);
      cur = plan.parentOf(cur).orElse(null);
    }
    boolean v = cur != null && Boolean.TRUE.equals(memo.get(cur));
    for (int i = path.size() - 1; i >= 0; i--) {
      v |= above(path.get(i));
      memo.put(path.get(i), v);
    }
    return memo.getOrDefault(okr, v);
  }

  /**
   * Whether an OKR counts as alignment above MOps: it is above MOps or names an external parent
   * that is.
   */
  private static boolean above(Okr okr) {
    return okr.level() != OkrLevel.MOPS || above(okr.externalParent());
  }

  private static boolean above(Optional<ExternalOkrRef> ref) {
    return ref.isPresent() && ref.get().level() != OkrLevel.MOPS;
  }
}
