package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mops.testing.RandomPlans;
import dev.mops.testing.TestScale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of random well-formed plans (see {@link RandomPlans}). */
class PlanPropertiesTest {

  @Test
  void generatedPlansAreWellFormed() {
    qt().withExamples(TestScale.examples(60))
        .forAll(PlanGens.plans(20))
        .checkAssert(
            plan -> {
              assertTrue(
                  plan.duplicateIds().isEmpty(), () -> "duplicate ids " + plan.duplicateIds());
              for (PlanElement e : plan.elements()) {
                for (Reference ref : e.references()) {
                  PlanElement target =
                      plan.find(ref.targetId())
                          .orElseThrow(() -> new AssertionError(e.id() + " has dangling " + ref));
                  assertTrue(
                      ref.expected().contains(target.elementKind()), () -> e.id() + ": " + ref);
                }
              }
            });
  }

  @Test
  void planEqualsCopyRebuiltFromItsParts() {
    qt().withExamples(TestScale.examples(60))
        .forAll(PlanGens.plans(20))
        .checkAssert(
            plan -> {
              Plan copy = rebuild(plan);
              assertEquals(plan, copy);
              assertEquals(plan.hashCode(), copy.hashCode());
              assertEquals(plan.toString(), copy.toString());
              assertEquals(plan.elements().toString(), copy.elements().toString());
            });
  }

  @Test
  void samePlanFromSameSeed() {
    qt().withExamples(TestScale.examples(20))
        .forAll(org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(seed -> assertEquals(RandomPlans.plan(5, seed), RandomPlans.plan(5, seed)));
  }

  @Test
  void findReturnsEveryElementByItsId() {
    qt().withExamples(TestScale.examples(40))
        .forAll(PlanGens.plans(15))
        .checkAssert(
            plan -> {
              for (PlanElement e : plan.elements()) {
                assertTrue(plan.find(e.id()).orElseThrow() == e, e.id());
                for (Reference ref : e.references()) {
                  assertTrue(
                      plan.referrers(ref.targetId()).contains(e),
                      () -> e.id() + " -> " + ref.targetId());
                }
              }
            });
  }

  @Test
  void publicViewHoldsNoInternalElementOrText() {
    qt().withExamples(TestScale.examples(60))
        .forAll(PlanGens.plans(15))
        .checkAssert(
            plan -> {
              Plan view = plan.publicView();
              Set<String> internalIds = new HashSet<>();
              for (PlanElement e : plan.elements()) {
                if (e.elementKind().isAlwaysInternal() || e.visibility() == Visibility.INTERNAL) {
                  internalIds.add(e.id());
                }
              }
              for (PlanElement e : view.elements()) {
                assertTrue(
                    !internalIds.contains(e.id()), () -> "internal element in view: " + e.id());
                assertTrue(!e.elementKind().isAlwaysInternal(), e.id());
                for (Reference ref : e.references()) {
                  assertTrue(
                      !internalIds.contains(ref.targetId()),
                      () -> e.id() + " still refers to " + ref);
                }
              }
              StringBuilder all = new StringBuilder(view.toString());
              view.elements().forEach(e -> all.append(e));
              view.vision().ifPresent(all::append);
              String text = all.toString();
              assertTrue(!text.contains("secret"), "internal text leaked into the public view");
              assertEquals(view, view.publicView(), "public view is a fixed point");
            });
  }

  /**
   * Rebuilds every element through its own public builder, list by list and level by level, going
   * over the kinds of the registry (so a new kind is rebuilt too).
   */
  private static Plan rebuild(Plan p) {
    Plan.Builder b =
        Plan.builder()
            .id(p.id())
            .name(p.name())
            .team(p.team())
            .period(DateRange.parse(p.period().toString()))
            .fiscalYearStart(p.fiscalYearStart())
            .vision(p.vision().map(v -> Vision.builder().from(v).build()))
            .extensions(Extensions.of(p.extensions().asMap()));
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      b.elements(kind, map(p.elements(kind), PlanPropertiesTest::rebuildElement));
    }
    return b.build();
  }

  /** {@code e} rebuilt through its type's builder, with what it holds rebuilt the same way. */
  private static PlanElement rebuildElement(PlanElement e) {
    PlanElement copy;
    try {
      Class<?> type = e.elementKind().type();
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("from", type).invoke(builder, e);
      copy = (PlanElement) builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException x) {
      throw new LinkageError("cannot copy through the builder", x);
    }
    for (ElementKind nested : e.elementKind().holds()) {
      copy =
          nested.withElementsIn(
              copy, map(nested.elementsIn(e), PlanPropertiesTest::rebuildElement));
    }
    return copy;
  }

  /**
   * Between them, the generated plans hold every kind of element, so the properties above cover
   * every kind.
   */
  @Test
  void generatedPlansHoldEveryKind() {
    java.util.Set<ElementKind> seen = java.util.EnumSet.noneOf(ElementKind.class);
    for (long seed = 1; seed <= 8; seed++) {
      RandomPlans.plan(3, seed).elements().forEach(e -> seen.add(e.elementKind()));
    }
    assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(ElementKind.PLAN)), seen);
  }

  private static <T, R> List<R> map(List<T> list, java.util.function.Function<T, R> f) {
    return list.stream().map(f).toList();
  }
}
