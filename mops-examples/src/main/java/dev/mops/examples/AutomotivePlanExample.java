package dev.mops.examples;

import dev.mops.check.CheckReport;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.json.MopsJson;
import dev.mops.model.Capability;
import dev.mops.model.Document;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.Stakeholder;
import dev.mops.model.SuccessIndicator;
import dev.mops.report.MonthlyUpdate;
import dev.mops.testing.SeedPlans;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the automotive plan of the seed article through the public API and prints a summary: each
 * stakeholder objective with the capabilities that serve it and the quick wins month by month, the
 * OKRs, the internal goals, and what the public view leaves out. Then it takes the plan end to end
 * ({@link #walkThrough}): checks it with the default rules as of the end of March ({@link
 * PlanChecker}), shows the stale-documentation finding, fixes it in one line (a changed copy of the
 * document, put in place with {@link Plan#replacing}), checks again, writes the plan as JSON
 * ({@link MopsJson}) and renders the March stakeholder one-pager ({@link MonthlyUpdate}).
 *
 * <p>Run it with {@code ./mvnw -q -pl mops-examples -am compile exec:java} (this is the default
 * main class; {@code -Dmops.main=dev.mops.examples.AutomotivePlanExample} names it explicitly) or
 * through the README's first command.
 */
public final class AutomotivePlanExample {
  /** The day the plan is checked on: the end of the month reported. */
  public static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  private AutomotivePlanExample() {}

  /** Prints the summary of the bundled automotive plan and its walk-through to standard output. */
  public static void main(String[] args) {
    Plan plan = SeedPlans.automotivePlan();
    print(plan, System.out);
    System.out.println();
    walkThrough(plan, System.out);
  }

  /**
   * Checks {@code plan} as of {@link #AS_OF}, fixes its stale-documentation finding (if any) by
   * recording that the document was written, checks again, writes the fixed plan as JSON and
   * renders its March one-pager, printing each step to {@code out}. Returns the fixed plan.
   */
  public static Plan walkThrough(Plan plan, PrintStream out) {
    PlanChecker checker = PlanChecker.defaults();
    CheckReport before = checker.check(plan, AS_OF);
    out.println("== Check as of " + AS_OF);
    out.println(before.summary());
    before
        .findings()
        .forEach(f -> out.println("  " + f.severity().label() + " " + f.ruleId() + " " + f.path()));

    Plan fixed = plan;
    List<Finding> stale = before.withRule("documentation-stale");
    if (stale.isEmpty()) {
      out.println("No stale documentation to fix.");
    } else {
      Finding finding = stale.get(0);
      out.println();
      out.println("== Fixing one finding");
      out.println(finding);
      Document doc = plan.find(finding.elementId(), Document.class).orElseThrow();
      // immutable values: a changed copy of the document, put in the old one's place
      Document written = Document.builder().from(doc).writtenOn(AS_OF.minusDays(5)).build();
      fixed = plan.replacing(written);
      out.println(
          "Recorded \""
              + doc.title()
              + "\" as written on "
              + written.writtenOn().orElseThrow()
              + ".");
      CheckReport after = checker.check(fixed, AS_OF);
      out.println();
      out.println("== Check again");
      out.println(after.summary());
      out.println(
          "documentation-stale findings: "
              + before.withRule("documentation-stale").size()
              + " before, "
              + after.withRule("documentation-stale").size()
              + " after");
    }

    String json = MopsJson.standard().writeString(fixed);
    List<String> lines = json.lines().toList();
    out.println();
    out.println(
        "== JSON: " + json.length() + " characters, " + lines.size() + " lines; the first 6:");
    lines.stream().limit(6).forEach(out::println);

    out.println();
    out.println("== The March one-pager (public view only)");
    out.print(MonthlyUpdate.of(fixed, YearMonth.from(AS_OF)).toMarkdown());
    return fixed;
  }

  /** Prints a summary of {@code plan} to {@code out}. */
  public static void print(Plan plan, PrintStream out) {
    out.println(plan.name() + " (" + plan.period() + ", team " + plan.team().orElse("-") + ")");
    plan.vision().ifPresent(v -> out.println("Vision: " + v.statement()));
    out.println();
    for (Objective objective : plan.objectives()) {
      String who =
          plan.stakeholdersOf(objective).stream()
              .map(Stakeholder::name)
              .collect(Collectors.joining(", "));
      out.println("Objective " + objective.id() + ": " + objective.title() + " [for " + who + "]");
      objective.longTermVision().ifPresent(v -> out.println("  long-term vision: " + v));
      for (Capability c : plan.capabilitiesOf(objective)) {
        out.println(
            "  capability "
                + c.id()
                + ": "
                + c.name()
                + c.estimatedBuild()
                    .map(p -> " (about " + p.getMonths() + " months to build)")
                    .orElse(""));
      }
      for (QuickWin q : plan.quickWinsOf(objective)) {
        out.println(
            "  "
                + q.plannedMonth()
                + "  "
                + pad(q.status().name(), 9)
                + " "
                + q.title()
                + q.buildsOn().map(b -> "  (builds on " + b + ")").orElse(""));
      }
    }
    out.println();
    for (Okr okr : plan.okrs()) {
      out.println(
          "OKR " + okr.id() + " (" + okr.level() + ", " + okr.period() + "): " + okr.title());
      okr.externalParent().ifPresent(p -> out.println("  aligns to " + p));
      plan.parentOf(okr).ifPresent(p -> out.println("  aligns to " + p.id()));
      for (KeyResult kr : okr.keyResults()) {
        out.println("  KR " + kr.id() + " [" + kr.kind() + "] " + kr.title());
      }
    }
    out.println();
    out.println("Internal goals (team only):");
    for (InternalGoal goal : plan.internalGoals()) {
      out.println("  " + goal.title());
      for (SuccessIndicator ind : goal.indicators()) {
        out.println("    how we know: " + ind.description());
      }
    }
    Plan view = plan.publicView();
    out.println();
    out.println(
        "Elements: "
            + plan.elements().size()
            + " in the plan, "
            + view.elements().size()
            + " in the public view ("
            + (plan.elements().size() - view.elements().size())
            + " internal ones left out)");
    long launched = plan.quickWins().stream().filter(QuickWin::isLaunched).count();
    out.println("Quick wins launched: " + launched + " of " + plan.quickWins().size());
    long refs = plan.elements().stream().mapToLong(e -> e.references().size()).sum();
    out.println(
        "References: "
            + refs
            + ", unresolved: "
            + plan.elements().stream()
                .flatMap(e -> e.references().stream())
                .filter(
                    r ->
                        plan.find(r.targetId())
                            .map(PlanElement::elementKind)
                            .filter(r.expected()::contains)
                            .isEmpty())
                .count());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
