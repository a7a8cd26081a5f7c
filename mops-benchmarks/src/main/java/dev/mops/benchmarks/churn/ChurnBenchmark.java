package dev.mops.benchmarks.churn;

import dev.mops.benchmarks.Repository;
import dev.mops.testing.EmailEventFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monthly email churn from the benchmark export, end to end (read, parse, count distinct contacts
 * per UTC month): {@link Contender#MOPS} against {@link Contender#DUCKDB} and {@link
 * Contender#ANALYST}, one single-shot time per iteration. The export is written by {@link
 * EmailEventFiles} into {@code mops-benchmarks/target/events-ROWS.csv} when missing; before timing,
 * every trial computes the churn with all three contenders and fails unless they agree on every
 * month's numerator and denominator, so a fast wrong answer cannot win.
 *
 * <p>Run: {@code java -jar mops-benchmarks/target/benchmarks.jar churn.ChurnBenchmark} (see
 * BENCHMARKS.md; {@code -p rows=50000} for a small file).
 *
 * @since 0.2
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ChurnBenchmark {
  /** Event rows of the export (the seed and contact base are the benchmark export's). */
  @Param({"" + EmailEventFiles.BENCHMARK_ROWS})
  public long rows;

  /** Who computes the churn: {@code mops}, {@code duckdb} or {@code analyst}. */
  @Param({"mops", "duckdb", "analyst"})
  public String contender = "mops";

  private Path file = Path.of("");
  private Contender who = Contender.MOPS;

  /** Creates the state; JMH sets the parameters and calls {@link #setUp()}. */
  public ChurnBenchmark() {}

  /**
   * Writes the export if missing, then checks that the three contenders agree on it.
   *
   * @throws IllegalStateException if they do not agree
   */
  @Setup(Level.Trial)
  public void setUp() {
    who = Contender.of(contender);
    file = export(rows);
    check(file);
  }

  /** Computes the churn counts of every month of the export. */
  @Benchmark
  public SortedMap<YearMonth, MonthChurn> churn() {
    return who.churn(file);
  }

  /**
   * {@code mops-benchmarks/target/events-ROWS.csv}, written by {@link EmailEventFiles} with the
   * benchmark export's seed and contact base when it is missing (into a temporary file first, so an
   * interrupted run leaves no partial export behind).
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   * @throws UncheckedIOException if the file cannot be written
   */
  public static Path export(long rows) {
    Path target = Repository.target();
    Path file = target.resolve("events-" + rows + ".csv");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Path tmp = Files.createTempFile(target, "events-" + rows + "-", ".csv.tmp");
      EmailEventFiles.write(
          tmp, rows, EmailEventFiles.BENCHMARK_SEED, EmailEventFiles.BENCHMARK_CONTACTS);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Computes the churn of {@code file} with every contender and returns the result they agree on.
   *
   * @throws IllegalStateException if two contenders differ in a month, naming both tables
   */
  public static SortedMap<YearMonth, MonthChurn> check(Path file) {
    Map<Contender, SortedMap<YearMonth, MonthChurn>> results = new EnumMap<>(Contender.class);
    for (Contender c : Contender.values()) {
      results.put(c, c.churn(file));
    }
    SortedMap<YearMonth, MonthChurn> expected = results.get(Contender.MOPS);
    if (expected == null || expected.isEmpty()) {
      throw new IllegalStateException("mops found no churn in " + file);
    }
    results.forEach(
        (c, months) -> {
          if (!months.equals(expected)) {
            throw new IllegalStateException(
                c.label()
                    + " disagrees with mops on "
                    + file
                    + ":\n"
                    + Contender.table(months)
                    + "mops:\n"
                    + Contender.table(expected));
          }
        });
    return expected;
  }
}
