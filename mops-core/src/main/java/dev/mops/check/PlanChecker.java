package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks plans against a {@link RuleSet} and returns a {@link CheckReport}. It never throws for a
 * plan that could be built: problems are findings, and a rule that fails anyway becomes an error
 * finding of that rule while the other rules still run.
 *
 * <p><b>Cost.</b> Plans may come from strangers, so the built-in rules bound their work by the
 * document, not by the dates or links it names: a check costs O(n log n) in n, the number of
 * elements and references of the plan (and of the input's extra work items and reviews), plus the
 * findings, and each finding's text is bounded (a message names at most a few elements, windows or
 * quarters and says how many more there are). Parent and "builds on" chains are resolved once and
 * cycles found once; review windows are counted arithmetically, so a daily cadence over ten
 * thousand years yields one finding that says how many windows are overdue; sprints meet quick wins
 * through month look-ups, never through the months a sprint spans. The one exception is {@code
 * quick-win-misaligned}, which asks for every claim whether one of the quick win's capabilities
 * supports the objective: it takes the cheapest of three strategies per quick win, O(n·√n) at worst
 * on adversarial, densely linked plans. Custom rules run as they are written. In time, a check with
 * the built-in rules is linear in the plan's elements: the shared state is one visit per element,
 * and the path and JSON pointer of a finding are made only for findings ({@code CheckBenchmark} in
 * mops-benchmarks measures it against parsing the same plan).
 *
 * <pre>{@code
 * PlanChecker checker = PlanChecker.defaults();
 * CheckReport report = checker.check(plan, LocalDate.of(2027, 3, 31));
 * report.hasErrors();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlanChecker {
  private static final PlanChecker DEFAULTS = new PlanChecker(RuleSet.defaults());

  private final RuleSet rules;

  private PlanChecker(RuleSet rules) {
    this.rules = rules;
  }

  /** A checker running every built-in rule at its defaults. */
  public static PlanChecker defaults() {
    return DEFAULTS;
  }

  /** A checker running {@code rules}. */
  public static PlanChecker of(RuleSet rules) {
    return new PlanChecker(requireNonNull(rules, "rules"));
  }

  /** The rules this checker runs. */
  public RuleSet rules() {
    return rules;
  }

  /** Checks {@code plan} without an as-of date: the rules that need one are skipped. */
  public CheckReport check(Plan plan) {
    return check(CheckInput.of(plan));
  }

  /** Checks {@code plan} as of {@code asOf}. */
  public CheckReport check(Plan plan, LocalDate asOf) {
    return check(CheckInput.of(plan).asOf(asOf));
  }

  /** Checks the plan, work items and reviews of {@code input}. */
  public CheckReport check(CheckInput input) {
    requireNonNull(input, "input");
    CheckRun run = new CheckRun(input);
    List<Finding> findings = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    int evaluations = 0;
    for (RuleDescriptor d : rules.descriptors()) {
      Rule rule = rules.ruleFor(d.id());
      if (!rules.isEnabled(d.id())) {
        continue;
      }
      if (d.needsAsOf() && input.asOfDate().isEmpty()) {
        skipped.add(d.id());
        continue;
      }
      CheckContext context =
          new CheckContext(run, d, rules.severityOf(d.id()), rules.parametersOf(d.id()));
      evaluations++;
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError e) {
        failed.add(d.id());
        context.report(
            Finding.of(
                d.id(),
                Severity.ERROR,
                run.root,
                "The rule "
                    + d.id()
                    + " failed with "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                    + ", so its findings for this plan are incomplete.",
                "Report this to the rule's maintainer; the other rules ran normally."));
      }
      findings.addAll(context.findings());
    }
    return new CheckReport(input.plan().id(), findings, skipped, failed, evaluations);
  }

  /** Reads as {@code PlanChecker{RuleSet{...}}}. */
  @Override
  public String toString() {
    return "PlanChecker{" + rules + "}";
  }
}
