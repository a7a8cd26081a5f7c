package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Plan#replacing(PlanElement)} and {@link Plan#removing(String)}: one element, the one its
 * id names (the first in document order), replaced in place or removed with what it holds; an
 * unknown id is an {@link UnknownIdException}.
 */
class PlanEditsTest {
  private static final Extensions MARK = Extensions.of("test.edited", ExtensionValue.bool(true));

  private static List<String> ids(Plan plan) {
    return plan.elements().stream().map(PlanElement::id).collect(Collectors.toList());
  }

  @Test
  void replacingATopLevelElementKeepsItsPlace() {
    Plan plan = PublicViewTest.everything();
    QuickWin old = plan.find("qw-nurture", QuickWin.class).orElseThrow();
    QuickWin launched =
        QuickWin.builder().from(old).launchedOn(Models.DAY).status(QuickWinStatus.LAUNCHED).build();
    Plan fixed = plan.replacing(launched);
    assertSame(launched, fixed.find("qw-nurture").orElseThrow());
    assertEquals(ids(plan), ids(fixed));
    List<QuickWin> expected = new ArrayList<>(plan.quickWins());
    expected.set(expected.indexOf(old), launched);
    assertEquals(Plan.builder().from(plan).quickWins(expected).build(), fixed);
    assertEquals(plan.objectives(), fixed.objectives());
  }

  @Test
  void replacingANestedElementRebuildsItsContainers() {
    Plan plan = PublicViewTest.everything();
    Milestone ms = plan.find("ms-brief", Milestone.class).orElseThrow();
    Milestone done = Milestone.builder().from(ms).doneOn(Models.DAY).build();
    Plan fixed = plan.replacing(done);
    assertSame(done, fixed.find("ms-brief").orElseThrow());
    KeyResult kr = fixed.find("kr-ms", KeyResult.class).orElseThrow();
    assertEquals(List.of(done), kr.milestones());
    assertEquals(kr, fixed.containerOf(done).orElseThrow());
    Okr okr = fixed.okrOf(kr).orElseThrow();
    assertEquals("okr-email", okr.id());
    assertEquals(
        List.of("kr-churn", "kr-ms"), okr.keyResults().stream().map(KeyResult::id).toList());
    assertEquals(ids(plan), ids(fixed));
    assertSame(plan.okrs().get(0), fixed.okrs().get(0), "the other OKRs are the same instances");
  }

  @Test
  void replacingTouchesOnlyTheFirstElementWithTheId() {
    QuickWin first = Models.quickWin("dup").build();
    QuickWin second = Models.quickWin("dup").title("Second").build();
    Plan plan = Models.plan("p").addQuickWins(first, second).build();
    QuickWin renamed = QuickWin.builder().from(first).title("Renamed").build();
    Plan fixed = plan.replacing(renamed);
    assertEquals(List.of(renamed, second), fixed.quickWins());
    assertEquals(List.of(second), fixed.removing("dup").quickWins());
    assertEquals(List.of(), fixed.removing("dup").removing("dup").quickWins());
  }

  @Test
  void replacingWithAnotherKindIsRefusedEvenWhenALaterDuplicateFits() {
    Plan plan =
        Models.plan("p")
            .addStakeholder(Stakeholder.of("dup", "Sales"))
            .addObjective(Models.objective("dup").build())
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> plan.replacing(Models.objective("dup").title("Changed").build()));
    assertFalse(e instanceof UnknownIdException);
    assertEquals("\"dup\" names a stakeholder in this plan, not an objective", e.getMessage());
    assertEquals(
        "a plan replaces no element of a plan, got plan \"q\"",
        assertThrows(IllegalArgumentException.class, () -> plan.replacing(Models.plan("q").build()))
            .getMessage());
  }

  @Test
  void anUnknownIdIsAnError() {
    Plan plan = PublicViewTest.everything();
    UnknownIdException e =
        assertThrows(
            UnknownIdException.class, () -> plan.replacing(Models.objective("obj-typo").build()));
    assertEquals("obj-typo", e.id());
    assertEquals("mops-2027", e.planId());
    assertEquals("no element of plan \"mops-2027\" has id \"obj-typo\"", e.getMessage());
    assertEquals("qw-4", assertThrows(UnknownIdException.class, () -> plan.removing("qw-4")).id());
    // the plan's own id names no element
    assertThrows(UnknownIdException.class, () -> plan.removing("mops-2027"));
    Expect.nullValue(() -> plan.replacing(null), "element");
    Expect.nullValue(() -> plan.removing(null), "id");
  }

  @Test
  void removingTakesWhatTheElementHoldsAndLeavesReferencesDangling() {
    Plan plan = PublicViewTest.everything();
    Plan without = plan.removing("okr-email");
    List<String> expected = new ArrayList<>(ids(plan));
    expected.removeAll(List.of("okr-email", "kr-churn", "kr-ms", "ms-brief"));
    assertEquals(expected, ids(without));
    // the cadence still names the OKR: the checker will call it dangling
    assertTrue(
        without.find("qbr", ReviewCadence.class).orElseThrow().subjectIds().contains("okr-email"));
    Plan noKr = plan.removing("kr-churn");
    assertEquals(
        List.of("kr-ms"),
        noKr.find("okr-email", Okr.class).orElseThrow().keyResults().stream()
            .map(KeyResult::id)
            .toList());
  }

  @Test
  void theWalkThroughFixesItsFindingInOneLine() {
    Document doc = Models.document("doc-routing").reviewEvery(java.time.Period.ofMonths(3)).build();
    Plan plan =
        Models.plan("p")
            .addDocument(doc)
            .addQuickWin(Models.quickWin("q").plannedMonth(YearMonth.of(2027, 1)).build())
            .build();
    Plan fixed = plan.replacing(Document.builder().from(doc).writtenOn(Models.DAY).build());
    assertEquals(java.util.Optional.of(Models.DAY), fixed.documents().get(0).writtenOn());
    assertEquals(plan.quickWins(), fixed.quickWins());
  }

  /** Every kind: each element can be replaced in place and removed with what it holds. */
  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindCanBeReplacedAndRemoved(ElementKind kind) {
    Plan plan = PublicViewTest.everything();
    for (PlanElement e : plan.elements(kind)) {
      PlanElement marked = marked(e);
      Plan replaced = plan.replacing(marked);
      assertEquals(ids(plan), ids(replaced), e::id);
      assertEquals(marked, replaced.find(e.id()).orElseThrow(), e::id);
      assertEquals(
          plan.containerOf(e).map(PlanElement::id),
          replaced.containerOf(marked).map(PlanElement::id));
      assertEquals(plan.elements().size(), replaced.elements().size());
      for (PlanElement other : plan.elements()) {
        if (!other.id().equals(e.id()) && !isWithin(plan, e, other)) {
          assertTrue(replaced.elements().contains(other), other::id);
        }
      }

      Plan removed = plan.removing(e.id());
      List<String> expected = new ArrayList<>();
      for (PlanElement x : plan.elements()) {
        if (x != e && !isWithin(plan, x, e)) {
          expected.add(x.id());
        }
      }
      assertEquals(expected, ids(removed), e::id);
    }
  }

  /** Whether {@code inner} is nested, at any depth, in {@code outer}. */
  private static boolean isWithin(Plan plan, PlanElement inner, PlanElement outer) {
    for (PlanElement c = plan.containerOf(inner).orElse(null);
        c != null;
        c = plan.containerOf(c).orElse(null)) {
      if (c == outer) {
        return true;
      }
    }
    return false;
  }

  /** {@code e} with a vendor mark in its extensions, rebuilt through its own builder. */
  private static PlanElement marked(PlanElement e) {
    try {
      Class<?> type = e.elementKind().type();
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("from", type).invoke(builder, e);
      builder.getClass().getMethod("extensions", Extensions.class).invoke(builder, MARK);
      return (PlanElement) builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException x) {
      throw new LinkageError("cannot copy through the builder", x);
    }
  }
}
