package dev.mops.check;

import static dev.mops.check.RuleCatalogTest.base;
import static dev.mops.check.RuleCatalogTest.capability;
import static dev.mops.check.RuleCatalogTest.objective;
import static dev.mops.check.RuleCatalogTest.quickWin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Which quick win {@code no-early-quick-win} takes as an objective's first: the one landing first
 * among those claiming it and those building its capabilities, the earlier in the plan on a tie,
 * never a cancelled or missed one; months counted from the plan's start unless the objective starts
 * later; the wait and the deadline month in its text.
 */
class FirstQuickWinChoiceTest {
  private final RuleTester rule = RuleTester.of("no-early-quick-win");

  static QuickWin claiming(String id, int month) {
    return quickWin(id, month).addObjectiveId("o").build();
  }

  static Plan plan(QuickWin... wins) {
    Plan.Builder b = base().addObjective(objective("o").build());
    for (QuickWin q : wins) {
      b.addQuickWin(q);
    }
    return b.build();
  }

  @Test
  void theEarliestLandingClaimIsTheFirstWherePlaced() {
    Finding f = rule.firesOnce(plan(claiming("qw-may", 5), claiming("qw-mar", 3)));
    assertTrue(
        f.message().contains("(\"Quick win qw-mar\") lands in 2027-03, month 3"), f.message());
    assertTrue(
        f.message().contains("; stakeholders wait 2 months for anything visible"), f.message());
    assertTrue(f.hint().orElseThrow().contains("ship by month 1 (2027-01)"), f.hint().get());
  }

  @Test
  void aTieGoesToTheQuickWinEarlierInThePlan() {
    Finding f = rule.firesOnce(plan(claiming("qw-b", 3), claiming("qw-a", 3)));
    assertTrue(f.message().contains("\"Quick win qw-b\""), f.message());
  }

  @Test
  void aClaimAndACapabilityCompeteForTheFirst() {
    Plan plan =
        base()
            .addObjective(objective("o").build())
            .addCapability(capability("c", "o"))
            .addQuickWin(quickWin("qw-cap", 4, "c").build())
            .addQuickWin(claiming("qw-claim", 6))
            .build();
    Finding f = rule.firesOnce(plan);
    assertTrue(f.message().contains("\"Quick win qw-cap\""), f.message());
  }

  @Test
  void cancelledAndMissedQuickWinsDoNotCount() {
    Finding f =
        rule.firesOnce(
            plan(
                claiming("qw-apr", 4),
                quickWin("qw-jan", 1).addObjectiveId("o").status(QuickWinStatus.CANCELLED).build(),
                quickWin("qw-feb", 2).addObjectiveId("o").status(QuickWinStatus.MISSED).build()));
    assertTrue(f.message().contains("\"Quick win qw-apr\""), f.message());
  }

  @Test
  void anObjectiveStartingBeforeThePlanCountsFromThePlansStart() {
    Objective early = objective("o").period(DateRange.parse("2026-10-01/2027-12-31")).build();
    rule.staysQuiet(base().addObjective(early).addQuickWin(claiming("qw", 1)).build());
  }

  @Test
  void theDeadlineMonthMovesWithTheParameter() {
    Finding f = rule.withParameter("months", 2).firesOnce(plan(claiming("qw", 4)));
    assertEquals(
        "Break a capability into a quick win MOps can ship by month 2 (2027-02), "
            + "e.g. an email template sales can send on their own.",
        f.hint().orElseThrow());
    assertTrue(f.message().contains("stakeholders wait 3 months"), f.message());
  }
}
