package dev.mops.testing;

import static java.util.Objects.requireNonNull;

import dev.mops.check.CheckInput;
import dev.mops.check.CheckReport;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.check.Rule;
import dev.mops.check.RuleSet;
import dev.mops.check.Severity;
import dev.mops.check.Wording;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tests one rule the way every rule of the catalog is tested: it fires on this plan (once, at this
 * severity and path, with a message that says this and a hint), and it stays quiet on the nearest
 * plan that should not fire.
 *
 * <pre>{@code
 * RuleTester rule = RuleTester.of("kpi-without-target");
 * rule.firesOnce(planWithAKpiWithoutTarget, Severity.WARNING, "kpis[k]", "Click rate");
 * rule.staysQuiet(theSamePlanWithATarget);
 * }</pre>
 *
 * <p>Only the rule under test runs (every other rule is off), and each run also asserts what any
 * rule owes: it did not fail (a rule that throws becomes an error finding, which must not pass for
 * "fires"), its findings carry its id, and their paths name the plan or elements of the input.
 *
 * <p>It works with any test framework: a failed check throws an {@link AssertionError} whose
 * message says what was expected and what the rule reported. mops' own rule tests use it too;
 * vendors test their rules with {@link #of(Rule)}.
 *
 * <p>Instances are immutable; the {@code with*} and {@link #asOf(LocalDate)} methods return new
 * testers.
 *
 * @since 0.1
 */
public final class RuleTester {
  private final String ruleId;
  private final RuleSet rules;
  private final Optional<LocalDate> asOf;

  private RuleTester(String ruleId, RuleSet rules, Optional<LocalDate> asOf) {
    this.ruleId = ruleId;
    this.rules = rules;
    this.asOf = asOf;
  }

  /** Tests the built-in rule {@code ruleId} at its default settings. */
  public static RuleTester of(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    if (!RuleSet.isBuiltIn(ruleId)) {
      throw new IllegalArgumentException("no built-in rule " + Wording.quote(ruleId));
    }
    return new RuleTester(
        ruleId, RuleSet.builder().disableAll().enable(ruleId).build(), Optional.empty());
  }

  /** Tests a vendor rule at its default settings. */
  public static RuleTester of(Rule rule) {
    requireNonNull(rule, "rule");
    RuleSet rules = RuleSet.builder().disableAll().add(rule).build();
    return new RuleTester(rule.descriptor().id(), rules, Optional.empty());
  }

  /** The same test with a parameter of the rule set to {@code value} (its written form). */
  public RuleTester withParameter(String name, String value) {
    return new RuleTester(ruleId, rules.toBuilder().parameter(ruleId, name, value).build(), asOf);
  }

  /** The same test with an integer parameter. */
  public RuleTester withParameter(String name, int value) {
    return withParameter(name, Integer.toString(value));
  }

  /** The same test with a decimal parameter. */
  public RuleTester withParameter(String name, BigDecimal value) {
    return withParameter(name, value.toPlainString());
  }

  /** The same test with the rule's findings at {@code severity}. */
  public RuleTester withSeverity(Severity severity) {
    return new RuleTester(ruleId, rules.toBuilder().severity(ruleId, severity).build(), asOf);
  }

  /** The same test judging plans as of {@code date}. */
  public RuleTester asOf(LocalDate date) {
    return new RuleTester(ruleId, rules, Optional.of(requireNonNull(date, "date")));
  }

  /** The rule's findings on {@code plan}, after asserting the rule ran cleanly. */
  public List<Finding> findings(Plan plan) {
    return findings(CheckInput.of(requireNonNull(plan, "plan")));
  }

  /** The rule's findings on {@code input} (its as-of date is this tester's, if set). */
  public List<Finding> findings(CheckInput input) {
    CheckInput in = asOf.map(input::asOf).orElse(input);
    CheckReport report = PlanChecker.of(rules).check(in);
    checkEqual(List.of(), report.failedRules(), () -> ruleId + " failed:\n" + report.render());
    if (rules.descriptor(ruleId).orElseThrow().needsAsOf()) {
      checkEqual(
          in.asOfDate().isEmpty(),
          report.skippedRules().contains(ruleId),
          () -> "skipped without an as-of date");
    }
    List<Finding> mine = report.withRule(ruleId);
    checkEqual(report.findings(), mine, () -> "only the rule under test runs");
    Set<String> ids = ids(in);
    for (Finding f : mine) {
      for (String id : f.path().ids()) {
        check(
            ids.contains(id),
            () -> "the path " + f.path() + " names no element of the input: " + f);
      }
    }
    return mine;
  }

  /** The one finding the rule reports on {@code plan}. */
  public Finding firesOnce(Plan plan) {
    return one(findings(plan));
  }

  /** The one finding the rule reports on {@code input}. */
  public Finding firesOnce(CheckInput input) {
    return one(findings(input));
  }

  /**
   * Asserts the rule reports exactly one finding on {@code plan}, at {@code severity} and {@code
   * path}, whose message contains each of {@code inMessage} and which has a hint.
   *
   * @return the finding, for more assertions
   */
  public Finding firesOnce(Plan plan, Severity severity, String path, String... inMessage) {
    Finding f = firesOnce(plan);
    checkEqual(severity, f.severity(), () -> "severity of " + f);
    checkEqual(path, f.path().toString(), () -> "path of " + f);
    for (String s : inMessage) {
      check(f.message().contains(s), () -> "message lacks \"" + s + "\": " + f.message());
    }
    check(f.hint().isPresent(), () -> "no hint: " + f);
    return f;
  }

  /** Asserts the rule reports at least one finding on {@code plan}; returns them. */
  public List<Finding> fires(Plan plan) {
    List<Finding> found = findings(plan);
    check(!found.isEmpty(), () -> ruleId + " stayed quiet");
    return found;
  }

  /** Asserts the rule reports nothing on {@code plan}. */
  public void staysQuiet(Plan plan) {
    staysQuiet(CheckInput.of(requireNonNull(plan, "plan")));
  }

  /** Asserts the rule reports nothing on {@code input}. */
  public void staysQuiet(CheckInput input) {
    List<Finding> found = findings(input);
    if (!found.isEmpty()) {
      throw new AssertionError(ruleId + " fired where it should stay quiet: " + found);
    }
  }

  private static void check(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new AssertionError(message.get());
    }
  }

  private static void checkEqual(Object expected, Object actual, Supplier<String> what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what.get() + ": expected " + expected + ", got " + actual);
    }
  }

  private static Finding one(List<Finding> findings) {
    checkEqual(1, findings.size(), () -> "expected one finding, got " + findings);
    return findings.get(0);
  }

  private static Set<String> ids(CheckInput input) {
    Set<String> ids = new HashSet<>();
    ids.add(input.plan().id());
    for (PlanElement e : input.plan().elements()) {
      ids.add(e.id());
    }
    input.workItems().forEach(w -> ids.add(w.id()));
    input.reviews().forEach(r -> ids.add(r.id()));
    return ids;
  }

  @Override
  public String toString() {
    return "RuleTester{" + ruleId + asOf.map(d -> " as of " + d).orElse("") + "}";
  }
}
