package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkMetricsTest {
  private static int seq;

  private static WorkItem item(
      String day, WorkKind kind, boolean urgent, String hours, String points, boolean vision) {
    WorkItem.Builder b = WorkItem.builder();
    b.id("OPS-" + seq++)
        .createdOn(LocalDate.parse(day))
        .kind(kind)
        .urgent(urgent)
        .visionAligned(vision);
    if (hours != null) {
      b.hours(new BigDecimal(hours));
    }
    if (points != null) {
      b.storyPoints(new BigDecimal(points));
    }
    return b.build();
  }

  private final List<WorkItem> items =
      List.of(
          item("2027-03-02", WorkKind.AD_HOC, true, "10", "3", false),
          item("2027-03-05", WorkKind.PLANNED, false, "25.5", null, true),
          item("2027-03-09", WorkKind.PLANNED, false, null, "5", true),
          item("2027-04-01", WorkKind.AD_HOC, false, "4.5", "1", true));

  @Test
  void sharesByUnitLeaveOutBlanksAndSayHowMany() {
    WorkMix mix = WorkMetrics.mix(items);
    assertEquals(4, mix.items());
    WorkShare byTickets = mix.urgentShare(WorkUnit.TICKETS);
    assertEquals(Ratio.of(1, 4), byTickets.share());
    assertEquals(0, byTickets.leftOut());
    WorkShare byHours = mix.urgentShare(WorkUnit.HOURS);
    assertEquals(Ratio.of(new BigDecimal("10"), new BigDecimal("40.0")), byHours.share());
    assertEquals(3, byHours.counted());
    assertEquals(1, byHours.leftOut());
    assertEquals(
        "25% urgent by hours (10 of 40 hours; 1 item without hours left out)", byHours.toString());
    WorkShare adHocPoints = mix.adHocShare(WorkUnit.STORY_POINTS);
    assertEquals(Ratio.of(4, 9), adHocPoints.share());
    assertEquals(1, adHocPoints.leftOut());
    assertEquals(Ratio.of(5, 9), mix.plannedShare(WorkUnit.STORY_POINTS).share());
  }

  @Test
  void perMonth() {
    WorkMix mix = WorkMetrics.mix(items);
    TimeSeries<YearMonth, WorkShare> urgent = mix.urgentShareByMonth(WorkUnit.HOURS);
    assertEquals(List.of(YearMonth.of(2027, 3), YearMonth.of(2027, 4)), urgent.periods());
    WorkShare march = urgent.get(YearMonth.of(2027, 3)).orElseThrow();
    assertEquals(Ratio.of(new BigDecimal("10"), new BigDecimal("35.5")), march.share());
    assertEquals(Optional.of(YearMonth.of(2027, 3)), march.month());
    assertEquals(
        Ratio.of(0, 1),
        mix.urgentShareByMonth(WorkUnit.TICKETS).get(YearMonth.of(2027, 4)).orElseThrow().share());
    assertEquals("█▁", urgent.sparkline());
  }

  @Test
  void visionFocusTargetIsExact() {
    WorkMix mix = WorkMetrics.mix(items);
    VisionFocus f = mix.visionFocus(WorkUnit.HOURS);
    assertEquals(Ratio.of(new BigDecimal("30.0"), new BigDecimal("40.0")), f.share().share());
    assertFalse(f.isMet());
    assertEquals(0, f.target().compareTo(new BigDecimal("0.9")));
    assertEquals(
        "75% vision-aligned by hours (30 of 40 hours; 1 item without hours left out): below the 90% target",
        f.toString());
    assertTrue(mix.visionFocus(WorkUnit.HOURS, new BigDecimal("0.75")).isMet());
    assertFalse(mix.visionFocus(WorkUnit.HOURS, new BigDecimal("0.7500001")).isMet());
    // 89,999 of 100,000 hours is below 90%, 90,000 meets it
    List<WorkItem> near =
        List.of(
            item("2027-05-01", WorkKind.PLANNED, false, "89999", null, true),
            item("2027-05-01", WorkKind.PLANNED, false, "10001", null, false));
    assertFalse(WorkMetrics.visionFocus(near, WorkUnit.HOURS).isMet());
    List<WorkItem> exact =
        List.of(
            item("2027-05-01", WorkKind.PLANNED, false, "90000", null, true),
            item("2027-05-01", WorkKind.PLANNED, false, "10000", null, false));
    assertTrue(WorkMetrics.visionFocus(exact, WorkUnit.HOURS).isMet());
    assertThrows(
        IllegalArgumentException.class,
        () -> mix.visionFocus(WorkUnit.HOURS, new BigDecimal("1.5")));
  }

  @Test
  void noWorkIsUndefinedNotZero() {
    WorkMix mix = WorkMetrics.mix(List.of());
    assertFalse(mix.urgentShare(WorkUnit.HOURS).isDefined());
    VisionFocus f = mix.visionFocus(WorkUnit.HOURS);
    assertFalse(f.isDefined());
    assertThrows(IllegalStateException.class, f::isMet);
    assertEquals(
        "undefined vision-aligned by hours (0 of 0 hours): no work to judge against the 90% target",
        f.toString());
    // all items without hours: left out, share undefined
    WorkShare s =
        WorkMetrics.urgentShare(
            List.of(item("2027-05-01", WorkKind.PLANNED, true, null, null, true)), WorkUnit.HOURS);
    assertFalse(s.isDefined());
    assertEquals(1, s.leftOut());
  }

  /**
   * Decodes one long into a work item: month, kind, urgency, vision, hours or none, points or none.
   */
  private static WorkItem decode(long v) {
    int month = (int) (v % 4) + 1;
    v /= 4;
    boolean urgent = v % 2 == 0;
    v /= 2;
    WorkKind kind = v % 2 == 0 ? WorkKind.AD_HOC : WorkKind.PLANNED;
    v /= 2;
    boolean vision = v % 3 != 0;
    v /= 3;
    String hours = v % 5 == 0 ? null : BigDecimal.valueOf(v % 97, 1).toPlainString();
    v /= 97;
    String points = v % 4 == 0 ? null : Long.toString(v % 13);
    return item("2027-0" + month + "-1" + (v % 9), kind, urgent, hours, points, vision);
  }

  @Test
  void complementarySharesSumToExactlyOneAndMergeEqualsWhole() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(longs().between(0, Long.MAX_VALUE / 2)).ofSizeBetween(0, 80),
            lists().of(integers().between(0, 2)).ofSize(80))
        .checkAssert(
            (values, parts) -> {
              List<WorkItem> all =
                  values.stream().map(WorkMetricsTest::decode).collect(Collectors.toList());
              WorkMix whole = WorkMetrics.mix(all);
              List<WorkMixAccumulator> accs = new ArrayList<>();
              for (int i = 0; i < 3; i++) {
                accs.add(WorkMetrics.accumulator());
              }
              for (int i = 0; i < all.size(); i++) {
                accs.get(parts.get(i)).accept(all.get(i));
              }
              assertEquals(whole, accs.get(2).merge(accs.get(0)).merge(accs.get(1)).result());
              assertEquals(whole, all.parallelStream().collect(WorkMetrics.collector()));
              for (WorkUnit u : WorkUnit.values()) {
                checkComplement(whole.urgentShare(u), whole.nonUrgentShare(u));
                checkComplement(whole.adHocShare(u), whole.plannedShare(u));
                for (YearMonth m : whole.urgentShareByMonth(u).periods()) {
                  WorkShare s = whole.urgentShareByMonth(u).get(m).orElseThrow();
                  assertTrue(s.value().isEmpty() || Double.isFinite(s.value().getAsDouble()));
                }
                // left-out + counted is every item
                WorkShare s = whole.urgentShare(u);
                assertEquals(all.size(), s.counted() + s.leftOut());
                long blanks = all.stream().filter(w -> u.amount(w).isEmpty()).count();
                assertEquals(blanks, s.leftOut());
              }
            });
  }

  private static void checkComplement(WorkShare a, WorkShare b) {
    assertEquals(a.share().denominator(), b.share().denominator());
    if (a.isDefined()) {
      assertEquals(
          0, a.share().numerator().add(b.share().numerator()).compareTo(a.share().denominator()));
      assertTrue(a.share().plusValue(b.share()).hasSameValueAs(Ratio.of(1, 1)));
      assertTrue(a.share().isAtLeast(BigDecimal.ZERO) && a.share().isAtMost(BigDecimal.ONE));
    } else {
      assertFalse(b.isDefined());
    }
  }
}
