package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule is, as data a vendor can list and render: its id, its default severity, a one-line
 * description, the parameters it declares ({@link RuleParameter}: name, type, allowed values,
 * default, unit), and whether it needs an as-of date.
 *
 * <pre>{@code
 * RuleDescriptor d = RuleDescriptor.builder("acme.campaign-without-budget", Severity.WARNING,
 *         "a campaign quick win has no budget line")
 *     .parameter(RuleParameter.integer("min-budget", 0, 0, 1_000_000).withUnit("EUR"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleDescriptor {
  // the rule of isRuleId, as a regex for the record
  static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

  private final String id;
  private final Severity defaultSeverity;
  private final String description;
  private final Map<String, RuleParameter> parameters;
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

  /** The parameters the rule declares, in declaration order; empty for most rules. */
  public List<RuleParameter> parameters() {
    return List.copyOf(parameters.values());
  }

  /**
   * The parameter named {@code name}, if the rule declares it.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<RuleParameter> parameter(String name) {
    return Optional.ofNullable(parameters.get(requireNonNull(name, "name")));
  }

  /** Whether the rule judges the plan as of a date; the checker skips it when none is given. */
  public boolean needsAsOf() {
    return needsAsOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleDescriptor d
        && d.id.equals(id)
        && d.defaultSeverity == defaultSeverity
        && d.description.equals(description)
        && d.parameters.equals(parameters)
        && d.needsAsOf == needsAsOf;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, defaultSeverity, description, parameters, needsAsOf);
  }

  /** Reads as {@code no-early-quick-win (warning): description [months=1]}. */
  @Override
  public String toString() {
    List<String> p = new ArrayList<>();
    parameters.values().forEach(r -> p.add(r.name() + "=" + r.defaultValue()));
    return id + " (" + defaultSeverity.label() + "): " + description + (p.isEmpty() ? "" : " " + p);
  }

  static String checkRuleId(String id) {
    requireNonNull(id, "ruleId");
    if (id.length() > 64 || !isRuleId(id)) {
      throw new IllegalArgumentException(
          "rule id must be lower-case words joined by - or . (at most 64 characters), got "
              + Checks.quote(id));
    }
    return id;
  }

  /**
   * Whether {@code id} matches {@code RULE_ID}, checked without a matcher (the checker asks once
   * per finding): a lower-case letter, then lower-case letters and digits in words joined by single
   * {@code .} or {@code -}.
   */
  static boolean isRuleId(String id) {
    int n = id.length();
    if (n == 0 || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
      return false;
    }
    boolean afterSeparator = false;
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '.' || c == '-') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /**
   * Checks that {@code value} is a value of the parameter {@code name}.
   *
   * @return the value in its written form
   * @throws RuleParameterException if the rule has no such parameter or the value is not allowed
   */
  String checkParameter(String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    RuleParameter p = parameters.get(name);
    if (p == null) {
      String expected =
          parameters.isEmpty()
              ? "no parameter"
              : "one of " + String.join(", ", parameters.keySet());
      throw new RuleParameterException(
          id,
          name,
          value,
          expected,
          "rule "
              + id
              + " has no parameter "
              + Checks.quote(name)
              + (parameters.isEmpty() ? "" : "; it has " + String.join(", ", parameters.keySet())));
    }
    return p.check(id, value);
  }

  /** Builds a {@link RuleDescriptor}. */
  public static final class Builder {
    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final Map<String, RuleParameter> parameters = new LinkedHashMap<>();
    private boolean needsAsOf;

    private Builder(String id, Severity defaultSeverity, String description) {
      requireNonNull(id, "id");
      requireNonNull(defaultSeverity, "defaultSeverity");
      requireNonNull(description, "description");
      this.id = checkRuleId(id);
      this.defaultSeverity = requireNonNull(defaultSeverity, "defaultSeverity");
      this.description = Checks.notBlank("description", description);
      Checks.argument(
          description.indexOf('\n') < 0,
          "description must be one line, got " + Checks.quote(description));
    }

    /**
     * Declares a parameter: its name, type, allowed values and default.
     *
     * @param parameter the parameter, e.g. {@code RuleParameter.integer("months", 1, 1, 24)}
     * @return this builder
     * @throws NullPointerException if {@code parameter} is null
     * @throws IllegalArgumentException if a parameter of that name is already declared
     */
    public Builder parameter(RuleParameter parameter) {
      requireNonNull(parameter, "parameter");
      Checks.argument(
          !parameters.containsKey(parameter.name()),
          "parameter " + parameter.name() + " is declared twice");
      parameters.put(parameter.name(), parameter);
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
