package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The exact arithmetic the calculators build on ({@link Ratio}'s package-private operations) and
 * the boundaries of its public comparisons. A ratio carries its inputs, so these pin the exact
 * numerator and denominator each operation leaves, not only the value.
 */
class RatioArithmeticTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void clampToUnitKeepsValuesInsideAndReplacesOnlyThoseOutside() {
    assertEquals(Ratio.of(0, 1), Ratio.of(-1, 2).clampToUnit());
    assertEquals(Ratio.of(1, 1), Ratio.of(6, 5).clampToUnit());
    // 0 and 1 themselves are inside: their inputs are kept
    assertEquals(Ratio.of(0, 5), Ratio.of(0, 5).clampToUnit());
    assertEquals(Ratio.of(5, 5), Ratio.of(5, 5).clampToUnit());
    assertEquals(Ratio.of(2, 5), Ratio.of(2, 5).clampToUnit());
    Ratio undefined = Ratio.of(3, 0);
    assertSame(undefined, undefined.clampToUnit());
  }

  @Test
  void sumsQuotientsAndProductsAreExact() {
    assertEquals(Ratio.of(2, 3), Ratio.of(1, 3).times(BigDecimal.valueOf(2)));
    // the same denominator is kept as it is; different ones are multiplied, then reduced
    assertEquals(Ratio.of(3, 4), Ratio.of(1, 4).plusValue(Ratio.of(2, 4)));
    assertEquals(Ratio.of(4, 4), Ratio.of(2, 4).plusValue(Ratio.of(2, 4)));
    assertEquals(Ratio.of(5, 6), Ratio.of(1, 2).plusValue(Ratio.of(1, 3)));
    assertEquals(Ratio.of(2, 3), Ratio.of(1, 2).plusValue(Ratio.of(1, 6)));
    assertEquals(Ratio.of(1, 4), Ratio.of(3, 4).dividedBy(BigDecimal.valueOf(3)));
    assertEquals(Ratio.of(3, 8), Ratio.of(3, 4).dividedBy(BigDecimal.valueOf(2)));
  }

  @Test
  void reducedDividesByTheGreatestCommonDivisorAtAnyScale() {
    assertEquals(Ratio.of(3, 4), Ratio.of(6, 8).reduced());
    assertEquals(Ratio.of(1, 3), Ratio.of(d("1.5"), d("4.5")).reduced());
    assertEquals(Ratio.of(1, 3), Ratio.of(d("1E+2"), d("300")).reduced());
    assertEquals(Ratio.of(0, 1), Ratio.of(0, 5).reduced());
    assertEquals(Ratio.of(-2, 3), Ratio.of(4, -6).reduced());
    Ratio undefined = Ratio.of(4, 0);
    assertSame(undefined, undefined.reduced());
    // the reduced parts are whole numbers
    assertEquals(0, Ratio.of(d("0.25"), d("0.75")).reduced().numerator().scale());
  }

  @Test
  void valueDecimalAndPercentAtTheirBoundaries() {
    assertEquals(OptionalDouble.of(0.3333333333333333), Ratio.of(1, 3).value());
    assertEquals(OptionalDouble.of(-0.5), Ratio.of(1, -2).value());
    assertEquals(Optional.of(d("33")), Ratio.of(1, 3).percent(0));
    assertEquals(Optional.of(d("0")), Ratio.of(1, 3).decimal(0));
    assertEquals(Optional.of(d("0.67")), Ratio.of(2, 3).decimal(2));
    assertEquals(
        "scale must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 3).decimal(-1))
            .getMessage());
    assertEquals(
        "scale must be >= 0, got -2",
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(0, 0).percent(-2))
            .getMessage());
  }

  @Test
  void comparisonsWithAThresholdAtEqualityAndOnEitherSide() {
    Ratio half = Ratio.of(1, 2);
    BigDecimal h = d("0.5");
    assertTrue(half.isAtLeast(h));
    assertTrue(half.isAtMost(h));
    assertFalse(half.isAbove(h));
    assertFalse(half.isBelow(h));
    assertTrue(half.isAbove(d("0.49")));
    assertTrue(half.isBelow(d("0.51")));
    assertFalse(half.isAtLeast(d("0.51")));
    assertFalse(half.isAtMost(d("0.49")));
    assertEquals(
        "threshold",
        assertThrows(NullPointerException.class, () -> half.isAbove(null)).getMessage());
    for (Runnable r :
        new Runnable[] {
          () -> Ratio.of(1, 0).isAbove(h),
          () -> Ratio.of(1, 0).isAtMost(h),
          () -> Ratio.of(1, 0).isBelow(h)
        }) {
      assertEquals(
          "ratio is undefined (1 of 0)",
          assertThrows(IllegalStateException.class, r::run).getMessage());
    }
  }

  @Test
  void valueComparisonsBetweenRatios() {
    assertTrue(Ratio.of(2, 3).compareValueTo(Ratio.of(1, 2)) > 0);
    assertEquals(
        "ratio is undefined (1 of 0)",
        assertThrows(
                IllegalStateException.class, () -> Ratio.of(1, 2).compareValueTo(Ratio.of(1, 0)))
            .getMessage());
    assertEquals(
        "ratio is undefined (0 of 0)",
        assertThrows(
                IllegalStateException.class, () -> Ratio.of(0, 0).compareValueTo(Ratio.of(1, 2)))
            .getMessage());
    assertTrue(Ratio.of(0, 0).hasSameValueAs(Ratio.of(5, 0)));
    assertFalse(Ratio.of(0, 0).hasSameValueAs(Ratio.of(0, 1)));
    assertFalse(Ratio.of(0, 1).hasSameValueAs(Ratio.of(0, 0)));
    assertFalse(Ratio.of(1, 3).hasSameValueAs(Ratio.of(1, 2)));
    assertEquals(
        "other",
        assertThrows(NullPointerException.class, () -> Ratio.of(1, 2).hasSameValueAs(null))
            .getMessage());
  }

  @Test
  void aNegativeDenominatorMovesItsSignToTheNumerator() {
    Ratio r = Ratio.of(d("3"), d("-4"));
    assertEquals(d("-3"), r.numerator());
    assertEquals(d("4"), r.denominator());
    assertEquals("-75% (-3 of 4)", r.toString());
    assertEquals(Ratio.of(3, 4), Ratio.of(-3, -4));
    assertEquals(
        "denominator",
        assertThrows(NullPointerException.class, () -> Ratio.of(BigDecimal.ONE, null))
            .getMessage());
  }

  @Test
  void equalityAndHashIgnoreTrailingZerosOnBothParts() {
    assertEquals(Ratio.of(d("3"), d("4")), Ratio.of(d("3.00"), d("4.0")));
    assertEquals(Ratio.of(d("3"), d("4")).hashCode(), Ratio.of(d("3.00"), d("4.0")).hashCode());
    assertNotEquals(Ratio.of(3, 4), Ratio.of(3, 5));
    assertNotEquals(Ratio.of(3, 4), Ratio.of(2, 4));
    assertNotEquals(Ratio.of(3, 4), (Object) "3 of 4");
    // numerator and denominator do not commute in the hash
    assertNotEquals(Ratio.of(3, 4).hashCode(), Ratio.of(4, 3).hashCode());
  }
}
