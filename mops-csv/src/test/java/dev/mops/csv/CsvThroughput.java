package dev.mops.csv;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A manual throughput run (not a test, no timed assertion): reads an events CSV into monthly churn
 * several times and prints rows/s and MB/s of each round.
 *
 * <pre>
 * java -cp ... dev.mops.csv.CsvThroughput target/events-1m.csv 5
 * </pre>
 */
public final class CsvThroughput {
  private CsvThroughput() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!Files.exists(file)) {
      EventsCsvGenerator.write(file, 1_000_000, 42);
    }
    double mb = Files.size(file) / 1e6;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      EmailAccumulator acc = EmailMetrics.accumulator();
      CsvImportSummary s;
      try {
        s = EmailEventsCsv.builder().build().readInto(file, acc);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      int months = acc.result().churn().asMap().size();
      double sec = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d rows in %.3f s = %,.0f rows/s, %.0f MB/s (%d months)%n",
          i + 1,
          s.rows(),
          sec,
          s.rows() / sec,
          mb / sec,
          months);
    }
  }
}
