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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kpi-not-pre-agreed}: a KPI is reviewed at a business review without an agreement dated
 * before it. A KPI is reviewed at every held review of a business-review cadence whose subjects
 * name it, and at every held business review whose KPI list names it.
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
    IdentityHashMap<Kpi, Optional<LocalDate>> firstAgreed = new IdentityHashMap<>();
    // the held business reviews of each business-review cadence, by day
    IdentityHashMap<ReviewCadence, List<Review>> held = new IdentityHashMap<>();
    List<ReviewCadence> cadences = new ArrayList<>();
    for (Review r : ctx.reviews()) {
      Work.add(1);
      Optional<ReviewCadence> cadence = plan.find(r.cadenceId(), ReviewCadence.class);
      if (cadence.isPresent() && cadence.get().kind() == CadenceKind.BUSINESS_REVIEW) {
        held.computeIfAbsent(
                cadence.get(),
                c -> {
                  cadences.add(c);
                  return new ArrayList<>();
                })
            .add(r);
      }
    }
    IdentityHashMap<Kpi, Unagreed> unagreed = new IdentityHashMap<>();
    for (ReviewCadence cadence : cadences) {
      List<Review> reviews = Objects.requireNonNull(held.get(cadence));
      reviews.sort(Comparator.comparing(Review::heldOn));
      Work.add(reviews.size());
      // every KPI the cadence reviews is reviewed at each of its held reviews
      Set<String> subjects = new LinkedHashSet<>(cadence.subjectIds());
      for (String id : subjects) {
        Work.add(1);
        Optional<Kpi> kpi = plan.find(id, Kpi.class);
        if (kpi.isEmpty()) {
          continue;
        }
        Optional<LocalDate> first = firstAgreed.computeIfAbsent(kpi.get(), KpiNotPreAgreed::first);
        int n = first.isEmpty() ? reviews.size() : heldOnOrBefore(reviews, first.get());
        if (n > 0) {
          Unagreed.add(unagreed, kpi.get(), reviews.get(0), n);
        }
      }
      // and the KPIs a held review lists, once each, unless the cadence already names them
      for (Review r : reviews) {
        for (String id : new LinkedHashSet<>(r.kpiIds())) {
          Work.add(1);
          Optional<Kpi> kpi = plan.find(id, Kpi.class);
          if (kpi.isPresent()
              && !subjects.contains(id)
              && !agreedBefore(
                  firstAgreed.computeIfAbsent(kpi.get(), KpiNotPreAgreed::first), r.heldOn())) {
            Unagreed.add(unagreed, kpi.get(), r, 1);
          }
        }
      }
    }
    for (Kpi kpi : ctx.elements(Kpi.class)) {
      Unagreed u = unagreed.remove(kpi);
      if (u == null) {
        continue;
      }
      Review first = u.first;
      String more =
          u.count > 1
              ? " (and at "
                  + (u.count - 1)
                  + " later business review"
                  + (u.count > 2 ? "s" : "")
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

  /**
   * The business reviews a KPI was reviewed at without an earlier agreement: the first, and how
   * many.
   */
  private static final class Unagreed {
    Review first;
    long count;

    private Unagreed(Review first, long count) {
      this.first = first;
      this.count = count;
    }

    static void add(IdentityHashMap<Kpi, Unagreed> map, Kpi kpi, Review earliest, long n) {
      Unagreed u = map.get(kpi);
      if (u == null) {
        map.put(kpi, new Unagreed(earliest, n));
        return;
      }
      if (earliest.heldOn().isBefore(u.first.heldOn())) {
        u.first = earliest;
      }
      u.count += n;
    }
  }

  /** How many of {@code reviews} (sorted by day) were held on or before {@code day}. */
  private static int heldOnOrBefore(List<Review> reviews, LocalDate day) {
    int lo = 0;
    int hi = reviews.size();
    while (lo < hi) {
      Work.add(1);
      int mid = (lo + hi) >>> 1;
      if (reviews.get(mid).heldOn().isAfter(day)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
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
