package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.model.Quarter;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link EmailCounts#of} and {@link EmailReport#ofMonths} / {@link EmailReport#ofQuarters}: counts
 * made elsewhere (mops-spark) give the same values the accumulator makes.
 */
class EmailReportFactoriesTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static EmailAccumulator sample() {
    EmailAccumulator acc = EmailMetrics.accumulator(CHICAGO);
    long march = 1_804_068_000L; // 2027-03-02T09:00Z
    acc.accept("a", EmailEventType.SENT, march);
    acc.accept("a", EmailEventType.SENT, march + 60);
    acc.accept("b", EmailEventType.SENT, march);
    acc.accept("a", EmailEventType.DELIVERED, march + 1);
    acc.accept("a", EmailEventType.OPEN, march + 2);
    acc.accept("b", EmailEventType.CLICK, march + 3);
    acc.accept("b", EmailEventType.UNSUBSCRIBE, march + 4);
    acc.accept("c", EmailEventType.BOUNCE, march + 5, BounceType.SOFT);
    acc.accept("d", EmailEventType.BOUNCE, march + 5);
    acc.accept("e", EmailEventType.SPAM, march + 6, BounceType.HARD, "m-1");
    acc.accept("a", EmailEventType.SENT, march + 40L * 86_400, BounceType.HARD, "m-2");
    return acc;
  }

  @Test
  void countsOfTheirOwnEqualWhatTheAccumulatorCounts() {
    EmailCounts march = sample().result().counts().get(YearMonth.of(2027, 3)).orElseThrow();
    EmailCounts made = EmailCounts.of(3, 1, 2, 1, 1, 1, 1, 1, 1, 1);
    assertEquals(march, made);
    assertEquals(march.hashCode(), made.hashCode());
    assertEquals(march.toString(), made.toString());
    assertEquals(Ratio.of(1, 2), made.churn());
    assertNotEquals(march, EmailCounts.of(3, 1, 2, 1, 1, 1, 1, 1, 1, 0));
  }

  @Test
  void eachCountTakesItsOwnPlace() {
    EmailCounts c = EmailCounts.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertEquals(
        java.util.List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
        java.util.List.of(
            c.sentEvents(),
            c.deliveredEvents(),
            c.recipients(),
            c.deliveredContacts(),
            c.openers(),
            c.clickers(),
            c.unsubscribers(),
            c.hardBouncers(),
            c.softBouncers(),
            c.complainers()));
  }

  @Test
  void aNegativeCountIsRefusedAndShown() {
    for (int i = 0; i < 10; i++) {
      long[] v = new long[10];
      v[i] = -3;
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> EmailCounts.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]));
      assertEquals("counts must not be negative, got -3", e.getMessage());
    }
  }

  @Test
  void aMonthlyReportOfTheSameCountsEqualsTheAccumulatorsAndPrintsTheSame() {
    EmailReport<YearMonth> expected = sample().result();
    Map<YearMonth, EmailCounts> months = new HashMap<>(expected.counts().asMap());
    EmailReport<YearMonth> made = EmailReport.ofMonths(CHICAGO, months, expected.byMessage());
    assertEquals(expected, made);
    assertEquals(expected.toString(), made.toString());
    assertEquals(expected.table(), made.table());
    assertEquals(expected.churn(), made.churn());
    assertEquals(CHICAGO, made.zone());
    assertNotEquals(expected, EmailReport.ofMonths(CHICAGO, months, Map.of()));
    months.clear();
    assertEquals(expected, made, "the report keeps its own copy");
  }

  @Test
  void aQuarterlyReportOfTheSameCountsEqualsTheAccumulators() {
    EmailReport<Quarter> expected = sample().resultByQuarter(Month.FEBRUARY);
    EmailReport<Quarter> made =
        EmailReport.ofQuarters(CHICAGO, expected.counts().asMap(), expected.byMessage());
    assertEquals(expected, made);
    assertEquals(expected.toString(), made.toString());
    assertEquals(expected.table(), made.table());
    assertNotEquals(
        sample().result().toString(), made.toString(), "a quarter report names its period");
  }

  @Test
  void nullsAreRefusedByName() {
    Map<YearMonth, EmailCounts> none = Map.of();
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> EmailReport.ofMonths(null, none, Map.of()));
    assertEquals("zone", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class, () -> EmailReport.ofMonths(ZoneOffset.UTC, null, Map.of()));
    assertEquals("months", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class,
            () -> EmailReport.ofQuarters(ZoneOffset.UTC, null, Map.of()));
    assertEquals("quarters", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class, () -> EmailReport.ofMonths(ZoneOffset.UTC, none, null));
    assertEquals("byMessage", e.getMessage());
    Map<String, EmailCounts> nullCounts = new HashMap<>();
    nullCounts.put("m", null);
    e =
        assertThrows(
            NullPointerException.class,
            () -> EmailReport.ofMonths(ZoneOffset.UTC, none, nullCounts));
    assertEquals("counts", e.getMessage());
  }
}
