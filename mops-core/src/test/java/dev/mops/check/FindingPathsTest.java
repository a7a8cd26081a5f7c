package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.model.ElementKind;
import dev.mops.model.KeyResult;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding paths come from the registry of kinds: an element's path is the list names and ids from
 * the plan down to it ({@code okrs[o].keyResults[k]}), for every kind, and the test plans hold
 * every kind.
 */
class FindingPathsTest {

  /** Reports every element of the plan, so that each one gets a path. */
  private static final class EveryElement implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of("test.every-element", Severity.INFO, "reports every element");
    }

    @Override
    public void check(CheckContext context) {
      for (PlanElement e : context.plan().elements()) {
        context.report(e, "seen");
      }
    }
  }

  @Test
  void aRebuiltCopyHasThePathOfTheElementItEquals() {
    Plan plan = ArbitraryPlans.plan(2, 4, false);
    KeyResult kr = plan.elements(KeyResult.class).get(0);
    KeyResult copy = KeyResult.builder().from(kr).build();
    Rule reportCopy =
        new Rule() {
          @Override
          public RuleDescriptor descriptor() {
            return RuleDescriptor.of("test.copy", Severity.INFO, "reports a copy");
          }

          @Override
          public void check(CheckContext context) {
            context.report(copy, "copy");
          }
        };
    ElementPath path =
        PlanChecker.of(RuleSet.builder().add(reportCopy).build())
            .check(plan)
            .withRule("test.copy")
            .get(0)
            .path();
    Okr okr = plan.okrOf(kr).orElseThrow();
    assertEquals(ElementPath.of("okrs", okr.id()).child("keyResults", kr.id()), path);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void everyElementHasThePathOfItsContainersListNames(long seed) {
    Plan plan = ArbitraryPlans.plan(3, seed, false);
    Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
    List<ElementPath> expected = new ArrayList<>();
    for (PlanElement e : plan.elements()) {
      kinds.add(e.elementKind());
      List<String> fields = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (PlanElement x = e; x != null; x = plan.containerOf(x).orElse(null)) {
        fields.add(x.elementKind().listName());
        ids.add(x.id());
      }
      Collections.reverse(fields);
      Collections.reverse(ids);
      ElementPath p = ElementPath.of(fields.get(0), ids.get(0));
      for (int i = 1; i < fields.size(); i++) {
        p = p.child(fields.get(i), ids.get(i));
      }
      expected.add(p);
    }
    assertEquals(
        EnumSet.complementOf(EnumSet.of(ElementKind.PLAN)),
        kinds,
        "the test plan holds every kind");
    List<ElementPath> paths =
        PlanChecker.of(RuleSet.builder().add(new EveryElement()).build())
            .check(plan)
            .withRule("test.every-element")
            .stream()
            .map(Finding::path)
            .sorted()
            .toList();
    assertEquals(expected.stream().sorted().toList(), paths);
  }
}
