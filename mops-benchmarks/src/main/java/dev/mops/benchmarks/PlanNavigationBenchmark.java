package dev.mops.benchmarks;

import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.Stakeholder;
import java.time.Year;
import java.time.YearMonth;
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
 * Building a plan and its navigation index: the cost every check, report and JSON write pays first.
 * Baseline: building the same plan without touching the index.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -pl mops-benchmarks -am package -DskipTests && java -jar
 * mops-benchmarks/target/benchmarks.jar PlanNavigation}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanNavigationBenchmark {
  /** Objectives in the plan; each has two capabilities and three quick wins. */
  @Param({"10", "100"})
  public int objectives;

  /** Builds the plan (baseline). */
  @Benchmark
  public Plan build() {
    return plan(objectives);
  }

  /** Builds the plan and resolves every quick win to its objectives through the index. */
  @Benchmark
  public int buildAndNavigate() {
    Plan plan = plan(objectives);
    int links = 0;
    for (QuickWin q : plan.quickWins()) {
      links += plan.objectivesOf(q).size();
    }
    return links;
  }

  /** Makes sure the parameter is sane before measuring. */
  @Setup
  public void check() {
    if (objectives < 1) {
      throw new IllegalStateException("objectives must be at least 1, got " + objectives);
    }
  }

  static Plan plan(int objectives) {
    Plan.Builder b =
        Plan.builder()
            .id("bench")
            .name("Benchmark plan")
            .period(DateRange.ofYear(Year.of(2027)))
            .addStakeholder(Stakeholder.of("sales", "Sales"));
    for (int i = 0; i < objectives; i++) {
      b.addObjective(
          Objective.builder()
              .id("obj-" + i)
              .title("Objective " + i)
              .addStakeholderId("sales")
              .build());
      for (int c = 0; c < 2; c++) {
        b.addCapability(
            Capability.builder()
                .id("cap-" + i + "-" + c)
                .name("Capability")
                .addObjectiveId("obj-" + i)
                .build());
      }
      for (int q = 0; q < 3; q++) {
        b.addQuickWin(
            QuickWin.builder()
                .id("qw-" + i + "-" + q)
                .title("Quick win")
                .addCapabilityId("cap-" + i + "-" + (q % 2))
                .plannedMonth(YearMonth.of(2027, 1 + q))
                .build());
      }
    }
    return b.build();
  }
}
