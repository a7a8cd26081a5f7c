package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.metrics.Figures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result of checking a plan: its findings in a deterministic order (severity, then path, then
 * rule id), counts by severity, and a plain-text rendering.
 *
 * <p>It also says which rules did not run ({@link #skippedRules()}: they need an as-of date and
 * none was given), which rules failed with an exception ({@link #failedRules()}, each also reported
 * as an error finding), and how many rules ran ({@link #ruleEvaluations()}).
 *
 * <pre>{@code
 * CheckReport report = PlanChecker.defaults().check(plan);
 * report.hasErrors();                          // false for a sound plan
 * report.count(Severity.WARNING);              // 3
 * report.withRule("no-early-quick-win");       // the findings of one rule
 * System.out.println(report.render());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckReport {
  private final String planId;
  private final List<Finding> findings;
  private final List<String> skippedRules;
  private final List<String> failedRules;
  private final int ruleEvaluations;

  CheckReport(
      String planId,
      List<Finding> findings,
      List<String> skippedRules,
      List<String> failedRules,
      int ruleEvaluations) {
    List<Finding> sorted = new ArrayList<>(findings);
    Collections.sort(sorted);
    this.planId = planId;
    this.findings = List.copyOf(sorted);
    this.skippedRules = List.copyOf(skippedRules);
    this.failedRules = List.copyOf(failedRules);
    this.ruleEvaluations = ruleEvaluations;
  }

  /** The id of the plan checked. */
  public String planId() {
    return planId;
  }

  /** Every finding: errors first, then by path, then by rule id. */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether there are no findings at all. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The number of findings of {@code severity}. */
  public int count(Severity severity) {
    requireNonNull(severity, "severity");
    int n = 0;
    for (Finding f : findings) {
      n += f.severity() == severity ? 1 : 0;
    }
    return n;
  }

  /** The number of findings of each severity, every severity present (0 when none). */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> out = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      out.put(s, count(s));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The findings of the rule {@code ruleId}. */
  public List<Finding> withRule(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    return select(f -> f.ruleId().equals(ruleId));
  }

  /** The findings of exactly {@code severity}. */
  public List<Finding> withSeverity(Severity severity) {
    requireNonNull(severity, "severity");
    return select(f -> f.severity() == severity);
  }

  /** The findings whose path passes through the element {@code elementId}. */
  public List<Finding> about(String elementId) {
    requireNonNull(elementId, "elementId");
    return select(f -> f.path().contains(elementId));
  }

  /** The findings that pass {@code filter}, in report order. */
  public List<Finding> select(Predicate<? super Finding> filter) {
    requireNonNull(filter, "filter");
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (filter.test(f)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** The ids of enabled rules that did not run because they need an as-of date. */
  public List<String> skippedRules() {
    return skippedRules;
  }

  /** The ids of rules that threw; each also has an error finding saying so. */
  public List<String> failedRules() {
    return failedRules;
  }

  /** How many rules ran. */
  public int ruleEvaluations() {
    return ruleEvaluations;
  }

  /**
   * The report as plain text: one block per finding (severity, rule id, path; the message; the
   * hint), then a summary line.
   *
   * <pre>
   * error    quick-win-out-of-order  quickWins[qw-nurture]
   *   Quick win "Three-email nurture" is planned for 2027-01, but it builds on ...
   *   Hint: Plan it for a month after 2027-02, ...
   *
   * Plan mops-2027: 1 error, 0 warnings, 0 infos.
   * </pre>
   */
  public String render() {
    return render(f -> Optional.empty());
  }

  /**
   * The report as {@link #render()} writes it, with the first line of each finding preceded by
   * {@code LOCATION: } where {@code location} gives one, the way compilers print {@code
   * file:line:col: } so that editors can jump to it:
   *
   * <pre>
   * plan.json:12:7: warning  sprint-without-quick-win  sprints[s-1]
   *   Sprint ...
   * </pre>
   *
   * @throws NullPointerException if {@code location} is null, or returns null
   * @since 0.2
   */
  public String render(Function<? super Finding, Optional<String>> location) {
    requireNonNull(location, "location");
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      requireNonNull(location.apply(f), "location").ifPresent(l -> b.append(l).append(": "));
      b.append(
          String.format(Locale.ROOT, "%-8s %s  %s\n", f.severity().label(), f.ruleId(), f.path()));
      b.append("  ").append(f.message()).append("\n");
      f.hint().ifPresent(h -> b.append("  Hint: ").append(h).append("\n"));
      b.append("\n");
    }
    b.append(summary());
    if (!skippedRules.isEmpty()) {
      b.append("\n")
          .append("Not run without an as-of date: ")
          .append(String.join(", ", skippedRules))
          .append('.');
    }
    return b.append("\n").toString();
  }

  /** One line: {@code Plan mops-2027: 1 error, 2 warnings, 0 infos.} */
  public String summary() {
    return "Plan "
        + planId
        + ": "
        + Figures.count(count(Severity.ERROR), "error", "errors")
        + ", "
        + Figures.count(count(Severity.WARNING), "warning", "warnings")
        + ", "
        + Figures.count(count(Severity.INFO), "info", "infos")
        + ".";
  }

  /** The summary line. */
  @Override
  public String toString() {
    return summary();
  }
}
