package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The result values of the calculators as values: their sentences in every branch (singular and
 * plural, with and without a month, undefined), which inputs take part in equality, and their
 * argument checks at the boundaries. The sentences follow the forms in each class's Javadoc and
 * DESIGN §5 ("results carry their inputs and print as a sentence").
 */
class ResultValuesTest {
  private static final DateRange JAN = DateRange.parse("2027-01-01/2027-01-10");
  private static final LocalDate DAY6 = LocalDate.of(2027, 1, 6);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static void assertValueEquality(Object a, Object same, Object... different) {
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertEquals(a.toString(), same.toString());
    for (Object o : different) {
      assertNotEquals(a, o, () -> a + " vs " + o);
      assertNotEquals(o, a, () -> o + " vs " + a);
    }
    assertNotEquals(a, "not a result");
  }

  // ---- TimeStatus ----------------------------------------------------------------------------

  @Test
  void timeStatusSentencesInEveryStatus() {
    assertEquals(
        "at risk: progress 35% (35 of 100) with 60% (6 of 10 days) of 2027-01-01/2027-01-10 elapsed on 2027-01-06",
        Okrs.status(Ratio.of(35, 100), JAN, DAY6).toString());
    assertEquals(
        "off track: progress 34% (34 of 100) with 60% (6 of 10 days) of 2027-01-01/2027-01-10 elapsed on 2027-01-06",
        Okrs.status(Ratio.of(34, 100), JAN, DAY6).toString());
    assertEquals(
        "status undefined: progress undefined (0 of 0) with 60% (6 of 10 days) of 2027-01-01/2027-01-10 "
            + "elapsed on 2027-01-06",
        Okrs.status(Ratio.of(0, 0), JAN, DAY6).toString());
    // before the period nothing has elapsed; after it, everything
    assertEquals(
        "on track: progress 0% (0 of 1) with 0% (0 of 10 days) of 2027-01-01/2027-01-10 elapsed on 2026-12-31",
        Okrs.status(Ratio.of(0, 1), JAN, LocalDate.of(2026, 12, 31)).toString());
    assertEquals(
        "off track: progress 0% (0 of 1) with 100% (10 of 10 days) of 2027-01-01/2027-01-10 elapsed on 2027-02-01",
        Okrs.status(Ratio.of(0, 1), JAN, LocalDate.of(2027, 2, 1)).toString());
    assertEquals(Ratio.of(1, 10), Okrs.elapsed(JAN, JAN.start()));
    assertEquals(Ratio.of(10, 10), Okrs.elapsed(JAN, JAN.end()));
  }

  @Test
  void timeStatusKeepsItsInputsAndComparesMarginsByValue() {
    TimeStatus s = Okrs.status(Ratio.of(1, 2), JAN, DAY6, d("0.1"), d("0.25"));
    assertEquals(Ratio.of(1, 2), s.progress());
    assertEquals(JAN, s.period());
    assertEquals(DAY6, s.asOf());
    assertEquals(Ratio.of(6, 10), s.elapsed());
    assertEquals(d("0.1"), s.onTrackMargin());
    assertEquals(d("0.25"), s.atRiskMargin());
    assertValueEquality(
        s,
        Okrs.status(Ratio.of(1, 2), JAN, DAY6), // default margins 0.10 and 0.25
        Okrs.status(Ratio.of(1, 3), JAN, DAY6),
        Okrs.status(Ratio.of(1, 2), DateRange.parse("2027-01-01/2027-01-11"), DAY6),
        Okrs.status(Ratio.of(1, 2), JAN, DAY6.plusDays(1)),
        Okrs.status(Ratio.of(1, 2), JAN, DAY6, d("0.05"), d("0.25")),
        Okrs.status(Ratio.of(1, 2), JAN, DAY6, d("0.1"), d("0.3")));
  }

  @Test
  void timeStatusMarginsAreCheckedAtTheirBounds() {
    // 0 ≤ onTrackMargin ≤ atRiskMargin: both bounds are allowed
    assertEquals(
        Optional.of(TrackStatus.OFF_TRACK),
        Okrs.status(Ratio.of(59, 100), JAN, DAY6, d("0"), d("0")).status());
    assertEquals(
        Optional.of(TrackStatus.ON_TRACK),
        Okrs.status(Ratio.of(60, 100), JAN, DAY6, d("0"), d("0")).status());
    assertEquals(
        "onTrackMargin must be >= 0, got -0.01",
        assertThrows(
                IllegalArgumentException.class,
                () -> Okrs.status(Ratio.of(1, 2), JAN, DAY6, d("-0.01"), d("0.2")))
            .getMessage());
    assertEquals(
        "atRiskMargin must be >= onTrackMargin 0.3, got 0.2",
        assertThrows(
                IllegalArgumentException.class,
                () -> Okrs.status(Ratio.of(1, 2), JAN, DAY6, d("0.3"), d("0.2")))
            .getMessage());
  }

  // ---- WorkShare -----------------------------------------------------------------------------

  private static int seq;

  private static WorkItem item(
      String day, WorkKind kind, boolean urgent, String hours, String points) {
    WorkItem.Builder b =
        WorkItem.builder()
            .id("W-" + seq++)
            .createdOn(LocalDate.parse(day))
            .kind(kind)
            .urgent(urgent)
            .visionAligned(false);
    if (hours != null) {
      b.hours(d(hours));
    }
    if (points != null) {
      b.storyPoints(d(points));
    }
    return b.build();
  }

  private static final List<WorkItem> WORK =
      List.of(
          item("2027-03-02", WorkKind.AD_HOC, true, "10", null),
          item("2027-03-05", WorkKind.PLANNED, false, null, "2"),
          item("2027-03-09", WorkKind.PLANNED, false, null, null),
          item("2027-04-01", WorkKind.AD_HOC, true, "4.5", "1"));

  @Test
  void workShareSentencesWithAndWithoutMonthAndLeftOutItems() {
    WorkMix mix = WorkMetrics.mix(WORK);
    assertEquals(
        "100% urgent by hours in 2027-03 (10 of 10 hours; 2 items without hours left out)",
        mix.urgentShareByMonth(WorkUnit.HOURS).get(YearMonth.of(2027, 3)).orElseThrow().toString());
    assertEquals(
        "100% urgent by hours in 2027-04 (4.5 of 4.5 hours)",
        mix.urgentShareByMonth(WorkUnit.HOURS).get(YearMonth.of(2027, 4)).orElseThrow().toString());
    assertEquals(
        "33.33% urgent by story points (1 of 3 story points; 2 items without story points left out)",
        mix.urgentShare(WorkUnit.STORY_POINTS).toString());
    assertEquals(
        "50% ad-hoc by tickets (2 of 4 tickets)", mix.adHocShare(WorkUnit.TICKETS).toString());
    assertEquals(
        "0% non-urgent by hours (0 of 14.5 hours; 2 items without hours left out)",
        mix.nonUrgentShare(WorkUnit.HOURS).toString());
    assertEquals(
        "undefined ad-hoc by hours in 2027-03 (0 of 0 hours; 1 item without hours left out)",
        WorkMetrics.mix(WORK.subList(1, 2))
            .adHocShareByMonth(WorkUnit.HOURS)
            .get(YearMonth.of(2027, 3))
            .orElseThrow()
            .toString());
  }

  @Test
  void workShareKeepsItsInputsAndEveryOneTakesPartInEquality() {
    WorkMix mix = WorkMetrics.mix(WORK);
    WorkShare s = mix.urgentShare(WorkUnit.HOURS);
    assertEquals("urgent", s.kind());
    assertEquals(WorkUnit.HOURS, s.unit());
    assertEquals(Optional.empty(), s.month());
    assertEquals(Ratio.of(d("14.5"), d("14.5")), s.share());
    assertEquals(2, s.counted());
    assertEquals(2, s.leftOut());
    assertTrue(s.isDefined());
    assertEquals(OptionalDouble.of(1.0), s.value());
    WorkShare march =
        mix.urgentShareByMonth(WorkUnit.HOURS).get(YearMonth.of(2027, 3)).orElseThrow();
    assertEquals(Optional.of(YearMonth.of(2027, 3)), march.month());
    assertValueEquality(
        s,
        WorkMetrics.mix(WORK).urgentShare(WorkUnit.HOURS),
        mix.nonUrgentShare(WorkUnit.HOURS),
        mix.urgentShare(WorkUnit.STORY_POINTS),
        march,
        // same share, other counts
        WorkMetrics.mix(List.of(WORK.get(0), WORK.get(3))).urgentShare(WorkUnit.HOURS),
        WorkMetrics.mix(List.of(WORK.get(0), WORK.get(1), WORK.get(3)))
            .urgentShare(WorkUnit.HOURS));
    WorkShare none = WorkMetrics.mix(List.of()).urgentShare(WorkUnit.TICKETS);
    assertFalse(none.isDefined());
    assertEquals(OptionalDouble.empty(), none.value());
  }

  // ---- ListChurn -----------------------------------------------------------------------------

  @Test
  void listChurnSentencesCountEachKindInTheRightNumber() {
    assertEquals(
        "undefined list churn (0 of 0 contacts at start: 0 unsubscribes, 0 hard bounces, 0 spam complaints)",
        ListChurn.of(0, 0, 0, 0).toString());
    assertEquals(
        "100% list churn (3 of 3 contacts at start: 2 unsubscribes, 0 hard bounces, 1 spam complaint)",
        ListChurn.of(2, 0, 1, 3).toString());
    ListChurn c = ListChurn.of(2, 0, 1, 3);
    assertEquals(OptionalDouble.of(1.0), c.value());
    assertEquals(OptionalDouble.empty(), ListChurn.of(0, 0, 0, 0).value());
    assertEquals(Ratio.of(3, 3), c.ratio());
    assertEquals(2, c.unsubscribes());
    assertEquals(0, c.hardBounces());
    assertEquals(1, c.spamComplaints());
    assertEquals(3, c.listSizeAtStart());
    assertEquals(Optional.empty(), c.period());
  }

  @Test
  void listChurnChecksEveryCountAndTheSum() {
    assertEquals(Ratio.of(0, 0), ListChurn.of(0, 0, 0, 0).ratio()); // 0 is allowed everywhere
    assertEquals(
        "unsubscribes must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> ListChurn.of(-1, 0, 0, 1)).getMessage());
    assertEquals(
        "spamComplaints must be >= 0, got -2",
        assertThrows(IllegalArgumentException.class, () -> ListChurn.of(0, 0, -2, 1)).getMessage());
    assertEquals(
        "listSizeAtStart must be >= 0, got -3",
        assertThrows(IllegalArgumentException.class, () -> ListChurn.of(0, 0, 0, -3)).getMessage());
    // the sum may reach Long.MAX_VALUE but not pass it, in either addition
    assertEquals(
        BigDecimal.valueOf(Long.MAX_VALUE),
        ListChurn.of(Long.MAX_VALUE - 1, 0, 1, 1).ratio().numerator());
    assertEquals(
        "unsubscribes + hardBounces + spamComplaints overflow a long",
        assertThrows(IllegalArgumentException.class, () -> ListChurn.of(Long.MAX_VALUE, 1, 0, 1))
            .getMessage());
    assertEquals(
        "unsubscribes + hardBounces + spamComplaints overflow a long",
        assertThrows(IllegalArgumentException.class, () -> ListChurn.of(0, Long.MAX_VALUE, 1, 1))
            .getMessage());
  }

  @Test
  void listChurnEqualityTakesEveryInput() {
    ListChurn c = ListChurn.of(3, 2, 1, 100);
    assertValueEquality(
        c,
        ListChurn.of(3, 2, 1, 100),
        ListChurn.of(4, 2, 1, 100),
        ListChurn.of(3, 3, 1, 100),
        ListChurn.of(3, 2, 2, 100),
        ListChurn.of(3, 2, 1, 101),
        // same total, other split
        ListChurn.of(2, 3, 1, 100),
        ListChurn.of(3, 1, 2, 100),
        ListChurn.of("2027-03", 3, 2, 1, 100));
    assertEquals(Optional.of("2027-03"), ListChurn.of("2027-03", 3, 2, 1, 100).period());
  }

  // ---- OkrScore ------------------------------------------------------------------------------

  @Test
  void okrScoreSentencesInEveryBranch() {
    OkrScore none = Okrs.score(List.of());
    assertEquals("score undefined: no key results", none.toString());
    assertFalse(none.isDefined());
    assertEquals(Optional.empty(), none.grade());
    assertEquals(OptionalDouble.empty(), none.value());
    assertEquals(
        "score 1, green (1 of 1) from 1 key result",
        Okrs.score(List.of(KeyResults.binary(true))).toString());
    Map<String, Progress> krs = new LinkedHashMap<>();
    krs.put("kr-1", KeyResults.binary(true));
    krs.put("kr-2", KeyResults.milestones(0, 0));
    krs.put("kr-3", KeyResults.milestones(0, 0));
    assertEquals("score undefined: no progress for kr-2, kr-3", Okrs.score(krs).toString());
    OkrScore zero =
        Okrs.scoreCountingMissingAsZero(
            krs, Map.of("kr-1", BigDecimal.ONE, "kr-2", BigDecimal.ONE, "kr-3", BigDecimal.ONE));
    assertEquals(
        "score 0.33, red (1 of 3) from 3 key results; counted as 0: kr-2, kr-3", zero.toString());
    assertTrue(zero.missingCountedAsZero());
    assertEquals(List.of("kr-2", "kr-3"), zero.undefinedKeyResults());
    assertEquals(1.0 / 3, zero.value().orElseThrow());
  }

  @Test
  void okrScoreEqualityTakesEveryInput() {
    Map<String, Progress> krs = new LinkedHashMap<>();
    krs.put("a", KeyResults.binary(true));
    krs.put("b", KeyResults.binary(false));
    Map<String, BigDecimal> even = Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE);
    OkrScore s = Okrs.score(krs, even);
    assertEquals(krs, s.keyResults());
    assertEquals(even, s.weights());
    assertFalse(s.missingCountedAsZero());
    Map<String, Progress> other = new LinkedHashMap<>(krs);
    other.put("b", KeyResults.milestones(0, 1)); // also 0, but another basis
    assertValueEquality(
        s,
        Okrs.score(new LinkedHashMap<>(krs), Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE)),
        Okrs.score(other, even),
        Okrs.score(krs, Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN)),
        Okrs.scoreCountingMissingAsZero(krs, even));
  }

  // ---- EmailEvent ----------------------------------------------------------------------------

  private static final Instant AT = Instant.parse("2027-03-02T09:00:00Z");

  @Test
  void emailEventBounceTypesAndHardBounces() {
    EmailEvent untyped = EmailEvent.of("c-1", EmailEventType.BOUNCE, AT);
    assertTrue(untyped.isHardBounce(), "a bounce without a type counts as hard");
    assertTrue(EmailEvent.bounce("c-1", AT, BounceType.HARD).isHardBounce());
    assertFalse(EmailEvent.bounce("c-1", AT, BounceType.SOFT).isHardBounce());
    assertFalse(EmailEvent.of("c-1", EmailEventType.SPAM, AT).isHardBounce());
    EmailEvent soft = EmailEvent.bounce("c-1", AT, BounceType.SOFT);
    assertEquals(Optional.of(BounceType.SOFT), soft.withType(EmailEventType.BOUNCE).bounceType());
    assertEquals(Optional.empty(), soft.withType(EmailEventType.OPEN).bounceType());
    assertEquals(EmailEventType.OPEN, soft.withType(EmailEventType.OPEN).type());
    assertEquals("c-1 OPEN 2027-03-02T09:00:00Z", soft.withType(EmailEventType.OPEN).toString());
    assertEquals(
        "only a BOUNCE has a bounce type, this is OPEN",
        assertThrows(
                IllegalStateException.class,
                () -> EmailEvent.of("c-1", EmailEventType.OPEN, AT).withBounceType(BounceType.HARD))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> untyped.withMessageId(" "));
    assertEquals(
        "messageId",
        assertThrows(NullPointerException.class, () -> untyped.withMessageId(null)).getMessage());
    assertEquals("c-1", untyped.contactId());
    assertEquals(AT, untyped.at());
    assertEquals(
        "c-1 BOUNCE 2027-03-02T09:00:00Z message m-1 hard",
        EmailEvent.bounce("c-1", AT, BounceType.HARD).withMessageId("m-1").toString());
  }

  @Test
  void emailEventEqualityTakesEveryField() {
    EmailEvent e = EmailEvent.bounce("c-1", AT, BounceType.SOFT).withMessageId("m-1");
    assertValueEquality(
        e,
        EmailEvent.bounce("c-1", AT, BounceType.SOFT).withMessageId("m-1"),
        EmailEvent.bounce("c-2", AT, BounceType.SOFT).withMessageId("m-1"),
        EmailEvent.bounce("c-1", AT.plusSeconds(1), BounceType.SOFT).withMessageId("m-1"),
        EmailEvent.bounce("c-1", AT, BounceType.HARD).withMessageId("m-1"),
        EmailEvent.bounce("c-1", AT, BounceType.SOFT).withMessageId("m-2"),
        EmailEvent.bounce("c-1", AT, BounceType.SOFT),
        EmailEvent.of("c-1", EmailEventType.BOUNCE, AT).withMessageId("m-1"),
        e.withType(EmailEventType.SPAM));
  }
}
