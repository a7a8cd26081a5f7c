package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Capability;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.Reference;
import dev.mops.testing.SeedPlans;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's automotive plan and internal-goals table, built through the public API. */
class SeedPlansTest {
  private final Plan plan = SeedPlans.automotivePlan();

  @Test
  void automotiveObjectiveIsServedByThreeCapabilities() {
    Objective automotive = plan.find("automotive-sales", Objective.class).orElseThrow();
    assertEquals("Increase sales in the automotive sector by 5%", automotive.title());
    assertEquals(
        List.of("sales-enablement", "personalized-content", "lead-management"),
        plan.capabilitiesOf(automotive).stream().map(Capability::id).toList());
    assertEquals("Sales", plan.stakeholdersOf(automotive).get(0).name());
  }

  @Test
  void fourMonthlyQuickWinsBuildOnEachOther() {
    Objective automotive = plan.find("automotive-sales", Objective.class).orElseThrow();
    List<QuickWin> wins = plan.quickWinsOf(automotive);
    assertEquals(4, wins.size());
    for (int i = 0; i < wins.size(); i++) {
      assertEquals(YearMonth.of(2027, i + 1), wins.get(i).plannedMonth());
      if (i > 0) {
        assertEquals(wins.get(i - 1), plan.buildsOn(wins.get(i)).orElseThrow());
      }
    }
    assertEquals(List.of(automotive), plan.objectivesOf(wins.get(3)));
  }

  @Test
  void internalGoalsTableHasFourGoalsEachWithIndicators() {
    assertEquals(4, SeedPlans.internalGoals().size());
    SeedPlans.internalGoals().forEach(g -> assertFalse(g.indicators().isEmpty(), g.id()));
    assertEquals(SeedPlans.internalGoals(), plan.internalGoals());
  }

  @Test
  void everyReferenceResolvesAndIdsAreUnique() {
    assertTrue(plan.duplicateIds().isEmpty(), plan.duplicateIds().toString());
    for (PlanElement e : plan.elements()) {
      for (Reference r : e.references()) {
        PlanElement target =
            plan.find(r.targetId()).orElseThrow(() -> new AssertionError(e.id() + ": " + r));
        assertTrue(r.expected().contains(target.elementKind()), e.id() + ": " + r);
      }
    }
  }

  @Test
  void publicViewLeavesOutTheInternalGoals() {
    Plan view = plan.publicView();
    assertTrue(view.internalGoals().isEmpty());
    assertTrue(view.find("internal-review").isEmpty());
    assertTrue(view.find("internal-2027-q1").isEmpty());
    assertFalse(view.toString().contains("strategic partner"));
    assertEquals(plan.quickWins(), view.quickWins());
  }

  @Test
  void exampleSummaryNamesTheQuickWinsAndLeavesNothingUnresolved() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AutomotivePlanExample.print(plan, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("2027-02  LAUNCHED  Three-email nurture sequence"), out);
    assertTrue(out.contains("2027-04  PLANNED   Paid search"), out);
    assertTrue(out.contains("unresolved: 0"), out);
  }
}
