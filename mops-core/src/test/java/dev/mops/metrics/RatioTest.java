package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void sentenceShowsValueAndInputs() {
    assertEquals("2.35% (235 of 10,000)", Ratio.of(235, 10_000).toString());
    assertEquals("0.033% (330 of 1,000,000)", Ratio.of(330, 1_000_000).toString());
    assertEquals("33.33% (1 of 3)", Ratio.of(1, 3).toString());
    assertEquals(
        "31.25% (12.5 of 40)", Ratio.of(new BigDecimal("12.50"), new BigDecimal("40")).toString());
    assertEquals("150% (3 of 2)", Ratio.of(3, 2).toString());
    assertEquals("0% (0 of 7)", Ratio.of(0, 7).toString());
  }

  @Test
  void zeroDenominatorIsExplicitlyUndefined() {
    Ratio r = Ratio.of(0, 0);
    assertFalse(r.isDefined());
    assertTrue(r.value().isEmpty());
    assertEquals(Optional.empty(), r.percent(2));
    assertEquals(Optional.empty(), r.decimal(2));
    assertEquals("undefined (0 of 0)", r.toString());
    assertEquals("undefined (5 of 0)", Ratio.of(5, 0).toString());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> r.isAtLeast(BigDecimal.ONE));
    assertEquals("ratio is undefined (0 of 0)", e.getMessage());
  }

  @Test
  void percentRoundsHalfEven() {
    assertEquals(new BigDecimal("2.35"), Ratio.of(235, 10_000).percent(2).orElseThrow());
    // 0.125% -> 0.12 (half-even), 0.135% -> 0.14
    assertEquals(new BigDecimal("0.12"), Ratio.of(125, 100_000).percent(2).orElseThrow());
    assertEquals(new BigDecimal("0.14"), Ratio.of(135, 100_000).percent(2).orElseThrow());
    assertEquals(new BigDecimal("0.333"), Ratio.of(1, 3).decimal(3).orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 3).percent(-1));
  }

  @Test
  void comparisonsAreExact() {
    BigDecimal ninety = new BigDecimal("0.9");
    Ratio justBelow = Ratio.of(89_999_999_999L, 100_000_000_000L);
    assertTrue(justBelow.isBelow(ninety));
    assertFalse(justBelow.isAtLeast(ninety));
    // a value whose double rounds to 0.9 is still below
    Ratio tiny =
        Ratio.of(new BigDecimal("8999999999999999999"), new BigDecimal("10000000000000000000"));
    assertEquals(0.9, tiny.value().getAsDouble());
    assertTrue(tiny.isBelow(ninety));
    assertTrue(Ratio.of(9, 10).isAtLeast(ninety));
    assertTrue(Ratio.of(9, 10).isAtMost(ninety));
    assertFalse(Ratio.of(9, 10).isAbove(ninety));
    assertEquals(0, Ratio.of(1, 2).compareValueTo(Ratio.of(2, 4)));
    assertTrue(Ratio.of(1, 3).compareValueTo(Ratio.of(1, 2)) < 0);
  }

  @Test
  void countsBeyondIntegerMaxValueStayExact() {
    long big = Integer.MAX_VALUE * 3L + 1;
    Ratio r = Ratio.of(big, big * 2);
    assertEquals(new BigDecimal("50.00"), r.percent(2).orElseThrow());
    assertEquals("50% (6,442,450,942 of 12,884,901,884)", r.toString());
    Ratio huge = Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertTrue(huge.isBelow(BigDecimal.ONE));
    assertEquals(BigDecimal.valueOf(Long.MAX_VALUE), huge.denominator());
  }

  @Test
  void equalityCarriesInputs() {
    assertEquals(Ratio.of(1, 2), Ratio.of(new BigDecimal("1.0"), new BigDecimal("2")));
    assertEquals(
        Ratio.of(1, 2).hashCode(), Ratio.of(new BigDecimal("1.0"), new BigDecimal("2")).hashCode());
    assertNotEquals(Ratio.of(1, 2), Ratio.of(2, 4));
    assertTrue(Ratio.of(1, 2).hasSameValueAs(Ratio.of(2, 4)));
    assertEquals(Ratio.of(-1, 2), Ratio.of(1, -2));
  }

  @Test
  void nullsAreNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Ratio.of(null, BigDecimal.ONE));
    assertEquals("numerator", e.getMessage());
  }

  @Test
  void neverNaNOrInfinite() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (n, d) -> {
              Ratio r = Ratio.of(n, d);
              assertEquals(d != 0, r.isDefined());
              r.value().ifPresent(v -> assertTrue(Double.isFinite(v), r.toString()));
              if (d != 0) {
                // exact comparison agrees with BigDecimal arithmetic
                BigDecimal q = r.decimal(30).orElseThrow();
                assertTrue(r.isAtLeast(q.subtract(new BigDecimal("1e-29"))));
              }
            });
  }

  @Test
  void valueIsTheDoubleNearestTheExactFraction() {
    // 16 decimal digits first, then a double, rounded twice: 0.01801801801801802
    assertEquals(8.0 / 444, Ratio.of(8, 444).value().getAsDouble());
    assertEquals(-8.0 / 444, Ratio.of(-8, 444).value().getAsDouble());
    // IEEE division of two exactly representable integers is correctly rounded: the oracle
    for (int n = 0; n <= 300; n++) {
      for (int d = 1; d <= 300; d++) {
        assertEquals((double) n / d, Ratio.of(n, d).value().getAsDouble(), n + " of " + d);
      }
    }
  }

  @Test
  void valueOfDecimalAmountsAndTinyValuesIsNearest() {
    assertEquals(0.1, Ratio.of(new BigDecimal("0.1"), BigDecimal.ONE).value().getAsDouble());
    assertEquals(
        0.3125, Ratio.of(new BigDecimal("12.5"), new BigDecimal("40")).value().getAsDouble());
    assertEquals(
        1.0 / 3, Ratio.of(new BigDecimal("1.5"), new BigDecimal("4.5")).value().getAsDouble());
    assertEquals(1e-320, Ratio.of(new BigDecimal("1e-320"), BigDecimal.ONE).value().getAsDouble());
    assertEquals(
        Double.MIN_VALUE,
        Ratio.of(new BigDecimal("4.9e-324"), BigDecimal.ONE).value().getAsDouble());
    assertEquals(1e300, Ratio.of(new BigDecimal("1e300"), BigDecimal.ONE).value().getAsDouble());
  }

  @Test
  void valueOfLongsBeyondTwoToThe53IsNearest() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (n, d) -> {
              if (d == 0) {
                return;
              }
              double v = Ratio.of(n, d).value().getAsDouble();
              BigDecimal num = BigDecimal.valueOf(n);
              BigDecimal den = BigDecimal.valueOf(d);
              // |n - v*d| is no larger than for either neighbour of v (exact arithmetic)
              BigDecimal off = num.subtract(new BigDecimal(v).multiply(den)).abs();
              for (double w : new double[] {Math.nextUp(v), Math.nextDown(v)}) {
                BigDecimal wOff = num.subtract(new BigDecimal(w).multiply(den)).abs();
                assertTrue(off.compareTo(wOff) <= 0, n + " of " + d + " gave " + v);
              }
            });
  }
}
