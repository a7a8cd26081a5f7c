package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of random well-formed plans (see {@link RandomPlans}). */
class PlanPropertiesTest {

  @Test
  void generatedPlansAreWellFormed() {
    qt().withExamples(TestScale.examples(60)).forAll(RandomPlans.plans(20)).checkAssert(plan -> {
      assertTrue(plan.duplicateIds().isEmpty(), () -> "duplicate ids " + plan.duplicateIds());
      for (PlanElement e : plan.elements()) {
        for (Reference ref : e.references()) {
          PlanElement target = plan.find(ref.targetId()).orElseThrow(
              () -> new AssertionError(e.id() + " has dangling " + ref));
          assertTrue(ref.expected().contains(target.elementKind()), () -> e.id() + ": " + ref);
        }
      }
    });
  }

  @Test
  void planEqualsCopyRebuiltFromItsParts() {
    qt().withExamples(TestScale.examples(60)).forAll(RandomPlans.plans(20)).checkAssert(plan -> {
      Plan copy = rebuild(plan);
      assertEquals(plan, copy);
      assertEquals(plan.hashCode(), copy.hashCode());
      assertEquals(plan.toString(), copy.toString());
      assertEquals(plan.elements().toString(), copy.elements().toString());
    });
  }

  @Test
  void samePlanFromSameSeed() {
    qt().withExamples(TestScale.examples(20)).forAll(org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(seed -> assertEquals(RandomPlans.plan(5, seed), RandomPlans.plan(5, seed)));
  }

  @Test
  void findReturnsEveryElementByItsId() {
    qt().withExamples(TestScale.examples(40)).forAll(RandomPlans.plans(15)).checkAssert(plan -> {
      for (PlanElement e : plan.elements()) {
        assertTrue(plan.find(e.id()).orElseThrow() == e, e.id());
        for (Reference ref : e.references()) {
          assertTrue(plan.referrers(ref.targetId()).contains(e), () -> e.id() + " -> " + ref.targetId());
        }
      }
    });
  }

  @Test
  void publicViewHoldsNoInternalElementOrText() {
    qt().withExamples(TestScale.examples(60)).forAll(RandomPlans.plans(15)).checkAssert(plan -> {
      Plan view = plan.publicView();
      Set<String> internalIds = new HashSet<>();
      for (PlanElement e : plan.elements()) {
        if (e.elementKind().isAlwaysInternal() || e.visibility() == Visibility.INTERNAL) {
          internalIds.add(e.id());
        }
      }
      for (PlanElement e : view.elements()) {
        assertTrue(!internalIds.contains(e.id()), () -> "internal element in view: " + e.id());
        assertTrue(!e.elementKind().isAlwaysInternal(), e.id());
        for (Reference ref : e.references()) {
          assertTrue(!internalIds.contains(ref.targetId()), () -> e.id() + " still refers to " + ref);
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

  /** Rebuilds every element through its public builder, list by list. */
  private static Plan rebuild(Plan p) {
    return Plan.builder()
        .id(p.id()).name(p.name()).team(p.team()).period(DateRange.parse(p.period().toString()))
        .fiscalYearStart(p.fiscalYearStart())
        .vision(p.vision().map(v -> Vision.builder().from(v).build()))
        .stakeholders(map(p.stakeholders(), s -> Stakeholder.builder().from(s).build()))
        .teamMembers(map(p.teamMembers(), m -> TeamMember.builder().from(m).build()))
        .objectives(map(p.objectives(), o -> Objective.builder().from(o).build()))
        .capabilities(map(p.capabilities(), c -> Capability.builder().from(c).build()))
        .quickWins(map(p.quickWins(), q -> QuickWin.builder().from(q).build()))
        .sprints(map(p.sprints(), s -> Sprint.builder().from(s).range(DateRange.parse(s.range().toString())).build()))
        .okrs(map(p.okrs(), o -> Okr.builder().from(o)
            .keyResults(map(o.keyResults(), k -> KeyResult.builder().from(k)
                .milestones(map(k.milestones(), m -> Milestone.builder().from(m).build()))
                .checkIns(map(k.checkIns(), c -> CheckIn.builder().from(c).build())).build()))
            .build()))
        .kpis(map(p.kpis(), k -> Kpi.builder().from(k).build()))
        .strategySteps(map(p.strategySteps(), s -> StrategyStep.builder().from(s).build()))
        .reviewCadences(map(p.reviewCadences(), c -> ReviewCadence.builder().from(c)
            .frequency(Frequency.parse(c.frequency().toString())).build()))
        .reviews(map(p.reviews(), r -> Review.builder().from(r).build()))
        .internalGoals(map(p.internalGoals(), g -> InternalGoal.builder().from(g)
            .indicators(map(g.indicators(), i -> SuccessIndicator.builder().from(i)
                .items(map(i.items(), it -> ChecklistItem.builder().from(it).build())).build()))
            .build()))
        .workItems(map(p.workItems(), w -> WorkItem.builder().from(w).build()))
        .requestTriages(map(p.requestTriages(), t -> RequestTriage.builder().from(t).build()))
        .documents(map(p.documents(), d -> Document.builder().from(d).build()))
        .skills(map(p.skills(), s -> Skill.builder().from(s).build()))
        .learningActivities(map(p.learningActivities(), a -> LearningActivity.builder().from(a).build()))
        .notes(map(p.notes(), n -> Note.builder().from(n).build()))
        .extensions(Extensions.of(p.extensions().asMap()))
        .build();
  }

  private static <T, R> List<R> map(List<T> list, java.util.function.Function<T, R> f) {
    return list.stream().map(f).toList();
  }
}
