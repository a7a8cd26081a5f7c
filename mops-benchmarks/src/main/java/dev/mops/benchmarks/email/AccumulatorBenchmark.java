package dev.mops.benchmarks.email;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The email accumulator alone, on events parsed beforehand (no CSV): events per second on one core,
 * and with {@code -prof gc} the bytes allocated per event ({@code gc.alloc.rate.norm} divided by
 * {@value #EVENTS}, since one operation is one event). Baseline in the same run: the hand-written
 * way, a {@code HashSet<String>} of contacts per month and kind of event.
 *
 * <p>The events have the shape of the benchmark export ({@code EmailEventFiles}): a send to a
 * random one of {@code contacts} contacts at a random second of 2027, then its delivery, and for
 * some an open, a click, an unsubscribe; each event's contact id is its own {@code String}, as a
 * CSV reader makes them. {@code @Setup} checks the accumulator's counts against the baseline's on
 * the first 100,000 events before anything is timed.
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmarks -pl mops-benchmarks -am -DskipTests package && java
 * -jar mops-benchmarks/target/benchmarks.jar Accumulator -f 1 -wi 2 -i 3 -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class AccumulatorBenchmark {
  /** Events per invocation. */
  static final int EVENTS = 2_000_000;

  private static final long START = 1_798_761_600L; // 2027-01-01T00:00:00Z

  /** Distinct contacts the events are drawn from. */
  @Param({"100000", "1000000"})
  public int contacts;

  private String[] ids = new String[0];
  private EmailEventType[] types = new EmailEventType[0];
  private long[] seconds = new long[0];
  private EmailAccumulator firstHalf = EmailMetrics.accumulator();
  private EmailAccumulator secondHalf = EmailMetrics.accumulator();

  /** Makes the events (deterministically) and checks the accumulator against the baseline. */
  @Setup
  public void setUp() {
    ids = new String[EVENTS];
    types = new EmailEventType[EVENTS];
    seconds = new long[EVENTS];
    SplittableRandom random = new SplittableRandom(20_261_203L);
    int n = 0;
    while (n < EVENTS) {
      String contact = "c" + random.nextInt(contacts);
      long sent = START + random.nextLong(365L * 86_400);
      n = add(n, contact, EmailEventType.SENT, sent);
      int r = random.nextInt(1000);
      if (r < 15) {
        n = add(n, contact, EmailEventType.BOUNCE, sent + 30);
        continue;
      }
      n = add(n, contact, EmailEventType.DELIVERED, sent + 30);
      if (r < 400) {
        long open = sent + random.nextLong(5L * 86_400);
        n = add(n, contact, EmailEventType.OPEN, open);
        if (r < 90) {
          n = add(n, contact, EmailEventType.CLICK, open + 60);
        }
      }
      if (r >= 990) {
        n = add(n, contact, EmailEventType.UNSUBSCRIBE, sent + 3_600);
      }
    }
    check(100_000);
    firstHalf = EmailMetrics.accumulator();
    secondHalf = EmailMetrics.accumulator();
    for (int i = 0; i < EVENTS; i++) {
      (i < EVENTS / 2 ? firstHalf : secondHalf).accept(ids[i], types[i], seconds[i]);
    }
  }

  private int add(int n, String contact, EmailEventType type, long second) {
    if (n < EVENTS) {
      ids[n] = new String(contact); // its own String, as each CSV row makes one
      types[n] = type;
      seconds[n] = second;
    }
    return n + 1;
  }

  /** Fails unless the accumulator's distinct counts of the first {@code n} events are exact. */
  private void check(int n) {
    EmailAccumulator acc = EmailMetrics.accumulator();
    for (int i = 0; i < n; i++) {
      acc.accept(ids[i], types[i], seconds[i]);
    }
    Map<YearMonth, Map<EmailEventType, Set<String>>> expected = hashSets(n);
    Map<YearMonth, EmailCounts> actual = acc.result().counts().asMap();
    if (!actual.keySet().equals(expected.keySet())) {
      throw new IllegalStateException("months differ: " + actual.keySet());
    }
    expected.forEach(
        (month, sets) -> {
          EmailCounts c = java.util.Objects.requireNonNull(actual.get(month), "month");
          long[] got = {
            c.recipients(), c.deliveredContacts(), c.openers(), c.clickers(), c.unsubscribers()
          };
          EmailEventType[] kinds = {
            EmailEventType.SENT,
            EmailEventType.DELIVERED,
            EmailEventType.OPEN,
            EmailEventType.CLICK,
            EmailEventType.UNSUBSCRIBE
          };
          for (int k = 0; k < kinds.length; k++) {
            int want = sets.getOrDefault(kinds[k], Set.of()).size();
            if (got[k] != want) {
              throw new IllegalStateException(
                  month + " " + kinds[k] + ": " + got[k] + " != " + want);
            }
          }
        });
  }

  /** The accumulator on every event: one operation is one event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public EmailAccumulator accumulator() {
    EmailAccumulator acc = EmailMetrics.accumulator();
    for (int i = 0; i < EVENTS; i++) {
      acc.accept(ids[i], types[i], seconds[i]);
    }
    return acc;
  }

  /** Baseline: a {@code HashSet<String>} of contacts per month and kind of event. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public Map<YearMonth, Map<EmailEventType, Set<String>>> hashSets() {
    return hashSets(EVENTS);
  }

  /**
   * Merging the accumulators of the two halves of the events into an empty one (what a reader of
   * one file on several threads does last); one operation is one event of the halves.
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public EmailAccumulator mergeHalves() {
    return EmailMetrics.accumulator().merge(firstHalf).merge(secondHalf);
  }

  private Map<YearMonth, Map<EmailEventType, Set<String>>> hashSets(int n) {
    Map<YearMonth, Map<EmailEventType, Set<String>>> months = new HashMap<>();
    for (int i = 0; i < n; i++) {
      YearMonth month = YearMonth.of(2027, 1).plusMonths(monthsAfterStart(seconds[i]));
      Map<EmailEventType, Set<String>> sets =
          months.computeIfAbsent(month, m -> new EnumMap<>(EmailEventType.class));
      sets.computeIfAbsent(types[i], t -> new HashSet<>()).add(ids[i]);
    }
    return months;
  }

  /** Whole UTC months from 2027-01 to the month of {@code second} (2027 and early 2028 only). */
  private static long monthsAfterStart(long second) {
    long day = Math.floorDiv(second, 86_400L);
    java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
    return (date.getYear() - 2027L) * 12 + date.getMonthValue() - 1;
  }
}
