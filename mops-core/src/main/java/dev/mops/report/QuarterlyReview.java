package dev.mops.report;

import static java.util.Objects.requireNonNull;

import dev.mops.check.CheckReport;
import dev.mops.check.ElementPath;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.check.RuleSet;
import dev.mops.check.Wording;
import dev.mops.metrics.DevelopmentTime;
import dev.mops.metrics.DocumentationFreshness;
import dev.mops.metrics.Figures;
import dev.mops.metrics.PlanMetrics;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.WorkMetrics;
import dev.mops.metrics.WorkShare;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.Lifecycle;
import dev.mops.model.Observation;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.WorkItem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The quarterly review of the team's internal goals ("what success looks like" and "how do we know
 * we've achieved this"), seen only by the MOps team. For each internal goal: its owner; each
 * success indicator judged as of the last day of the quarter (a measured value against its target,
 * met or not, with its trend over the quarter; a checklist with the items done and still open; an
 * observation in words); and the checker's findings about the goal, its indicators and their items.
 * Then the team-level numbers behind the goals, where the plan has the data: the urgent and ad-hoc
 * shares of the work created in the quarter by hours, documentation freshness and development time.
 *
 * <p>The quarter is a fiscal quarter of the plan ({@link Plan#fiscalYearStart()}). The review is
 * rendered from the whole plan, internal elements included, so it is not for stakeholders. The
 * Markdown is deterministic: the same plan and quarter give the same text.
 *
 * <p>The findings are the caller's: pass the {@link CheckReport} of your own check (with your
 * rules, as of {@link #asOf(Plan, Quarter)}), or the {@link RuleSet} to check with.
 *
 * <pre>{@code
 * String markdown = QuarterlyReview.of(plan, Quarter.parse("2027-Q1"), rules).toMarkdown();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QuarterlyReview {
  private final Quarter quarter;
  private final DateRange range;
  private final String markdown;
  private final List<Chart> charts;

  private QuarterlyReview(Quarter quarter, DateRange range, String markdown, List<Chart> charts) {
    this.quarter = quarter;
    this.range = range;
    this.markdown = markdown;
    this.charts = charts;
  }

  /**
   * The review of {@code plan}'s internal goals for the fiscal {@code quarter}, with the findings
   * of {@code report} about each goal, its indicators and their items. The report is the caller's
   * check of the same plan, normally as of the quarter's last day ({@link #asOf(Plan, Quarter)})
   * with the caller's rules; the review shows its findings as they are.
   *
   * <pre>{@code
   * LocalDate asOf = QuarterlyReview.asOf(plan, quarter);
   * CheckReport report = PlanChecker.of(rules).check(plan, asOf);
   * String markdown = QuarterlyReview.of(plan, quarter, report).toMarkdown();
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code report} is the check of another plan (its {@link
   *     CheckReport#planId()} is not {@code plan}'s id)
   */
  public static QuarterlyReview of(Plan plan, Quarter quarter, CheckReport report) {
    requireNonNull(plan, "plan");
    requireNonNull(quarter, "quarter");
    requireNonNull(report, "report");
    if (!report.planId().equals(plan.id())) {
      throw new IllegalArgumentException(
          "report is the check of plan "
              + Wording.quote(report.planId())
              + ", not of "
              + Wording.quote(plan.id()));
    }
    DateRange range = quarter.range(plan.fiscalYearStart());
    return new QuarterlyReview(
        quarter, range, render(plan, quarter, range, report), Charts.quarterly(plan, range));
  }

  /**
   * The review of {@code plan}'s internal goals for the fiscal {@code quarter}, with the findings
   * of {@code rules} as of the quarter's last day: {@link #of(Plan, Quarter, CheckReport)} over
   * {@code PlanChecker.of(rules).check(plan, asOf(plan, quarter))}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static QuarterlyReview of(Plan plan, Quarter quarter, RuleSet rules) {
    return of(plan, quarter, PlanChecker.of(rules).check(plan, asOf(plan, quarter)));
  }

  /**
   * The review with the findings of the {@linkplain RuleSet#defaults() default rules}: {@link
   * #of(Plan, Quarter, RuleSet)} with {@code RuleSet.defaults()}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static QuarterlyReview of(Plan plan, Quarter quarter) {
    return of(plan, quarter, RuleSet.defaults());
  }

  /**
   * The day a review of {@code plan} for {@code quarter} takes its figures on, and the day its
   * check should be as of: the last day of the fiscal quarter.
   *
   * @throws NullPointerException if an argument is null
   */
  public static LocalDate asOf(Plan plan, Quarter quarter) {
    requireNonNull(plan, "plan");
    return requireNonNull(quarter, "quarter").range(plan.fiscalYearStart()).end();
  }

  /** The fiscal quarter reviewed. */
  public Quarter quarter() {
    return quarter;
  }

  /** The days of the quarter, by the plan's fiscal year. */
  public DateRange range() {
    return range;
  }

  /** The day the figures are taken on: the last day of the quarter. */
  public LocalDate asOf() {
    return range.end();
  }

  /** The review as Markdown, ending with a newline. */
  public String toMarkdown() {
    return markdown;
  }

  /**
   * The charts of the review, drawn from the same plan and figures as its text: the urgent, ad-hoc
   * and vision-serving shares of the work created in each month of the quarter (by hours, with the
   * vision target), and the measured success indicators month by month against their targets
   * (months without an observation are gaps). A chart without data is left out.
   *
   * @since 0.2
   */
  public List<Chart> charts() {
    return charts;
  }

  /**
   * The review as one self-contained HTML page, ending with a newline: the {@linkplain #charts()
   * charts} as inline SVG with their descriptions, then the same text as {@link #toMarkdown()}.
   * Inline CSS, no script, no request to the network. Plan text is escaped. Internal, like the
   * review.
   *
   * @since 0.2
   */
  public String toHtml() {
    return Html.page(charts, markdown);
  }

  /** The Markdown text. */
  @Override
  public String toString() {
    return markdown;
  }

  private static String render(Plan plan, Quarter quarter, DateRange range, CheckReport report) {
    LocalDate asOf = range.end();
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(Markdown.text(plan.name()))
        .append(": internal goals review, ")
        .append(quarter)
        .append("\n\n");
    md.append(plan.team().map(t -> Markdown.text(t) + " · ").orElse(""))
        .append(Markdown.month(YearMonth.from(range.start())))
        .append(" to ")
        .append(Markdown.month(YearMonth.from(range.end())))
        .append(" · as of ")
        .append(asOf)
        .append(" · internal, not for stakeholders\n");
    if (plan.internalGoals().isEmpty()) {
      md.append("\nThe plan has no internal goals.\n");
    }
    for (InternalGoal goal : plan.internalGoals()) {
      goal(md, plan, goal, range, report);
    }
    teamNumbers(md, plan, quarter, range);
    return md.toString();
  }

  private static void goal(
      StringBuilder md, Plan plan, InternalGoal goal, DateRange range, CheckReport report) {
    LocalDate asOf = range.end();
    md.append("\n## ").append(Markdown.text(goal.title())).append("\n\n");
    md.append("Owner: ")
        .append(goal.owner().map(o -> Markdown.text(memberName(plan, o))).orElse("nobody"));
    if (goal.status() != Lifecycle.ACTIVE) {
      md.append(" · status: ").append(goal.status().name().toLowerCase(java.util.Locale.ROOT));
    }
    md.append("\n\n**How do we know**\n\n");
    if (goal.indicators().isEmpty()) {
      md.append("- No indicator yet.\n");
    }
    for (SuccessIndicator ind : goal.indicators()) {
      md.append("- ").append(Markdown.text(ind.description())).append(": ");
      if (ind.kind() == IndicatorKind.MEASURED) {
        measured(md, ind, range);
      } else if (ind.kind() == IndicatorKind.CHECKLIST) {
        checklist(md, ind, asOf);
      } else {
        md.append("observed by the team.\n");
      }
    }
    List<Finding> findings = report.select(f -> concerns(f.path(), goal));
    md.append("\n**Findings**\n\n");
    if (findings.isEmpty()) {
      md.append("- None.\n");
    }
    for (Finding f : findings) {
      md.append("- ")
          .append(f.severity().label())
          .append(" ")
          .append(f.ruleId())
          .append(": ")
          .append(Markdown.text(f.message()))
          .append(f.hint().map(h -> " Hint: " + Markdown.text(h)).orElse(""))
          .append("\n");
    }
  }

  private static void measured(StringBuilder md, SuccessIndicator ind, DateRange range) {
    LocalDate asOf = range.end();
    if (ind.target().isEmpty()) {
      md.append("no target set.\n");
      return;
    }
    Target t = ind.target().get();
    Optional<Observation> latest = t.latestOn(asOf);
    String goal =
        direction(t.direction())
            + Markdown.amount(t.value(), t.unit())
            + t.baseline().map(b -> " from " + Markdown.amount(b, t.unit())).orElse("")
            + t.due().map(d -> " by " + d).orElse("");
    if (latest.isEmpty()) {
      md.append("no value yet; target ").append(goal).append(".\n");
    } else {
      Observation o = latest.get();
      md.append(Markdown.amount(o.value(), t.unit()))
          .append(" on ")
          .append(o.on())
          .append(", target ")
          .append(goal)
          .append(": ")
          .append(met(t, o) ? "met" : "not met")
          .append(".\n");
    }
    @Nullable Observation first = null;
    @Nullable Observation last = null;
    int inRange = 0;
    for (Observation o : t.observations()) {
      if (!range.contains(o.on())) {
        continue;
      }
      inRange++;
      if (first == null || o.on().isBefore(first.on())) {
        first = o;
      }
      if (last == null || !o.on().isBefore(last.on())) {
        last = o;
      }
    }
    md.append("  - This quarter: ");
    if (first == null || last == null) {
      md.append("no observations this quarter.\n");
    } else if (inRange == 1) {
      md.append("one observation, ")
          .append(Markdown.amount(first.value(), t.unit()))
          .append(" on ")
          .append(first.on())
          .append(".\n");
    } else {
      int c = last.value().compareTo(first.value());
      md.append(Markdown.amount(first.value(), t.unit()))
          .append(" on ")
          .append(first.on())
          .append(" → ")
          .append(Markdown.amount(last.value(), t.unit()))
          .append(" on ")
          .append(last.on())
          .append(", ")
          .append(c > 0 ? "up" : c < 0 ? "down" : "flat")
          .append(".\n");
    }
  }

  private static boolean met(Target t, Observation o) {
    int c = o.value().compareTo(t.value());
    return switch (t.direction()) {
      case INCREASE, AT_OR_ABOVE -> c >= 0;
      case DECREASE, AT_OR_BELOW -> c <= 0;
    };
  }

  private static String direction(Direction d) {
    return switch (d) {
      case INCREASE -> "up to ";
      case DECREASE -> "down to ";
      case AT_OR_ABOVE -> "at or above ";
      case AT_OR_BELOW -> "at or below ";
    };
  }

  private static void checklist(StringBuilder md, SuccessIndicator ind, LocalDate asOf) {
    if (ind.items().isEmpty()) {
      md.append("no items listed.\n");
      return;
    }
    List<ChecklistItem> open =
        ind.items().stream()
            .filter(i -> i.doneOn().filter(d -> !d.isAfter(asOf)).isEmpty())
            .toList();
    md.append(ind.items().size() - open.size())
        .append(" of ")
        .append(ind.items().size())
        .append(" done");
    if (open.isEmpty()) {
      md.append(".\n");
    } else {
      md.append("; open: ")
          .append(
              open.stream().map(i -> Markdown.text(i.title())).collect(Collectors.joining(", ")))
          .append(".\n");
    }
  }

  /** Whether the path passes through the goal, one of its indicators or one of their items. */
  static boolean concerns(ElementPath path, InternalGoal goal) {
    Set<String> steps = new HashSet<>();
    steps.add("internalGoals[" + goal.id() + "]");
    for (SuccessIndicator ind : goal.indicators()) {
      steps.add("indicators[" + ind.id() + "]");
      for (ChecklistItem item : ind.items()) {
        steps.add("items[" + item.id() + "]");
      }
    }
    for (int k = 0; k < path.fields().size(); k++) {
      if (steps.contains(path.fields().get(k) + "[" + path.ids().get(k) + "]")) {
        return true;
      }
    }
    return false;
  }

  private static String memberName(Plan plan, String id) {
    return plan.find(id, TeamMember.class).map(TeamMember::name).orElse(id);
  }

  private static void teamNumbers(StringBuilder md, Plan plan, Quarter quarter, DateRange range) {
    List<WorkItem> work =
        plan.workItems().stream().filter(w -> range.contains(w.createdOn())).toList();
    boolean docs = !plan.documents().isEmpty();
    boolean development = !plan.teamMembers().isEmpty() || !plan.skills().isEmpty();
    if (work.isEmpty() && !docs && !development) {
      return;
    }
    md.append("\n## Team numbers for ").append(quarter).append("\n\n");
    if (!work.isEmpty()) {
      md.append("- Urgent work: ")
          .append(share(WorkMetrics.urgentShare(work, WorkUnit.HOURS)))
          .append(" of the work created in the quarter.\n");
      md.append("- Ad-hoc work: ")
          .append(share(WorkMetrics.adHocShare(work, WorkUnit.HOURS)))
          .append(" of the work created in the quarter.\n");
    }
    if (docs) {
      DocumentationFreshness fresh = PlanMetrics.documentationFreshness(plan, range.end());
      md.append("- Documentation: ")
          .append(ratio(fresh.fresh(), "document", "documents"))
          .append(" fresh");
      if (!fresh.stale().isEmpty()) {
        md.append("; stale: ")
            .append(
                fresh.stale().stream()
                    .map(id -> Markdown.text(plan.find(id).map(e -> e.displayName()).orElse(id)))
                    .collect(Collectors.joining(", ")));
      }
      md.append(".\n");
    }
    if (development) {
      DevelopmentTime dev = PlanMetrics.developmentTime(plan, quarter);
      md.append("- Professional development: ")
          .append(Figures.rate(dev.perMember()))
          .append(" learning activities per team member");
      if (!dev.activitiesByMember().isEmpty()) {
        md.append(" (")
            .append(
                dev.activitiesByMember().entrySet().stream()
                    .map(e -> Markdown.text(memberName(plan, e.getKey())) + " " + e.getValue())
                    .collect(Collectors.joining(", ")))
            .append(")");
      }
      md.append("; skills practised: ").append(ratio(dev.skillsPractised(), "skill", "skills"));
      if (!dev.skillsWithoutActivity().isEmpty()) {
        md.append("; no activity for ")
            .append(
                dev.skillsWithoutActivity().stream()
                    .map(id -> Markdown.text(plan.find(id).map(e -> e.displayName()).orElse(id)))
                    .collect(Collectors.joining(", ")));
      }
      md.append(".\n");
    }
  }

  /** {@code 25% by hours (10 of 40 hours; 1 item without hours left out)}. */
  private static String share(WorkShare share) {
    Ratio r = share.share();
    String s =
        Figures.percent(r) + " by " + share.unit() + " (" + Figures.inputs(r) + " " + share.unit();
    if (share.leftOut() > 0) {
      s +=
          "; "
              + Figures.count(share.leftOut(), "item", "items")
              + " without "
              + share.unit()
              + " left out";
    }
    return s + ")";
  }

  /** {@code 50% (1 of 2 documents)}, or {@code undefined (no documents listed)}. */
  private static String ratio(Ratio r, String singular, String plural) {
    if (!r.isDefined()) {
      return Figures.UNDEFINED + " (no " + plural + " listed)";
    }
    long of = r.denominator().longValueExact();
    return Figures.percent(r)
        + " ("
        + Figures.amount(r.numerator())
        + " of "
        + Figures.count(of, singular, plural)
        + ")";
  }
}
