package dev.mops.report;

import dev.mops.core.internal.Visible;
import dev.mops.model.Capability;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The Mermaid gantt of the monthly update, which many wikis and code hosts draw from a {@code
 * mermaid} code block: the quick wins by planned month (launched, missed or planned) and the
 * capability build-outs from their first quick win.
 */
final class Mermaid {
  private Mermaid() {}

  /** At most this many quick wins in the diagram: the first ones of the plan. */
  private static final int MAX = 40;

  /** The fenced gantt block, ending with a newline; empty without a quick win. */
  static String gantt(Plan plan, YearMonth month) {
    LocalDate asOf = month.atEndOfMonth();
    List<QuickWin> wins =
        plan.quickWins().stream()
            .filter(q -> q.status() != QuickWinStatus.CANCELLED)
            .limit(MAX)
            .toList();
    if (wins.isEmpty()) {
      return "";
    }
    StringBuilder m = new StringBuilder("```mermaid\ngantt\n");
    m.append("  title Quick wins and capability build-outs\n")
        .append("  dateFormat YYYY-MM-DD\n")
        .append("  axisFormat %b %Y\n")
        .append("  section Quick wins\n");
    for (QuickWin q : wins) {
      boolean launched = q.launchedOn().filter(d -> !d.isAfter(asOf)).isPresent();
      boolean missed = !launched && !q.plannedMonth().isAfter(month);
      m.append("  ")
          .append(name(q.title(), q.id()))
          .append(launched ? " (launched)" : missed ? " (missed)" : " (planned)")
          .append(" :")
          .append(launched ? "done, " : missed ? "crit, " : "")
          .append(q.plannedMonth().atDay(1))
          .append(", ")
          .append(q.plannedMonth().atEndOfMonth())
          .append('\n');
    }
    StringBuilder caps = new StringBuilder();
    for (Capability c : plan.capabilities()) {
      List<YearMonth> months =
          plan.quickWinsOf(c).stream()
              .filter(q -> q.status() != QuickWinStatus.CANCELLED)
              .map(QuickWin::plannedMonth)
              .sorted()
              .toList();
      if (months.isEmpty()) {
        continue;
      }
      LocalDate start = months.get(0).atDay(1);
      LocalDate end =
          c.estimatedBuild()
              .map(p -> start.plus(p).minusDays(1))
              .filter(e -> !e.isBefore(start))
              .orElse(months.get(months.size() - 1).atEndOfMonth());
      caps.append("  ")
          .append(name(c.name(), c.id()))
          .append(" :")
          .append(start)
          .append(", ")
          .append(end)
          .append('\n');
    }
    if (caps.length() > 0) {
      m.append("  section Capabilities\n").append(caps);
    }
    return m.append("```\n").toString();
  }

  /**
   * Plan text as a gantt task name: letters, marks, digits, spaces and {@code , . ' ’ ( ) / + - _ !
   * ?} are kept; everything else (the {@code :} {@code ;} {@code #} {@code %} that Mermaid reads,
   * HTML, backticks, line breaks, control characters) becomes a space; the id when nothing is left;
   * cut to 60 characters.
   */
  static String name(String text, String id) {
    String visible = Visible.text(text);
    StringBuilder b = new StringBuilder(visible.length());
    visible
        .codePoints()
        .forEach(
            c -> {
              boolean keep =
                  Character.isLetterOrDigit(c)
                      || Character.getType(c) == Character.NON_SPACING_MARK
                      || ",.'’()/+-_!?".indexOf(c) >= 0;
              b.append(keep ? Character.toString(c) : " ");
            });
    String name = b.toString().replaceAll(" {2,}", " ").strip();
    return name.isEmpty() ? id : Svg.cut(name, 60);
  }
}
