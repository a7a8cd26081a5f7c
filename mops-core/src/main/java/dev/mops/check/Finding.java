package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.Visible;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found in a plan: the rule's id, how serious it is, where in the plan, a message
 * a MOps lead understands (it names the element, says what is wrong and why it matters) and, when
 * there is a fix, a hint.
 *
 * <p>Message and hint are one line each for people, and they often quote text from the plan's file
 * (names, titles, units): every character a terminal or a log viewer would act on instead of
 * showing (line breaks, tabs and other control characters, escape sequences, bidirectional
 * overrides and isolates, line separators, the byte-order mark, lone surrogates) is kept as a
 * visible escape such as {@code \n} or <code>&#92;u001B</code>, so a plan cannot garble or hijack
 * the output a finding is printed to. Printable text in any script is kept as it is.
 *
 * <pre>{@code
 * Finding f = Finding.of("kpi-without-target", Severity.WARNING, ElementPath.of("kpis", "kpi-ctr"),
 *     "KPI \"Click rate\" has no target, so nobody can tell whether it is good or bad.",
 *     "Agree a target with leadership, e.g. 3%.");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Finding implements Comparable<Finding> {

  private final String ruleId;
  private final Severity severity;
  private final ElementPath path;
  private final String message;
  private final Optional<String> hint;
  private final Optional<String> pointer;

  private Finding(
      String ruleId,
      Severity severity,
      ElementPath path,
      String message,
      Optional<String> hint,
      Optional<String> pointer) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(hint, "hint");
    this.ruleId = RuleDescriptor.checkRuleId(ruleId);
    this.severity = requireNonNull(severity, "severity");
    this.path = requireNonNull(path, "path");
    this.message = Visible.text(Checks.notBlank("message", message));
    this.hint = requireNonNull(hint, "hint").map(Visible::text);
    hint.ifPresent(h -> Checks.notBlank("hint", h));
    this.pointer = requireNonNull(pointer, "pointer");
  }

  /** A copy of {@code f} with another severity and pointer: its other parts are checked already. */
  private Finding(Finding f, Severity severity, Optional<String> pointer) {
    this.ruleId = f.ruleId;
    this.severity = requireNonNull(severity, "severity");
    this.path = f.path;
    this.message = f.message;
    this.hint = f.hint;
    this.pointer = requireNonNull(pointer, "pointer");
  }

  /** A finding without a hint. */
  public static Finding of(String ruleId, Severity severity, ElementPath path, String message) {
    return new Finding(ruleId, severity, path, message, Optional.empty(), Optional.empty());
  }

  /** A finding with a hint how to fix it. */
  public static Finding of(
      String ruleId, Severity severity, ElementPath path, String message, String hint) {
    return new Finding(
        ruleId,
        severity,
        path,
        message,
        Optional.of(requireNonNull(hint, "hint")),
        Optional.empty());
  }

  /** The id of the rule that found it, e.g. {@code "no-early-quick-win"}. */
  public String ruleId() {
    return ruleId;
  }

  /** How serious it is. */
  public Severity severity() {
    return severity;
  }

  /** Where in the plan. */
  public ElementPath path() {
    return path;
  }

  /** The id of the element it is about: the last id of {@link #path()}. */
  public String elementId() {
    return path.elementId();
  }

  /** What is wrong and why it matters, naming the element; one line, control characters escaped. */
  public String message() {
    return message;
  }

  /** How to fix it, when there is a fix; one line, control characters escaped. */
  public Optional<String> hint() {
    return hint;
  }

  /**
   * The RFC 6901 JSON pointer of the element it is about in the plan's JSON document, such as
   * {@code /quickWins/3} or {@code /okrs/0/keyResults/1}: the element's list and index in document
   * order, exactly where {@code MopsJson} writes it, so the pointer names the right one of two
   * elements that share an id. Empty for a finding about the plan as a whole, for an element the
   * plan does not hold (a work item or review given to the check beside the plan) and for a finding
   * made with {@link #of} rather than reported during a check.
   *
   * @since 0.2
   */
  public Optional<String> pointer() {
    return pointer;
  }

  /** This finding with another severity (used for per-rule severity overrides). */
  public Finding withSeverity(Severity severity) {
    return new Finding(this, severity, pointer);
  }

  /** This finding at {@code pointer}, as the check that reports it places it in the plan. */
  Finding withPointer(Optional<String> pointer) {
    return new Finding(this, severity, pointer);
  }

  /**
   * Orders by severity (errors first), then path, then rule id, then message and hint, then
   * pointer.
   */
  @Override
  public int compareTo(Finding o) {
    // severity, path, rule id, message, hint, pointer (an absent hint or pointer as "")
    int c = severity.compareTo(o.severity);
    if (c == 0) {
      c = path.compareTo(o.path);
    }
    if (c == 0) {
      c = ruleId.compareTo(o.ruleId);
    }
    if (c == 0) {
      c = message.compareTo(o.message);
    }
    if (c == 0) {
      c = hint.orElse("").compareTo(o.hint.orElse(""));
    }
    if (c == 0) {
      c = pointer.orElse("").compareTo(o.pointer.orElse(""));
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && f.ruleId.equals(ruleId)
        && f.severity == severity
        && f.path.equals(path)
        && f.message.equals(message)
        && f.hint.equals(hint)
        && f.pointer.equals(pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, message, hint, pointer);
  }

  /** Reads as {@code error quick-win-out-of-order quickWins[qw-2]: message (hint: ...)}. */
  @Override
  public String toString() {
    return severity.label()
        + " "
        + ruleId
        + " "
        + path
        + ": "
        + message
        + hint.map(h -> " (hint: " + h + ")").orElse("");
  }
}
