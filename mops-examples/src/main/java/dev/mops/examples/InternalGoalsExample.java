package dev.mops.examples;

import dev.mops.model.ChecklistItem;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.SuccessIndicator;
import dev.mops.report.QuarterlyReview;
import dev.mops.testing.SeedPlans;
import java.io.PrintStream;

/**
 * The team's internal, bottom-up goals of the seed article: prints the internal-goals table ("what
 * success looks like" | "how do we know we've achieved this") and then the quarterly internal
 * review of the first quarter of 2027 ({@link QuarterlyReview}), which judges each indicator as of
 * 2027-03-31 and adds the team-level numbers behind the goals (urgent and ad-hoc work,
 * documentation freshness, development time).
 *
 * <p>Run it with {@code ./mvnw -q -pl mops-examples -am compile exec:java
 * -Dmops.main=dev.mops.examples.InternalGoalsExample}.
 */
public final class InternalGoalsExample {
  /** The quarter reviewed. */
  public static final Quarter QUARTER = Quarter.parse("2027-Q1");

  private InternalGoalsExample() {}

  /** Prints the table and the review of the bundled automotive plan to standard output. */
  public static void main(String[] args) {
    print(SeedPlans.automotivePlan(), System.out);
  }

  /**
   * Prints the internal-goals table of {@code plan} and its review for {@link #QUARTER} to {@code
   * out}.
   */
  public static void print(Plan plan, PrintStream out) {
    out.println("| What success looks like | How do we know we've achieved this |");
    out.println("|---|---|");
    for (InternalGoal goal : plan.internalGoals()) {
      String title = cell(goal.title());
      if (goal.indicators().isEmpty()) {
        out.println("| " + title + " | (no indicator yet) |");
      }
      for (SuccessIndicator ind : goal.indicators()) {
        out.println("| " + title + " | " + cell(ind.description()) + kind(ind) + " |");
        title = "";
      }
    }
    out.println();
    out.print(QuarterlyReview.of(plan, QUARTER).toMarkdown());
  }

  private static String kind(SuccessIndicator ind) {
    if (ind.kind() == IndicatorKind.MEASURED) {
      return ind.target()
          .map(
              t ->
                  " (measured: "
                      + t.metric()
                      + ", target "
                      + t.value().toPlainString()
                      + (t.unit().startsWith("%") ? "" : " ")
                      + t.unit()
                      + ")")
          .orElse(" (measured)");
    }
    if (ind.kind() == IndicatorKind.CHECKLIST) {
      return " (checklist: "
          + String.join("; ", ind.items().stream().map(ChecklistItem::title).toList())
          + ")";
    }
    return " (observed)";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
