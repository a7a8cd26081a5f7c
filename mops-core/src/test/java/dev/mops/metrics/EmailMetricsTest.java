package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmailMetricsTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          CHICAGO,
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("America/Santiago"));

  private static EmailEvent e(String contact, EmailEventType type, String at) {
    return EmailEvent.of(contact, type, Instant.parse(at));
  }

  private static final YearMonth MARCH = YearMonth.of(2027, 3);
  private static final YearMonth APRIL = YearMonth.of(2027, 4);

  @Test
  void hubspotChurnIsDistinctUnsubscribersOverDistinctRecipients() {
    // seed 004: contacts who unsubscribed in a month / unique email recipients in the month
    List<EmailEvent> events = new ArrayList<>();
    for (String c : List.of("a", "b", "c", "d")) {
      events.add(e(c, EmailEventType.SENT, "2027-03-02T09:00:00Z"));
      events.add(e(c, EmailEventType.SENT, "2027-03-16T09:00:00Z")); // second send: same recipient
    }
    events.add(e("b", EmailEventType.UNSUBSCRIBE, "2027-03-03T10:00:00Z"));
    events.add(e("b", EmailEventType.UNSUBSCRIBE, "2027-03-17T10:00:00Z")); // duplicate
    TimeSeries<YearMonth, Ratio> churn = EmailMetrics.churnByMonth(events);
    assertEquals(Optional.of(Ratio.of(1, 4)), churn.get(MARCH));
    assertEquals("email churn by month (UTC) ▄\n2027-03  25% (1 of 4)", churn.toString());
    EmailCounts c = EmailMetrics.report(events).counts().get(MARCH).orElseThrow();
    assertEquals(8, c.sentEvents());
    assertEquals(4, c.recipients());
    assertEquals(1, c.unsubscribers());
  }

  @Test
  void noEventsGiveAnEmptyReport() {
    EmailReport<YearMonth> r = EmailMetrics.report(List.of());
    assertTrue(r.churn().isEmpty());
    assertEquals("email metrics by month (UTC): no events", r.toString());
    assertEquals("", r.churn().sparkline());
    assertEquals(Ratio.of(0, 1000), r.listChurn(MARCH, 1000).ratio());
  }

  @Test
  void monthWithSendsAndNoUnsubscribesIsZeroNotUndefined() {
    Ratio r =
        EmailMetrics.churnByMonth(List.of(e("a", EmailEventType.SENT, "2027-03-02T09:00:00Z")))
            .get(MARCH)
            .orElseThrow();
    assertTrue(r.isDefined());
    assertEquals(Ratio.of(0, 1), r);
  }

  @Test
  void monthWithUnsubscribesAndNoSendsIsUndefined() {
    List<EmailEvent> events =
        List.of(
            e("a", EmailEventType.SENT, "2027-03-02T09:00:00Z"),
            e("a", EmailEventType.UNSUBSCRIBE, "2027-04-02T09:00:00Z"),
            e("b", EmailEventType.UNSUBSCRIBE, "2027-04-02T09:00:00Z"));
    TimeSeries<YearMonth, Ratio> churn = EmailMetrics.churnByMonth(events);
    Ratio april = churn.get(APRIL).orElseThrow();
    assertFalse(april.isDefined());
    assertTrue(april.value().isEmpty());
    assertEquals("undefined (2 of 0)", april.toString());
    assertEquals("▄·", churn.sparkline());
  }

  @Test
  void churnMayExceedOneWhenUnsubscribersWereNotEmailedThatMonth() {
    List<EmailEvent> events =
        List.of(
            e("a", EmailEventType.SENT, "2027-03-02T09:00:00Z"),
            e("a", EmailEventType.UNSUBSCRIBE, "2027-03-02T10:00:00Z"),
            e("b", EmailEventType.UNSUBSCRIBE, "2027-03-02T10:00:00Z"));
    Ratio r = EmailMetrics.churnByMonth(events).get(MARCH).orElseThrow();
    assertEquals(Ratio.of(2, 1), r);
    assertTrue(r.isAbove(BigDecimal.ONE));
  }

  @Test
  void monthsFollowTheZone() {
    Instant late = OffsetDateTime.parse("2027-03-31T23:30-05:00").toInstant();
    List<EmailEvent> events =
        List.of(
            EmailEvent.of("a", EmailEventType.SENT, late),
            EmailEvent.of("a", EmailEventType.UNSUBSCRIBE, late));
    assertEquals(List.of(APRIL), EmailMetrics.churnByMonth(events).periods());
    assertEquals(List.of(MARCH), EmailMetrics.churnByMonth(events, CHICAGO).periods());
    assertEquals(APRIL, TimeSeries.monthOf(late, ZoneOffset.UTC));
    assertEquals(MARCH, TimeSeries.monthOf(late, CHICAGO));
    assertEquals(CHICAGO, EmailMetrics.churnByMonth(events, CHICAGO).zone());
  }

  @Test
  void monthBoundaryAcrossDstChange() {
    // Europe/London moves to BST on 2027-03-28; on 2027-10-31 back to GMT.
    ZoneId london = ZoneId.of("Europe/London");
    EmailAccumulator acc = EmailMetrics.accumulator(london);
    // 2027-04-30T23:30Z is 2027-05-01T00:30 BST: May in London, April in UTC
    acc.accept("a", EmailEventType.SENT, Instant.parse("2027-04-30T23:30:00Z").getEpochSecond());
    // 2027-10-31T23:30Z is 23:30 GMT: still October
    acc.accept("b", EmailEventType.SENT, Instant.parse("2027-10-31T23:30:00Z").getEpochSecond());
    // the DST transition instant itself and the second before it (both in March)
    acc.accept("c", EmailEventType.SENT, Instant.parse("2027-03-28T01:00:00Z").getEpochSecond());
    acc.accept("d", EmailEventType.SENT, Instant.parse("2027-03-28T00:59:59Z").getEpochSecond());
    Map<YearMonth, Long> recipients = new TreeMap<>();
    acc.result().counts().asMap().forEach((m, c) -> recipients.put(m, c.recipients()));
    assertEquals(
        Map.of(MARCH, 2L, YearMonth.of(2027, 5), 1L, YearMonth.of(2027, 10), 1L), recipients);
  }

  @Test
  void monthClockAgreesWithJavaTimeInManyZones() {
    long from = Instant.parse("1960-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2060-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(longs().between(from, to)).ofSizeBetween(1, 40),
            integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (seconds, z) -> {
              ZoneId zone = ZONES.get(z);
              MonthClock clock = new MonthClock(zone);
              for (long s : seconds) {
                // probe the second itself and the seconds around the nearest month boundary
                for (long probe : new long[] {s, s - 1, s + 1}) {
                  YearMonth expected = YearMonth.from(Instant.ofEpochSecond(probe).atZone(zone));
                  assertEquals(
                      expected, MonthClock.yearMonth(clock.monthKey(probe)), zone + " " + probe);
                }
              }
            });
  }

  @Test
  void monthClockAtEveryTransitionAndMonthStart() {
    for (ZoneId zone : ZONES) {
      MonthClock clock = new MonthClock(zone);
      for (YearMonth m = YearMonth.of(2020, 1);
          m.isBefore(YearMonth.of(2031, 1));
          m = m.plusMonths(1)) {
        long start = m.atDay(1).atStartOfDay(zone).toEpochSecond();
        for (long s : new long[] {start - 3601, start - 1, start, start + 1, start + 3600}) {
          assertEquals(
              YearMonth.from(Instant.ofEpochSecond(s).atZone(zone)),
              MonthClock.yearMonth(clock.monthKey(s)),
              zone + " " + s);
        }
      }
      var t = zone.getRules().getTransitions();
      for (var tr : t) {
        long s = tr.toEpochSecond();
        for (long p : new long[] {s - 1, s, s + 1}) {
          assertEquals(
              YearMonth.from(Instant.ofEpochSecond(p).atZone(zone)),
              MonthClock.yearMonth(clock.monthKey(p)),
              zone + " " + p);
        }
      }
    }
  }

  @Test
  void ratesUseEventsForDeliveryAndDistinctContactsOtherwise() {
    List<EmailEvent> events = new ArrayList<>();
    String t = "2027-03-02T09:00:00Z";
    for (String c : List.of("a", "b", "c", "d", "e")) {
      events.add(e(c, EmailEventType.SENT, t));
    }
    for (String c : List.of("a", "b", "c", "d")) {
      events.add(e(c, EmailEventType.DELIVERED, t));
    }
    events.add(e("e", EmailEventType.BOUNCE, t)); // no type: hard
    events.add(EmailEvent.bounce("e", Instant.parse(t), BounceType.SOFT));
    events.add(e("a", EmailEventType.OPEN, t));
    events.add(e("a", EmailEventType.OPEN, t));
    events.add(e("b", EmailEventType.OPEN, t));
    events.add(e("a", EmailEventType.CLICK, t));
    events.add(e("c", EmailEventType.CLICK, t)); // click without a recorded open
    events.add(e("d", EmailEventType.UNSUBSCRIBE, t));
    events.add(e("d", EmailEventType.SPAM, t));
    EmailReport<YearMonth> r = EmailMetrics.report(events);
    assertEquals(Ratio.of(4, 5), r.deliveryRate().get(MARCH).orElseThrow());
    assertEquals(Ratio.of(2, 4), r.openRate().get(MARCH).orElseThrow());
    assertEquals(Ratio.of(2, 4), r.clickRate().get(MARCH).orElseThrow());
    assertEquals(Ratio.of(2, 2), r.clickToOpenRate().get(MARCH).orElseThrow());
    assertEquals(Ratio.of(1, 4), r.unsubscribeRate().get(MARCH).orElseThrow());
    assertEquals(Ratio.of(1, 5), r.churn().get(MARCH).orElseThrow());
    EmailCounts c = r.counts().get(MARCH).orElseThrow();
    assertEquals(1, c.hardBouncers());
    assertEquals(1, c.softBouncers());
    ListChurn lc = r.listChurn(MARCH, 200);
    assertEquals(Ratio.of(3, 200), lc.ratio());
    assertEquals(
        "1.5% list churn in 2027-03 (3 of 200 contacts at start: 1 unsubscribe, 1 hard bounce, 1 spam complaint)",
        lc.toString());
    assertEquals("2027-03", lc.period().orElseThrow());
  }

  @Test
  void perMessageRatesCountEachContactOncePerMessage() {
    String t = "2027-03-02T09:00:00Z";
    List<EmailEvent> events = new ArrayList<>();
    for (String c : List.of("a", "b")) {
      for (String m : List.of("spring", "summer")) {
        events.add(e(c, EmailEventType.DELIVERED, t).withMessageId(m));
      }
    }
    events.add(e("a", EmailEventType.OPEN, t).withMessageId("spring"));
    events.add(e("a", EmailEventType.OPEN, t).withMessageId("spring"));
    events.add(e("a", EmailEventType.OPEN, t).withMessageId("summer"));
    events.add(e("b", EmailEventType.OPEN, t).withMessageId("summer"));
    events.add(e("b", EmailEventType.OPEN, t)); // no message: monthly only
    EmailReport<YearMonth> r = EmailMetrics.report(events);
    assertEquals(List.of("spring", "summer"), List.copyOf(r.byMessage().keySet()));
    assertEquals(Ratio.of(1, 2), r.byMessage().get("spring").openRate());
    assertEquals(Ratio.of(2, 2), r.byMessage().get("summer").openRate());
    // monthly rates stay over distinct contacts
    assertEquals(Ratio.of(2, 2), r.openRate().get(MARCH).orElseThrow());
    assertTrue(
        r.toString().contains("\nmessage spring  churn undefined (0 of 0 recipients)"),
        r.toString());
  }

  @Test
  void listChurnFromCounts() {
    ListChurn lc = EmailMetrics.listChurn(100, 15, 5, 10_000);
    assertEquals(Ratio.of(120, 10_000), lc.ratio());
    assertEquals(
        "1.2% list churn (120 of 10,000 contacts at start: 100 unsubscribes, 15 hard bounces, 5 spam complaints)",
        lc.toString());
    assertFalse(EmailMetrics.listChurn(1, 0, 0, 0).ratio().isDefined());
    assertEquals(
        "hardBounces must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> ListChurn.of(1, -1, 0, 5)).getMessage());
  }

  @Test
  void outcomeComparisonFromSeed003() {
    OutcomeComparison c =
        EmailMetrics.compare(1_000_000, new BigDecimal("0.033"), 100_000, new BigDecimal("10"));
    assertEquals(0, c.first().outcome().compareTo(new BigDecimal("330")));
    assertEquals(0, c.second().outcome().compareTo(new BigDecimal("10000")));
    assertEquals(0, c.difference().compareTo(new BigDecimal("9670")));
    assertEquals(Optional.of(c.second()), c.better());
    assertEquals(
        "1,000,000 emails at 0.033% = 330 clicks vs 100,000 emails at 10% = 10,000 clicks: "
            + "the second yields 9,670 more clicks from 900,000 fewer emails",
        c.toString());
    assertEquals(
        Optional.empty(), EmailMetrics.compare(100, BigDecimal.TEN, 1000, BigDecimal.ONE).better());
    assertThrows(IllegalArgumentException.class, () -> Outcome.atPercent(-1, BigDecimal.ONE));
  }

  @Test
  void quarterReportCountsContactsOnceAcrossItsMonths() {
    List<EmailEvent> events =
        List.of(
            e("a", EmailEventType.SENT, "2027-01-05T09:00:00Z"),
            e("a", EmailEventType.SENT, "2027-02-05T09:00:00Z"),
            e("b", EmailEventType.SENT, "2027-03-05T09:00:00Z"),
            e("b", EmailEventType.UNSUBSCRIBE, "2027-03-06T09:00:00Z"),
            e("c", EmailEventType.SENT, "2027-04-05T09:00:00Z"));
    EmailAccumulator acc = EmailMetrics.accumulator();
    events.forEach(acc);
    EmailReport<Quarter> q = acc.resultByQuarter(Month.JANUARY);
    assertEquals(Ratio.of(1, 2), q.churn().get(Quarter.parse("2027-Q1")).orElseThrow());
    assertEquals(Ratio.of(0, 1), q.churn().get(Quarter.parse("2027-Q2")).orElseThrow());
    // fiscal year from February: Jan 2027 is 2026-Q4
    EmailReport<Quarter> feb = acc.resultByQuarter(Month.FEBRUARY);
    assertEquals(
        List.of(Quarter.parse("2026-Q4"), Quarter.parse("2027-Q1")), feb.churn().periods());
  }

  @Test
  void misuseIsRejected() {
    EmailAccumulator acc = EmailMetrics.accumulator();
    assertEquals(
        "contactId",
        assertThrows(NullPointerException.class, () -> acc.accept(null, EmailEventType.SENT, 0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> acc.accept("", EmailEventType.SENT, 0));
    assertThrows(
        IllegalArgumentException.class, () -> acc.accept("a", EmailEventType.SENT, Long.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> acc.merge(acc));
    assertEquals(
        "zone must be Z to merge, got America/Chicago",
        assertThrows(
                IllegalArgumentException.class, () -> acc.merge(EmailMetrics.accumulator(CHICAGO)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> EmailEvent.of(" ", EmailEventType.SENT, Instant.EPOCH));
    assertThrows(
        IllegalStateException.class,
        () ->
            EmailEvent.of("a", EmailEventType.SENT, Instant.EPOCH).withBounceType(BounceType.SOFT));
  }

  // ---- property tests against a naive reference ----

  private static final EmailEventType[] TYPES = EmailEventType.values();
  private static final long BASE = Instant.parse("2026-11-20T00:00:00Z").getEpochSecond();
  private static final long SPAN = 150L * 86_400; // five months or so

  private static final long MAX = 17L * 7 * 2 * SPAN * 3;

  /**
   * Decodes one generated long below {@link #MAX} into an event: 17 contacts, 7 types, 2 bounce
   * types, 150 days, and message m0, m1 or none.
   */
  private static EmailEvent decode(long v) {
    String contact = "c" + (v % 17);
    EmailEventType type = TYPES[(int) ((v / 17) % TYPES.length)];
    long second = BASE + (v / (17 * 7 * 2)) % SPAN;
    long message = (v / (17 * 7 * 2 * SPAN)) % 3;
    EmailEvent ev = EmailEvent.of(contact, type, Instant.ofEpochSecond(second));
    if (type == EmailEventType.BOUNCE && (v / (17 * 7)) % 2 == 1) {
      ev = ev.withBounceType(BounceType.SOFT);
    }
    return message == 2 ? ev : ev.withMessageId("m" + message);
  }

  private static List<EmailEvent> decodeAll(List<Long> values) {
    return values.stream().map(EmailMetricsTest::decode).collect(Collectors.toList());
  }

  /** Churn by month computed the obvious way with sets and java.time. */
  private static Map<YearMonth, Ratio> naiveChurn(List<EmailEvent> events, ZoneId zone) {
    Map<YearMonth, Set<String>> sent = new HashMap<>();
    Map<YearMonth, Set<String>> unsub = new HashMap<>();
    Set<YearMonth> months = new HashSet<>();
    for (EmailEvent ev : events) {
      YearMonth m = YearMonth.from(ev.at().atZone(zone));
      months.add(m);
      if (ev.type() == EmailEventType.SENT) {
        sent.computeIfAbsent(m, k -> new HashSet<>()).add(ev.contactId());
      } else if (ev.type() == EmailEventType.UNSUBSCRIBE) {
        unsub.computeIfAbsent(m, k -> new HashSet<>()).add(ev.contactId());
      }
    }
    Map<YearMonth, Ratio> out = new TreeMap<>();
    for (YearMonth m : months) {
      out.put(
          m,
          Ratio.of(unsub.getOrDefault(m, Set.of()).size(), sent.getOrDefault(m, Set.of()).size()));
    }
    return out;
  }

  @Test
  void churnEqualsNaiveReferenceAndIsNeverNegativeOrNaN() {
    long max = MAX - 1;
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(longs().between(0, max)).ofSizeBetween(0, 300),
            integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (values, z) -> {
              ZoneId zone = ZONES.get(z);
              List<EmailEvent> events = decodeAll(values);
              TimeSeries<YearMonth, Ratio> churn = EmailMetrics.churnByMonth(events, zone);
              assertEquals(naiveChurn(events, zone), churn.asMap());
              // per message: distinct (contact, message) pairs
              Map<String, EmailCounts> byMessage = EmailMetrics.report(events, zone).byMessage();
              Map<String, Set<String>> delivered = new TreeMap<>();
              Map<String, Set<String>> openers = new TreeMap<>();
              for (EmailEvent ev : events) {
                ev.messageId()
                    .ifPresent(
                        m -> {
                          if (ev.type() == EmailEventType.DELIVERED) {
                            delivered.computeIfAbsent(m, k -> new HashSet<>()).add(ev.contactId());
                          } else if (ev.type() == EmailEventType.OPEN) {
                            openers.computeIfAbsent(m, k -> new HashSet<>()).add(ev.contactId());
                          }
                        });
              }
              for (Map.Entry<String, EmailCounts> m : byMessage.entrySet()) {
                assertEquals(
                    Ratio.of(
                        openers.getOrDefault(m.getKey(), Set.of()).size(),
                        delivered.getOrDefault(m.getKey(), Set.of()).size()),
                    m.getValue().openRate());
              }
              assertEquals(
                  events.stream().flatMap(x -> x.messageId().stream()).collect(Collectors.toSet()),
                  byMessage.keySet());
              for (Ratio r : churn.values()) {
                if (r.isDefined()) {
                  assertTrue(r.isAtLeast(BigDecimal.ZERO));
                  assertTrue(Double.isFinite(r.value().getAsDouble()));
                } else {
                  assertTrue(r.value().isEmpty());
                }
              }
            });
  }

  @Test
  void mergeOfAnyPartitionEqualsWhole() {
    long max = MAX - 1;
    qt().withExamples(TestScale.examples(1000))
        .forAll(
            lists().of(longs().between(0, max)).ofSizeBetween(0, 300),
            lists().of(integers().between(0, 3)).ofSize(300))
        .checkAssert(
            (values, parts) -> {
              List<EmailEvent> events = decodeAll(values);
              EmailAccumulator all = part(events, parts, -1);
              EmailReport<YearMonth> whole = all.result();
              // ((0 + 1) + (2 + 3)) and (3 + (1 + (2 + 0))) both give the whole
              EmailAccumulator left = part(events, parts, 0).merge(part(events, parts, 1));
              EmailAccumulator right = part(events, parts, 2).merge(part(events, parts, 3));
              EmailAccumulator grouped = left.merge(right);
              assertEquals(whole, grouped.result());
              assertEquals(all.resultByQuarter(Month.MARCH), grouped.resultByQuarter(Month.MARCH));
              EmailAccumulator reversed =
                  part(events, parts, 3)
                      .merge(
                          part(events, parts, 1)
                              .merge(part(events, parts, 2).merge(part(events, parts, 0))));
              assertEquals(whole, reversed.result());
              assertEquals(events.size(), reversed.events());
              assertEquals(all.contacts(), reversed.contacts());
              // a parallel stream splits and merges too
              assertEquals(whole, events.parallelStream().collect(EmailMetrics.collector(CHICAGO)));
            });
  }

  /** An accumulator of the events whose part is {@code p}; all events when {@code p} is -1. */
  private static EmailAccumulator part(List<EmailEvent> events, List<Integer> parts, int p) {
    EmailAccumulator a = EmailMetrics.accumulator(CHICAGO);
    for (int i = 0; i < events.size(); i++) {
      if (p < 0 || parts.get(i) == p) {
        a.accept(events.get(i));
      }
    }
    return a;
  }

  @Test
  void fastPathEqualsEventPath() {
    long max = MAX - 1;
    qt().withExamples(TestScale.examples(1000))
        .forAll(lists().of(longs().between(0, max)).ofSizeBetween(0, 200))
        .checkAssert(
            values -> {
              List<EmailEvent> events = decodeAll(values);
              EmailAccumulator fast = EmailMetrics.accumulator(CHICAGO);
              for (EmailEvent ev : events) {
                BounceType b = ev.bounceType().orElse(BounceType.HARD);
                if (ev.messageId().isPresent()) {
                  fast.accept(
                      ev.contactId(), ev.type(), ev.at().getEpochSecond(), b, ev.messageId().get());
                } else {
                  fast.accept(ev.contactId(), ev.type(), ev.at().getEpochSecond(), b);
                }
              }
              assertEquals(EmailMetrics.report(events, CHICAGO), fast.result());
            });
  }
}
