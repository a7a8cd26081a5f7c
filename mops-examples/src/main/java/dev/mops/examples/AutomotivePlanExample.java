package dev.mops.examples;

import dev.mops.model.Capability;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.Stakeholder;
import dev.mops.model.SuccessIndicator;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Builds the automotive plan of the seed article through the public API and prints a summary:
 * each stakeholder objective with the capabilities that serve it and the quick wins month by month,
 * the OKRs, the internal goals, and what the public view leaves out.
 *
 * <p>Run it with {@code ./mvnw -q -pl mops-examples -am install -DskipTests && ./mvnw -q -pl
 * mops-examples exec:java} or through the README's first command.
 */
public final class AutomotivePlanExample {
  private AutomotivePlanExample() {}

  /** Prints the summary of the bundled automotive plan to standard output. */
  public static void main(String[] args) {
    print(SeedPlans.automotivePlan(), System.out);
  }

  /** Prints a summary of {@code plan} to {@code out}. */
  public static void print(Plan plan, PrintStream out) {
    out.println(plan.name() + " (" + plan.period() + ", team " + plan.team().orElse("-") + ")");
    plan.vision().ifPresent(v -> out.println("Vision: " + v.statement()));
    out.println();
    for (Objective objective : plan.objectives()) {
      String who = plan.stakeholdersOf(objective).stream().map(Stakeholder::name)
          .collect(Collectors.joining(", "));
      out.println("Objective " + objective.id() + ": " + objective.title() + " [for " + who + "]");
      objective.longTermVision().ifPresent(v -> out.println("  long-term vision: " + v));
      for (Capability c : plan.capabilitiesOf(objective)) {
        out.println("  capability " + c.id() + ": " + c.name()
            + c.estimatedBuild().map(p -> " (about " + p.getMonths() + " months to build)").orElse(""));
      }
      for (QuickWin q : plan.quickWinsOf(objective)) {
        out.println("  " + q.plannedMonth() + "  " + pad(q.status().name(), 9) + " " + q.title()
            + q.buildsOn().map(b -> "  (builds on " + b + ")").orElse(""));
      }
    }
    out.println();
    for (Okr okr : plan.okrs()) {
      out.println("OKR " + okr.id() + " (" + okr.level() + ", " + okr.period() + "): " + okr.title());
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
    out.println("Elements: " + plan.elements().size() + " in the plan, " + view.elements().size()
        + " in the public view (" + (plan.elements().size() - view.elements().size())
        + " internal ones left out)");
    long launched = plan.quickWins().stream().filter(QuickWin::isLaunched).count();
    out.println("Quick wins launched: " + launched + " of " + plan.quickWins().size());
    long refs = plan.elements().stream().mapToLong(e -> e.references().size()).sum();
    out.println("References: " + refs + ", unresolved: " + plan.elements().stream()
        .flatMap(e -> e.references().stream())
        .filter(r -> plan.find(r.targetId()).map(PlanElement::elementKind)
            .filter(r.expected()::contains).isEmpty())
        .count());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
