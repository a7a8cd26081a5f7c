package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the examples of the Javadoc and checks the results they show. */
class DocExamplesTest {

  @Test
  void ratio() {
    Ratio churn = Ratio.of(235, 10_000);
    assertEquals(Optional.of(new BigDecimal("2.35")), churn.percent(2));
    assertEquals(true, churn.isAtLeast(new BigDecimal("0.02")));
    assertEquals("2.35% (235 of 10,000)", churn.toString());
    assertEquals("undefined (0 of 0)", Ratio.of(0, 0).toString());
    assertEquals(
        "31.25% (12.5 of 40)", Ratio.of(new BigDecimal("12.5"), new BigDecimal("40")).toString());
    assertEquals(Optional.of(new BigDecimal("0.333")), Ratio.of(1, 3).decimal(3));
  }

  @Test
  void nps() {
    Nps nps = Nps.of(9, 10, 6, 8);
    assertEquals(2, nps.promoters());
    assertEquals(1, nps.detractors());
    assertEquals(Optional.of(new BigDecimal("25.0")), nps.score(1));
    assertEquals("NPS +25 (2 promoters, 1 passive, 1 detractor of 4 answers)", nps.toString());
    assertEquals(Optional.of(new BigDecimal("5")), Nps.ofCounts(25, 55, 20).score(0));
    NpsAccumulator a = new NpsAccumulator();
    a.accept(9);
    a.accept(3);
    NpsAccumulator b = new NpsAccumulator();
    b.accept(10);
    assertEquals(
        "NPS +33.3 (2 promoters, 0 passives, 1 detractor of 3 answers)",
        a.merge(b).result().toString());
  }

  @Test
  void keyResultsAndOkrs() {
    Progress p =
        KeyResults.progress(
            Direction.DECREASE, new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("50"));
    assertEquals("125% (50 of 40)", p.raw().toString());
    assertEquals("100% (1 of 1)", p.score().toString());
    assertEquals(
        "score 1 (raw progress 125% (50 of 40)): decrease from 100 to 60, now 50", p.toString());
    assertEquals(
        "50% (20 of 40)",
        KeyResults.progress(
                Direction.DECREASE,
                new BigDecimal("100"),
                new BigDecimal("60"),
                new BigDecimal("80"))
            .score()
            .toString());
    assertEquals(
        "100% (1 of 1)",
        KeyResults.threshold(Direction.AT_OR_ABOVE, new BigDecimal("30"), new BigDecimal("30"))
            .score()
            .toString());
    assertEquals(
        "75% (3 of 4)",
        KeyResults.weightedMilestones(
                List.of(new BigDecimal("3"), BigDecimal.ONE), List.of(true, false))
            .score()
            .toString());
    OkrScore s =
        Okrs.score(
            List.of(KeyResults.binary(true), KeyResults.binary(false), KeyResults.binary(false)));
    assertEquals("33.33% (1 of 3)", s.score().toString());
    assertEquals(Optional.of(Grade.RED), s.grade());
    assertEquals(
        "75% (3 of 4)",
        Okrs.score(
                Map.of("kr-1", KeyResults.binary(true), "kr-2", KeyResults.binary(false)),
                Map.of("kr-1", new BigDecimal("3"), "kr-2", BigDecimal.ONE))
            .score()
            .toString());
    assertEquals(Grade.YELLOW, Grade.of(Ratio.of(2, 5)));
    TimeStatus t =
        Okrs.status(
            Ratio.of(1, 2),
            DateRange.parse("2027-01-01/2027-01-10"),
            LocalDate.parse("2027-01-06"));
    assertEquals("60% (6 of 10)", t.elapsed().toString());
    assertEquals(Optional.of(TrackStatus.ON_TRACK), t.status());
    assertEquals("on track", t.status().orElseThrow().toString());
    assertEquals(
        "60% (6 of 10)",
        Okrs.elapsed(DateRange.parse("2027-01-01/2027-01-10"), LocalDate.parse("2027-01-06"))
            .toString());
  }

  @Test
  void email() {
    EmailReport<YearMonth> r =
        EmailMetrics.report(
            List.of(
                EmailEvent.of("a", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
                EmailEvent.of("b", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
                EmailEvent.of(
                    "a", EmailEventType.UNSUBSCRIBE, Instant.parse("2027-03-05T10:00:00Z"))));
    assertEquals("Optional[50% (1 of 2)]", r.churn().get(YearMonth.of(2027, 3)).toString());
    List<EmailEvent> events =
        List.of(
            EmailEvent.of("a", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z")),
            EmailEvent.of("a", EmailEventType.UNSUBSCRIBE, Instant.parse("2027-03-02T10:00:00Z")));
    assertEquals(
        "email churn by month (UTC) ▄\n2027-03  100% (1 of 1)",
        EmailMetrics.churnByMonth(events).toString());
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("America/Chicago"));
    acc.accept("c-1", EmailEventType.SENT, 1_806_000_000L);
    acc.accept("c-1", EmailEventType.UNSUBSCRIBE, 1_806_003_600L);
    assertEquals(1, acc.result().churn().size());
    assertEquals(
        "1,000,000 emails at 0.033% = 330 clicks",
        Outcome.atPercent(1_000_000, new BigDecimal("0.033")).toString());
    assertEquals(
        "1,000,000 emails at 0.033% = 330 clicks vs 100,000 emails at 10% = 10,000 clicks: "
            + "the second yields 9,670 more clicks from 900,000 fewer emails",
        OutcomeComparison.of(
                Outcome.atPercent(1_000_000, new BigDecimal("0.033")),
                Outcome.atPercent(100_000, new BigDecimal("10")))
            .toString());
    assertEquals(
        "1.2% list churn (120 of 10,000 contacts at start: 100 unsubscribes, 15 hard bounces, 5 spam complaints)",
        ListChurn.of(100, 15, 5, 10_000).toString());
    EmailEvent sent =
        EmailEvent.of("c-1", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z"));
    assertEquals(
        "c-1 OPEN 2027-03-02T09:00:00Z message spring-newsletter",
        sent.withType(EmailEventType.OPEN).withMessageId("spring-newsletter").toString());
    assertEquals(
        "c-2 BOUNCE 2027-03-02T09:00:05Z soft",
        EmailEvent.bounce("c-2", Instant.parse("2027-03-02T09:00:05Z"), BounceType.SOFT)
            .toString());
  }

  @Test
  void timeSeries() {
    TimeSeries<YearMonth, Ratio> churn =
        TimeSeries.of(
            "email churn",
            Map.of(
                YearMonth.of(2027, 1), Ratio.of(10, 1_000),
                YearMonth.of(2027, 2), Ratio.of(30, 1_000)));
    assertEquals("▁█", churn.sparkline());
    assertEquals(
        "email churn (UTC) ▁█\n2027-01  1% (10 of 1,000)\n2027-02  3% (30 of 1,000)",
        churn.toString());
    assertEquals(
        YearMonth.of(2027, 4),
        TimeSeries.monthOf(Instant.parse("2027-04-01T04:30:00Z"), ZoneId.of("UTC")));
  }

  @Test
  void funnel() {
    FunnelReport f =
        FunnelMetrics.report(
            List.of("lead", "mql", "opportunity"),
            List.of(
                FunnelRecord.of("l-1", "lead", Instant.parse("2027-03-02T09:00:00Z")),
                FunnelRecord.of("l-1", "mql", Instant.parse("2027-03-09T09:00:00Z")),
                FunnelRecord.of("l-2", "lead", Instant.parse("2027-03-03T09:00:00Z"))));
    assertEquals("50% (1 of 2)", f.conversion("lead").toString());
    assertEquals("0% (0 of 2)", f.movement("lead", "opportunity").toString());
    assertEquals(
        "lead-7 entered mql at 2027-03-02T09:00:00Z",
        FunnelRecord.of("lead-7", "mql", Instant.parse("2027-03-02T09:00:00Z")).toString());
  }
}
