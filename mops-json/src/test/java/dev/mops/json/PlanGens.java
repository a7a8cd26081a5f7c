package dev.mops.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.model.Plan;
import dev.mops.testing.RandomPlans;
import org.quicktheories.core.Gen;

/** QuickTheories' view of {@link RandomPlans}: a plan drawn from a size and a seed. */
public final class PlanGens {
  private PlanGens() {}

  /** Plans of size 1 to {@code maxSize}, shrinking towards smaller sizes. */
  public static Gen<Plan> plans(int maxSize) {
    return integers()
        .between(1, maxSize)
        .zip(longs().all(), RandomPlans::plan)
        .describedAs(RandomPlans::describe);
  }
}
