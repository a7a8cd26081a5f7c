package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.core.internal.Work;
import dev.mops.model.KeyResult;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.testing.QuickWinPlans;
import dev.mops.testing.RandomPlans;
import dev.mops.testing.TestScale;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The check's shared state costs one visit per element, and the paths, pointers and path tables of
 * findings are made when a finding asks, each once: proven by counting what is made and {@link
 * Work}, never by timing.
 */
class CheckRunWorkTest {
  private static final Plan PLAN = RandomPlans.plan(20, 7);

  @Test
  void startingACheckMakesNoPathAndNoPointer() {
    CheckRun run = new CheckRun(CheckInput.of(PLAN));
    assertEquals(0, run.pathsMade());
    assertEquals(0, run.pointersMade());
  }

  @Test
  void aPathIsMadeOnceWithItsHoldersOnly() {
    CheckRun run = new CheckRun(CheckInput.of(PLAN));
    Okr okr = PLAN.okrs().stream().filter(o -> !o.keyResults().isEmpty()).findFirst().orElseThrow();
    KeyResult kr = okr.keyResults().get(0);
    ElementPath path = run.pathOf(kr);
    assertEquals(ElementPath.of("okrs", okr.id()).child("keyResults", kr.id()), path);
    assertEquals(2, run.pathsMade());
    assertSame(path, run.pathOf(kr), "made once");
    run.pathOf(okr);
    assertEquals(2, run.pathsMade());
    assertEquals(0, run.pointersMade());
    int index = PLAN.okrs().indexOf(okr);
    assertEquals(Optional.of("/okrs/" + index + "/keyResults/0"), run.pointerOf(kr));
    assertEquals(2, run.pointersMade());
  }

  @Test
  void thePathTablesAreMadeOnceForAllFindings() {
    CheckRun run = new CheckRun(CheckInput.of(PLAN));
    String first = PLAN.quickWins().get(0).id();
    String last = PLAN.quickWins().get(PLAN.quickWins().size() - 1).id();
    long made = Work.count(() -> run.pointerOf(ElementPath.of("quickWins", first)));
    assertTrue(made >= PLAN.elements().size(), () -> "the table of paths: " + made);
    long again =
        Work.count(
            () ->
                assertEquals(
                    Optional.of("/quickWins/" + (PLAN.quickWins().size() - 1)),
                    run.pointerOf(ElementPath.of("quickWins", last))));
    assertEquals(0, again);
    // a path along alignment falls back to the list-and-id table, made once too
    String objective = PLAN.objectives().get(0).id();
    long fallback =
        Work.count(
            () ->
                assertEquals(
                    Optional.of("/quickWins/0"),
                    run.pointerOf(
                        ElementPath.of("objectives", objective).child("quickWins", first))));
    assertTrue(fallback >= PLAN.elements().size(), () -> "the table of lists and ids: " + fallback);
    assertEquals(
        0,
        Work.count(
            () -> run.pointerOf(ElementPath.of("objectives", objective).child("quickWins", last))));
  }

  /** Ten times the quick wins costs at most eleven times the work, findings included. */
  @Test
  void aQuickWinPlanTenTimesLargerCostsAtMostElevenTimesTheWork() {
    int small = TestScale.size(2_000);
    long smallWork = work(QuickWinPlans.plan(small, 13));
    long largeWork = work(QuickWinPlans.plan(10 * small, 13));
    assertTrue(
        largeWork <= 11 * smallWork,
        () ->
            "work " + smallWork + " for " + small + " quick wins, " + largeWork + " for ten times");
  }

  private static long work(Plan plan) {
    LocalDate asOf = plan.period().start().plusMonths(6);
    CheckReport[] report = new CheckReport[1];
    long work = Work.count(() -> report[0] = PlanChecker.defaults().check(plan, asOf));
    assertEquals(0, report[0].failedRules().size(), () -> report[0].failedRules().toString());
    assertTrue(report[0].findings().size() > 0);
    return work;
  }
}
