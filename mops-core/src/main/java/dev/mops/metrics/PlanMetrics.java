package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.WindowGrid;
import dev.mops.core.internal.Work;
import dev.mops.model.DateRange;
import dev.mops.model.Document;
import dev.mops.model.LearningActivity;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.Skill;
import dev.mops.model.TeamMember;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Metrics computed from a plan: quick-win delivery, review adherence, documentation freshness and
 * development time. The as-of date is always passed explicitly.
 *
 * <pre>{@code
 * PlanMetrics.quickWinDelivery(plan, LocalDate.of(2027, 4, 30)).overall();   // 75% (3 of 4)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlanMetrics {
  private PlanMetrics() {}

  /**
   * Quick-win delivery as of {@code asOf}: launched ÷ planned per planned month (cancelled wins
   * left out; launches after {@code asOf} not counted) and the monthly launch streaks.
   *
   * @throws NullPointerException if an argument is null
   */
  public static QuickWinDelivery quickWinDelivery(Plan plan, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    YearMonth last = YearMonth.from(asOf);
    Map<YearMonth, long[]> counts = new TreeMap<>();
    TreeSet<YearMonth> launchMonths = new TreeSet<>();
    for (QuickWin q : plan.quickWins()) {
      boolean launched = q.launchedOn().filter(d -> !d.isAfter(asOf)).isPresent();
      if (launched) {
        launchMonths.add(YearMonth.from(q.launchedOn().get()));
      }
      if (q.status() == QuickWinStatus.CANCELLED || q.plannedMonth().isAfter(last)) {
        continue;
      }
      long[] c = counts.computeIfAbsent(q.plannedMonth(), m -> new long[2]);
      c[1]++;
      if (launched) {
        c[0]++;
      }
    }
    Map<YearMonth, Ratio> byMonth = new LinkedHashMap<>();
    long launched = 0;
    long planned = 0;
    for (Map.Entry<YearMonth, long[]> e : counts.entrySet()) {
      byMonth.put(e.getKey(), Ratio.of(e.getValue()[0], e.getValue()[1]));
      launched += e.getValue()[0];
      planned += e.getValue()[1];
    }
    int longest = 0;
    int run = 0;
    YearMonth previous = null;
    for (YearMonth m : launchMonths) {
      run = previous != null && previous.plusMonths(1).equals(m) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = m;
    }
    // the current month counts once it has a launch or is over; until then the streak may go on
    boolean monthOver = asOf.equals(last.atEndOfMonth());
    YearMonth end = launchMonths.contains(last) || monthOver ? last : last.minusMonths(1);
    int current = 0;
    for (YearMonth m = end; launchMonths.contains(m); m = m.minusMonths(1)) {
      current++;
    }
    return new QuickWinDelivery(
        asOf,
        TimeSeries.of("quick-win delivery", byMonth),
        Ratio.of(launched, planned),
        current,
        longest,
        new ArrayList<>(launchMonths));
  }

  /**
   * Review adherence of every cadence of the plan as of {@code asOf}, in cadence order; windows are
   * those of {@link ReviewCadence#windows} over the plan's period. Costs O(r log r) for r reviews
   * plus a constant per cadence, however many windows the period holds.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<ReviewAdherence> reviewAdherence(Plan plan, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    Map<String, List<Review>> byCadence = new HashMap<>();
    for (Review r : plan.reviews()) {
      byCadence.computeIfAbsent(r.cadenceId(), k -> new ArrayList<>()).add(r);
    }
    List<ReviewAdherence> out = new ArrayList<>();
    for (ReviewCadence c : plan.reviewCadences()) {
      out.add(reviewAdherence(plan, c, byCadence.getOrDefault(c.id(), List.of()), asOf));
    }
    return List.copyOf(out);
  }

  /**
   * Review adherence of one cadence as of {@code asOf}; see {@link ReviewAdherence} for when a
   * window is due and when it counts as held.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ReviewAdherence reviewAdherence(Plan plan, ReviewCadence cadence, LocalDate asOf) {
    requireNonNull(plan, "plan");
    return reviewAdherence(plan, cadence, plan.reviews(), asOf);
  }

  /**
   * Review adherence of one cadence of {@code plan} as of {@code asOf}, judged on {@code reviews}
   * (for instance the plan's reviews plus a log kept outside the plan) instead of the plan's own.
   *
   * <p>A review counts for the cadence its {@link dev.mops.model.Review#cadenceId() cadence id}
   * names by the plan's look-up rule ({@link Plan#find(String)}): when the plan holds another
   * element with the cadence's id before it (a duplicate id), the reviews belong to that element
   * and this cadence has none. Windows are counted arithmetically, so the cost is O(r log r) for
   * the r reviews given, whatever the period.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ReviewAdherence reviewAdherence(
      Plan plan, ReviewCadence cadence, List<Review> reviews, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(cadence, "cadence");
    requireNonNull(reviews, "reviews");
    requireNonNull(asOf, "asOf");
    int grace = cadence.graceDays();
    WindowGrid grid =
        WindowGrid.of(
            cadence.startsOn().orElse(plan.period().start()),
            cadence.frequency(),
            plan.period(),
            plan.fiscalYearStart());
    boolean owner =
        plan.find(cadence.id()).map(e -> e == cadence || e.equals(cadence)).orElse(true);
    List<long[]> held = new ArrayList<>();
    if (owner) {
      for (Review r : reviews) {
        Work.add(1);
        if (r.cadenceId().equals(cadence.id()) && !r.heldOn().isAfter(asOf)) {
          held.add(grid.enclosing(r.covers(), grace));
        }
      }
    }
    long due = grid.countEndingBy(asOf.toEpochDay() - grace);
    return new ReviewAdherence(cadence.id(), cadence.name(), asOf, grid, due, held);
  }

  /**
   * Documentation freshness as of {@code asOf}: a document is fresh when it was written and its
   * last review (or writing) plus its review schedule is on or after {@code asOf}; one without a
   * schedule is fresh once written; one never written is stale.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DocumentationFreshness documentationFreshness(Plan plan, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    List<String> stale = new ArrayList<>();
    for (Document d : plan.documents()) {
      if (!d.isCurrentOn(asOf)) {
        stale.add(d.id());
      }
    }
    return new DocumentationFreshness(asOf, plan.documents().size(), stale);
  }

  /**
   * Development time in a fiscal quarter of the plan: learning activities per active member (zeros
   * included) and the listed skills with at least one activity in the quarter. Only activities of
   * active team members count.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DevelopmentTime developmentTime(Plan plan, Quarter quarter) {
    requireNonNull(plan, "plan");
    requireNonNull(quarter, "quarter");
    DateRange range = quarter.range(plan.fiscalYearStart());
    Map<String, Long> byMember = new LinkedHashMap<>();
    for (TeamMember m : plan.teamMembers()) {
      if (m.active()) {
        byMember.putIfAbsent(m.id(), 0L);
      }
    }
    Set<String> practised = new HashSet<>();
    for (LearningActivity a : plan.learningActivities()) {
      if (range.contains(a.on()) && byMember.containsKey(a.memberId())) {
        byMember.merge(a.memberId(), 1L, Long::sum);
        practised.addAll(a.skillIds());
      }
    }
    List<String> without = new ArrayList<>();
    for (Skill s : plan.skills()) {
      if (!practised.contains(s.id())) {
        without.add(s.id());
      }
    }
    return new DevelopmentTime(quarter, byMember, plan.skills().size(), without);
  }
}
