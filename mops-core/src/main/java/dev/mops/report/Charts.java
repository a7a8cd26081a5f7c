package dev.mops.report;

import dev.mops.metrics.Figures;
import dev.mops.metrics.KeyResults;
import dev.mops.metrics.OkrScore;
import dev.mops.metrics.Okrs;
import dev.mops.metrics.PlanMetrics;
import dev.mops.metrics.Progress;
import dev.mops.metrics.QuickWinDelivery;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.TimeStatus;
import dev.mops.metrics.VisionFocus;
import dev.mops.metrics.WorkMetrics;
import dev.mops.metrics.WorkMix;
import dev.mops.metrics.WorkShare;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.CheckIn;
import dev.mops.model.DateRange;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.Kpi;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The charts of the reports, each built from the same plan and metrics as the report's text, as
 * hand-written SVG (see {@link Svg}). Every bar carries its number as text, every colour comes with
 * a pattern, a symbol or a label, and undefined values are drawn as gaps with a word, never as 0.
 */
final class Charts {
  private Charts() {}

  /** At most this many months on the quick-win timeline: the last ones up to next month. */
  private static final int MONTHS = 12;

  /** At most this many rows (key results, KPIs, indicators) in one chart. */
  private static final int ROWS = 16;

  private static final double LEFT = 10;
  private static final double RIGHT = Svg.WIDTH - 64;

  /** The charts of the monthly update of {@code plan} (already its public view). */
  static List<Chart> monthly(Plan plan, YearMonth month) {
    List<Chart> charts = new ArrayList<>();
    LocalDate asOf = month.atEndOfMonth();
    quickWins(plan, month).ifPresent(charts::add);
    DateRange monthRange = DateRange.ofMonth(month);
    List<Okr> active = plan.okrs().stream().filter(o -> o.period().overlaps(monthRange)).toList();
    if (!active.isEmpty()) {
      charts.add(okrs(active, asOf));
      keyResultTrends(active, month).ifPresent(charts::add);
    }
    if (!plan.kpis().isEmpty()) {
      charts.add(kpis(plan.kpis(), asOf));
    }
    return List.copyOf(charts);
  }

  /** The charts of the quarterly review of {@code plan} (the whole plan) over {@code range}. */
  static List<Chart> quarterly(Plan plan, DateRange range) {
    List<Chart> charts = new ArrayList<>();
    List<WorkItem> work =
        plan.workItems().stream().filter(w -> range.contains(w.createdOn())).toList();
    if (!work.isEmpty()) {
      charts.add(workShares(WorkMetrics.mix(work), range));
    }
    indicatorTrends(plan.internalGoals(), range).ifPresent(charts::add);
    return List.copyOf(charts);
  }

  // ---------------------------------------------------------------- quick wins

  private static Optional<Chart> quickWins(Plan plan, YearMonth month) {
    YearMonth next = month.plusMonths(1);
    QuickWinDelivery delivery = PlanMetrics.quickWinDelivery(plan, month.atEndOfMonth());
    long plannedNext =
        plan.quickWins().stream()
            .filter(q -> q.plannedMonth().equals(next) && q.status() != QuickWinStatus.CANCELLED)
            .filter(q -> q.launchedOn().filter(d -> !d.isAfter(month.atEndOfMonth())).isEmpty())
            .count();
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m : delivery.byPlannedMonth().periods()) {
      if (!m.isBefore(next.minusMonths(MONTHS - 1))) {
        months.add(m);
      }
    }
    if (months.isEmpty() && plannedNext == 0) {
      return Optional.empty();
    }
    // every month from the first shown to next month, so a month without plans is visible too
    YearMonth first = months.isEmpty() ? next : months.get(0);
    List<YearMonth> all = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(next); m = m.plusMonths(1)) {
      all.add(m);
    }
    String title = "Quick wins by month";
    String description =
        "Quick wins planned and launched per planned month up to "
            + Markdown.month(month)
            + ", and planned for "
            + Markdown.month(next)
            + ": "
            + Figures.percent(delivery.overall())
            + " launched ("
            + Figures.inputs(delivery.overall())
            + "); "
            + Figures.count(delivery.currentStreak(), "month", "months")
            + " in a row with a launch.";
    Svg svg = new Svg("quick-wins", title, description);
    svg.text(LEFT, 16, title, "start", "b");
    svg.text(
        Svg.WIDTH - LEFT,
        16,
        "streak: " + Figures.count(delivery.currentStreak(), "month", "months"),
        "end",
        "");
    // legend
    svg.rect(LEFT, 26, 12, 10, svg.hatch(), Svg.INK).text(LEFT + 16, 35, "planned", "start", "");
    svg.rect(LEFT + 80, 26, 12, 10, Svg.BLUE, "").text(LEFT + 96, 35, "launched", "start", "");
    svg.text(LEFT + 170, 35, "✕ missed", "start", Svg.VERMILLION);
    long max = plannedNext;
    for (YearMonth m : months) {
      Ratio r = delivery.byPlannedMonth().get(m).orElseThrow();
      max = Math.max(max, r.denominator().longValue());
    }
    max = Math.max(max, 1);
    double top = 56;
    double base = 150;
    double slot = (Svg.WIDTH - 2 * LEFT) / all.size();
    double bar = Math.min(22, slot * 0.36);
    svg.line(LEFT, base, Svg.WIDTH - LEFT, base, Svg.GREY, false);
    for (int i = 0; i < all.size(); i++) {
      YearMonth m = all.get(i);
      double cx = LEFT + slot * i + slot / 2;
      long planned;
      long launched;
      boolean future = m.equals(next);
      if (future) {
        planned = plannedNext;
        launched = 0;
      } else {
        Optional<Ratio> r = delivery.byPlannedMonth().get(m);
        planned = r.map(x -> x.denominator().longValue()).orElse(0L);
        launched = r.map(x -> x.numerator().longValue()).orElse(0L);
      }
      double hp = (base - top) * planned / max;
      double hl = (base - top) * launched / max;
      svg.rect(cx - bar - 1, base - hp, bar, hp, svg.hatch(), Svg.INK);
      svg.text(cx - bar / 2 - 1, base - hp - 3, Long.toString(planned), "middle", "");
      if (!future) {
        svg.rect(cx + 1, base - hl, bar, hl, Svg.BLUE, "");
        svg.text(cx + bar / 2 + 1, base - hl - 3, Long.toString(launched), "middle", "");
      }
      svg.text(cx, base + 14, monthLabel(m, i == 0), "middle", "");
      if (future) {
        svg.text(cx, base + 27, "next", "middle", "s");
      } else if (launched < planned) {
        svg.text(cx, base + 27, "✕ " + (planned - launched) + " missed", "middle", Svg.VERMILLION);
      }
    }
    return Optional.of(
        Chart.of("quick-wins", title, description, svg.height((int) base + 36).build()));
  }

  private static String monthLabel(YearMonth m, boolean first) {
    String name = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return first || m.getMonthValue() == 1 ? name + " " + m.getYear() : name;
  }

  // ---------------------------------------------------------------- OKRs

  private static Chart okrs(List<Okr> active, LocalDate asOf) {
    String title = "OKR progress";
    StringBuilder description =
        new StringBuilder("Key-result progress as of ")
            .append(asOf)
            .append(
                " against the grade bands (red below 0.4, yellow from 0.4, green from 0.7)"
                    + " and the share of each OKR's period elapsed.");
    Svg svg = new Svg("okrs", title, "");
    svg.text(LEFT, 16, title, "start", "b");
    bandLegend(svg, 24);
    double y = 50;
    int rows = 0;
    for (Okr okr : active) {
      if (rows >= ROWS) {
        break;
      }
      OkrScore score = Okrs.score(okr, asOf);
      TimeStatus status = Okrs.status(okr, asOf);
      String head =
          "score "
              + Figures.rate(score.score())
              + score.grade().map(g -> " (" + g + ")").orElse("")
              + status.status().map(s -> ", " + s).orElse("");
      description
          .append(' ')
          .append(okr.title())
          .append(": score ")
          .append(Figures.rate(score.score()))
          .append(score.grade().map(g -> " (" + g + ")").orElse(""))
          .append(status.status().map(s -> ", " + s).orElse(""))
          .append(", ")
          .append(Figures.percent(status.elapsed()))
          .append(" elapsed.");
      svg.text(LEFT, y + 12, Svg.cut(okr.title(), 56), "start", "b");
      svg.text(LEFT, y + 26, head, "start", "");
      y += 32;
      double firstRow = y;
      for (KeyResult kr : okr.keyResults()) {
        if (rows++ >= ROWS) {
          break;
        }
        Progress p = KeyResults.progress(kr, asOf);
        String value = p.isDefined() ? Figures.percent(p.score()) : "not measured yet";
        description.append(' ').append(kr.title()).append(": ").append(value).append('.');
        svg.text(LEFT, y + 11, Svg.cut(kr.title(), 56), "start", "");
        bands(svg, y + 15, 12);
        OptionalDouble v = p.score().value();
        if (v.isPresent()) {
          svg.rect(LEFT, y + 18, (RIGHT - LEFT) * clamp(v.getAsDouble()), 6, Svg.BLUE, "");
        } else {
          svg.text(LEFT + 4, y + 25, "no check-in yet", "start", "s");
        }
        svg.text(RIGHT + 6, y + 25, p.isDefined() ? value : "n/a", "start", "b");
        y += 32;
      }
      OptionalDouble elapsed = status.elapsed().value();
      if (elapsed.isPresent() && y > firstRow) {
        double x = LEFT + (RIGHT - LEFT) * clamp(elapsed.getAsDouble());
        svg.line(x, firstRow + 12, x, y - 2, Svg.INK, true);
        svg.text(
            Math.min(x, RIGHT - 4),
            y + 8,
            "elapsed " + Figures.percent(status.elapsed()),
            "end",
            "s");
        y += 12;
      }
      y += 4;
    }
    return Chart.of(
        "okrs",
        title,
        description.toString(),
        svg.describe(description.toString()).height((int) y + 4).build());
  }

  /** The three grade bands behind a progress bar, each with its pattern or shade. */
  private static void bands(Svg svg, double y, double h) {
    double w = RIGHT - LEFT;
    svg.rect(LEFT, y, w * 0.4, h, "#f6d5c3", "");
    svg.rect(LEFT + w * 0.4, y, w * 0.3, h, "#faf0b8", "");
    svg.rect(LEFT + w * 0.7, y, w * 0.3, h, "#cdebdc", "");
    svg.line(LEFT + w * 0.4, y, LEFT + w * 0.4, y + h, Svg.GREY, false);
    svg.line(LEFT + w * 0.7, y, LEFT + w * 0.7, y + h, Svg.GREY, false);
  }

  private static void bandLegend(Svg svg, double y) {
    double w = RIGHT - LEFT;
    svg.text(LEFT + w * 0.2, y + 10, "red < 0.4", "middle", "s");
    svg.text(LEFT + w * 0.55, y + 10, "yellow 0.4–0.7", "middle", "s");
    svg.text(LEFT + w * 0.85, y + 10, "green ≥ 0.7", "middle", "s");
  }

  // ---------------------------------------------------------------- KPIs

  private static Chart kpis(List<Kpi> kpis, LocalDate asOf) {
    String title = "KPIs against their targets";
    StringBuilder description =
        new StringBuilder("The latest value of each KPI as of ")
            .append(asOf)
            .append(", against its target.");
    Svg svg = new Svg("kpis", title, "");
    svg.text(LEFT, 16, title, "start", "b");
    svg.rect(LEFT, 26, 12, 10, Svg.BLUE, "").text(LEFT + 16, 35, "latest", "start", "");
    svg.line(LEFT + 76, 24, LEFT + 76, 38, Svg.INK, true)
        .text(LEFT + 82, 35, "target", "start", "");
    double y = 44;
    int rows = 0;
    for (Kpi k : kpis) {
      if (rows++ >= ROWS) {
        break;
      }
      Optional<Observation> latest = k.latestOn(asOf);
      String status = MonthlyUpdate.kpiStatus(k, latest.orElse(null));
      String value = latest.map(o -> Figures.amount(o.value(), k.unit())).orElse("no value yet");
      String target =
          k.targetValue().map(t -> "target " + Figures.amount(t, k.unit())).orElse("no target");
      description
          .append(' ')
          .append(k.name())
          .append(": ")
          .append(value)
          .append(", ")
          .append(target)
          .append(status.isEmpty() ? "" : ", " + status)
          .append('.');
      svg.text(LEFT, y + 11, Svg.cut(k.name(), 56), "start", "");
      double lo = 0;
      double hi = 0;
      for (BigDecimal v : valuesOf(latest, k.targetValue())) {
        lo = Math.min(lo, v.doubleValue());
        hi = Math.max(hi, v.doubleValue());
      }
      hi = hi == lo ? lo + 1 : hi + (hi - lo) * 0.15;
      double span = hi - lo;
      svg.rect(LEFT, y + 15, RIGHT - LEFT, 14, "#eeeeee", "");
      if (latest.isPresent()) {
        double x0 = LEFT + (RIGHT - LEFT) * (0 - lo) / span;
        double x1 = LEFT + (RIGHT - LEFT) * (latest.get().value().doubleValue() - lo) / span;
        svg.rect(Math.min(x0, x1), y + 17, Math.abs(x1 - x0), 10, Svg.BLUE, "");
      }
      if (k.targetValue().isPresent()) {
        double xt = LEFT + (RIGHT - LEFT) * (k.targetValue().get().doubleValue() - lo) / span;
        svg.line(xt, y + 12, xt, y + 32, Svg.INK, true);
      }
      String mark = status.equals("on target") ? "✓ " : status.equals("off target") ? "✕ " : "";
      svg.text(RIGHT + 6, y + 26, value, "start", "b");
      svg.text(
          LEFT,
          y + 43,
          target + (status.isEmpty() ? "" : " · " + mark + status),
          "start",
          status.equals("off target") ? Svg.VERMILLION : "s");
      y += 52;
    }
    return Chart.of(
        "kpis",
        title,
        description.toString(),
        svg.describe(description.toString()).height((int) y).build());
  }

  private static List<BigDecimal> valuesOf(
      Optional<Observation> latest, Optional<BigDecimal> target) {
    List<BigDecimal> v = new ArrayList<>();
    latest.ifPresent(o -> v.add(o.value()));
    target.ifPresent(v::add);
    return v;
  }

  // ---------------------------------------------------------------- trends

  /** One line of a trend chart: a label, a value per slot (null: none), and a target. */
  private record Trend(
      String label, List<@Nullable BigDecimal> values, String unit, Optional<BigDecimal> target) {}

  private static Optional<Chart> keyResultTrends(List<Okr> active, YearMonth month) {
    List<Trend> trends = new ArrayList<>();
    List<YearMonth> months = new ArrayList<>();
    YearMonth from = month.minusMonths(MONTHS - 1);
    for (Okr okr : active) {
      YearMonth start = YearMonth.from(okr.period().start());
      if (start.isAfter(from)) {
        from = start;
      }
    }
    for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) {
      months.add(m);
    }
    for (Okr okr : active) {
      for (KeyResult kr : okr.keyResults()) {
        if (kr.checkIns().stream().noneMatch(c -> c.value().isPresent())) {
          continue;
        }
        List<@Nullable BigDecimal> values = new ArrayList<>();
        for (YearMonth m : months) {
          @Nullable BigDecimal last = null;
          LocalDate lastOn = null;
          for (CheckIn c : kr.checkIns()) {
            if (YearMonth.from(c.on()).equals(m)
                && c.value().isPresent()
                && (lastOn == null || !c.on().isBefore(lastOn))) {
              last = c.value().get();
              lastOn = c.on();
            }
          }
          values.add(last);
        }
        trends.add(new Trend(kr.title(), values, kr.unit().orElse(""), kr.target()));
      }
    }
    if (trends.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        trendChart(
            "key-result-trends",
            "Key-result check-ins by month",
            "The latest check-in of each measured key result per month, "
                + Markdown.month(months.get(0))
                + " to "
                + Markdown.month(month)
                + "; a month without a check-in is a gap, not a zero.",
            months,
            trends));
  }

  private static Optional<Chart> indicatorTrends(List<InternalGoal> goals, DateRange range) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(range.start());
        !m.isAfter(YearMonth.from(range.end()));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    List<Trend> trends = new ArrayList<>();
    for (InternalGoal goal : goals) {
      for (SuccessIndicator ind : goal.indicators()) {
        if (ind.kind() != IndicatorKind.MEASURED || ind.target().isEmpty()) {
          continue;
        }
        Target t = ind.target().get();
        List<@Nullable BigDecimal> values = new ArrayList<>();
        boolean any = false;
        for (YearMonth m : months) {
          @Nullable Observation last = null;
          for (Observation o : t.observations()) {
            if (YearMonth.from(o.on()).equals(m)
                && range.contains(o.on())
                && (last == null || !o.on().isBefore(last.on()))) {
              last = o;
            }
          }
          any |= last != null;
          values.add(last == null ? null : last.value());
        }
        if (any) {
          trends.add(new Trend(ind.description(), values, t.unit(), Optional.of(t.value())));
        }
      }
    }
    if (trends.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        trendChart(
            "indicator-trends",
            "Success indicators over the quarter",
            "The latest observation of each measured success indicator per month of "
                + range
                + ", against its target; a month without an observation is a gap.",
            months,
            trends));
  }

  private static Chart trendChart(
      String name, String title, String intro, List<YearMonth> months, List<Trend> trends) {
    StringBuilder description = new StringBuilder(intro);
    Svg svg = new Svg(name, title, "");
    svg.text(LEFT, 16, title, "start", "b");
    svg.line(LEFT, 28, LEFT + 18, 28, Svg.BLUE, false)
        .circle(LEFT + 9, 28, 3, Svg.BLUE)
        .text(LEFT + 24, 32, "value", "start", "");
    svg.line(LEFT + 70, 28, LEFT + 88, 28, Svg.INK, true)
        .text(LEFT + 94, 32, "target", "start", "");
    double y = 40;
    double slot = (RIGHT - LEFT) / months.size();
    int rows = 0;
    for (Trend t : trends) {
      if (rows++ >= ROWS) {
        break;
      }
      svg.text(LEFT, y + 12, Svg.cut(t.label(), 44), "start", "");
      description.append(' ').append(t.label()).append(':');
      double lo = Double.MAX_VALUE;
      double hi = -Double.MAX_VALUE;
      List<BigDecimal> all = new ArrayList<>();
      for (BigDecimal v : t.values()) {
        if (v != null) {
          all.add(v);
        }
      }
      t.target().ifPresent(all::add);
      for (BigDecimal v : all) {
        lo = Math.min(lo, v.doubleValue());
        hi = Math.max(hi, v.doubleValue());
      }
      if (hi - lo < 1e-12) {
        hi = lo + 1;
        lo = lo - 1;
      }
      double top = y + 22;
      double h = 36;
      double fLo = lo;
      double fHi = hi;
      java.util.function.DoubleUnaryOperator yOf = v -> top + h - h * (v - fLo) / (fHi - fLo);
      svg.rect(LEFT, top - 4, RIGHT - LEFT, h + 8, "#f4f4f4", "");
      if (t.target().isPresent()) {
        double yt = yOf.applyAsDouble(t.target().get().doubleValue());
        svg.line(LEFT, yt, RIGHT, yt, Svg.INK, true);
        svg.text(
            Svg.WIDTH - LEFT,
            y + 12,
            "target " + Figures.amount(t.target().get(), t.unit()),
            "end",
            "s");
      }
      List<Double> run = new ArrayList<>();
      for (int i = 0; i <= t.values().size(); i++) {
        @Nullable BigDecimal v = i < t.values().size() ? t.values().get(i) : null;
        if (v == null) {
          if (run.size() >= 4) {
            double[] xy = new double[run.size()];
            for (int k = 0; k < xy.length; k++) {
              xy[k] = run.get(k);
            }
            svg.polyline(xy, Svg.BLUE);
          }
          run.clear();
          if (i < t.values().size()) {
            svg.text(LEFT + slot * i + slot / 2, top + h / 2 + 4, "–", "middle", "s");
            description.append(' ').append(Markdown.month(months.get(i))).append(" none;");
          }
          continue;
        }
        double x = LEFT + slot * i + slot / 2;
        double yy = yOf.applyAsDouble(v.doubleValue());
        run.add(x);
        run.add(yy);
        svg.circle(x, yy, 3, Svg.BLUE);
        String label = Figures.amount(v, t.unit());
        svg.text(x, yy < top + 12 ? yy + 13 : yy - 5, label, "middle", "s");
        description
            .append(' ')
            .append(Markdown.month(months.get(i)))
            .append(' ')
            .append(label)
            .append(';');
      }
      description.setLength(description.length() - 1);
      description.append('.');
      y = top + h + 6;
      for (int i = 0; i < months.size(); i++) {
        svg.text(
            LEFT + slot * i + slot / 2, y + 8, monthLabel(months.get(i), i == 0), "middle", "s");
      }
      y += 16;
    }
    return Chart.of(
        name,
        title,
        description.toString(),
        svg.describe(description.toString()).height((int) y + 4).build());
  }

  // ---------------------------------------------------------------- work shares

  private static Chart workShares(WorkMix mix, DateRange range) {
    String title = "Urgent, ad-hoc and vision work by month";
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(range.start());
        !m.isAfter(YearMonth.from(range.end()));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    var urgent = mix.urgentShareByMonth(WorkUnit.HOURS);
    var adHoc = mix.adHocShareByMonth(WorkUnit.HOURS);
    var vision = mix.visionFocusByMonth(WorkUnit.HOURS);
    StringBuilder description =
        new StringBuilder(
            "Shares of the hours of the work created each month of "
                + range
                + ": urgent, ad hoc, and serving the vision (target "
                + Figures.percent(VisionFocus.DEFAULT_TARGET)
                + ").");
    Svg svg = new Svg("work-shares", title, "");
    svg.text(LEFT, 16, title, "start", "b");
    svg.rect(LEFT, 26, 12, 10, Svg.VERMILLION, "").text(LEFT + 16, 35, "urgent", "start", "");
    svg.rect(LEFT + 72, 26, 12, 10, svg.hatch(), Svg.INK)
        .text(LEFT + 88, 35, "ad hoc", "start", "");
    svg.rect(LEFT + 144, 26, 12, 10, svg.dots(), "").text(LEFT + 160, 35, "vision", "start", "");
    svg.line(LEFT + 212, 31, LEFT + 228, 31, Svg.INK, true)
        .text(LEFT + 232, 35, "vision target", "start", "");
    double left = LEFT + 60;
    double width = RIGHT - left;
    double y = 46;
    double vt = left + width * VisionFocus.DEFAULT_TARGET.doubleValue();
    double first = y;
    String[] names = {"urgent", "ad hoc", "vision"};
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      Ratio[] shares = {
        urgent.get(m).map(WorkShare::share).orElse(Ratio.of(0, 0)),
        adHoc.get(m).map(WorkShare::share).orElse(Ratio.of(0, 0)),
        vision.get(m).map(v -> v.share().share()).orElse(Ratio.of(0, 0))
      };
      String[] fills = {Svg.VERMILLION, svg.hatch(), svg.dots()};
      description.append(' ').append(Markdown.month(m)).append(':');
      svg.text(LEFT, y + 22, monthLabel(m, true), "start", "");
      for (int k = 0; k < 3; k++) {
        OptionalDouble v = shares[k].value();
        double by = y + k * 13;
        svg.rect(left, by, width, 11, "#f4f4f4", "");
        if (v.isPresent()) {
          double w = width * clamp(v.getAsDouble());
          svg.rect(left, by + 1, w, 9, fills[k], k == 1 ? Svg.INK : "");
          svg.text(RIGHT + 4, by + 9, Figures.percent(shares[k]), "start", "s");
        } else {
          svg.text(RIGHT + 4, by + 9, "n/a", "start", "s");
        }
        description
            .append(' ')
            .append(names[k])
            .append(' ')
            .append(Figures.percent(shares[k]))
            .append(k == 2 ? ";" : ",");
      }
      y += 48;
    }
    svg.line(vt, first - 4, vt, y - 6, Svg.INK, true);
    for (int pct = 0; pct <= 100; pct += 50) {
      svg.text(left + width * pct / 100.0, y + 4, pct + "%", "middle", "s");
    }
    y += 8;
    description.setLength(description.length() - 1);
    description.append('.');
    return Chart.of(
        "work-shares",
        title,
        description.toString(),
        svg.describe(description.toString()).height((int) y + 4).build());
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
