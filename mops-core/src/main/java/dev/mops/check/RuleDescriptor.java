package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.model.Frequency;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, as data a vendor can list and render: its id, its default severity, a one-line
 * description, its parameters with their default values, and whether it needs an as-of date.
 *
 * <p>A parameter has the type of its default value: an integer ({@code "1"}), a decimal
 * ({@code "0.90"}), a frequency ({@code "P1M"}) or free text (a comma-separated list, say). A
 * {@link RuleSet} accepts a new value only if it has the same type.
 *
 * <pre>{@code
 * RuleDescriptor d = RuleDescriptor.builder("acme.campaign-without-budget", Severity.WARNING,
 *         "a campaign quick win has no budget line")
 *     .parameter("min-budget", "0")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleDescriptor {
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");
  private static final Pattern PARAMETER = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");
  private static final Pattern FREQUENCY = Pattern.compile("P[0-9]+[DWM]");

  private final String id;
  private final Severity defaultSeverity;
  private final String description;
  private final Map<String, String> parameters;
  private final boolean needsAsOf;

  private RuleDescriptor(Builder b) {
    this.id = b.id;
    this.defaultSeverity = b.defaultSeverity;
    this.description = b.description;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    this.needsAsOf = b.needsAsOf;
  }

  /** A descriptor without parameters that does not need an as-of date. */
  public static RuleDescriptor of(String id, Severity defaultSeverity, String description) {
    return builder(id, defaultSeverity, description).build();
  }

  /**
   * Starts a descriptor.
   *
   * @param id the rule id: lower-case words joined by {@code -} or {@code .}, at most 64
   *     characters, e.g. {@code "acme.campaign-without-budget"}
   * @param defaultSeverity the severity unless a rule set overrides it
   * @param description one line saying when the rule fires
   * @return a builder
   * @throws IllegalArgumentException if the id is malformed or the description blank
   */
  public static Builder builder(String id, Severity defaultSeverity, String description) {
    return new Builder(id, defaultSeverity, description);
  }

  /** The rule id, part of the public contract. */
  public String id() {
    return id;
  }

  /** The severity of its findings unless a rule set overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One line saying when the rule fires. */
  public String description() {
    return description;
  }

  /** The parameters and their default values, in declaration order. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** Whether the rule judges the plan as of a date; the checker skips it when none is given. */
  public boolean needsAsOf() {
    return needsAsOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleDescriptor d && d.id.equals(id) && d.defaultSeverity == defaultSeverity
        && d.description.equals(description) && d.parameters.equals(parameters) && d.needsAsOf == needsAsOf;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, defaultSeverity, description, parameters, needsAsOf);
  }

  /** Reads as {@code no-early-quick-win (warning): description [months=1]}. */
  @Override
  public String toString() {
    return id + " (" + defaultSeverity.label() + "): " + description
        + (parameters.isEmpty() ? "" : " " + parameters.toString().replace('{', '[').replace('}', ']'));
  }

  static String checkRuleId(String id) {
    requireNonNull(id, "ruleId");
    if (id.length() > 64 || !RULE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id must be lower-case words joined by - or . (at most 64 characters), got " + Checks.quote(id));
    }
    return id;
  }

  /** Checks that {@code value} has the type of the default of {@code name}; returns it. */
  String checkParameter(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    String def = parameters.get(name);
    if (def == null) {
      throw new IllegalArgumentException("rule " + id + " has no parameter " + Checks.quote(name)
          + ", known: " + parameters.keySet());
    }
    String v = value.strip();
    boolean ok;
    String type;
    if (INTEGER.matcher(def).matches()) {
      ok = INTEGER.matcher(v).matches() && v.length() < 10;
      type = "an integer";
    } else if (DECIMAL.matcher(def).matches()) {
      ok = isDecimal(v);
      type = "a decimal number";
    } else if (FREQUENCY.matcher(def).matches()) {
      ok = isFrequency(v);
      type = "a frequency like P1M or P14D";
    } else {
      ok = !v.isEmpty();
      type = "non-blank text";
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "parameter " + id + "." + name + " must be " + type + ", got " + Checks.quote(value));
    }
    return v;
  }

  private static boolean isDecimal(String v) {
    try {
      new BigDecimal(v);
      return v.length() <= 40;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isFrequency(String v) {
    try {
      Frequency.parse(v);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Builds a {@link RuleDescriptor}. */
  public static final class Builder {
    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private boolean needsAsOf;

    private Builder(String id, Severity defaultSeverity, String description) {
      requireNonNull(id, "id");
      requireNonNull(defaultSeverity, "defaultSeverity");
      requireNonNull(description, "description");
      this.id = checkRuleId(id);
      this.defaultSeverity = requireNonNull(defaultSeverity, "defaultSeverity");
      this.description = Checks.notBlank("description", description);
      Checks.argument(description.indexOf('\n') < 0, "description must be one line, got " + Checks.quote(description));
    }

    /**
     * Declares a parameter and its default value, whose form fixes the parameter's type.
     *
     * @param name lower-case words joined by {@code -}, e.g. {@code "months"}
     * @param defaultValue the default, e.g. {@code "1"}, {@code "0.90"}, {@code "P1M"} or text
     * @return this builder
     * @throws IllegalArgumentException if the name is malformed or already declared, or the value blank
     */
    public Builder parameter(String name, String defaultValue) {
      requireNonNull(name, "name");
      requireNonNull(defaultValue, "defaultValue");
      Checks.argument(PARAMETER.matcher(name).matches(),
          "parameter name must be lower-case words joined by -, got " + Checks.quote(name));
      Checks.notBlank("defaultValue", defaultValue);
      Checks.argument(!parameters.containsKey(name), "parameter " + name + " is declared twice");
      parameters.put(name, defaultValue.strip());
      return this;
    }

    /** Marks the rule as judging the plan as of a date (skipped when none is given). */
    public Builder needsAsOf() {
      this.needsAsOf = true;
      return this;
    }

    /** Returns the descriptor. */
    public RuleDescriptor build() {
      return new RuleDescriptor(this);
    }
  }
}
