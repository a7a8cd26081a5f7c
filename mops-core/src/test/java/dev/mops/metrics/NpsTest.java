package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTest {

  @Test
  void countsBands() {
    Nps nps = Nps.of(9, 10, 6, 8);
    assertEquals(2, nps.promoters());
    assertEquals(1, nps.passives());
    assertEquals(1, nps.detractors());
    assertEquals(new BigDecimal("25.0"), nps.score(1).orElseThrow());
    assertEquals("NPS +25 (2 promoters, 1 passive, 1 detractor of 4 answers)", nps.toString());
  }

  @Test
  void designVector25PromotersAnd20DetractorsIsPlus5() {
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 25; i++) answers.add(i % 2 == 0 ? 9 : 10);
    for (int i = 0; i < 55; i++) answers.add(i % 2 == 0 ? 7 : 8);
    for (int i = 0; i < 20; i++) answers.add(i % 7);
    Nps nps = Nps.of(answers);
    assertEquals(Ratio.of(25, 100), nps.promoterShare());
    assertEquals(Ratio.of(20, 100), nps.detractorShare());
    assertEquals(0, nps.score(0).orElseThrow().compareTo(new BigDecimal("5")));
    assertTrue(nps.isAtLeast(new BigDecimal("5")));
    assertFalse(nps.isAtLeast(new BigDecimal("5.01")));
    assertEquals(
        "NPS +5 (25 promoters, 55 passives, 20 detractors of 100 answers)", nps.toString());
  }

  @Test
  void extremesAndUndefined() {
    assertEquals(new BigDecimal("-100"), Nps.of(0, 3, 6).score(0).orElseThrow());
    assertEquals(new BigDecimal("100"), Nps.of(9, 10).score(0).orElseThrow());
    Nps none = Nps.of();
    assertFalse(none.isDefined());
    assertTrue(none.value().isEmpty());
    assertEquals("NPS undefined (no answers)", none.toString());
    assertThrows(IllegalStateException.class, () -> none.isAtLeast(BigDecimal.ZERO));
  }

  @Test
  void rejectsAnswersOutsideZeroToTenNamingPosition() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nps.of(9, 10, 6, 11));
    assertEquals("answers[3] must be in 0..10, got 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Nps.of(-1));
    assertEquals("answers[0] must be in 0..10, got -1", e.getMessage());
    NpsAccumulator acc = new NpsAccumulator();
    acc.accept(5);
    e = assertThrows(IllegalArgumentException.class, () -> acc.accept(12));
    assertEquals("answers[1] must be in 0..10, got 12", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> acc.merge(acc));
  }

  @Test
  void mergeOfAnyPartitionEqualsWhole() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(integers().between(0, 10)).ofSizeBetween(0, 60), integers().between(0, 60))
        .checkAssert(
            (answers, cut) -> {
              int c = Math.min(cut, answers.size());
              NpsAccumulator a = new NpsAccumulator();
              NpsAccumulator b = new NpsAccumulator();
              answers.subList(0, c).forEach(a::accept);
              answers.subList(c, answers.size()).forEach(b::accept);
              Nps whole = Nps.of(answers);
              assertEquals(whole, a.merge(b).result());
              NpsAccumulator a2 = new NpsAccumulator();
              NpsAccumulator b2 = new NpsAccumulator();
              answers.subList(0, c).forEach(a2::accept);
              answers.subList(c, answers.size()).forEach(b2::accept);
              assertEquals(whole, b2.merge(a2).result());
              whole.value().ifPresent(v -> assertTrue(v >= -100 && v <= 100 && Double.isFinite(v)));
              // reference: percent promoters minus percent detractors
              long p = answers.stream().filter(x -> x >= 9).count();
              long d = answers.stream().filter(x -> x <= 6).count();
              if (!answers.isEmpty()) {
                assertEquals(Ratio.of(p - d, answers.size()), whole.ratio());
              }
            });
  }

  @Test
  void valueHasNoFloatDrift() {
    assertEquals(29.0, Nps.ofCounts(29, 71, 0).value().getAsDouble());
    assertEquals(-29.0, Nps.ofCounts(0, 71, 29).value().getAsDouble());
    assertEquals(100.0 / 3, Nps.ofCounts(1, 2, 0).value().getAsDouble());
    for (int p = 0; p <= 100; p++) {
      for (int d = 0; p + d <= 100; d++) {
        int answers = 100;
        assertEquals(
            (double) (p - d) * 100 / answers,
            Nps.ofCounts(p, answers - p - d, d).value().getAsDouble(),
            p + " promoters, " + d + " detractors");
      }
    }
  }
}
