package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyResultsTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void designVectorDecrease100To60() {
    Progress at80 = KeyResults.progress(Direction.DECREASE, d("100"), d("60"), d("80"));
    assertTrue(at80.raw().hasSameValueAs(Ratio.of(1, 2)));
    assertEquals(0, at80.score().decimal(1).orElseThrow().compareTo(d("0.5")));
    assertEquals(
        "score 0.5 (raw progress 50% (20 of 40)): decrease from 100 to 60, now 80",
        at80.toString());

    Progress at50 = KeyResults.progress(Direction.DECREASE, d("100"), d("60"), d("50"));
    assertEquals(d("1.25"), at50.raw().decimal(2).orElseThrow());
    assertTrue(at50.score().hasSameValueAs(Ratio.of(1, 1)));
    assertEquals(
        "score 1 (raw progress 125% (50 of 40)): decrease from 100 to 60, now 50", at50.toString());
  }

  @Test
  void increaseBelowStartScoresZero() {
    Progress p = KeyResults.progress(Direction.INCREASE, d("10"), d("20"), d("5"));
    assertTrue(p.raw().isBelow(BigDecimal.ZERO));
    assertTrue(p.score().hasSameValueAs(Ratio.of(0, 1)));
    assertEquals(Optional.of(d("10")), p.start());
  }

  @Test
  void targetEqualToStartIsUndefined() {
    Progress p = KeyResults.progress(Direction.INCREASE, d("10"), d("10.0"), d("12"));
    assertFalse(p.isDefined());
    assertFalse(p.score().isDefined());
    assertTrue(p.value().isEmpty());
  }

  @Test
  void thresholdsAreInclusive() {
    assertTrue(
        KeyResults.threshold(Direction.AT_OR_ABOVE, d("30"), d("30.0"))
            .score()
            .hasSameValueAs(Ratio.of(1, 1)));
    assertTrue(
        KeyResults.threshold(Direction.AT_OR_ABOVE, d("30"), d("29.99"))
            .score()
            .hasSameValueAs(Ratio.of(0, 1)));
    assertTrue(
        KeyResults.threshold(Direction.AT_OR_BELOW, d("2"), d("2"))
            .score()
            .hasSameValueAs(Ratio.of(1, 1)));
    assertTrue(
        KeyResults.threshold(Direction.AT_OR_BELOW, d("2"), d("2.01"))
            .score()
            .hasSameValueAs(Ratio.of(0, 1)));
    // progress() ignores the start for thresholds
    assertEquals(
        KeyResults.threshold(Direction.AT_OR_BELOW, d("2"), d("1")),
        KeyResults.progress(Direction.AT_OR_BELOW, d("99"), d("2"), d("1")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyResults.threshold(Direction.INCREASE, d("1"), d("1")));
    assertEquals("direction must be AT_OR_ABOVE or AT_OR_BELOW, got INCREASE", e.getMessage());
  }

  @Test
  void binaryAndMilestones() {
    assertTrue(KeyResults.binary(true).score().hasSameValueAs(Ratio.of(1, 1)));
    assertTrue(KeyResults.binary(false).score().hasSameValueAs(Ratio.of(0, 1)));
    assertEquals(Ratio.of(2, 5), KeyResults.milestones(2, 5).score());
    assertFalse(KeyResults.milestones(0, 0).isDefined());
    assertThrows(IllegalArgumentException.class, () -> KeyResults.milestones(3, 2));
    Progress w = KeyResults.weightedMilestones(List.of(d("3"), d("1")), List.of(true, false));
    assertEquals(Ratio.of(3, 4), w.score());
    assertEquals(
        "score 0.75 (raw progress 75% (3 of 4)): 1 of 2 milestones done, weight 3 of 4",
        w.toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyResults.weightedMilestones(List.of(d("0"), d("0")), List.of(true, false)));
    assertEquals("weights must not all be 0, got [0, 0]", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyResults.weightedMilestones(List.of(d("-1")), List.of(true)));
    assertEquals("weights[0] must be >= 0, got -1", e.getMessage());
  }

  @Test
  void designVectorScores100GiveOneThird() {
    OkrScore s =
        Okrs.score(
            List.of(KeyResults.binary(true), KeyResults.binary(false), KeyResults.binary(false)));
    assertEquals(Ratio.of(1, 3), s.score());
    assertEquals(d("0.333"), s.score().decimal(3).orElseThrow());
    assertTrue(s.score().isBelow(d("0.3334")));
    assertTrue(s.score().isAbove(d("0.3333")));
    assertEquals(Optional.of(Grade.RED), s.grade());
    assertEquals("score 0.33, red (1 of 3) from 3 key results", s.toString());
  }

  @Test
  void weightedScoreIsExact() {
    Map<String, Progress> krs = new LinkedHashMap<>();
    krs.put("kr-1", KeyResults.progress(Direction.DECREASE, d("100"), d("60"), d("80")));
    krs.put("kr-2", KeyResults.binary(true));
    Map<String, BigDecimal> w = Map.of("kr-1", d("1"), "kr-2", d("3"));
    OkrScore s = Okrs.score(krs, w);
    // (0.5 * 1 + 1 * 3) / 4 = 0.875
    assertTrue(s.score().hasSameValueAs(Ratio.of(7, 8)));
    assertEquals(Optional.of(Grade.GREEN), s.grade());
  }

  @Test
  void undefinedKeyResultMakesScoreUndefinedAndNamesIt() {
    Map<String, Progress> krs = new LinkedHashMap<>();
    krs.put("kr-1", KeyResults.binary(true));
    krs.put("kr-2", KeyResults.milestones(0, 0));
    Map<String, BigDecimal> w = Map.of("kr-1", BigDecimal.ONE, "kr-2", BigDecimal.ONE);
    OkrScore s = Okrs.score(krs, w);
    assertFalse(s.isDefined());
    assertEquals(List.of("kr-2"), s.undefinedKeyResults());
    assertEquals("score undefined: no progress for kr-2", s.toString());
    OkrScore zero = Okrs.scoreCountingMissingAsZero(krs, w);
    assertTrue(zero.score().hasSameValueAs(Ratio.of(1, 2)));
    assertEquals(List.of("kr-2"), zero.undefinedKeyResults());
    assertTrue(zero.toString().endsWith("counted as 0: kr-2"), zero.toString());
  }

  @Test
  void badWeightsAreRejected() {
    Map<String, Progress> krs = Map.of("kr-1", KeyResults.binary(true));
    assertEquals(
        "weights must not all be 0, got {kr-1=0}",
        assertThrows(
                IllegalArgumentException.class,
                () -> Okrs.score(krs, Map.of("kr-1", BigDecimal.ZERO)))
            .getMessage());
    assertEquals(
        "weights[kr-1] must be >= 0, got -2",
        assertThrows(IllegalArgumentException.class, () -> Okrs.score(krs, Map.of("kr-1", d("-2"))))
            .getMessage());
    assertEquals(
        "weights must name every key result, missing kr-1",
        assertThrows(IllegalArgumentException.class, () -> Okrs.score(krs, Map.of())).getMessage());
    assertEquals(
        "weights name an unknown key result, got kr-9",
        assertThrows(
                IllegalArgumentException.class,
                () -> Okrs.score(krs, Map.of("kr-1", d("1"), "kr-9", d("1"))))
            .getMessage());
  }

  @Test
  void gradeBandsAreExactAndInclusiveAtLowerBound() {
    assertEquals(Grade.RED, Grade.of(Ratio.of(39_999, 100_000)));
    assertEquals(Grade.YELLOW, Grade.of(Ratio.of(2, 5)));
    assertEquals(Grade.YELLOW, Grade.of(Ratio.of(69_999, 100_000)));
    assertEquals(Grade.GREEN, Grade.of(Ratio.of(7, 10)));
    assertThrows(IllegalStateException.class, () -> Grade.of(Ratio.of(0, 0)));
  }

  @Test
  void timeBasedStatus() {
    DateRange jan = DateRange.parse("2027-01-01/2027-01-10");
    LocalDate day6 = LocalDate.parse("2027-01-06");
    assertEquals(Ratio.of(6, 10), Okrs.elapsed(jan, day6));
    assertEquals(Ratio.of(0, 10), Okrs.elapsed(jan, LocalDate.parse("2026-12-31")));
    assertEquals(Ratio.of(10, 10), Okrs.elapsed(jan, LocalDate.parse("2027-02-01")));
    // elapsed 0.6: on track >= 0.5, at risk >= 0.35, else off track (boundaries inclusive)
    assertEquals(
        Optional.of(TrackStatus.ON_TRACK), Okrs.status(Ratio.of(1, 2), jan, day6).status());
    assertEquals(
        Optional.of(TrackStatus.AT_RISK),
        Okrs.status(Ratio.of(49_999, 100_000), jan, day6).status());
    assertEquals(
        Optional.of(TrackStatus.AT_RISK), Okrs.status(Ratio.of(35, 100), jan, day6).status());
    assertEquals(
        Optional.of(TrackStatus.OFF_TRACK), Okrs.status(Ratio.of(34, 100), jan, day6).status());
    assertEquals(Optional.empty(), Okrs.status(Ratio.of(0, 0), jan, day6).status());
    assertEquals(
        Optional.of(TrackStatus.OFF_TRACK),
        Okrs.status(Ratio.of(1, 2), jan, day6, d("0"), d("0.05")).status());
    assertEquals(
        "on track: progress 50% (1 of 2) with 60% (6 of 10 days) of 2027-01-01/2027-01-10 elapsed on 2027-01-06",
        Okrs.status(Ratio.of(1, 2), jan, day6).toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> Okrs.status(Ratio.of(1, 2), jan, day6, d("0.3"), d("0.2")));
  }

  @Test
  void scoreIsAlwaysClampedAndFinite() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            integers().between(-1000, 1000),
            integers().between(-1000, 1000),
            integers().between(-1000, 1000))
        .checkAssert(
            (s, t, c) -> {
              for (Direction dir : Direction.values()) {
                Progress p =
                    KeyResults.progress(
                        dir, BigDecimal.valueOf(s), BigDecimal.valueOf(t), BigDecimal.valueOf(c));
                if (dir.isMovement() && s.equals(t)) {
                  assertFalse(p.isDefined());
                } else {
                  assertTrue(
                      p.score().isAtLeast(BigDecimal.ZERO) && p.score().isAtMost(BigDecimal.ONE),
                      p.toString());
                  double v = p.value().getAsDouble();
                  assertTrue(Double.isFinite(v) && v >= 0 && v <= 1);
                }
              }
            });
  }

  private static dev.mops.model.KeyResult nps(Direction direction, String current) {
    return dev.mops.model.KeyResult.builder()
        .id("kr-nps")
        .title("Internal NPS of at least 30")
        .kind(dev.mops.model.KeyResultKind.QUALITATIVE)
        .direction(direction)
        .scale(dev.mops.model.Scale.of(-100, 100, "internal NPS"))
        .target(d("30"))
        .addCheckIn(dev.mops.model.CheckIn.of(LocalDate.of(2027, 3, 15), d(current)))
        .build();
  }

  @Test
  void qualitativeThresholdOnItsScaleIsScoredWithoutAStart() {
    LocalDate asOf = LocalDate.of(2027, 3, 31);
    // internal NPS >= 30 on -100..100: inclusive, 0 or 1
    assertTrue(
        KeyResults.progress(nps(Direction.AT_OR_ABOVE, "30"), asOf)
            .score()
            .hasSameValueAs(Ratio.of(1, 1)));
    assertTrue(
        KeyResults.progress(nps(Direction.AT_OR_ABOVE, "29.9"), asOf)
            .score()
            .hasSameValueAs(Ratio.of(0, 1)));
    assertTrue(
        KeyResults.progress(nps(Direction.AT_OR_BELOW, "29.9"), asOf)
            .score()
            .hasSameValueAs(Ratio.of(1, 1)));
    // no check-in by the as-of date: undefined, not 0
    assertFalse(
        KeyResults.progress(nps(Direction.AT_OR_ABOVE, "30"), LocalDate.of(2027, 3, 1))
            .score()
            .isDefined());
  }

  @Test
  void qualitativeMovementWithoutAStartStartsAtTheEndOfItsScale() {
    LocalDate asOf = LocalDate.of(2027, 3, 31);
    // increase on -100..100 to 30, now 0: 100 of 130
    assertTrue(
        KeyResults.progress(nps(Direction.INCREASE, "0"), asOf)
            .raw()
            .hasSameValueAs(Ratio.of(100, 130)));
    // decrease from the top, 100, to 30, now 65: 35 of 70
    assertTrue(
        KeyResults.progress(nps(Direction.DECREASE, "65"), asOf)
            .raw()
            .hasSameValueAs(Ratio.of(1, 2)));
    // a start given wins over the scale: 0 to 30, now 15
    dev.mops.model.KeyResult withStart =
        dev.mops.model.KeyResult.builder()
            .from(nps(Direction.INCREASE, "15"))
            .start(BigDecimal.ZERO)
            .build();
    assertTrue(KeyResults.progress(withStart, asOf).raw().hasSameValueAs(Ratio.of(1, 2)));
  }
}
