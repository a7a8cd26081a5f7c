package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import dev.mops.testing.TestScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The plan's navigation, built from tables, against plain walks of the plan on messy random plans
 * (duplicate ids, dangling ids, cycles); and the one look-up rule as every part of the SDK sees it.
 */
class PlanNavigationReferenceTest {
  static <T extends PlanElement> Optional<T> firstWithId(Plan plan, String id, Class<T> type) {
    for (PlanElement e : plan.elements()) {
      if (e.id().equals(id)) {
        return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  static <T> List<T> walk(T from, Function<T, Optional<T>> next) {
    List<T> out = new ArrayList<>();
    Set<T> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(from);
    for (Optional<T> n = next.apply(from);
        n.isPresent() && seen.add(n.get());
        n = next.apply(n.get())) {
      out.add(n.get());
    }
    return out;
  }

  static <T> Set<Set<T>> cyclesByWalking(List<T> nodes, Function<T, Optional<T>> next) {
    Set<Set<T>> out = new HashSet<>();
    for (T t : nodes) {
      List<T> chain = walk(t, next);
      if (!chain.isEmpty()
          && next.apply(chain.get(chain.size() - 1)).filter(x -> x == t).isPresent()) {
        Set<T> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.add(t);
        members.addAll(chain);
        out.add(Set.copyOf(members));
      } else if (chain.isEmpty() && next.apply(t).filter(x -> x == t).isPresent()) {
        out.add(Set.of(t));
      }
    }
    return out;
  }

  @Test
  void navigationAgreesWithPlainWalks() {
    qt().withExamples(TestScale.examples(120))
        .forAll(ArbitraryPlans.messy(10))
        .checkAssert(
            plan -> {
              for (PlanElement e : plan.elements()) {
                assertSame(
                    firstWithId(plan, e.id(), PlanElement.class).orElseThrow(),
                    plan.find(e.id()).orElseThrow());
              }
              for (Objective o : plan.objectives()) {
                List<Capability> caps = new ArrayList<>();
                for (Capability c : plan.capabilities()) {
                  if (c.objectiveIds().stream()
                      .anyMatch(id -> firstWithId(plan, id, Objective.class).orElse(null) == o)) {
                    caps.add(c);
                  }
                }
                assertEquals(caps, plan.capabilitiesOf(o));
                assertEquals(
                    caps,
                    plan.capabilitiesOf(Objective.builder().from(o).build()),
                    "a copy finds the same");
                List<QuickWin> wins = new ArrayList<>();
                for (QuickWin q : plan.quickWins()) {
                  boolean claims =
                      q.objectiveIds().stream()
                          .anyMatch(id -> firstWithId(plan, id, Objective.class).orElse(null) == o);
                  boolean builds =
                      q.capabilityIds().stream()
                          .anyMatch(
                              id ->
                                  caps.contains(
                                      firstWithId(plan, id, Capability.class).orElse(null)));
                  if (claims || builds) {
                    wins.add(q);
                  }
                }
                assertEquals(wins, plan.quickWinsOf(o));
              }
              for (QuickWin q : plan.quickWins()) {
                DateRange month = DateRange.ofMonth(q.plannedMonth());
                assertEquals(
                    plan.sprints().stream().filter(s -> s.range().overlaps(month)).toList(),
                    plan.sprintsOf(q));
                assertEquals(walk(q, plan::buildsOn), plan.buildsOnChain(q));
                assertEquals(walk(q, plan::buildsOn).size(), plan.buildsOnChain(q).size());
              }
              for (Sprint s : plan.sprints()) {
                List<QuickWin> wins =
                    new ArrayList<>(
                        plan.quickWins().stream()
                            .filter(q -> s.range().overlaps(DateRange.ofMonth(q.plannedMonth())))
                            .toList());
                wins.sort(
                    Comparator.comparing(
                        QuickWin::plannedMonth)); // stable: document order within a month
                assertEquals(wins, plan.quickWinsOf(s));
              }
              for (Okr okr : plan.okrs()) {
                Okr copy = Okr.builder().from(okr).build();
                assertEquals(
                    plan.parentOf(okr), plan.parentOf(copy), "a copy navigates like the original");
                assertEquals(plan.ancestorsOf(okr), plan.ancestorsOf(copy));
                Okr outsider = Okr.builder().from(okr).id("outsider").build();
                List<Okr> viaParent = new ArrayList<>();
                plan.parentOf(outsider)
                    .ifPresent(
                        p -> {
                          viaParent.add(p);
                          viaParent.addAll(plan.ancestorsOf(p));
                        });
                assertEquals(
                    viaParent,
                    plan.ancestorsOf(outsider),
                    "an OKR from elsewhere: its parent, then the parent's chain");
                List<Okr> chain = walk(okr, plan::parentOf);
                assertEquals(chain, plan.ancestorsOf(okr));
                assertEquals(chain.size(), plan.ancestorsOf(okr).size());
                for (int i = 0; i < chain.size(); i++) {
                  assertSame(chain.get(i), plan.ancestorsOf(okr).get(i));
                }
              }
              Set<Set<Okr>> okrCycles = new HashSet<>();
              plan.okrCycles().forEach(c -> okrCycles.add(Set.copyOf(c)));
              assertEquals(cyclesByWalking(plan.okrs(), plan::parentOf), okrCycles);
              Set<Set<QuickWin>> winCycles = new HashSet<>();
              plan.buildsOnCycles().forEach(c -> winCycles.add(Set.copyOf(c)));
              assertEquals(cyclesByWalking(plan.quickWins(), plan::buildsOn), winCycles);
            });
  }

  @Test
  void oneLookUpRuleForNavigationChecksAndThePublicView() {
    // "x" is first a stakeholder, then an objective; "o" is an objective twice
    Plan plan =
        RuleCatalogTest.base()
            .addStakeholder(Stakeholder.of("x", "Stakeholder x"))
            .addObjective(RuleCatalogTest.objective("x").build())
            .addObjective(RuleCatalogTest.objective("o").title("First o").build())
            .addObjective(RuleCatalogTest.objective("o").title("Second o").build())
            .addCapability(RuleCatalogTest.capability("c", "x", "o"))
            .addQuickWin(RuleCatalogTest.quickWin("qw", 1, "c").addObjectiveId("x").build())
            .build();
    Objective objectiveX = plan.objectives().get(0);
    Objective firstO = plan.objectives().get(1);
    Objective secondO = plan.objectives().get(2);
    assertEquals(Optional.empty(), plan.find("x", Objective.class), "the first x is a stakeholder");
    assertEquals(List.of(firstO), plan.objectivesOf(plan.capabilities().get(0)));
    assertEquals(List.of(), plan.capabilitiesOf(objectiveX));
    assertEquals(List.of(plan.capabilities().get(0)), plan.capabilitiesOf(firstO));
    assertEquals(List.of(), plan.capabilitiesOf(secondO), "references resolve to the first o only");
    assertEquals(List.of(plan.objectives().get(1)), plan.objectivesOf(plan.quickWins().get(0)));
    assertEquals(2, plan.elementsWithId("o").size());

    CheckReport report = PlanChecker.defaults().check(plan);
    List<Finding> dangling = report.withRule("dangling-reference");
    assertEquals(2, dangling.size(), dangling::toString);
    assertTrue(
        dangling.stream()
            .allMatch(
                f ->
                    f.message().contains("\"x\" is a stakeholder, not an objective")
                        && f.message().contains("the first of 2 elements with that id")),
        dangling::toString);
    assertEquals(
        1,
        report.withRule("objective-without-capability").stream()
            .filter(f -> f.path().toString().equals("objectives[o]"))
            .count(),
        "only the second o lacks a capability");
  }

  @Test
  void cycleAndDuplicateMessagesNameAFewAndCountTheRest() {
    Plan.Builder b = RuleCatalogTest.base();
    for (int i = 0; i < 10; i++) {
      b.addOkr(RuleCatalogTest.okr("o" + i, OkrLevel.MOPS).parentId("o" + (i + 1) % 10).build());
      b.addKpi(
          RuleCatalogTest.kpi("o" + i, "Kpi " + i).build()); // after the OKRs: the OKRs stay first
    }
    Plan plan = b.build();
    CheckReport report = PlanChecker.defaults().check(plan);
    Finding cycle = report.withRule("alignment-cycle").get(0);
    assertTrue(
        cycle.message().contains("cycle of 10 OKRs: o0 → o1 → o2 → (7 more) → o0"), cycle::message);
    List<Finding> dup = report.withRule("duplicate-id");
    assertEquals(10, dup.size());
    assertTrue(dup.get(0).message().contains("used by 2 elements"), dup.get(0)::message);
    List<Finding> parents = report.withRule("okr-without-parent");
    assertEquals(10, parents.size());
    assertTrue(parents.get(0).message().contains("and 6 more)"), parents.get(0)::message);
    assertEquals(10, plan.okrCycles().get(0).size());
  }
}
