package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Navigation takes elements as values: a copy rebuilt through a builder is the element it equals,
 * not "outside the plan". When several elements with the same id are equal, the first in document
 * order counts, as the id rule has it; an element the plan holds nothing equal to is outside it.
 */
class NavigationByValueTest {
  private static final KeyResult KR = Models.keyResult("kr-churn").unit("%").build();
  private static final Okr OKR = Models.okr("okr-email").addKeyResult(KR).build();
  private static final SuccessIndicator IND = Models.successIndicator("ind").build();
  private static final InternalGoal GOAL = Models.internalGoal("goal").addIndicator(IND).build();

  private static Plan plan() {
    return Models.plan("p").addOkr(OKR).addInternalGoal(GOAL).build();
  }

  @Test
  void aRebuiltKeyResultIsInThePlan() {
    KeyResult copy = KeyResult.builder().from(KR).build();
    assertNotSame(KR, copy);
    assertEquals(KR, copy);
    Plan plan = plan();
    assertSame(OKR, plan.okrOf(copy).orElseThrow());
    assertSame(OKR, plan.containerOf(copy).orElseThrow());
    assertSame(GOAL, plan.goalOf(SuccessIndicator.builder().from(IND).build()).orElseThrow());
  }

  @Test
  void aChangedCopyIsOutsideThePlan() {
    KeyResult changed = KeyResult.builder().from(KR).unit("points").build();
    assertEquals(Optional.empty(), plan().okrOf(changed));
    assertEquals(Optional.empty(), plan().containerOf(changed));
  }

  @Test
  void aCopyOfAPlanReadAgainNavigatesTheSame() {
    Plan plan = PublicViewTest.everything();
    Plan copy = Plan.builder().from(plan).build();
    for (PlanElement e : plan.elements()) {
      PlanElement same = copy.find(e.id()).orElseThrow();
      assertEquals(plan.containerOf(e), copy.containerOf(e), e::id);
      assertEquals(plan.containerOf(e), copy.containerOf(same), e::id);
    }
  }

  @Test
  void amongEqualElementsWithOneIdTheFirstCounts() {
    KeyResult twin = KeyResult.builder().from(KR).build();
    Okr second = Models.okr("okr-second").addKeyResult(twin).build();
    Plan plan = Models.plan("p").addOkr(OKR).addOkr(second).build();
    // the later twin, and a copy of it, are the first key result: equal values are one element
    assertSame(OKR, plan.okrOf(twin).orElseThrow());
    assertSame(OKR, plan.okrOf(KeyResult.builder().from(twin).build()).orElseThrow());
    // one instance held twice belongs to its first holder
    Plan twice =
        Models.plan("p")
            .addOkr(OKR)
            .addOkr(Models.okr("okr-again").addKeyResult(KR).build())
            .build();
    assertSame(OKR, twice.okrOf(KR).orElseThrow());
  }

  @Test
  void aDifferentElementWithADuplicateIdIsFoundByItsValue() {
    KeyResult other = Models.keyResult("kr-churn").title("Another key result").build();
    Okr second = Models.okr("okr-second").addKeyResult(other).build();
    Plan plan = Models.plan("p").addOkr(OKR).addOkr(second).build();
    assertSame(second, plan.okrOf(other).orElseThrow());
    assertSame(second, plan.okrOf(KeyResult.builder().from(other).build()).orElseThrow());
    assertSame(KR, plan.find("kr-churn").orElseThrow());
  }

  @Test
  void linksOfCopiesAreThoseOfThePlansElements() {
    Objective o = Models.objective("o").build();
    Capability c = Models.capability("c").addObjectiveId("o").build();
    QuickWin q1 = Models.quickWin("q1").addCapabilityId("c").build();
    QuickWin q2 =
        Models.quickWin("q2")
            .addCapabilityId("c")
            .buildsOn("q1")
            .plannedMonth(YearMonth.of(2027, 2))
            .build();
    Okr parent = Models.okr("parent").build();
    Okr child = Models.okr("child").parentId("parent").build();
    Plan plan =
        Models.plan("p")
            .addObjective(o)
            .addCapability(c)
            .addQuickWins(q1, q2)
            .addOkrs(parent, child)
            .build();
    Objective oCopy = Objective.builder().from(o).build();
    Capability cCopy = Capability.builder().from(c).build();
    assertEquals(List.of(c), plan.capabilitiesOf(oCopy));
    assertEquals(List.of(q1, q2), plan.quickWinsOf(cCopy));
    assertEquals(List.of(q1, q2), plan.quickWinsOf(oCopy));
    assertSame(q1, plan.buildsOn(QuickWin.builder().from(q2).build()).orElseThrow());
    assertEquals(List.of(q1), plan.buildsOnChain(QuickWin.builder().from(q2).build()));
    assertSame(parent, plan.parentOf(Okr.builder().from(child).build()).orElseThrow());
    assertEquals(List.of(parent), plan.ancestorsOf(Okr.builder().from(child).build()));
  }

  /**
   * Every kind: each element of the sample plan and a rebuilt copy of it have the same container.
   */
  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindIsNavigatedByValue(ElementKind kind) {
    Plan plan = PublicViewTest.everything();
    for (PlanElement e : plan.elements(kind)) {
      PlanElement copy = copy(e);
      assertNotSame(e, copy);
      assertEquals(e, copy);
      assertEquals(plan.containerOf(e), plan.containerOf(copy), e::id);
      assertEquals(
          kind.container().filter(c -> c != ElementKind.PLAN).isPresent(),
          plan.containerOf(copy).isPresent(),
          e::id);
    }
  }

  /** A copy through the type's own builder, found by reflection so that every kind is covered. */
  private static PlanElement copy(PlanElement e) {
    try {
      Class<?> type = e.elementKind().type();
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("from", type).invoke(builder, e);
      return (PlanElement) builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException x) {
      throw new LinkageError("cannot copy through the builder", x);
    }
  }
}
