package dev.mops.check;

import static dev.mops.check.RuleCatalogTest.base;
import static dev.mops.check.RuleCatalogTest.binary;
import static dev.mops.check.RuleCatalogTest.objective;
import static dev.mops.check.RuleCatalogTest.okr;
import static dev.mops.check.RuleCatalogTest.quickWin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.core.internal.JsonPointers;
import dev.mops.model.ElementKind;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Stakeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finding's JSON pointer is its element's list and index in the plan's document, so it names the
 * right one of two elements that share an id; it is empty where the plan cannot place the finding.
 */
class FindingPointerTest {

  private static List<Finding> check(Plan plan, Consumer<CheckContext> body) {
    Rule rule =
        new Rule() {
          @Override
          public RuleDescriptor descriptor() {
            return RuleDescriptor.of("test.pointer", Severity.INFO, "reports what the test says");
          }

          @Override
          public void check(CheckContext context) {
            body.accept(context);
          }
        };
    return PlanChecker.of(RuleSet.builder().add(rule).build()).check(plan).withRule("test.pointer");
  }

  private static List<Optional<String>> pointers(List<Finding> findings) {
    List<Optional<String>> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.pointer()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void everyElementsPointerIsItsListAndIndexUnderItsContainers(long seed) {
    Plan plan = ArbitraryPlans.plan(3, seed, false);
    List<String> expected = new ArrayList<>();
    for (PlanElement e : plan.elements()) {
      expected.add(expectedPointer(plan, e));
    }
    List<Finding> findings =
        check(plan, ctx -> ctx.plan().elements().forEach(e -> ctx.report(e, "seen")));
    List<String> actual = new ArrayList<>();
    for (Finding f : findings) {
      actual.add(f.pointer().orElseThrow());
    }
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
  }

  /** Independently of the check: the index of {@code e} (by identity) in its container's list. */
  private static String expectedPointer(Plan plan, PlanElement e) {
    PlanElement holder = plan.containerOf(e).orElse(plan);
    String base = holder == plan ? "" : expectedPointer(plan, holder);
    List<PlanElement> list = e.elementKind().elementsIn(holder);
    int index = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == e) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      // an equal copy met earlier in the list takes the first place, as the path does
      index = list.indexOf(e);
    }
    return base + "/" + e.elementKind().listName() + "/" + index;
  }

  @Test
  void aNestedElementsPointerGoesThroughItsContainer() {
    Plan plan =
        base()
            .addOkr(okr("a", OkrLevel.MOPS).build())
            .addOkr(okr("b", OkrLevel.MOPS).addKeyResult(binary("kr-2")).build())
            .build();
    PlanElement kr2 = plan.find("kr-2", dev.mops.model.KeyResult.class).orElseThrow();
    List<Finding> findings = check(plan, ctx -> ctx.report(kr2, "the second key result"));
    assertEquals(Optional.of("/okrs/1/keyResults/1"), findings.get(0).pointer());
    assertEquals("okrs[b].keyResults[kr-2]", findings.get(0).path().toString());
  }

  @Test
  void ofTwoElementsSharingAnIdThePointerNamesTheOneReported() {
    Plan plan =
        base()
            .addQuickWin(quickWin("qw", 1).build())
            .addQuickWin(quickWin("qw", 2).build())
            .addStakeholder(Stakeholder.of("s", "Sales 2"))
            .addStakeholder(Stakeholder.of("s", "Sales 2"))
            .build();
    List<Finding> findings =
        check(
            plan,
            ctx -> {
              ctx.report(ctx.plan().quickWins().get(1), "second quick win");
              ctx.report(ctx.plan().quickWins().get(0), "first quick win");
              // equal copies too: each its own place
              ctx.report(ctx.plan().stakeholders().get(2), "second copy");
            });
    assertEquals(
        List.of(
            Optional.of("/quickWins/1"),
            Optional.of("/quickWins/0"),
            Optional.of("/stakeholders/2")),
        pointers(findings.stream().sorted((a, b) -> order(a) - order(b)).toList()));
  }

  private static int order(Finding f) {
    return List.of("second quick win", "first quick win", "second copy").indexOf(f.message());
  }

  @Test
  void theDuplicateIdFindingPointsAtTheSecondUser() {
    Plan plan =
        base()
            .addObjective(objective("x").title("Grow dealer leads").build())
            .addObjective(objective("x").title("Cut churn").build())
            .build();
    Finding f = PlanChecker.defaults().check(plan).withRule("duplicate-id").get(0);
    assertEquals(Optional.of("/objectives/1"), f.pointer());
  }

  @Test
  void aPathAlongAlignmentPointsAtTheElementItEndsAt() {
    Plan plan =
        base()
            .addObjective(objective("o").build())
            .addQuickWin(quickWin("qw-1", 1).build())
            .addQuickWin(quickWin("qw-2", 2).build())
            .build();
    List<Finding> findings =
        check(
            plan,
            ctx -> ctx.report(ElementPath.of("objectives", "o").child("quickWins", "qw-2"), "x"));
    assertEquals(Optional.of("/quickWins/1"), findings.get(0).pointer());
  }

  @Test
  void thePlanAndWhatThePlanCannotPlaceHaveNoPointer() {
    Plan plan = base().addObjective(objective("o").build()).build();
    List<Finding> findings =
        check(
            plan,
            ctx -> {
              ctx.report(ctx.planPath(), "about the plan");
              ctx.report(ctx.plan(), "the plan as an element");
              ctx.report(Stakeholder.of("elsewhere", "Not in the plan"), "from elsewhere");
              ctx.report(ElementPath.of("objectives", "missing"), "no such objective");
              ctx.report(ElementPath.of("quickWins", "o"), "o is no quick win");
            });
    assertEquals(5, findings.size());
    findings.forEach(f -> assertEquals(Optional.empty(), f.pointer(), f::toString));
  }

  @Test
  void aFindingReportedWhole_getsThePointerOfItsPath() {
    Plan plan = base().addObjective(objective("o").build()).build();
    List<Finding> findings =
        check(
            plan,
            ctx ->
                ctx.report(
                    Finding.of(
                        ctx.ruleId(), Severity.INFO, ElementPath.of("objectives", "o"), "whole")));
    assertEquals(Optional.of("/objectives/0"), findings.get(0).pointer());
  }

  @Test
  void aFindingMadeByHandHasNoPointerAndThePointerIsPartOfTheValue() {
    Finding byHand =
        Finding.of("test.pointer", Severity.INFO, ElementPath.of("objectives", "o"), "seen");
    assertEquals(Optional.empty(), byHand.pointer());
    Finding placed = byHand.withPointer(Optional.of("/objectives/0"));
    assertNotEquals(byHand, placed);
    assertNotEquals(0, byHand.compareTo(placed));
    assertEquals(Optional.of("/objectives/0"), placed.withSeverity(Severity.ERROR).pointer());
    assertThrows(NullPointerException.class, () -> byHand.withPointer(null));
  }

  @Test
  void pointerTokensEscapeTildeAndSlashAsRfc6901Says() {
    assertEquals("/a~1b~0c/0", JsonPointers.child(JsonPointers.child("", "a/b~c"), 0));
    assertEquals("/~01", JsonPointers.child("", "~1"));
    assertEquals("/keyResults", JsonPointers.child("", "keyResults"));
    // ids cannot hold "/" or "~", and pointers are built from list names and indexes, never ids
    assertThrows(IllegalArgumentException.class, () -> Stakeholder.of("a/b", "Slash"));
    assertThrows(IllegalArgumentException.class, () -> Stakeholder.of("a~b", "Tilde"));
    for (ElementKind k : ElementKind.values()) {
      assertEquals("/" + k.listName(), JsonPointers.child("", k.listName()));
    }
  }
}
