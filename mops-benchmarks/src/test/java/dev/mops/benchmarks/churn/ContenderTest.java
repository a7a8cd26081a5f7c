package dev.mops.benchmarks.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.testing.EmailEventFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each churn contender gives the exact counts of a small file whose traps a wrong contender falls
 * into: months of the instant in UTC whatever offset is written, duplicate unsubscribes, an
 * unsubscribe in a month without sends, a month with neither.
 */
class ContenderTest {
  @TempDir Path dir;

  private Path traps() throws IOException {
    return Files.writeString(
        dir.resolve("events.csv"),
        "contact_id,event,occurred_at\n"
            // April in UTC, March where written
            + "a,sent,2027-03-31T23:30:00-05:00\n"
            // March in UTC, April where written
            + "b,sent,2027-04-01T00:30:00+01:00\n"
            + "b,sent,2027-03-05T00:00:00+05:30\n"
            + "b,delivered,2027-03-05T00:00:30+05:30\n"
            + "a,unsubscribe,2027-04-02T10:00:00Z\n"
            + "a,unsubscribe,2027-04-02T10:00:01Z\n"
            + "d,sent,2027-04-03T10:00:00Z\n"
            // May: an unsubscribe without a send
            + "c,unsubscribe,2027-05-01T00:00:00Z\n"
            // June: neither a send nor an unsubscribe
            + "c,open,2027-06-01T00:00:00Z\n",
        StandardCharsets.UTF_8);
  }

  private static SortedMap<YearMonth, MonthChurn> expected() {
    return new TreeMap<>(
        Map.of(
            YearMonth.of(2027, 3), new MonthChurn(0, 1),
            YearMonth.of(2027, 4), new MonthChurn(1, 2),
            YearMonth.of(2027, 5), new MonthChurn(1, 0)));
  }

  @ParameterizedTest
  @EnumSource(Contender.class)
  void countsEachUtcMonthExactly(Contender contender) throws IOException {
    assertEquals(expected(), contender.churn(traps()));
  }

  @Test
  void theCheckReturnsWhatAllThreeAgreeOn() throws IOException {
    assertEquals(expected(), ChurnBenchmark.check(traps()));
  }

  @Test
  void theTableHasOneLinePerMonth() {
    assertEquals("2027-03 0 of 1\n2027-04 1 of 2\n2027-05 1 of 0\n", Contender.table(expected()));
  }

  @Test
  void contendersAreNamedByTheirLabels() {
    for (Contender c : Contender.values()) {
      assertEquals(c, Contender.of(c.label()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Contender.of("spark"));
    assertTrue(e.getMessage().contains("\"spark\""), e.getMessage());
  }

  @Test
  void theExportIsTheGeneratorsFileForItsRows() throws IOException {
    Path export = ChurnBenchmark.export(1_000);
    assertEquals(export, ChurnBenchmark.export(1_000));
    Path expected = dir.resolve("expected.csv");
    EmailEventFiles.write(
        expected, 1_000, EmailEventFiles.BENCHMARK_SEED, EmailEventFiles.BENCHMARK_CONTACTS);
    assertEquals(-1L, Files.mismatch(expected, export));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MonthChurn(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> new MonthChurn(0, -1));
  }
}
