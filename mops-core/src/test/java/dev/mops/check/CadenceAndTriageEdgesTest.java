package dev.mops.check;

import static dev.mops.check.RuleCatalogTest.base;
import static dev.mops.check.RuleCatalogTest.cadence;
import static dev.mops.check.RuleCatalogTest.objective;
import static dev.mops.check.RuleCatalogTest.okr;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.CadenceKind;
import dev.mops.model.Frequency;
import dev.mops.model.Lifecycle;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.RequestTriage;
import dev.mops.model.TriageDecision;
import dev.mops.model.Visibility;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import dev.mops.testing.RuleTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What {@code no-stakeholder-update} counts and compares (public, live goals of both kinds; public
 * updates only; the update interval against {@code max-interval} in months or in days, a gap
 * exactly as long as the maximum being fine; the most frequent update named) and which answers
 * {@code urgent-request-untriaged} asks for (a blank answer is no answer; a declined or a
 * non-urgent request is not asked).
 */
class CadenceAndTriageEdgesTest {
  private final RuleTester update = RuleTester.of("no-stakeholder-update");
  private final RuleTester triage = RuleTester.of("urgent-request-untriaged");

  static Plan.Builder goal() {
    return base().addObjective(objective("o").build());
  }

  static Plan withUpdate(Frequency f) {
    return goal().addReviewCadence(cadence("u", CadenceKind.STAKEHOLDER_UPDATE, f).build()).build();
  }

  @Test
  void publicObjectivesAndOkrsAreCountedCancelledOnesAreNot() {
    Finding both = update.firesOnce(goal().addOkr(okr("k", OkrLevel.MOPS).build()).build());
    assertTrue(both.message().contains("The plan has 2 public goals "), both.message());
    Finding okrOnly =
        update.firesOnce(
            base()
                .addObjective(objective("o").status(Lifecycle.CANCELLED).build())
                .addOkr(okr("k", OkrLevel.MOPS).build())
                .build());
    assertTrue(okrOnly.message().contains("The plan has 1 public goal "), okrOnly.message());
    update.staysQuiet(
        base()
            .addObjective(objective("o").status(Lifecycle.CANCELLED).build())
            .addOkr(okr("k", OkrLevel.MOPS).status(Lifecycle.CANCELLED).build())
            .build());
  }

  @Test
  void anInternalUpdateDoesNotReachStakeholders() {
    Finding f =
        update.firesOnce(
            goal()
                .addReviewCadence(
                    cadence("u", CadenceKind.STAKEHOLDER_UPDATE, Frequency.monthly())
                        .visibility(Visibility.INTERNAL)
                        .build())
                .build());
    assertTrue(f.message().contains("no recurring stakeholder communication"), f.message());
  }

  @Test
  void theMostFrequentOfSeveralRareUpdatesIsNamedTheFirstOnATie() {
    Finding f =
        update.firesOnce(
            goal()
                .addReviewCadence(
                    cadence("u1", CadenceKind.STAKEHOLDER_UPDATE, Frequency.quarterly()).build())
                .addReviewCadence(
                    cadence("u2", CadenceKind.STAKEHOLDER_UPDATE, Frequency.everyMonths(2)).build())
                .addReviewCadence(
                    cadence("u3", CadenceKind.STAKEHOLDER_UPDATE, Frequency.everyMonths(2)).build())
                .build());
    assertTrue(f.message().contains("\"Cadence u2\", runs only every 2 months"), f.message());
  }

  @Test
  void anIntervalExactlyAsLongAsTheMaximumIsFine() {
    update.withParameter("max-interval", "P2W").staysQuiet(withUpdate(Frequency.biweekly()));
    update.withParameter("max-interval", "P2W").staysQuiet(withUpdate(Frequency.weekly()));
    update.withParameter("max-interval", "P2W").firesOnce(withUpdate(Frequency.monthly()));
    update.withParameter("max-interval", "P2M").staysQuiet(withUpdate(Frequency.everyMonths(2)));
    update.withParameter("max-interval", "P2M").firesOnce(withUpdate(Frequency.quarterly()));
  }

  @Test
  void monthsAndDaysAreComparedByDaysWhenTheUnitsDiffer() {
    // two months are at least 59 days: longer than 30
    update.withParameter("max-interval", "P30D").firesOnce(withUpdate(Frequency.everyMonths(2)));
    // six weeks are 42 days: within two months, which are at least 59
    update.withParameter("max-interval", "P2M").staysQuiet(withUpdate(Frequency.everyWeeks(6)));
  }

  static Plan triaged(boolean urgent, TriageDecision decision, RequestTriage.Builder t) {
    return base()
        .addWorkItem(
            WorkItem.builder()
                .id("OPS-1")
                .createdOn(LocalDate.of(2027, 3, 2))
                .kind(WorkKind.AD_HOC)
                .urgent(urgent)
                .visionAligned(false)
                .build())
        .addRequestTriage(
            t.id("t1")
                .workItemId("OPS-1")
                .receivedOn(LocalDate.of(2027, 3, 2))
                .decision(decision)
                .build())
        .build();
  }

  @Test
  void aBlankAnswerIsNoAnswerAndOnlyTheOpenQuestionsAreNamed() {
    Finding f =
        triage.firesOnce(
            triaged(
                true,
                TriageDecision.ACCEPTED,
                RequestTriage.builder().purpose(" ").urgencyReason("Event moved up").impact("  ")));
    assertTrue(f.message().contains("\"what is it for?\""), f.message());
    assertTrue(f.message().contains("\"what's the impact?\""), f.message());
    assertFalse(f.message().contains("\"why do you need it so quickly?\""), f.message());
    Finding urgency =
        triage.firesOnce(
            triaged(
                true,
                TriageDecision.ACCEPTED,
                RequestTriage.builder().purpose("Invite").urgencyReason(" ").impact("40 leads")));
    assertTrue(urgency.message().contains("\"why do you need it so quickly?\""), urgency.message());
    assertFalse(urgency.message().contains("\"what is it for?\""), urgency.message());
    assertFalse(urgency.message().contains("\"what's the impact?\""), urgency.message());
  }

  @Test
  void aDeclinedOrNonUrgentRequestIsNotAsked() {
    triage.staysQuiet(
        triaged(true, TriageDecision.DECLINED, RequestTriage.builder().purpose("Invite")));
    triage.staysQuiet(
        triaged(false, TriageDecision.ACCEPTED, RequestTriage.builder().purpose("Invite")));
  }
}
