package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EmailReport#table()}: the per-period table the command line prints. */
class EmailReportTableTest {
  private static final String HEADER =
      "month    recipients  unsubscribed  churn      delivery   open       click      click-to-open\n";

  private static EmailEvent event(String contact, EmailEventType type, String at) {
    return EmailEvent.of(contact, type, Instant.parse(at));
  }

  @Test
  void oneLinePerPeriodWithCountsAndSharesAsFiguresWritesThem() {
    List<EmailEvent> events = new ArrayList<>();
    // March: 3 recipients, 3 delivered, 2 openers, 1 clicker, 1 unsubscriber
    for (String c : List.of("a", "b", "c")) {
      events.add(event(c, EmailEventType.SENT, "2027-03-02T09:00:00Z"));
      events.add(event(c, EmailEventType.DELIVERED, "2027-03-02T09:01:00Z"));
    }
    events.add(event("a", EmailEventType.OPEN, "2027-03-02T10:00:00Z"));
    events.add(event("b", EmailEventType.OPEN, "2027-03-02T10:00:00Z"));
    events.add(event("a", EmailEventType.CLICK, "2027-03-02T10:01:00Z"));
    events.add(event("c", EmailEventType.UNSUBSCRIBE, "2027-03-05T10:00:00Z"));
    // April: an unsubscribe without any send: every rate undefined
    events.add(event("d", EmailEventType.UNSUBSCRIBE, "2027-04-05T10:00:00Z"));
    EmailReport<java.time.YearMonth> report = EmailMetrics.report(events);
    EmailCounts march = report.counts().values().get(0);
    assertEquals(
        HEADER
            + "2027-03           3             1  "
            + pad(Figures.percent(march.churn()))
            + pad(Figures.percent(march.deliveryRate()))
            + pad(Figures.percent(march.openRate()))
            + pad(Figures.percent(march.clickRate()))
            + Figures.percent(march.clickToOpenRate())
            + "\n"
            + "2027-04           0             1  undefined  undefined  undefined  undefined  undefined\n",
        report.table());
    // the shares themselves, by hand: 1 of 3, 3 of 3, 2 of 3, 1 of 3, 1 of 2
    assertEquals(
        List.of("33.33%", "100%", "66.67%", "33.33%", "50%"),
        List.of(
            Figures.percent(march.churn()),
            Figures.percent(march.deliveryRate()),
            Figures.percent(march.openRate()),
            Figures.percent(march.clickRate()),
            Figures.percent(march.clickToOpenRate())));
  }

  @Test
  void summaryAndTablePrintAShareOverOneThousandPercentAlike() {
    // issue 11: the summary printed 1,000% and the table 1000%; one rule (Figures) for both
    List<EmailEvent> events = new ArrayList<>();
    events.add(event("a", EmailEventType.SENT, "2027-03-02T09:00:00Z"));
    for (String c : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
      events.add(event(c, EmailEventType.UNSUBSCRIBE, "2027-03-05T10:00:00Z"));
    }
    EmailReport<java.time.YearMonth> report = EmailMetrics.report(events);
    assertEquals(
        HEADER
            + "2027-03           1            10  1,000%     0%         undefined  undefined  undefined\n",
        report.table());
    assertEquals(
        "email churn by month (UTC) \u2584\n2027-03  1,000% (10 of 1)", report.churn().toString());
  }

  private static String pad(String cell) {
    return String.format(java.util.Locale.ROOT, "%-9s  ", cell);
  }

  @Test
  void largeCountsAreGroupedAndRightAligned() {
    // sends only: churn and delivery 0 of 12,345; nothing delivered, so the other rates are
    // undefined
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneOffset.UTC);
    for (int i = 0; i < 12_345; i++) {
      acc.accept(event("c" + i, EmailEventType.SENT, "2027-03-02T09:00:00Z"));
    }
    String table = acc.result().table();
    assertEquals(
        HEADER
            + "2027-03      12,345             0  0%         0%         undefined  undefined  undefined\n",
        table);
  }

  @Test
  void withoutPeriodsOnlyTheHeader() {
    assertEquals(HEADER, EmailMetrics.report(List.of()).table());
  }
}
