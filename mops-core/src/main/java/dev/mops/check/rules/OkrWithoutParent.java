package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.and;
import static dev.mops.check.rules.Texts.cancelled;
import static dev.mops.check.rules.Texts.name;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code okr-without-parent}: a MOps OKR does not align to a marketing (or company) OKR. */
final class OkrWithoutParent extends BaseRule {
  OkrWithoutParent() {
    super(RuleDescriptor.of("okr-without-parent", Severity.WARNING, "a MOps OKR does not align to a marketing (or company) OKR"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Okr okr : ctx.elements(Okr.class)) {
      if (okr.level() != OkrLevel.MOPS || cancelled(okr.status())) {
        continue;
      }
      List<Okr> chain = ctx.graph().parentChain(okr);
      boolean aligned = above(okr.externalParent());
      List<String> names = new ArrayList<>();
      for (Okr p : chain) {
        aligned |= p.level() != OkrLevel.MOPS || above(p.externalParent());
        names.add("\"" + p.displayName() + "\"");
      }
      if (aligned) {
        continue;
      }
      String why = chain.isEmpty() && okr.parentId().isEmpty() && okr.externalParent().isEmpty()
          ? "has no parent OKR"
          : chain.isEmpty() ? "has no parent OKR at the marketing or company level"
          : "aligns only to MOps OKRs (" + and(names) + ")";
      ctx.report(okr, "MOps " + name(okr) + " " + why + "; MOps OKRs should directly support the marketing team's "
          + "goals, or nobody can see how the work adds to marketing success.",
          "Set its parent to the marketing OKR it supports: parentId for one in this plan, externalParent for one "
              + "held elsewhere.");
    }
  }

  private static boolean above(Optional<ExternalOkrRef> ref) {
    return ref.isPresent() && ref.get().level() != OkrLevel.MOPS;
  }
}
