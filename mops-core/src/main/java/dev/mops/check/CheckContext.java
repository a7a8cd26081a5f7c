package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.model.Frequency;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Review;
import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link Rule} sees while it runs: the plan and the other inputs, this rule's effective
 * severity and parameters, and where its findings go. One context is made for each rule of a check.
 * Rules navigate the plan through {@link Plan}'s own look-up and navigation methods ({@link
 * Plan#find(String, Class)}, {@link Plan#quickWinsOf(dev.mops.model.Objective)}, {@link
 * Plan#ancestorsOf(dev.mops.model.Okr)}, {@link Plan#okrCycles()} and the like), so a rule resolves
 * ids exactly as navigation, the public view and the reports do.
 *
 * <p>The lists it hands out are read-only views. A rule should keep its work near-linear in the
 * plan: see {@link PlanChecker} for the bound the built-in rules keep.
 *
 * @since 0.1.0
 */
public final class CheckContext {
  private final CheckRun run;
  private final RuleDescriptor descriptor;
  private final Severity severity;
  private final Map<String, String> parameters;
  private final List<Finding> findings = new ArrayList<>();

  CheckContext(
      CheckRun run, RuleDescriptor descriptor, Severity severity, Map<String, String> parameters) {
    this.run = run;
    this.descriptor = descriptor;
    this.severity = severity;
    this.parameters = parameters;
  }

  /** The plan being checked. */
  public Plan plan() {
    return run.plan;
  }

  /** The date the plan is judged as of, if the caller gave one (rules never read the clock). */
  public Optional<LocalDate> asOf() {
    return run.input.asOfDate();
  }

  /** Every element: the plan's in document order, then work items and reviews given outside it. */
  public List<PlanElement> elements() {
    return run.elements();
  }

  /** The elements of {@code type} among {@link #elements()}, nested ones included. */
  public <T extends PlanElement> List<T> elements(Class<T> type) {
    return run.elements(requireNonNull(type, "type"));
  }

  /** The plan's work items followed by those given outside it. */
  public List<WorkItem> workItems() {
    return run.workItems();
  }

  /** The plan's held reviews followed by those given outside it. */
  public List<Review> reviews() {
    return run.reviews();
  }

  /**
   * The path of {@code element}, such as {@code okrs[okr-email].keyResults[kr-churn]}; the plan's
   * own path for the plan. A copy of an element (equal, rebuilt) has the path of the plan's first
   * element equal to it; an element from elsewhere has the path its kind and id would have at the
   * top.
   */
  public ElementPath pathOf(PlanElement element) {
    return run.pathOf(requireNonNull(element, "element"));
  }

  /** The path of the plan itself, for findings about the plan as a whole. */
  public ElementPath planPath() {
    return run.root;
  }

  /** The id of the rule this context runs. */
  public String ruleId() {
    return descriptor.id();
  }

  /** The severity this rule reports at: its default unless the rule set overrides it. */
  public Severity severity() {
    return severity;
  }

  /**
   * The value of a parameter the rule declares, in its written form: the rule set's or the default.
   * A rule set has checked it against the rule's {@link RuleParameter}.
   *
   * @throws IllegalArgumentException if the rule declares no parameter {@code name}
   */
  public String parameter(String name) {
    declared(name);
    return requireNonNull(parameters.get(name), name);
  }

  /**
   * An {@link RuleParameter.Type#INTEGER} parameter, within its declared range.
   *
   * @throws IllegalArgumentException if the rule declares no parameter {@code name}
   * @throws IllegalStateException if the parameter is of another type
   */
  public int intParameter(String name) {
    return Integer.parseInt(typed(name, RuleParameter.Type.INTEGER));
  }

  /**
   * A {@link RuleParameter.Type#DECIMAL} parameter, exact, within its declared range.
   *
   * @throws IllegalArgumentException if the rule declares no parameter {@code name}
   * @throws IllegalStateException if the parameter is of another type
   */
  public BigDecimal decimalParameter(String name) {
    return new BigDecimal(typed(name, RuleParameter.Type.DECIMAL));
  }

  /**
   * A {@link RuleParameter.Type#FREQUENCY} parameter such as {@code P1M}.
   *
   * @throws IllegalArgumentException if the rule declares no parameter {@code name}
   * @throws IllegalStateException if the parameter is of another type
   */
  public Frequency frequencyParameter(String name) {
    return Frequency.parse(typed(name, RuleParameter.Type.FREQUENCY));
  }

  /**
   * A {@link RuleParameter.Type#LIST} parameter as its trimmed, non-blank entries (at least one).
   *
   * @throws IllegalArgumentException if the rule declares no parameter {@code name}
   * @throws IllegalStateException if the parameter is of another type
   */
  public List<String> listParameter(String name) {
    List<String> out = new ArrayList<>();
    for (String s : typed(name, RuleParameter.Type.LIST).split(",", -1)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  private RuleParameter declared(String name) {
    return descriptor
        .parameter(requireNonNull(name, "name"))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "rule " + descriptor.id() + " has no parameter " + Checks.quote(name)));
  }

  private String typed(String name, RuleParameter.Type type) {
    RuleParameter p = declared(name);
    if (p.type() != type) {
      throw new IllegalStateException(
          "parameter "
              + descriptor.id()
              + "."
              + name
              + " is "
              + p.type().label()
              + ", not "
              + type.label());
    }
    return requireNonNull(parameters.get(name), name);
  }

  /**
   * Reports a finding about {@code element} at this rule's severity, without a hint. The finding's
   * {@linkplain Finding#pointer() pointer} is that of this very element, so of two elements sharing
   * an id it names the one given.
   */
  public void report(PlanElement element, String message) {
    add(
        Finding.of(ruleId(), severity, pathOf(element), message)
            .withPointer(run.pointerOf(element)));
  }

  /** Reports a finding about {@code element} at this rule's severity, with a hint. */
  public void report(PlanElement element, String message, String hint) {
    add(
        Finding.of(ruleId(), severity, pathOf(element), message, hint)
            .withPointer(run.pointerOf(element)));
  }

  /**
   * Reports a finding at {@code path} at this rule's severity, without a hint. Its {@linkplain
   * Finding#pointer() pointer} is that of the first element met at {@code path}, or of the first
   * element of the last step's list with the last step's id; none for the plan's own path.
   */
  public void report(ElementPath path, String message) {
    report(Finding.of(ruleId(), severity, path, message));
  }

  /** Reports a finding at {@code path} at this rule's severity, with a hint. */
  public void report(ElementPath path, String message, String hint) {
    report(Finding.of(ruleId(), severity, path, message, hint));
  }

  /**
   * Reports a finding made by the rule itself, for a rule with more than one tier (an advisory
   * {@link Severity#INFO} next to its main severity). The finding's rule id must be this rule's.
   * Without a {@linkplain Finding#pointer() pointer}, it gets the one of the element its path ends
   * at.
   *
   * @throws IllegalArgumentException if the finding names another rule
   */
  public void report(Finding finding) {
    requireNonNull(finding, "finding");
    Checks.argument(
        finding.ruleId().equals(ruleId()),
        "finding of rule " + finding.ruleId() + " reported by rule " + ruleId());
    add(
        finding.pointer().isPresent()
            ? finding
            : finding.withPointer(run.pointerOf(finding.path())));
  }

  private void add(Finding finding) {
    findings.add(finding);
  }

  List<Finding> findings() {
    return findings;
  }
}
