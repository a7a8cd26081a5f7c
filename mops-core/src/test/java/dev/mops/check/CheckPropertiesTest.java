package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.core.internal.Work;
import dev.mops.model.ElementKind;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Reference;
import dev.mops.testing.TestScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Properties of the checker on random plans (see {@link ArbitraryPlans}). */
class CheckPropertiesTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 7, 15);

  @Test
  void neverThrowsNeverFailsAndIsDeterministic() {
    qt().withExamples(TestScale.examples(150))
        .forAll(ArbitraryPlans.messy(12), ArbitraryPlans.tidy(6))
        .checkAssert(
            (messy, tidy) -> {
              for (Plan plan : List.of(messy, tidy)) {
                CheckReport[] reports = new CheckReport[2];
                long workA =
                    Work.count(() -> reports[0] = PlanChecker.defaults().check(plan, AS_OF));
                long workB =
                    Work.count(() -> reports[1] = PlanChecker.defaults().check(plan, AS_OF));
                CheckReport a = reports[0];
                CheckReport b = reports[1];
                assertEquals(List.of(), a.failedRules(), a::render);
                assertEquals(a.findings(), b.findings());
                assertEquals(a.render(), b.render());
                assertTrue(workA >= workB && workB > 0, () -> workA + " then " + workB);
                PlanChecker.defaults().check(plan);
              }
            });
  }

  @Test
  void findingsAreInReportOrder() {
    qt().withExamples(TestScale.examples(50))
        .forAll(ArbitraryPlans.messy(8))
        .checkAssert(
            plan -> {
              List<Finding> f = PlanChecker.defaults().check(plan, AS_OF).findings();
              for (int i = 1; i < f.size(); i++) {
                assertTrue(f.get(i - 1).compareTo(f.get(i)) <= 0);
              }
            });
  }

  @Test
  void removingAReferencedElementYieldsDanglingReference() {
    AtomicInteger tried = new AtomicInteger();
    int examples = TestScale.examples(120);
    qt().withExamples(examples)
        .forAll(ArbitraryPlans.tidy(6), longs().all())
        .checkAssert(
            (plan, pickSeed) -> {
              Map<String, Integer> uses = new HashMap<>();
              for (PlanElement e : plan.elements()) {
                uses.merge(e.id(), 1, Integer::sum);
              }
              List<PlanElement[]> candidates = new ArrayList<>(); // {target, referrer}
              for (PlanElement e : plan.elements()) {
                for (Reference r : e.references()) {
                  PlanElement target = plan.find(r.targetId()).orElse(null);
                  if (target != null
                      && target != e
                      && uses.get(target.id()) == 1
                      && Removal.isTopLevel(plan, target)
                      && r.expected().contains(target.elementKind())) {
                    candidates.add(new PlanElement[] {target, e});
                  }
                }
              }
              if (candidates.isEmpty()) {
                return;
              }
              tried.incrementAndGet();
              PlanElement[] pick =
                  candidates.get((int) Math.floorMod(pickSeed, (long) candidates.size()));
              Plan without = Removal.without(plan, pick[0]);
              List<Finding> dangling =
                  PlanChecker.defaults().check(without).withRule("dangling-reference");
              assertTrue(
                  dangling.stream().anyMatch(f -> f.message().contains("\"" + pick[0].id() + "\"")),
                  () ->
                      "removed "
                          + pick[0].id()
                          + " referenced by "
                          + pick[1].id()
                          + ", got "
                          + dangling);
            });
    // more than 5 in 12 plans have one (50 of 120 at full scale)
    assertTrue(
        tried.get() * 12 > examples * 5, "too few plans had a referenced element: " + tried.get());
  }

  @Test
  void publicViewOfAPlanWithoutErrorsHasNone() {
    AtomicInteger clean = new AtomicInteger();
    int examples = TestScale.examples(200);
    qt().withExamples(examples)
        .forAll(ArbitraryPlans.tidy(5))
        .checkAssert(
            plan -> {
              CheckReport report = PlanChecker.defaults().check(plan, AS_OF);
              if (report.hasErrors()) {
                return;
              }
              clean.incrementAndGet();
              CheckReport view = PlanChecker.defaults().check(plan.publicView(), AS_OF);
              assertFalse(view.hasErrors(), view::render);
            });
    // more than 1 in 10 plans is free of errors (20 of 200 at full scale)
    assertTrue(clean.get() * 10 > examples, "too few error-free plans: " + clean.get());
  }

  @Test
  void workGrowsNearLinearly() {
    qt().withExamples(TestScale.examples(10))
        .forAll(longs().all(), integers().between(8, 12))
        .checkAssert(
            (seed, n) -> {
              Plan small = ArbitraryPlans.plan(n, seed, true);
              Plan large = ArbitraryPlans.plan(10 * n, seed, true);
              long workSmall = Work.count(() -> PlanChecker.defaults().check(small, AS_OF));
              long workLarge = Work.count(() -> PlanChecker.defaults().check(large, AS_OF));
              double perElementSmall = (double) workSmall / small.elements().size();
              double perElementLarge = (double) workLarge / large.elements().size();
              // linear work keeps visits per element flat; quadratic work would multiply it by
              // about 10
              assertTrue(
                  perElementLarge < 2 * perElementSmall,
                  () ->
                      "visits per element "
                          + perElementSmall
                          + " at "
                          + small.elements().size()
                          + " elements, "
                          + perElementLarge
                          + " at "
                          + large.elements().size());
            });
  }

  /** Rebuilds a plan without one top-level element. */
  static final class Removal {
    private Removal() {}

    static boolean isTopLevel(Plan plan, PlanElement e) {
      return plan.containerOf(e).isEmpty();
    }

    static Plan without(Plan plan, PlanElement gone) {
      Predicate<Object> keep = e -> e != gone;
      Plan.Builder b = Plan.builder().from(plan);
      for (ElementKind kind : ElementKind.PLAN.holds()) {
        b.elements(kind, filter(plan.elements(kind), keep));
      }
      return b.build();
    }

    private static <T> List<T> filter(List<T> list, Predicate<Object> keep) {
      List<T> out = new ArrayList<>();
      for (T t : list) {
        if (keep.test(t)) {
          out.add(t);
        }
      }
      return out;
    }
  }
}
