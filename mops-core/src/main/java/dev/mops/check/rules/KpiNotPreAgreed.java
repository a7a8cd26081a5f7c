package dev.mops.check.rules;

import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Work;
import dev.mops.model.CadenceKind;
import dev.mops.model.Kpi;
import dev.mops.model.Plan;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.SignOff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code kpi-not-pre-agreed}: a KPI is reviewed at a business review without an agreement dated
 * before it.
 */
final class KpiNotPreAgreed extends BaseRule {
  KpiNotPreAgreed() {
    super(
        RuleDescriptor.of(
            "kpi-not-pre-agreed",
            Severity.WARNING,
            "a KPI is reviewed at a business review without an agreement dated before the review"));
  }

  @Override
  public void check(CheckContext ctx) {
    Plan plan = ctx.plan();
    IdentityHashMap<Kpi, List<Review>> unagreed = new IdentityHashMap<>();
    IdentityHashMap<Kpi, Optional<LocalDate>> firstAgreed = new IdentityHashMap<>();
    List<Kpi> order = new ArrayList<>();
    for (Review r : ctx.reviews()) {
      Optional<ReviewCadence> cadence = plan.find(r.cadenceId(), ReviewCadence.class);
      if (cadence.isEmpty() || cadence.get().kind() != CadenceKind.BUSINESS_REVIEW) {
        continue;
      }
      for (String id : new LinkedHashSet<>(r.kpiIds())) {
        Work.add(1);
        Optional<Kpi> kpi = plan.find(id, Kpi.class);
        if (kpi.isPresent()
            && !agreedBefore(
                firstAgreed.computeIfAbsent(kpi.get(), KpiNotPreAgreed::first), r.heldOn())) {
          if (!unagreed.containsKey(kpi.get())) {
            order.add(kpi.get());
          }
          unagreed.computeIfAbsent(kpi.get(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    for (Kpi kpi : order) {
      List<Review> reviews = new ArrayList<>(unagreed.get(kpi));
      reviews.sort(Comparator.comparing(Review::heldOn));
      Review first = reviews.get(0);
      String more =
          reviews.size() > 1
              ? " (and at "
                  + (reviews.size() - 1)
                  + " later business review"
                  + (reviews.size() > 2 ? "s" : "")
                  + ")"
              : "";
      ctx.report(
          kpi,
          title(kpi)
              + " was reviewed at business review "
              + quote(first.id())
              + " on "
              + first.heldOn()
              + more
              + " without an agreement dated before it; KPIs not pre-agreed with leadership turn the review into a "
              + "debate about the metric instead of the results.",
          "Agree the KPI with leadership before the review and record the sign-off in its agreements.");
    }
  }

  /** The day of the KPI's earliest agreement, read once per KPI. */
  private static Optional<LocalDate> first(Kpi kpi) {
    LocalDate first = null;
    for (SignOff s : kpi.agreements()) {
      Work.add(1);
      first = first == null || s.on().isBefore(first) ? s.on() : first;
    }
    return Optional.ofNullable(first);
  }

  private static boolean agreedBefore(Optional<LocalDate> first, LocalDate day) {
    return first.isPresent() && first.get().isBefore(day);
  }
}
