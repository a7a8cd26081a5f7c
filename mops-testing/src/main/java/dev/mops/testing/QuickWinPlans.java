package dev.mops.testing;

import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import java.time.Year;
import java.util.Random;

/**
 * Plans made mostly of quick wins, for benchmarks and work-bound tests of the checker: a year's
 * plan with twelve monthly sprints, one objective per 100 quick wins, one capability per 10, and
 * {@code quickWins} quick wins spread over the months. About a third claim an objective directly,
 * half build on an earlier quick win, a quarter each are launched, missed or cancelled. A plan is a
 * pure function of (quickWins, seed), so every run and platform builds an equal plan.
 *
 * @since 0.2
 */
public final class QuickWinPlans {
  /** The most quick wins {@link #plan(int, long)} makes. */
  public static final int MAX_QUICK_WINS = 1_000_000;

  private QuickWinPlans() {}

  /**
   * The plan of {@code quickWins} quick wins made from {@code seed}: the same arguments always give
   * an equal plan.
   *
   * @throws IllegalArgumentException if {@code quickWins} is not in {@code [1, 1_000_000]}
   * @since 0.2
   */
  public static Plan plan(int quickWins, long seed) {
    if (quickWins < 1 || quickWins > MAX_QUICK_WINS) {
      throw new IllegalArgumentException(
          "quickWins must be in [1, " + MAX_QUICK_WINS + "], got " + quickWins);
    }
    Random r = new Random(seed);
    Year year = Year.of(2027);
    int objectives = Math.max(1, quickWins / 100);
    int capabilities = Math.max(1, quickWins / 10);
    Plan.Builder b =
        Plan.builder()
            .id("quick-wins-" + quickWins + "-" + Long.toHexString(seed))
            .name("Quick-win plan " + quickWins)
            .period(DateRange.ofYear(year));
    for (int i = 0; i < 3; i++) {
      b.addStakeholder(Stakeholder.of("sh-" + i, "Stakeholder " + i));
    }
    for (int m = 1; m <= 12; m++) {
      b.addSprint(Sprint.builder().id("sp-" + m).range(DateRange.ofMonth(year.atMonth(m))).build());
    }
    for (int i = 0; i < objectives; i++) {
      b.addObjective(
          Objective.builder()
              .id("obj-" + i)
              .title("Objective " + i)
              .addStakeholderId("sh-" + (i % 3))
              .build());
    }
    for (int i = 0; i < capabilities; i++) {
      b.addCapability(
          Capability.builder()
              .id("cap-" + i)
              .name("Capability " + i)
              .addObjectiveId("obj-" + (i % objectives))
              .build());
    }
    for (int i = 0; i < quickWins; i++) {
      b.addQuickWin(
          RandomPlans.randomQuickWin(r, year, i, capabilities, objectives, q -> q).build());
    }
    return b.build();
  }
}
