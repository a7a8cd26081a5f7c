package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.check.rules.BuiltInRules;
import dev.mops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Which rules a {@link PlanChecker} runs and how: every built-in rule of the catalog by default,
 * plus vendor rules; per rule a severity override, an off switch and parameter values.
 *
 * <p>A rule set is an immutable value; {@link #toBuilder()} starts a changed copy. Configuration
 * mistakes fail fast, at the builder call that makes them, so neither {@link Builder#build()} nor a
 * check ever fails for them: an unknown rule id or a vendor id that collides with a built-in or
 * another vendor rule with {@link IllegalArgumentException}; an unknown parameter or a value its
 * {@link RuleParameter} does not allow (wrong type, unknown choice, out of range) with {@link
 * RuleParameterException}, which names the rule, the parameter, the value and what was expected.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *     .severity("output-kpi", Severity.WARNING)
 *     .disable("no-weekly-checkpoint")
 *     .parameter("no-early-quick-win", "months", 2)
 *     .parameter("vision-focus-below-target", "target", new BigDecimal("0.85"))
 *     .add(new KpiWithoutOwner())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleSet {
  private static final List<Rule> BUILT_INS = BuiltInRules.all();
  private static final Set<String> BUILT_IN_IDS;
  private static final RuleSet DEFAULTS;

  static {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule r : BUILT_INS) {
      ids.add(r.descriptor().id());
    }
    BUILT_IN_IDS = Collections.unmodifiableSet(ids);
    DEFAULTS = builder().build();
  }

  private final Map<String, Rule> rules;
  private final Map<String, RuleDescriptor> descriptors;
  private final Map<String, Severity> severities;
  private final Set<String> disabled;
  private final Map<String, Map<String, String>> parameters;

  private RuleSet(Builder b) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    this.descriptors = Collections.unmodifiableMap(new LinkedHashMap<>(b.descriptors));
    this.severities = Map.copyOf(b.severities);
    this.disabled = Set.copyOf(b.disabled);
    Map<String, Map<String, String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, RuleDescriptor> e : descriptors.entrySet()) {
      Map<String, String> p = new LinkedHashMap<>();
      for (RuleParameter declared : e.getValue().parameters()) {
        p.put(declared.name(), declared.defaultValue());
      }
      p.putAll(b.parameters.getOrDefault(e.getKey(), Map.of()));
      params.put(e.getKey(), Collections.unmodifiableMap(p));
    }
    this.parameters = Collections.unmodifiableMap(params);
  }

  /** Every built-in rule at its default severity and parameters. */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /** Starts a rule set holding every built-in rule at its defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code ruleId} is the id of a built-in rule. */
  public static boolean isBuiltIn(String ruleId) {
    return BUILT_IN_IDS.contains(requireNonNull(ruleId, "ruleId"));
  }

  /** The descriptors of the built-in rules, in catalog order. */
  public static List<RuleDescriptor> builtInDescriptors() {
    return DEFAULTS.descriptors();
  }

  /** A builder holding this rule set's rules and settings. */
  public Builder toBuilder() {
    Builder b = new Builder(this);
    return b;
  }

  /** The descriptors of every rule, built-in first in catalog order, then vendor rules as added. */
  public List<RuleDescriptor> descriptors() {
    return List.copyOf(descriptors.values());
  }

  /** The ids of every rule, in the order of {@link #descriptors()}. */
  public List<String> ids() {
    return List.copyOf(descriptors.keySet());
  }

  /** The descriptor of {@code ruleId}, if the set holds the rule. */
  public Optional<RuleDescriptor> descriptor(String ruleId) {
    return Optional.ofNullable(descriptors.get(requireNonNull(ruleId, "ruleId")));
  }

  /** The rules, in the order of {@link #descriptors()}. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  Rule ruleFor(String ruleId) {
    return requireNonNull(rules.get(ruleId), ruleId);
  }

  /** The severity findings of {@code ruleId} get: the override or the default. */
  public Severity severityOf(String ruleId) {
    return severities.getOrDefault(ruleId, known(ruleId).defaultSeverity());
  }

  /** Whether {@code ruleId} runs. */
  public boolean isEnabled(String ruleId) {
    known(ruleId);
    return !disabled.contains(ruleId);
  }

  /**
   * The parameter values {@code ruleId} runs with, by name in declaration order: the set's values
   * over the defaults, each in its parameter's written form.
   *
   * @throws IllegalArgumentException if the set holds no rule {@code ruleId}
   */
  public Map<String, String> parametersOf(String ruleId) {
    known(ruleId);
    return requireNonNull(parameters.get(ruleId), "parameters");
  }

  /**
   * The rules as a plain-text table, the one the {@code mops rules} command prints: a line per rule
   * with its id, effective severity ({@code *} marks an override, {@code off} a disabled rule), its
   * description and {@code (as of a date)} when it needs one; below it a line per parameter with
   * its value ({@code *} marks a value other than the default), what it allows, its unit and what
   * it sets.
   *
   * <pre>
   * no-early-quick-win  warning   an objective's first quick win lands after month N, ...
   *                                 months = 2* (an integer in 1..24, months; default 1): the month ...
   * </pre>
   *
   * @return the table, a line break after every line
   */
  public String describe() {
    int width = 0;
    for (String id : descriptors.keySet()) {
      width = Math.max(width, id.length());
    }
    String indent = " ".repeat(width + 2 + 8 + 2 + 2);
    StringBuilder b = new StringBuilder();
    for (RuleDescriptor d : descriptors.values()) {
      String sev =
          !isEnabled(d.id())
              ? "off"
              : severityOf(d.id()).label() + (severities.containsKey(d.id()) ? "*" : "");
      b.append(
          String.format(Locale.ROOT, "%-" + width + "s  %-8s  %s", d.id(), sev, d.description()));
      b.append(d.needsAsOf() ? " (as of a date)" : "").append('\n');
      Map<String, String> values = parametersOf(d.id());
      for (RuleParameter p : d.parameters()) {
        String value = requireNonNull(values.get(p.name()), p.name());
        boolean changed = !value.equals(p.defaultValue());
        b.append(indent)
            .append(p.name())
            .append(" = ")
            .append(value)
            .append(changed ? "*" : "")
            .append(" (")
            .append(p.expected())
            .append(p.unit().map(u -> ", " + u).orElse(""))
            .append(changed ? "; default " + p.defaultValue() : "")
            .append(')')
            .append(p.description().map(t -> ": " + t).orElse(""))
            .append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Reads as {@code RuleSet{N rules, 2 off, 1 overridden, 0 vendor}}, N the number of rules it
   * holds.
   */
  @Override
  public String toString() {
    return "RuleSet{"
        + descriptors.size()
        + " rules, "
        + disabled.size()
        + " off, "
        + severities.size()
        + " overridden, "
        + (descriptors.size() - BUILT_IN_IDS.size())
        + " vendor}";
  }

  private RuleDescriptor known(String ruleId) {
    RuleDescriptor d = descriptors.get(requireNonNull(ruleId, "ruleId"));
    if (d == null) {
      throw new IllegalArgumentException("unknown rule id " + Checks.quote(ruleId));
    }
    return d;
  }

  /** Builds a {@link RuleSet}; starts from every built-in rule at its defaults. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Map<String, String>> parameters = new LinkedHashMap<>();

    private Builder() {
      for (Rule r : BUILT_INS) {
        rules.put(r.descriptor().id(), r);
        descriptors.put(r.descriptor().id(), r.descriptor());
      }
    }

    private Builder(RuleSet set) {
      rules.putAll(set.rules);
      descriptors.putAll(set.descriptors);
      severities.putAll(set.severities);
      disabled.addAll(set.disabled);
      for (String id : set.descriptors.keySet()) {
        Map<String, String> changed = new LinkedHashMap<>();
        requireNonNull(set.parameters.get(id), "parameters")
            .forEach(
                (k, v) -> {
                  if (!v.equals(
                      set.descriptors.get(id).parameter(k).orElseThrow().defaultValue())) {
                    changed.put(k, v);
                  }
                });
        if (!changed.isEmpty()) {
          parameters.put(id, changed);
        }
      }
    }

    /** Reports the findings of {@code ruleId} at {@code severity} instead of its default. */
    public Builder severity(String ruleId, Severity severity) {
      requireNonNull(severity, "severity");
      known(ruleId);
      severities.put(ruleId, requireNonNull(severity, "severity"));
      return this;
    }

    /** Turns {@code ruleId} off. */
    public Builder disable(String ruleId) {
      known(ruleId);
      disabled.add(ruleId);
      return this;
    }

    /** Turns {@code ruleId} back on. */
    public Builder enable(String ruleId) {
      known(ruleId);
      disabled.remove(ruleId);
      return this;
    }

    /** Turns every rule off; enable the ones wanted afterwards. */
    public Builder disableAll() {
      disabled.addAll(descriptors.keySet());
      return this;
    }

    /**
     * Sets a parameter of {@code ruleId} from its written form: {@code "2"}, {@code "0.85"}, {@code
     * "P1M"}, {@code "points"}, {@code "emails sent, tickets closed"}.
     *
     * @throws IllegalArgumentException if the set holds no rule {@code ruleId}
     * @throws RuleParameterException if the rule declares no parameter {@code name}, or its {@link
     *     RuleParameter} does not allow the value (wrong type, unknown choice, out of range)
     */
    public Builder parameter(String ruleId, String name, String value) {
      requireNonNull(ruleId, "ruleId");
      requireNonNull(name, "name");
      requireNonNull(value, "value");
      String v = known(ruleId).checkParameter(name, value);
      parameters.computeIfAbsent(ruleId, k -> new LinkedHashMap<>()).put(name, v);
      return this;
    }

    /**
     * Sets a parameter from a setting written {@code RULE.NAME=VALUE}, as on the command line or in
     * a configuration file: {@code parameter("no-early-quick-win.months=2")} is {@code
     * parameter("no-early-quick-win", "months", "2")}. The rule id is everything before the last
     * dot before the first {@code =}, so rule ids may hold dots; the value is everything after it.
     *
     * @throws IllegalArgumentException if the setting is not {@code RULE.NAME=VALUE} with a
     *     non-empty rule id and name, or the set holds no such rule
     * @throws RuleParameterException as {@link #parameter(String, String, String)}
     */
    public Builder parameter(String setting) {
      requireNonNull(setting, "setting");
      int eq = setting.indexOf('=');
      int dot = eq < 0 ? -1 : setting.lastIndexOf('.', eq);
      if (dot <= 0 || dot == eq - 1) {
        throw new IllegalArgumentException(
            "setting must be RULE.NAME=VALUE, e.g. no-early-quick-win.months=2, got "
                + Wording.quote(setting));
      }
      return parameter(
          setting.substring(0, dot), setting.substring(dot + 1, eq), setting.substring(eq + 1));
    }

    /**
     * Sets an integer parameter of {@code ruleId}, e.g. {@code ("no-early-quick-win", "months",
     * 2)}.
     *
     * @throws IllegalArgumentException if the set holds no rule {@code ruleId}
     * @throws RuleParameterException as {@link #parameter(String, String, String)}
     */
    public Builder parameter(String ruleId, String name, int value) {
      return parameter(ruleId, name, Integer.toString(value));
    }

    /**
     * Sets a decimal parameter of {@code ruleId}, e.g. the vision-focus target 0.85.
     *
     * @throws IllegalArgumentException if the set holds no rule {@code ruleId}
     * @throws RuleParameterException as {@link #parameter(String, String, String)}
     */
    public Builder parameter(String ruleId, String name, BigDecimal value) {
      return parameter(ruleId, name, requireNonNull(value, "value").toPlainString());
    }

    /**
     * Adds a vendor rule.
     *
     * @throws IllegalArgumentException if its id is a built-in id or the id of a rule already added
     */
    public Builder add(Rule rule) {
      requireNonNull(rule, "rule");
      RuleDescriptor d = requireNonNull(rule.descriptor(), "rule.descriptor()");
      String id = d.id();
      if (BUILT_IN_IDS.contains(id)) {
        throw new IllegalArgumentException(
            "rule id \""
                + id
                + "\" of "
                + rule.getClass().getName()
                + " collides with the built-in rule of that id; give vendor rules their own prefix, e.g. \"acme."
                + id
                + "\"");
      }
      Rule existing = rules.get(id);
      if (existing != null) {
        throw new IllegalArgumentException(
            "rule id \""
                + id
                + "\" of "
                + rule.getClass().getName()
                + " collides with the rule of that id from "
                + existing.getClass().getName());
      }
      rules.put(id, rule);
      descriptors.put(id, d);
      return this;
    }

    /** Adds every {@link Rule} the {@link ServiceLoader} finds for this module or class path. */
    public Builder addDiscovered() {
      for (Rule r : ServiceLoader.load(Rule.class)) {
        add(r);
      }
      return this;
    }

    /** Adds every {@link Rule} the {@link ServiceLoader} finds through {@code loader}. */
    public Builder addDiscovered(ClassLoader loader) {
      for (Rule r : ServiceLoader.load(Rule.class, requireNonNull(loader, "loader"))) {
        add(r);
      }
      return this;
    }

    /** Returns the rule set. */
    public RuleSet build() {
      return new RuleSet(this);
    }

    private RuleDescriptor known(String ruleId) {
      RuleDescriptor d = descriptors.get(requireNonNull(ruleId, "ruleId"));
      if (d == null) {
        throw new IllegalArgumentException("unknown rule id " + Checks.quote(ruleId));
      }
      return d;
    }
  }
}
