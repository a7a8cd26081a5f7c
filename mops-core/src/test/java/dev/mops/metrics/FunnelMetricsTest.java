package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.model.Quarter;
import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FunnelMetricsTest {
  private static final List<String> STAGES = List.of("lead", "mql", "sql", "opportunity");

  private static FunnelRecord r(String lead, String stage, String at) {
    return FunnelRecord.of(lead, stage, Instant.parse(at));
  }

  private final List<FunnelRecord> records =
      List.of(
          r("l1", "lead", "2027-03-02T09:00:00Z"),
          r("l1", "mql", "2027-03-10T09:00:00Z"),
          r("l1", "sql", "2027-04-02T09:00:00Z"),
          r("l2", "lead", "2027-03-05T09:00:00Z"),
          r("l2", "mql", "2027-04-05T09:00:00Z"),
          r("l3", "lead", "2027-03-20T09:00:00Z"),
          r("l3", "opportunity", "2027-05-01T09:00:00Z"), // skipped mql and sql
          r("l4", "lead", "2027-04-01T09:00:00Z"),
          r("l5", "lead", "2027-04-03T09:00:00Z"),
          r("l5", "mql", "2027-04-04T09:00:00Z"),
          r("l5", "mql", "2027-04-06T09:00:00Z"), // duplicate entry
          r("l5", "webinar", "2027-04-06T09:00:00Z")); // unknown stage

  @Test
  void conversionByCohort() {
    FunnelReport f = FunnelMetrics.report(STAGES, records);
    assertEquals(5, f.leads());
    assertEquals(1, f.unknownStageRecords());
    // March lead cohort: l1, l2, l3 all got past "lead" (l3 by skipping to opportunity)
    TimeSeries<YearMonth, Ratio> lead = f.conversionByMonth("lead");
    assertEquals(Optional.of(Ratio.of(3, 3)), lead.get(YearMonth.of(2027, 3)));
    assertEquals(Optional.of(Ratio.of(1, 2)), lead.get(YearMonth.of(2027, 4)));
    assertEquals(Ratio.of(4, 5), f.conversion("lead"));
    // mql cohorts: l1 in March reached sql; l2 and l5 in April did not (l5 counted once)
    assertEquals(
        Optional.of(Ratio.of(1, 1)), f.conversionByMonth("mql").get(YearMonth.of(2027, 3)));
    assertEquals(
        Optional.of(Ratio.of(0, 2)), f.conversionByMonth("mql").get(YearMonth.of(2027, 4)));
    assertEquals(Ratio.of(1, 5), f.movement("lead", "opportunity"));
    assertEquals(
        Optional.of(Ratio.of(1, 3)),
        f.movementByMonth("lead", "opportunity").get(YearMonth.of(2027, 3)));
    assertEquals(
        Ratio.of(3, 3),
        f.conversionByQuarter("lead", Month.JANUARY).get(Quarter.parse("2027-Q1")).orElseThrow());
    assertEquals(
        Ratio.of(1, 2),
        f.conversionByQuarter("lead", Month.JANUARY).get(Quarter.parse("2027-Q2")).orElseThrow());
    assertEquals(
        "funnel of 5 leads over [lead, mql, sql, opportunity] (1 record of unknown stages ignored)\n"
            + "lead → mql: 80% (4 of 5 leads)\nmql → sql: 33.33% (1 of 3 leads)\nsql → opportunity: 0% (0 of 1 leads)",
        f.toString());
  }

  @Test
  void reachingANextStageEarlierThanTheCohortEntryDoesNotCount() {
    FunnelReport f =
        FunnelMetrics.report(
            STAGES,
            List.of(
                r("l1", "mql", "2027-03-01T00:00:00Z"), r("l1", "lead", "2027-03-02T00:00:00Z")));
    assertEquals(Ratio.of(0, 1), f.conversion("lead"));
    // but a later re-entry does
    FunnelReport g =
        FunnelMetrics.report(
            STAGES,
            List.of(
                r("l1", "mql", "2027-03-01T00:00:00Z"),
                r("l1", "lead", "2027-03-02T00:00:00Z"),
                r("l1", "mql", "2027-03-03T00:00:00Z")));
    assertEquals(Ratio.of(1, 1), g.conversion("lead"));
  }

  @Test
  void cohortMonthsFollowTheZone() {
    List<FunnelRecord> rs = List.of(r("l1", "lead", "2027-04-01T03:00:00Z"));
    assertEquals(
        List.of(YearMonth.of(2027, 4)),
        FunnelMetrics.report(STAGES, rs).conversionByMonth("lead").periods());
    assertEquals(
        List.of(YearMonth.of(2027, 3)),
        FunnelMetrics.report(STAGES, rs, ZoneId.of("America/Chicago"))
            .conversionByMonth("lead")
            .periods());
  }

  @Test
  void badArguments() {
    FunnelReport f = FunnelMetrics.report(STAGES, records);
    assertEquals(
        "stage must not be the last stage, got \"opportunity\"",
        assertThrows(IllegalArgumentException.class, () -> f.conversion("opportunity"))
            .getMessage());
    assertEquals(
        "stage must be one of [lead, mql, sql, opportunity], got \"MQL\"",
        assertThrows(IllegalArgumentException.class, () -> f.conversion("MQL")).getMessage());
    assertEquals(
        "to must come after \"sql\", got \"mql\"",
        assertThrows(IllegalArgumentException.class, () -> f.movement("sql", "mql")).getMessage());
    assertEquals(
        "stages must be distinct, got \"a\" twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> FunnelMetrics.accumulator(List.of("a", "b", "a")))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> FunnelMetrics.accumulator(List.of()));
    FunnelAccumulator a = FunnelMetrics.accumulator(STAGES);
    assertThrows(
        IllegalArgumentException.class,
        () -> a.merge(FunnelMetrics.accumulator(List.of("lead", "mql"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> a.merge(FunnelMetrics.accumulator(STAGES, ZoneId.of("Asia/Tokyo"))));
    assertThrows(IllegalArgumentException.class, () -> a.merge(a));
  }

  // ---- properties ----

  private static final long BASE = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();

  private static FunnelRecord decode(long v) {
    String lead = "l" + (v % 9);
    v /= 9;
    String stage = v % 11 == 0 ? "other" : STAGES.get((int) (v % STAGES.size()));
    v /= 5;
    return FunnelRecord.of(lead, stage, Instant.ofEpochSecond(BASE + v % (200L * 86_400)));
  }

  /** Conversion by cohort month computed directly from the records. */
  private static Map<YearMonth, Ratio> naive(List<FunnelRecord> rs, int from, int to) {
    Map<String, Instant> firstEntry = new HashMap<>();
    for (FunnelRecord x : rs) {
      if (x.stage().equals(STAGES.get(from))) {
        firstEntry.merge(x.leadId(), x.enteredAt(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<YearMonth, long[]> counts = new TreeMap<>();
    firstEntry.forEach(
        (lead, first) -> {
          long[] c =
              counts.computeIfAbsent(
                  YearMonth.from(first.atZone(ZoneOffset.UTC)), k -> new long[2]);
          c[1]++;
          boolean reached =
              rs.stream()
                  .anyMatch(
                      x ->
                          x.leadId().equals(lead)
                              && STAGES.indexOf(x.stage()) >= to
                              && !x.enteredAt().isBefore(first));
          if (reached) {
            c[0]++;
          }
        });
    Map<YearMonth, Ratio> out = new TreeMap<>();
    counts.forEach((m, c) -> out.put(m, Ratio.of(c[0], c[1])));
    return out;
  }

  @Test
  void equalsNaiveReferenceAndMergeOfAnyPartitionEqualsWhole() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(longs().between(0, Long.MAX_VALUE / 4)).ofSizeBetween(0, 120),
            lists().of(integers().between(0, 2)).ofSize(120))
        .checkAssert(
            (values, parts) -> {
              List<FunnelRecord> rs =
                  values.stream().map(FunnelMetricsTest::decode).collect(Collectors.toList());
              FunnelReport whole = FunnelMetrics.report(STAGES, rs);
              for (int i = 0; i + 1 < STAGES.size(); i++) {
                assertEquals(naive(rs, i, i + 1), whole.conversionByMonth(STAGES.get(i)).asMap());
                for (Ratio r : whole.conversionByMonth(STAGES.get(i)).values()) {
                  assertTrue(
                      r.isDefined() && r.isAtLeast(BigDecimal.ZERO) && r.isAtMost(BigDecimal.ONE));
                }
              }
              assertEquals(naive(rs, 0, 3), whole.movementByMonth("lead", "opportunity").asMap());
              List<FunnelAccumulator> accs = new ArrayList<>();
              for (int i = 0; i < 3; i++) {
                accs.add(FunnelMetrics.accumulator(STAGES));
              }
              for (int i = 0; i < rs.size(); i++) {
                accs.get(parts.get(i)).accept(rs.get(i));
              }
              assertEquals(whole, accs.get(1).merge(accs.get(2)).merge(accs.get(0)).result());
              assertEquals(whole, rs.parallelStream().collect(FunnelMetrics.collector(STAGES)));
            });
  }
}
