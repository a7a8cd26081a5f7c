package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.core.internal.Work;
import dev.mops.model.Frequency;
import dev.mops.model.Plan;
import dev.mops.testing.TestScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The checker's work is bounded by the document, not by the dates or links it names: proven by
 * counting work ({@link Work}), never by timing. Work is every element read through the check
 * context, every look-up and navigation result, every link followed and every review window
 * computed.
 */
class CheckWorkBoundsTest {
  /** How many rules a default check runs: the bounds below grow with the catalog. */
  static final int RULES = RuleSet.defaults().ids().size();

  /**
   * Work per unit of document size (elements + references) that a check may spend: about one per
   * rule.
   */
  static final double PER_UNIT = 1.2 * RULES;

  /** Work a check may spend on an almost empty plan: every rule starting up. */
  static final long FIXED = 12L * RULES;

  static final class Run {
    final CheckReport report;
    final long work;

    Run(CheckReport report, long work) {
      this.report = report;
      this.work = work;
    }
  }

  static Run check(Plan plan, LocalDate asOf) {
    CheckReport[] out = new CheckReport[1];
    long work = Work.count(() -> out[0] = PlanChecker.defaults().check(plan, asOf));
    assertEquals(List.of(), out[0].failedRules(), () -> out[0].findings().toString());
    return new Run(out[0], work);
  }

  static long textSize(CheckReport report) {
    return report.render().length();
  }

  /**
   * Checks each plan, asserts the work is within a constant of its size, and that the constant does
   * not grow. The sizes are scaled by {@link TestScale}.
   */
  static void bounded(String what, IntFunction<Plan> plans, LocalDate asOf, int... sizes) {
    List<String> rows = new ArrayList<>();
    double firstPerUnit = -1;
    for (int fullSize : sizes) {
      int n = TestScale.size(fullSize);
      Plan plan = plans.apply(n);
      long size = HostilePlans.size(plan);
      Run run = check(plan, asOf);
      double perUnit = (double) run.work / size;
      double charsPerUnit = (double) textSize(run.report) / size;
      rows.add(
          String.format(
              Locale.ROOT,
              "%s n=%d size=%d work=%d work/size=%.1f chars/size=%.1f findings=%d",
              what,
              n,
              size,
              run.work,
              perUnit,
              charsPerUnit,
              run.report.findings().size()));
      assertTrue(run.work <= FIXED + PER_UNIT * size, () -> String.join("\n", rows));
      assertTrue(charsPerUnit <= 600, () -> String.join("\n", rows));
      if (firstPerUnit < 0) {
        firstPerUnit = perUnit;
      } else {
        // linear work keeps work per unit flat as the plan grows; n² work would multiply it
        double limit = 1.5 * firstPerUnit + 5;
        assertTrue(perUnit <= limit, () -> String.join("\n", rows));
      }
    }
    System.out.println(String.join("\n", rows));
  }

  @Test
  void workForCopiesOfARandomPlanGrowsNoFasterThanKLogK() {
    int[] ks = {1, 4, 16, 64};
    // at a reduced TestScale the largest copy counts are left out (16 copies still show the growth)
    int most = Math.max(16, TestScale.size(64));
    for (boolean messy : new boolean[] {true, false}) {
      for (long seed : new long[] {1, 7, 42}) {
        int n = 3 + (int) (seed % 4);
        LocalDate asOf = LocalDate.of(2027, 7, 15);
        long one = check(ArbitraryPlans.copies(1, n, seed, messy), asOf).work;
        StringBuilder line =
            new StringBuilder(
                String.format(Locale.ROOT, "copies messy=%s seed=%d work(1)=%d", messy, seed, one));
        for (int k : ks) {
          if (k == 1 || k > most) {
            continue;
          }
          Plan plan = ArbitraryPlans.copies(k, n, seed, messy);
          assertTrue(
              plan.duplicateIds().size()
                  <= k * ArbitraryPlans.plan(n, seed, messy).duplicateIds().size(),
              "copies share no id");
          long work = check(plan, asOf).work;
          double factor = (double) work / one;
          double bound = k * (Math.log(k + 1) / Math.log(2));
          line.append(String.format(Locale.ROOT, " k=%d:%.1f(bound %.0f)", k, factor, bound));
          String text = line.toString();
          assertTrue(factor <= bound, text);
        }
        System.out.println(line);
      }
    }
  }

  @Test
  void okrRingsOfEveryShape() {
    LocalDate asOf = LocalDate.of(2027, 7, 15);
    bounded("one ring", HostilePlans::ring, asOf, 500, 2000, 8000);
    bounded("rings of 2", n -> HostilePlans.rings(n, 2), asOf, 500, 2000, 8000);
    bounded("self-loops", n -> HostilePlans.rings(n, 1), asOf, 500, 2000, 8000);
    bounded("rings of 50", n -> HostilePlans.rings(n, 50), asOf, 500, 2000, 8000);
    bounded("rho", n -> HostilePlans.rho(n / 2, n - n / 2, n), asOf, 500, 2000, 8000);
    bounded("long tail", n -> HostilePlans.rho(n - 3, 3, n), asOf, 500, 2000, 8000);
  }

  @Test
  void okrChainsAndForests() {
    LocalDate asOf = LocalDate.of(2027, 7, 15);
    bounded("chain", n -> HostilePlans.chain(n, false), asOf, 500, 2000, 8000);
    bounded("aligned chain", n -> HostilePlans.chain(n, true), asOf, 500, 2000, 8000);
    bounded("forest", n -> HostilePlans.forest(n, n), asOf, 500, 2000, 8000);
  }

  @Test
  void cadencesOverTenThousandYears() {
    LocalDate asOf = HostilePlans.END_OF_AGES;
    bounded(
        "daily", n -> HostilePlans.cadences(n, Frequency.everyDays(1), 0, 0, n), asOf, 1, 10, 40);
    bounded(
        "daily with reviews",
        n -> HostilePlans.cadences(n, Frequency.everyDays(1), 20, 3, n),
        asOf,
        1,
        10,
        40);
    bounded(
        "weekly with reviews",
        n -> HostilePlans.cadences(n, Frequency.weekly(), 50, 0, n),
        asOf,
        1,
        10,
        40);
    bounded(
        "monthly with reviews",
        n -> HostilePlans.cadences(n, Frequency.monthly(), 50, 1, n),
        asOf,
        1,
        10,
        40);
    bounded(
        "every 7 months",
        n -> HostilePlans.cadences(n, Frequency.everyMonths(7), 50, 0, n),
        asOf,
        1,
        10,
        40);
  }

  @Test
  void aDailyCadenceOverTheAgesGivesOneFindingThatCountsAndNamesTheLatest() {
    Plan plan = HostilePlans.cadences(3, Frequency.everyDays(1), 0, 0, 1);
    Run run = check(plan, HostilePlans.END_OF_AGES);
    List<Finding> overdue = run.report.withRule("review-overdue");
    assertEquals(3, overdue.size());
    long days = HostilePlans.AGES.days();
    String message = overdue.get(0).message();
    assertTrue(message.contains(days + " of " + days + " due reviews were not held"), message);
    assertTrue(
        message.contains(
            "the latest 9999-12-29, 9999-12-30 and 9999-12-31, and " + (days - 3) + " earlier"),
        message);
    assertTrue(message.length() < 400, message);
  }

  @Test
  void sprintsSpanningCenturiesAndSprintsSharingAMonth() {
    LocalDate asOf = LocalDate.of(2027, 7, 15);
    bounded("centuries", n -> HostilePlans.centuries(n, n), asOf, 100, 400, 1600);
    bounded("same month", n -> HostilePlans.sameMonth(n, false), asOf, 250, 1000, 4000);
    bounded("same month, cancelled", n -> HostilePlans.sameMonth(n, true), asOf, 250, 1000, 4000);
  }

  @Test
  void sharedLinksAndIds() {
    bounded("shared", HostilePlans::shared, LocalDate.of(2027, 7, 15), 250, 1000, 4000);
    bounded("skills over the ages", HostilePlans::skills, HostilePlans.END_OF_AGES, 10, 100, 1000);
  }

  @Test
  void aChainOfFourThousandOkrsGivesAReportLinearInTheChain() {
    long small =
        textSize(
            check(HostilePlans.chain(TestScale.size(1000), false), LocalDate.of(2027, 7, 15))
                .report);
    Plan plan = HostilePlans.chain(TestScale.size(4000), false);
    CheckReport report = check(plan, LocalDate.of(2027, 7, 15)).report;
    long large = textSize(report);
    // every MOps OKR is reported once, and each message names at most three ancestors
    assertEquals(TestScale.size(4000), report.withRule("okr-without-parent").size());
    for (Finding f : report.withRule("okr-without-parent")) {
      assertTrue(f.message().length() < 400, f.message());
    }
    assertTrue(
        report.withRule("okr-without-parent").get(0).message().contains("more)"),
        report.findings().get(0)::message);
    assertTrue(large <= 4.2 * small, small + " then " + large);
    assertTrue(large <= 1000L * HostilePlans.size(plan), () -> large + " characters");
  }
}
