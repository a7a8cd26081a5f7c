package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Quarter;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
  private static YearMonth ym(String s) {
    return YearMonth.parse(s);
  }

  @Test
  @SuppressWarnings(
      "ZoneIdOfZ") // the default zone is the region-less id "Z", which is what this pins
  void orderedByPeriodWhateverTheInputOrder() {
    Map<YearMonth, Ratio> in = new LinkedHashMap<>();
    in.put(ym("2027-03"), Ratio.of(3, 10));
    in.put(ym("2027-01"), Ratio.of(1, 10));
    TimeSeries<YearMonth, Ratio> s = TimeSeries.of("x", in);
    assertEquals(List.of(ym("2027-01"), ym("2027-03")), s.periods());
    assertEquals(List.of(Ratio.of(1, 10), Ratio.of(3, 10)), s.values());
    assertEquals(ym("2027-01"), s.first().orElseThrow());
    assertEquals(ym("2027-03"), s.last().orElseThrow());
    assertEquals(ZoneId.of("Z"), s.zone());
  }

  @Test
  void sparklineScalesMinToMaxAndMarksGapsAndUndefined() {
    Map<YearMonth, Ratio> in = new LinkedHashMap<>();
    in.put(ym("2027-01"), Ratio.of(0, 10));
    in.put(ym("2027-02"), Ratio.of(7, 10));
    in.put(ym("2027-03"), Ratio.of(5, 0)); // undefined
    in.put(ym("2027-05"), Ratio.of(1, 10)); // April missing
    in.put(ym("2027-06"), Ratio.of(35, 100));
    TimeSeries<YearMonth, Ratio> s = TimeSeries.of("x", in);
    assertEquals("▁█··▂▅", s.sparkline()); // 0.35 is level 3.5 of 0..7, rounded up
    assertEquals(
        "····",
        TimeSeries.of("y", Map.of(ym("2027-01"), Ratio.of(1, 0), ym("2027-04"), Ratio.of(0, 0)))
            .sparkline());
    assertEquals(
        "▄▄",
        TimeSeries.of("z", Map.of(ym("2027-01"), Ratio.of(1, 2), ym("2027-02"), Ratio.of(2, 4)))
            .sparkline());
  }

  @Test
  void quarterGapsAndYearWrap() {
    TimeSeries<Quarter, Integer> s =
        TimeSeries.of("q", Map.of(Quarter.parse("2026-Q4"), 1, Quarter.parse("2027-Q2"), 8));
    assertEquals("▁·█", s.sparkline());
  }

  @Test
  void customMeasureAndUnsupportedValues() {
    TimeSeries<YearMonth, String> s =
        TimeSeries.of("names", Map.of(ym("2027-01"), "a", ym("2027-02"), "bbbb"));
    assertThrows(IllegalStateException.class, s::sparkline);
    assertEquals("▁█", s.sparkline(v -> OptionalDouble.of(v.length())));
    assertEquals("names (UTC)\n2027-01  a\n2027-02  bbbb", s.toString());
  }

  @Test
  void textRenderingAndMap() {
    TimeSeries<YearMonth, Ratio> s =
        TimeSeries.of(
            "email churn",
            Map.of(ym("2027-01"), Ratio.of(10, 1_000), ym("2027-02"), Ratio.of(30, 1_000)),
            ZoneId.of("America/Chicago"));
    assertEquals(
        "email churn (America/Chicago) ▁█\n2027-01  1% (10 of 1,000)\n2027-02  3% (30 of 1,000)",
        s.toString());
    TimeSeries<YearMonth, Boolean> above = s.map(r -> r.isAbove(new java.math.BigDecimal("0.02")));
    assertEquals(List.of(false, true), above.values());
    assertEquals(s.zone(), above.zone());
    assertEquals(
        "empty (UTC): no periods", TimeSeries.of("empty", Map.<YearMonth, Ratio>of()).toString());
    assertTrue(TimeSeries.of("empty", Map.<YearMonth, Ratio>of()).isEmpty());
  }

  @Test
  void nullsAreRejected() {
    Map<YearMonth, Ratio> withNull = new java.util.HashMap<>();
    withNull.put(ym("2027-01"), null);
    assertEquals(
        "value",
        assertThrows(NullPointerException.class, () -> TimeSeries.of("x", withNull)).getMessage());
    assertEquals(
        "name",
        assertThrows(
                NullPointerException.class, () -> TimeSeries.of(null, Map.<YearMonth, Ratio>of()))
            .getMessage());
  }
}
