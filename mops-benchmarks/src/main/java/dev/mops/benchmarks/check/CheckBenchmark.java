package dev.mops.benchmarks.check;

import dev.mops.check.CheckReport;
import dev.mops.check.PlanChecker;
import dev.mops.json.MopsJson;
import dev.mops.json.ReadLimits;
import dev.mops.model.Plan;
import dev.mops.testing.QuickWinPlans;
import dev.mops.testing.RandomPlans;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The checker against parsing the same plan (issue 13, item 4): {@code check} runs {@link
 * PlanChecker#defaults()} as of the middle of the plan's period on the built plan, {@code parse}
 * reads the plan's JSON bytes with {@link MopsJson#standard()} (at most ten million values instead
 * of one, for the largest plan), so their ratio comes from one run. Scales: {@link
 * RandomPlans#plan(int, long)} of sizes 13, 130 and 1,300 (about 330, 3,300 and 33,000 elements)
 * and {@link QuickWinPlans#plan(int, long)} of 20k, 100k and 200k quick wins.
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmarks -pl mops-benchmarks -am -DskipTests package && java
 * -jar mops-benchmarks/target/benchmarks.jar CheckBenchmark -f 1 -wi 3 -i 5 -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
  /** The plan: {@code 1x}, {@code 10x}, {@code 100x} random plans, or {@code qwN} quick wins. */
  @Param({"1x", "10x", "100x", "qw20k", "qw100k", "qw200k"})
  public String scale = "1x";

  private Plan plan = RandomPlans.plan(1, 0);
  private LocalDate asOf = LocalDate.EPOCH;
  private byte[] json = new byte[0];
  // the standard reader, with room for the 200k-quick-win plan (about 1.8 million values)
  private final MopsJson mopsJson =
      MopsJson.builder()
          .limits(ReadLimits.defaults().toBuilder().maxValues(10_000_000).build())
          .build();

  /**
   * Builds the plan and its JSON, and checks the answers before timing: two checks find the same
   * number of findings, and parsing the JSON gives a plan equal to the built one.
   */
  @Setup
  public void setUp() {
    plan = plan(scale);
    asOf = plan.period().start().plusMonths(6);
    json = mopsJson.writeString(plan).getBytes(StandardCharsets.UTF_8);
    int first = check().findings().size();
    int second = check().findings().size();
    if (first != second) {
      throw new IllegalStateException("check is not stable: " + first + " then " + second);
    }
    if (!parse().equals(plan)) {
      throw new IllegalStateException("parsing the plan's JSON gives another plan");
    }
  }

  /** Checks the plan with every built-in rule at its defaults. */
  @Benchmark
  public CheckReport check() {
    return PlanChecker.defaults().check(plan, asOf);
  }

  /** Reads the same plan from its JSON bytes (the baseline). */
  @Benchmark
  public Plan parse() {
    return mopsJson.read(new ByteArrayInputStream(json));
  }

  static Plan plan(String scale) {
    return switch (scale) {
      case "1x" -> RandomPlans.plan(13, 13);
      case "10x" -> RandomPlans.plan(130, 13);
      case "100x" -> RandomPlans.plan(1300, 13);
      case "qw20k" -> QuickWinPlans.plan(20_000, 13);
      case "qw100k" -> QuickWinPlans.plan(100_000, 13);
      case "qw200k" -> QuickWinPlans.plan(200_000, 13);
      default -> throw new IllegalArgumentException("unknown scale " + scale);
    };
  }
}
