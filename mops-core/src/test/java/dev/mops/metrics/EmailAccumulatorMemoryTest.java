package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The accumulator's memory, by {@link EmailAccumulator#retainedBytes()} (array lengths, so the
 * numbers are deterministic): at most 32 bytes per distinct contact-month on an export shaped like
 * the benchmark's and on one of unique contacts; and its limit of distinct contacts.
 */
class EmailAccumulatorMemoryTest {
  private static final long START = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
  private static final EmailEventType[] AFTER_SEND = {
    EmailEventType.DELIVERED, EmailEventType.OPEN, EmailEventType.CLICK
  };

  /** Counts an event into {@code acc} and its contact-month into {@code contactMonths}. */
  private static void add(
      EmailAccumulator acc, Set<String> contactMonths, String contact, EmailEventType t, long s) {
    acc.accept(contact, t, s);
    contactMonths.add(
        contact + " " + YearMonth.from(Instant.ofEpochSecond(s).atZone(ZoneOffset.UTC)));
  }

  @Test
  void anExportLikeTheBenchmarksCostsAtMost32BytesPerContactMonth() {
    // the benchmark export's shape (EmailEventFiles): random contacts, sends over a year,
    // deliveries, some opens and clicks; 20,000 contacts, 200,000 sends
    SplittableRandom random = new SplittableRandom(13);
    EmailAccumulator acc = EmailMetrics.accumulator();
    Set<String> contactMonths = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String contact = "c" + random.nextInt(20_000);
      long sent = START + random.nextLong(365L * 86_400);
      add(acc, contactMonths, contact, EmailEventType.SENT, sent);
      int r = random.nextInt(1000);
      for (int k = 0; k < (r < 90 ? 3 : r < 400 ? 2 : 1); k++) {
        add(acc, contactMonths, contact, AFTER_SEND[k], sent + 30 + k);
      }
      if (r >= 990) {
        add(acc, contactMonths, contact, EmailEventType.UNSUBSCRIBE, sent + 3_600);
      }
    }
    long bytes = acc.retainedBytes();
    double perContactMonth = (double) bytes / contactMonths.size();
    assertTrue(perContactMonth <= 32, perContactMonth + " bytes per contact-month");
  }

  @Test
  void uniqueContactsCostAtMost32BytesPerContactMonth() {
    // every contact in one month: 300,000 ids like c1234567, sent and delivered, some opened
    for (boolean oneMonth : new boolean[] {true, false}) {
      SplittableRandom random = new SplittableRandom(17);
      EmailAccumulator acc = EmailMetrics.accumulator();
      Set<String> contactMonths = new HashSet<>();
      for (int i = 0; i < 300_000; i++) {
        String contact = "c" + (1_000_000 + i);
        long sent = START + (oneMonth ? 86_400 : random.nextLong(365L * 86_400));
        add(acc, contactMonths, contact, EmailEventType.SENT, sent);
        add(acc, contactMonths, contact, EmailEventType.DELIVERED, sent + 30);
        if (random.nextInt(4) == 0) {
          add(acc, contactMonths, contact, EmailEventType.OPEN, sent + 60);
        }
      }
      assertTrue(contactMonths.size() >= 300_000);
      double perContactMonth = (double) acc.retainedBytes() / contactMonths.size();
      assertTrue(
          perContactMonth <= 32,
          perContactMonth + " bytes per contact-month, " + (oneMonth ? "one month" : "a year"));
    }
  }

  @Test
  void theLimitRefusesTheFirstContactTooManyWithItsNumbers() {
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneOffset.UTC, 2);
    assertEquals(2, acc.maxContacts());
    acc.accept("a", EmailEventType.SENT, START);
    acc.accept("b", EmailEventType.SENT, START);
    acc.accept("a", EmailEventType.OPEN, START);
    ContactLimitException e =
        assertThrows(
            ContactLimitException.class, () -> acc.accept("c", EmailEventType.SENT, START));
    assertEquals(2, e.limit());
    assertEquals(3, e.contactsSeen());
    assertEquals(3, e.events());
    assertEquals(
        "more than 2 distinct contacts (the limit); raise it with maxContacts, and the heap with"
            + " -Xmx",
        e.getMessage());
    // still usable: known contacts count, the refused event did not
    acc.accept("b", EmailEventType.UNSUBSCRIBE, START);
    assertEquals(4, acc.events());
    assertEquals(2, acc.contacts());
    assertEquals(1, acc.result().churn().values().iterator().next().numerator().intValueExact());
    // a refused contact in a new month leaves no empty month behind
    assertThrows(
        ContactLimitException.class,
        () -> acc.accept("d", EmailEventType.SENT, START + 40L * 86_400));
    assertEquals(1, acc.result().churn().size());
  }

  @Test
  void theMessageGroupsThousands() {
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneOffset.UTC, 2_000_000);
    for (int i = 0; i < 2_000_000; i++) {
      acc.accept("c" + i, EmailEventType.SENT, START);
    }
    ContactLimitException e =
        assertThrows(
            ContactLimitException.class, () -> acc.accept("new", EmailEventType.SENT, START));
    assertTrue(
        e.getMessage().startsWith("more than 2,000,000 distinct contacts (the limit); "),
        e.getMessage());
    assertEquals(2_000_001, e.contactsSeen());
  }

  @Test
  void aMergePastTheLimitIsRefused() {
    EmailAccumulator left = EmailMetrics.accumulator(ZoneOffset.UTC, 3);
    EmailAccumulator right = EmailMetrics.accumulator(ZoneOffset.UTC, 3);
    for (String c : new String[] {"a", "b"}) {
      left.accept(c, EmailEventType.SENT, START);
    }
    for (String c : new String[] {"b", "c"}) {
      right.accept(c, EmailEventType.SENT, START);
    }
    assertEquals(3, left.merge(right).contacts(), "b is one contact: three fit");
    EmailAccumulator more = EmailMetrics.accumulator(ZoneOffset.UTC, 3);
    more.accept("d", EmailEventType.SENT, START);
    ContactLimitException e = assertThrows(ContactLimitException.class, () -> left.merge(more));
    assertEquals(3, e.limit());
  }

  @Test
  void aLimitBelowOneIsRefusedAndTheDefaultFollowsTheHeap() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EmailMetrics.accumulator(ZoneOffset.UTC, 0));
    assertEquals("maxContacts must be >= 1, got 0", e.getMessage());
    long expected =
        Math.min(
            Integer.MAX_VALUE,
            Runtime.getRuntime().maxMemory() / EmailMetrics.DEFAULT_BYTES_PER_CONTACT);
    assertEquals(expected, EmailMetrics.defaultMaxContacts());
    assertEquals(Math.min(expected, ContactIds.MAX_SIZE), EmailMetrics.accumulator().maxContacts());
  }
}
