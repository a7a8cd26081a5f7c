package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of OKRs, key results, milestones, check-ins, scales and external OKR references. */
class OkrInvariantsTest {

  private static KeyResult kr(String id, String weight) {
    return Models.keyResult(id).weight(new BigDecimal(weight)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "0.25", "100"})
  void keyResultWeightAtLeastZeroIsKept(String weight) {
    assertEquals(new BigDecimal(weight), kr("kr", weight).weight());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.001"})
  void negativeKeyResultWeightFails(String weight) {
    Expect.badValue(() -> kr("kr", weight), "keyResult.weight", weight);
  }

  @Test
  void keyResultWeightDefaultsToOne() {
    assertEquals(BigDecimal.ONE, Models.keyResult("kr").build().weight());
  }

  @Test
  void keyResultWeightsMayIncludeZerosWhenTheSumIsPositive() {
    Okr okr = Models.okr("okr-a").addKeyResults(kr("kr-1", "0"), kr("kr-2", "0.5")).build();
    assertEquals(2, okr.keyResults().size());
    assertTrue(Models.okr("okr-empty").build().keyResults().isEmpty());
  }

  @Test
  void keyResultWeightsSummingToZeroFail() {
    Expect.badValue(
        () -> Models.okr("okr-a").addKeyResults(kr("kr-1", "0"), kr("kr-2", "0.00")).build(),
        "okr.keyResults",
        "0");
    IllegalArgumentException e =
        Expect.badValue(
            () -> Models.okr("okr-zero").addKeyResult(kr("kr-1", "0")).build(),
            "okr.keyResults",
            "sum to 0");
    assertTrue(e.getMessage().contains("okr-zero"), e::getMessage);
  }

  @Test
  void okrMayHaveEitherParentIdOrExternalParent() {
    ExternalOkrRef ext = ExternalOkrRef.of("mkt-7", "Grow pipeline", OkrLevel.MARKETING);
    Okr withParent = Models.okr("okr-a").parentId("okr-mkt").build();
    Okr withExternal = Models.okr("okr-b").externalParent(ext).build();
    assertTrue(withParent.hasParent());
    assertTrue(withExternal.hasParent());
    assertFalse(Models.okr("okr-c").build().hasParent());
  }

  @Test
  void okrWithBothParentIdAndExternalParentFails() {
    ExternalOkrRef ext = ExternalOkrRef.of("mkt-7", "Grow pipeline", OkrLevel.MARKETING);
    IllegalArgumentException e =
        Expect.badValue(
            () -> Models.okr("okr-both").parentId("okr-mkt").externalParent(ext).build(),
            "okr.parentId",
            "okr-both");
    assertTrue(e.getMessage().contains("okr.externalParent"), e::getMessage);
  }

  @ParameterizedTest
  @EnumSource(
      value = Direction.class,
      names = {"AT_OR_ABOVE", "AT_OR_BELOW"})
  void thresholdKeyResultHoldsAThreshold(Direction direction) {
    KeyResult kr =
        Models.keyResult("kr").kind(KeyResultKind.THRESHOLD).direction(direction).build();
    assertEquals(direction, kr.direction());
  }

  @Test
  void thresholdDirectionDefaultsToAtOrAboveAndOthersToIncrease() {
    assertEquals(
        Direction.AT_OR_ABOVE,
        Models.keyResult("kr").kind(KeyResultKind.THRESHOLD).build().direction());
    assertEquals(
        Direction.INCREASE, Models.keyResult("kr").kind(KeyResultKind.METRIC).build().direction());
    assertEquals(
        Direction.INCREASE, Models.keyResult("kr").kind(KeyResultKind.BINARY).build().direction());
  }

  @ParameterizedTest
  @EnumSource(
      value = Direction.class,
      names = {"INCREASE", "DECREASE"})
  void thresholdKeyResultWithAMovementDirectionFails(Direction direction) {
    Expect.badValue(
        () -> Models.keyResult("kr").kind(KeyResultKind.THRESHOLD).direction(direction).build(),
        "keyResult.direction",
        direction.name());
  }

  @ParameterizedTest
  @CsvSource({
    "METRIC, DECREASE",
    "QUALITATIVE, INCREASE",
    "QUALITATIVE, AT_OR_ABOVE",
    "QUALITATIVE, AT_OR_BELOW",
    "BINARY, INCREASE",
    "MILESTONES, INCREASE"
  })
  void movementKeyResultsTakeAMovementDirectionAndQualitativeOnesAThresholdToo(
      KeyResultKind kind, Direction direction) {
    assertEquals(
        direction, Models.keyResult("kr").kind(kind).direction(direction).build().direction());
  }

  @ParameterizedTest
  @CsvSource({"METRIC, AT_OR_ABOVE", "METRIC, AT_OR_BELOW", "BINARY, AT_OR_BELOW"})
  void movementKeyResultWithAThresholdDirectionFails(KeyResultKind kind, Direction direction) {
    IllegalArgumentException e =
        Expect.badValue(
            () -> Models.keyResult("kr").kind(kind).direction(direction).build(),
            "keyResult.direction",
            direction.name());
    assertTrue(
        e.getMessage().contains(kind.name().toLowerCase(java.util.Locale.ROOT)), e::getMessage);
  }

  @Test
  void milestoneWeightsMayIncludeZeros() {
    KeyResult kr =
        Models.keyResult("kr")
            .kind(KeyResultKind.MILESTONES)
            .addMilestone(
                Milestone.builder().id("m1").title("Brief").weight(BigDecimal.ZERO).build())
            .addMilestone(Milestone.of("m2", "Launch"))
            .build();
    assertEquals(2, kr.milestones().size());
    assertEquals(BigDecimal.ONE, kr.milestones().get(1).weight());
  }

  @Test
  void milestoneWeightsAllZeroFail() {
    IllegalArgumentException e =
        Expect.badValue(
            () ->
                Models.keyResult("kr-ms")
                    .kind(KeyResultKind.MILESTONES)
                    .addMilestone(
                        Milestone.builder().id("m1").title("Brief").weight(BigDecimal.ZERO).build())
                    .addMilestone(
                        Milestone.builder()
                            .id("m2")
                            .title("Launch")
                            .weight(new BigDecimal("0.0"))
                            .build())
                    .build(),
            "keyResult.milestones",
            "0");
    assertTrue(e.getMessage().contains("kr-ms"), e::getMessage);
  }

  @Test
  void negativeMilestoneWeightFails() {
    assertEquals(
        BigDecimal.ZERO,
        Milestone.builder().id("m").title("t").weight(BigDecimal.ZERO).build().weight());
    Expect.badValue(
        () -> Milestone.builder().id("m").title("t").weight(new BigDecimal("-0.5")).build(),
        "milestone.weight",
        "-0.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "1", "1.000"})
  void checkInConfidenceInZeroToOneIsKept(String confidence) {
    CheckIn c = CheckIn.builder().on(DAY).confidence(new BigDecimal(confidence)).build();
    assertEquals(Optional.of(new BigDecimal(confidence)), c.confidence());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "1.01", "70"})
  void checkInConfidenceOutsideZeroToOneFails(String confidence) {
    Expect.badValue(
        () -> CheckIn.builder().on(DAY).confidence(new BigDecimal(confidence)).build(),
        "checkIn.confidence",
        confidence);
  }

  @Test
  void scaleNeedsMaxAboveMin() {
    Scale nps = Scale.of(-100, 100, "internal NPS");
    assertEquals("internal NPS (-100..100)", nps.toString());
    assertTrue(nps.contains(new BigDecimal("-100")) && nps.contains(new BigDecimal("100")));
    assertFalse(nps.contains(new BigDecimal("100.5")));
    Expect.badValue(() -> Scale.of(5, 5, "rating"), "scale.max", "5..5");
    Expect.badValue(() -> Scale.of(5, 1, "rating"), "scale.max", "5..1");
  }

  @Test
  void signOffValidatesItsParts() {
    SignOff s = SignOff.of("cmo", "Jordan Park", DAY);
    assertEquals("Jordan Park (cmo) on 2027-01-15", s.toString());
    Expect.badValue(
        () -> SignOff.of("the cmo", "Jordan Park", DAY), "signOff.stakeholderId", "\"the cmo\"");
    Expect.badValue(() -> SignOff.of("cmo", " ", DAY), "signOff.person", "\" \"");
  }

  @Test
  void externalOkrRefAcceptsAnyNonBlankIdAndAUri() {
    ExternalOkrRef ref =
        ExternalOkrRef.of(
            "MKT OKR #7",
            "Grow pipeline",
            OkrLevel.MARKETING,
            URI.create("https://okrs.example.com/7"));
    assertEquals(
        "MARKETING OKR MKT OKR #7 \"Grow pipeline\" <https://okrs.example.com/7>", ref.toString());
    assertEquals(Optional.empty(), ExternalOkrRef.of("m", "t", OkrLevel.COMPANY).uri());
    Expect.badValue(
        () -> ExternalOkrRef.of("", "Grow pipeline", OkrLevel.MARKETING),
        "externalParent.id",
        "\"\"");
    Expect.badValue(
        () -> ExternalOkrRef.of("mkt-7", "\t", OkrLevel.MARKETING),
        "externalParent.title",
        "\"\\t\"");
  }

  @Test
  void keyResultCurrentValueIsTheLatestCheckInWithAValueOnOrBeforeTheDay() {
    KeyResult kr =
        Models.keyResult("kr")
            .addCheckIn(CheckIn.of(DAY, new BigDecimal("1.0")))
            .addCheckIn(
                CheckIn.builder().on(DAY.plusDays(7)).confidence(new BigDecimal("0.5")).build())
            .addCheckIn(CheckIn.of(DAY.plusDays(14), new BigDecimal("0.8")))
            .build();
    assertEquals(Optional.empty(), kr.currentValue(DAY.minusDays(1)));
    assertEquals(Optional.of(new BigDecimal("1.0")), kr.currentValue(DAY.plusDays(13)));
    assertEquals(Optional.of(new BigDecimal("0.8")), kr.currentValue(DAY.plusDays(14)));
    assertEquals(List.of(), Models.keyResult("kr").build().checkIns());
  }
}
