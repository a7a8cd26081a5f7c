package dev.mops.report;

import static java.util.Objects.requireNonNull;

import dev.mops.metrics.Figures;
import dev.mops.metrics.KeyResults;
import dev.mops.metrics.OkrScore;
import dev.mops.metrics.Okrs;
import dev.mops.metrics.PlanMetrics;
import dev.mops.metrics.Progress;
import dev.mops.metrics.QuickWinDelivery;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.TimeStatus;
import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.KeyResult;
import dev.mops.model.Kpi;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Stakeholder;
import dev.mops.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The monthly stakeholder update ("a monthly email or one-pager"): for each stakeholder objective,
 * the quick wins launched in the month and what they build, next month's planned quick wins and the
 * progress of each capability; then the KPIs against their targets, the OKR scores with their
 * time-based status, and quick-win delivery so far, with a Mermaid gantt of the quick wins and
 * capability build-outs (a {@code mermaid} code block, since 0.2). Everything is as of the last day
 * of the month. The same update renders as an HTML page with charts ({@link #toHtml()}).
 *
 * <p>It is rendered from the plan's {@linkplain Plan#publicView() public view} only, so internal
 * goals, work items, notes and anything marked internal never appear. The Markdown is
 * deterministic: the same plan and month give the same text.
 *
 * <pre>{@code
 * String markdown = MonthlyUpdate.of(plan, YearMonth.of(2027, 3)).toMarkdown();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MonthlyUpdate {
  private final YearMonth month;
  private final String markdown;
  private final List<Chart> charts;

  private MonthlyUpdate(YearMonth month, String markdown, List<Chart> charts) {
    this.month = month;
    this.markdown = markdown;
    this.charts = charts;
  }

  /**
   * The update of {@code plan} for {@code month}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static MonthlyUpdate of(Plan plan, YearMonth month) {
    requireNonNull(plan, "plan");
    requireNonNull(month, "month");
    Plan view = plan.publicView();
    return new MonthlyUpdate(month, render(view, month), Charts.monthly(view, month));
  }

  /** The month reported on. */
  public YearMonth month() {
    return month;
  }

  /** The day the figures are taken on: the last day of the month. */
  public LocalDate asOf() {
    return month.atEndOfMonth();
  }

  /** The update as Markdown, ending with a newline. */
  public String toMarkdown() {
    return markdown;
  }

  /**
   * The charts of the update, drawn from the same public view and figures as its text: quick wins
   * planned and launched by month (misses and the streak marked), key-result progress against the
   * grade bands with the time elapsed, key-result check-ins by month (months without one are gaps),
   * and the KPIs against their targets. A chart without data is left out.
   *
   * @since 0.2
   */
  public List<Chart> charts() {
    return charts;
  }

  /**
   * The update as one self-contained HTML page, ending with a newline: the {@linkplain #charts()
   * charts} as inline SVG with their descriptions, then the same text as {@link #toMarkdown()}.
   * Inline CSS, no script, no request to the network; it prints on one A4 or Letter page and reads
   * on a phone. Plan text is escaped.
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

  private static String render(Plan plan, YearMonth month) {
    LocalDate asOf = month.atEndOfMonth();
    YearMonth next = month.plusMonths(1);
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(Markdown.text(plan.name()))
        .append(": stakeholder update, ")
        .append(Markdown.month(month))
        .append("\n\n");
    md.append(plan.team().map(t -> Markdown.text(t) + " · ").orElse(""))
        .append("as of ")
        .append(asOf)
        .append("\n");
    for (Objective objective : plan.objectives()) {
      objective(md, plan, objective, month, next);
    }
    kpis(md, plan, asOf);
    okrs(md, plan, asOf);
    QuickWinDelivery delivery = PlanMetrics.quickWinDelivery(plan, asOf);
    md.append("\n## Quick-win delivery\n\n");
    md.append(Figures.percent(delivery.overall()))
        .append(" of the quick wins planned up to ")
        .append(Markdown.month(month))
        .append(" launched (")
        .append(Figures.inputs(delivery.overall()))
        .append("); ")
        .append(Figures.count(delivery.currentStreak(), "month", "months"))
        .append(" in a row with a launch.\n");
    String gantt = Mermaid.gantt(plan, month);
    if (!gantt.isEmpty()) {
      md.append('\n').append(gantt);
    }
    return md.toString();
  }

  private static void objective(
      StringBuilder md, Plan plan, Objective objective, YearMonth month, YearMonth next) {
    md.append("\n## ").append(Markdown.text(objective.title())).append("\n\n");
    List<Stakeholder> who = plan.stakeholdersOf(objective);
    if (!who.isEmpty()) {
      md.append("For ")
          .append(who.stream().map(s -> Markdown.text(s.name())).collect(Collectors.joining(", ")))
          .append(".");
    }
    objective
        .target()
        .ifPresent(
            t -> md.append(who.isEmpty() ? "" : " ").append(target(t, month.atEndOfMonth())));
    if (!who.isEmpty() || objective.target().isPresent()) {
      md.append("\n");
    }
    objective
        .longTermVision()
        .ifPresent(
            v ->
                md.append(who.isEmpty() && objective.target().isEmpty() ? "" : "\n")
                    .append("Long-term vision: ")
                    .append(Markdown.text(v))
                    .append(".\n"));
    List<QuickWin> wins = plan.quickWinsOf(objective);
    md.append("\n**Launched in ").append(Markdown.month(month)).append("**\n\n");
    List<QuickWin> launched =
        wins.stream()
            .filter(q -> q.launchedOn().filter(d -> YearMonth.from(d).equals(month)).isPresent())
            .toList();
    if (launched.isEmpty()) {
      md.append("- No quick win launched this month.\n");
    }
    for (QuickWin q : launched) {
      md.append("- ")
          .append(Markdown.text(q.title()))
          .append(", launched ")
          .append(q.launchedOn().get())
          .append(builds(plan, q))
          .append(
              plan.buildsOn(q)
                  .map(b -> "; builds on “" + Markdown.text(b.title()) + "”")
                  .orElse(""))
          .append("\n");
    }
    List<QuickWin> missed =
        wins.stream()
            .filter(
                q ->
                    q.plannedMonth().equals(month)
                        && q.status() != QuickWinStatus.CANCELLED
                        && q.launchedOn().filter(d -> !d.isAfter(month.atEndOfMonth())).isEmpty())
            .toList();
    if (!missed.isEmpty()) {
      md.append("\n**Planned for ").append(Markdown.month(month)).append(" and not launched**\n\n");
      for (QuickWin q : missed) {
        md.append("- ")
            .append(Markdown.text(q.title()))
            .append(q.outcomeNote().map(n -> ": " + Markdown.text(n)).orElse(""))
            .append("\n");
      }
    }
    md.append("\n**Planned for ").append(Markdown.month(next)).append("**\n\n");
    List<QuickWin> upcoming =
        wins.stream()
            .filter(
                q ->
                    q.plannedMonth().equals(next)
                        && q.status() != QuickWinStatus.CANCELLED
                        && q.launchedOn().filter(d -> !d.isAfter(month.atEndOfMonth())).isEmpty())
            .toList();
    if (upcoming.isEmpty()) {
      md.append("- Nothing planned yet.\n");
    }
    for (QuickWin q : upcoming) {
      md.append("- ").append(Markdown.text(q.title())).append(builds(plan, q)).append("\n");
    }
    List<Capability> capabilities = plan.capabilitiesOf(objective);
    if (!capabilities.isEmpty()) {
      md.append("\n| Capability | Quick wins launched |\n|---|---|\n");
      for (Capability c : capabilities) {
        List<QuickWin> planned =
            plan.quickWinsOf(c).stream()
                .filter(q -> q.status() != QuickWinStatus.CANCELLED)
                .toList();
        long done =
            planned.stream()
                .filter(
                    q -> q.launchedOn().filter(d -> !d.isAfter(month.atEndOfMonth())).isPresent())
                .count();
        Ratio progress = Ratio.of(done, planned.size());
        md.append("| ")
            .append(Markdown.cell(c.name()))
            .append(" | ")
            .append(done)
            .append(" of ")
            .append(planned.size())
            .append(progress.isDefined() ? " (" + Figures.percent(progress) + ")" : "")
            .append(" |\n");
      }
    }
  }

  private static String builds(Plan plan, QuickWin q) {
    List<Capability> caps = plan.capabilitiesOf(q);
    return caps.isEmpty()
        ? ""
        : ", building "
            + caps.stream().map(c -> Markdown.text(c.name())).collect(Collectors.joining(", "));
  }

  private static String target(Target t, LocalDate asOf) {
    StringBuilder b = new StringBuilder("Target: ").append(Markdown.text(t.metric()));
    t.baseline().ifPresent(base -> b.append(" from ").append(Markdown.amount(base, t.unit())));
    b.append(
            t.direction().isMovement()
                ? " to "
                : t.direction() == Direction.AT_OR_ABOVE ? " at or above " : " at or below ")
        .append(Markdown.amount(t.value(), t.unit()));
    t.due().ifPresent(d -> b.append(" by ").append(d));
    t.latestOn(asOf)
        .ifPresent(
            o ->
                b.append("; latest ")
                    .append(Markdown.amount(o.value(), t.unit()))
                    .append(" on ")
                    .append(o.on()));
    return b.append(".").toString();
  }

  private static void kpis(StringBuilder md, Plan plan, LocalDate asOf) {
    if (plan.kpis().isEmpty()) {
      return;
    }
    md.append("\n## KPIs\n\n| KPI | Latest | Target | |\n|---|---|---|---|\n");
    for (Kpi k : plan.kpis()) {
      var latest = k.latestOn(asOf);
      md.append("| ")
          .append(Markdown.cell(k.name()))
          .append(" | ")
          .append(
              latest
                  .map(o -> Markdown.amount(o.value(), k.unit()) + " (" + o.on() + ")")
                  .orElse("no value yet"))
          .append(" | ")
          .append(
              k.targetValue()
                  .map(v -> direction(k.direction()) + Markdown.amount(v, k.unit()))
                  .orElse("no target"))
          .append(" | ")
          .append(kpiStatus(k, latest.orElse(null)))
          .append(" |\n");
    }
  }

  private static String direction(Direction d) {
    return switch (d) {
      case AT_OR_ABOVE, INCREASE -> "at or above ";
      case AT_OR_BELOW, DECREASE -> "at or below ";
    };
  }

  /** {@code on target}, {@code off target}, or empty without a value or a target. */
  static String kpiStatus(Kpi k, @Nullable Observation latest) {
    if (latest == null || k.targetValue().isEmpty()) {
      return "";
    }
    int c = latest.value().compareTo(k.targetValue().get());
    boolean above = k.direction() == Direction.AT_OR_ABOVE || k.direction() == Direction.INCREASE;
    return (above ? c >= 0 : c <= 0) ? "on target" : "off target";
  }

  private static void okrs(StringBuilder md, Plan plan, LocalDate asOf) {
    // the OKRs running during the month
    DateRange monthRange = DateRange.ofMonth(YearMonth.from(asOf));
    List<Okr> active = plan.okrs().stream().filter(o -> o.period().overlaps(monthRange)).toList();
    if (active.isEmpty()) {
      return;
    }
    md.append("\n## OKRs\n");
    for (Okr okr : active) {
      OkrScore score = Okrs.score(okr, asOf);
      TimeStatus status = Okrs.status(okr, asOf);
      md.append("\n### ").append(Markdown.text(okr.title())).append("\n\n");
      md.append("Score ")
          .append(Figures.rate(score.score()))
          .append(score.grade().map(g -> " (" + g + ")").orElse(""));
      status.status().ifPresent(s -> md.append(", ").append(s));
      md.append(", with ")
          .append(Figures.percent(status.elapsed()))
          .append(" of ")
          .append(okr.period())
          .append(" elapsed");
      if (!score.undefinedKeyResults().isEmpty()) {
        md.append("; not yet measured: ").append(String.join(", ", score.undefinedKeyResults()));
      }
      md.append(".\n\n");
      for (KeyResult kr : okr.keyResults()) {
        Progress p = KeyResults.progress(kr, asOf);
        md.append("- ")
            .append(Markdown.text(kr.title()))
            .append(": ")
            .append(p.isDefined() ? Figures.percent(p.score()) : "not measured yet")
            .append("\n");
      }
    }
  }
}
