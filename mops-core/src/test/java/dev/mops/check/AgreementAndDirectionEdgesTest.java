package dev.mops.check;

import static dev.mops.check.RuleCatalogTest.base;
import static dev.mops.check.RuleCatalogTest.cadence;
import static dev.mops.check.RuleCatalogTest.kpi;
import static dev.mops.check.RuleCatalogTest.objective;
import static dev.mops.check.RuleCatalogTest.okr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.CadenceKind;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Frequency;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.Review;
import dev.mops.model.SignOff;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.testing.RuleTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of two rules that compare a date or a number with another: {@code kpi-not-pre-agreed}
 * (the earliest agreement counts, only business reviews count, the earliest unagreed review is
 * named and the later ones counted) and {@code target-direction-mismatch} (a target equal to its
 * baseline or start is wrong in either direction, on objectives, indicators and key results).
 */
class AgreementAndDirectionEdgesTest {
  private final RuleTester preAgreed = RuleTester.of("kpi-not-pre-agreed");
  private final RuleTester direction = RuleTester.of("target-direction-mismatch");

  static Review review(String id, String cadenceId, LocalDate heldOn) {
    return Review.builder()
        .id(id)
        .cadenceId(cadenceId)
        .heldOn(heldOn)
        .covers(DateRange.parse("2027-01-01/2027-03-31"))
        .addKpiId("k")
        .build();
  }

  static Plan reviewed(Kpi kpi, Review... reviews) {
    Plan.Builder b =
        base()
            .addKpi(kpi)
            .addReviewCadence(
                cadence("qbr", CadenceKind.BUSINESS_REVIEW, Frequency.quarterly()).build())
            .addReviewCadence(
                cadence("upd", CadenceKind.STAKEHOLDER_UPDATE, Frequency.monthly()).build());
    for (Review r : reviews) {
      b.addReview(r);
    }
    return b.build();
  }

  static Kpi agreedOn(LocalDate... days) {
    Kpi.Builder k = kpi("k", "Movement to opportunity").targetValue(BigDecimal.TEN);
    for (LocalDate d : days) {
      k.addAgreement(SignOff.of("sales", "Dana Lee", d));
    }
    return k.build();
  }

  @Test
  void theEarliestOfSeveralAgreementsCounts() {
    preAgreed.staysQuiet(
        reviewed(
            agreedOn(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 1, 8)),
            review("qbr-q1", "qbr", LocalDate.of(2027, 4, 6))));
    preAgreed.firesOnce(
        reviewed(
            agreedOn(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 5, 8)),
            review("qbr-q1", "qbr", LocalDate.of(2027, 4, 6))));
  }

  @Test
  void onlyBusinessReviewsNeedAnAgreement() {
    preAgreed.staysQuiet(reviewed(agreedOn(), review("upd-apr", "upd", LocalDate.of(2027, 4, 6))));
  }

  @Test
  void theEarliestUnagreedReviewIsNamedAndTheLaterOnesCounted() {
    Finding f =
        preAgreed.firesOnce(
            reviewed(
                agreedOn(LocalDate.of(2027, 12, 1)),
                review("qbr-q3", "qbr", LocalDate.of(2027, 10, 6)),
                review("qbr-q1", "qbr", LocalDate.of(2027, 4, 6)),
                review("qbr-q2", "qbr", LocalDate.of(2027, 7, 6))));
    assertTrue(f.message().contains("\"qbr-q1\" on 2027-04-06"), f.message());
    assertTrue(f.message().contains(" (and at 2 later business reviews) "), f.message());
  }

  @Test
  void oneLaterUnagreedReviewIsSingular() {
    Finding f =
        preAgreed.firesOnce(
            reviewed(
                agreedOn(),
                review("qbr-q2", "qbr", LocalDate.of(2027, 7, 6)),
                review("qbr-q1", "qbr", LocalDate.of(2027, 4, 6))));
    assertTrue(f.message().contains("\"qbr-q1\" on 2027-04-06"), f.message());
    assertTrue(f.message().contains(" (and at 1 later business review) "), f.message());
  }

  @Test
  void aSingleUnagreedReviewCountsNoLaterOne() {
    Finding f =
        preAgreed.firesOnce(
            reviewed(agreedOn(), review("qbr-q1", "qbr", LocalDate.of(2027, 4, 6))));
    assertFalse(f.message().contains("later business review"), f.message());
  }

  static Plan objectiveTarget(Direction d, String baseline, String value) {
    return base()
        .addObjective(
            objective("o")
                .target(
                    Target.of("sales", "USD", new BigDecimal(baseline), new BigDecimal(value), d))
                .build())
        .build();
  }

  @Test
  void aDecreaseToTheBaselineOrAboveIsWrongAndBelowIsRight() {
    Finding equal = direction.firesOnce(objectiveTarget(Direction.DECREASE, "100", "100"));
    assertTrue(equal.message().contains("says \"decrease\" sales"), equal.message());
    assertTrue(
        equal.message().contains("target 100 is not below the baseline 100"), equal.message());
    assertEquals(
        "Swap the direction to increase, or correct the target or the baseline.",
        equal.hint().orElseThrow());
    direction.firesOnce(objectiveTarget(Direction.DECREASE, "100", "110"));
    direction.staysQuiet(objectiveTarget(Direction.DECREASE, "100", "90"));
  }

  @Test
  void anIncreaseNamesTheOtherDirectionInItsHint() {
    Finding f = direction.firesOnce(objectiveTarget(Direction.INCREASE, "100", "90"));
    assertTrue(f.message().contains("says \"increase\" sales"), f.message());
    assertTrue(f.message().contains("is not above the baseline 100"), f.message());
    assertEquals(
        "Swap the direction to decrease, or correct the target or the baseline.",
        f.hint().orElseThrow());
  }

  @Test
  void anIndicatorsTargetIsJudgedToo() {
    InternalGoal goal =
        InternalGoal.builder()
            .id("g")
            .title("Goal g")
            .addIndicator(
                SuccessIndicator.builder()
                    .id("ind")
                    .description("tickets closed within a week")
                    .kind(IndicatorKind.OBSERVED)
                    .target(
                        Target.of(
                            "tickets",
                            "%",
                            new BigDecimal("80"),
                            new BigDecimal("70"),
                            Direction.INCREASE))
                    .build())
            .build();
    Finding f = direction.firesOnce(base().addInternalGoal(goal).build());
    assertEquals("ind", f.elementId());
  }

  @Test
  void aKeyResultStartingAtItsTargetIsWrongAndARisingIncreaseIsRight() {
    direction.firesOnce(keyResult(Direction.INCREASE, "5", "5"));
    direction.staysQuiet(keyResult(Direction.INCREASE, "5", "8"));
    Finding f = direction.firesOnce(keyResult(Direction.INCREASE, "8", "5"));
    assertTrue(f.message().contains("is not above the start 8"), f.message());
  }

  static Plan keyResult(Direction d, String start, String target) {
    return base()
        .addOkr(
            okr("k", OkrLevel.MOPS)
                .keyResults(
                    List.of(
                        KeyResult.builder()
                            .id("kr")
                            .title("Leads up")
                            .kind(KeyResultKind.METRIC)
                            .direction(d)
                            .start(new BigDecimal(start))
                            .target(new BigDecimal(target))
                            .unit("%")
                            .build()))
                .build())
        .build();
  }
}
