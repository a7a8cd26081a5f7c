package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.model.Frequency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A parameter a rule declares once, in its {@link RuleDescriptor}: its name, its type, the values
 * it allows, its default, and optionally its unit and a one-line description. A {@link RuleSet}
 * accepts a value for it only if the value has that type and lies in that range, so a check never
 * fails for a configuration mistake.
 *
 * <pre>{@code
 * RuleParameter months = RuleParameter.integer("months", 1, 1, 24)
 *     .withUnit("months")
 *     .withDescription("the month by which an objective's first quick win should land");
 * months.expected();   // "an integer in 1..24"
 * }</pre>
 *
 * <p>Values are text in a rule set ({@link RuleSet#parametersOf(String)}) and in the checker's
 * {@link CheckContext}; each type has one written form, which a rule set keeps: an integer ({@code
 * 2}), a decimal ({@code 0.85}), an ISO-8601 frequency ({@code P1M}, {@code P2W}, {@code P14D}),
 * one of a few words ({@code hours}), or a comma-separated list.
 *
 * @since 0.1.0
 */
public final class RuleParameter {
  /**
   * What values a parameter takes.
   *
   * @since 0.1.0
   */
  public enum Type {
    /** A whole number in a range, read with {@link CheckContext#intParameter(String)}. */
    INTEGER("an integer"),
    /**
     * An exact decimal number in a range, read with {@link CheckContext#decimalParameter(String)}.
     */
    DECIMAL("a decimal"),
    /**
     * An ISO-8601 frequency such as {@code P1M}, read with {@link
     * CheckContext#frequencyParameter(String)}.
     */
    FREQUENCY("a frequency"),
    /** One of a fixed set of words, read with {@link CheckContext#parameter(String)}. */
    CHOICE("a choice"),
    /**
     * A comma-separated list of at least one entry, read with {@link
     * CheckContext#listParameter(String)}.
     */
    LIST("a list");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    /**
     * {@code an integer}, {@code a decimal}, {@code a frequency}, {@code a choice}, {@code a list}.
     */
    String label() {
      return label;
    }
  }

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,20}(\\.[0-9]{1,20})?");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String name;
  private final Type type;
  private final String defaultValue;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final List<String> choices;
  private final @Nullable String unit;
  private final @Nullable String description;

  private RuleParameter(
      String name,
      Type type,
      String defaultValue,
      @Nullable BigDecimal min,
      @Nullable BigDecimal max,
      List<String> choices,
      @Nullable String unit,
      @Nullable String description) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.choices = choices;
    this.unit = unit;
    this.description = description;
  }

  /**
   * An integer parameter: {@code integer("months", 1, 1, 24)}.
   *
   * @param name lower-case words joined by {@code -}, e.g. {@code "info-above-days"}
   * @param defaultValue the value unless a rule set gives another
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the parameter, without unit or description
   * @throws IllegalArgumentException if the name is malformed, {@code min > max}, or the default
   *     lies outside {@code min..max}
   */
  public static RuleParameter integer(String name, int defaultValue, int min, int max) {
    checkName(name);
    Checks.argument(min <= max, "min must be <= max, got " + min + ".." + max);
    Checks.between("defaultValue", defaultValue, min, max);
    return new RuleParameter(
        name,
        Type.INTEGER,
        Integer.toString(defaultValue),
        BigDecimal.valueOf(min),
        BigDecimal.valueOf(max),
        List.of(),
        null,
        null);
  }

  /**
   * A decimal parameter, compared exactly: {@code decimal("target", new BigDecimal("0.90"),
   * BigDecimal.ZERO, BigDecimal.ONE)}.
   *
   * @param name lower-case words joined by {@code -}
   * @param defaultValue the value unless a rule set gives another
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the parameter, without unit or description
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is malformed, {@code min > max}, or the default
   *     lies outside {@code min..max}
   */
  public static RuleParameter decimal(
      String name, BigDecimal defaultValue, BigDecimal min, BigDecimal max) {
    requireNonNull(defaultValue, "defaultValue");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    checkName(name);
    Checks.argument(
        min.compareTo(max) <= 0,
        "min must be <= max, got " + min.toPlainString() + ".." + max.toPlainString());
    Checks.between("defaultValue", defaultValue, min, max);
    return new RuleParameter(
        name, Type.DECIMAL, defaultValue.toPlainString(), min, max, List.of(), null, null);
  }

  /**
   * A frequency parameter: {@code frequency("max-interval", Frequency.monthly())}. Any frequency is
   * allowed.
   *
   * @param name lower-case words joined by {@code -}
   * @param defaultValue the value unless a rule set gives another
   * @return the parameter, without unit or description
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static RuleParameter frequency(String name, Frequency defaultValue) {
    requireNonNull(defaultValue, "defaultValue");
    checkName(name);
    return new RuleParameter(
        name, Type.FREQUENCY, defaultValue.toString(), null, null, List.of(), null, null);
  }

  /**
   * A parameter that takes one of a few words: {@code choice("unit", "hours", List.of("hours",
   * "points", "items"))}. Values are matched ignoring case and kept as declared.
   *
   * @param name lower-case words joined by {@code -}
   * @param defaultValue the value unless a rule set gives another, one of {@code choices}
   * @param choices the words allowed, lower-case words joined by {@code -}, at least one, no
   *     repeats
   * @return the parameter, without unit or description
   * @throws NullPointerException if an argument or a choice is null
   * @throws IllegalArgumentException if the name or a choice is malformed, a choice repeats, or the
   *     default is not a choice
   */
  public static RuleParameter choice(String name, String defaultValue, List<String> choices) {
    requireNonNull(defaultValue, "defaultValue");
    requireNonNull(choices, "choices");
    checkName(name);
    List<String> words = new ArrayList<>();
    for (String c : choices) {
      requireNonNull(c, "choices[]");
      Checks.argument(
          WORD.matcher(c).matches(),
          "choice must be lower-case words joined by -, got " + Checks.quote(c));
      Checks.argument(!words.contains(c), "choice " + Checks.quote(c) + " is given twice");
      words.add(c);
    }
    Checks.argument(!words.isEmpty(), "choices must not be empty");
    Checks.argument(
        words.contains(defaultValue),
        "defaultValue must be one of "
            + String.join(", ", words)
            + ", got "
            + Checks.quote(defaultValue));
    return new RuleParameter(
        name, Type.CHOICE, defaultValue, null, null, List.copyOf(words), null, null);
  }

  /**
   * A comma-separated list of entries: {@code list("output-measures", "emails sent, campaigns
   * launched")}. A value must hold at least one non-blank entry; entries are trimmed.
   *
   * @param name lower-case words joined by {@code -}
   * @param defaultValue the entries unless a rule set gives others
   * @return the parameter, without unit or description
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is malformed or the default holds no entry
   */
  public static RuleParameter list(String name, String defaultValue) {
    requireNonNull(defaultValue, "defaultValue");
    checkName(name);
    String v = canonicalList(defaultValue);
    if (v == null) {
      throw new IllegalArgumentException(
          "defaultValue must hold at least one entry, got " + Checks.quote(defaultValue));
    }
    return new RuleParameter(name, Type.LIST, v, null, null, List.of(), null, null);
  }

  /**
   * This parameter with a unit, shown next to its value: {@code "months"}, {@code "days"}, {@code
   * "share of the total"}.
   *
   * @param unit one non-blank line
   * @return a copy with the unit
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code unit} is blank or not one line
   */
  public RuleParameter withUnit(String unit) {
    return new RuleParameter(
        name, type, defaultValue, min, max, choices, line("unit", unit), description);
  }

  /**
   * This parameter with a one-line description of what it sets, for listings.
   *
   * @param description one non-blank line
   * @return a copy with the description
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank or not one line
   */
  public RuleParameter withDescription(String description) {
    return new RuleParameter(
        name, type, defaultValue, min, max, choices, unit, line("description", description));
  }

  /** The name, e.g. {@code months}; unique among the rule's parameters. */
  public String name() {
    return name;
  }

  /** What values the parameter takes. */
  public Type type() {
    return type;
  }

  /** The default value in its written form, e.g. {@code 1}, {@code 0.90}, {@code P1M}. */
  public String defaultValue() {
    return defaultValue;
  }

  /** The smallest value allowed, for {@link Type#INTEGER} and {@link Type#DECIMAL} parameters. */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** The largest value allowed, for {@link Type#INTEGER} and {@link Type#DECIMAL} parameters. */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** The words allowed, for a {@link Type#CHOICE} parameter; empty for the other types. */
  public List<String> choices() {
    return choices;
  }

  /** The unit of the value, if declared: {@code months}, {@code days}. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** What the parameter sets, if declared. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * What a value must be, as error messages and listings say it: {@code an integer in 1..24},
   * {@code a decimal in 0..1}, {@code a frequency such as P1M, P2W or P14D}, {@code one of hours,
   * points, items}, {@code a comma-separated list}.
   *
   * @return the phrase
   */
  public String expected() {
    return switch (type) {
      case INTEGER, DECIMAL ->
          type.label()
              + " in "
              + requireNonNull(min, "min").toPlainString()
              + ".."
              + requireNonNull(max, "max").toPlainString();
      case FREQUENCY -> "a frequency such as P1M, P2W or P14D";
      case CHOICE -> "one of " + String.join(", ", choices);
      case LIST -> "a comma-separated list";
    };
  }

  /**
   * Checks a value for this parameter of rule {@code ruleId}.
   *
   * @return the value in its written form
   * @throws RuleParameterException if the value does not have the type or lies outside the range
   */
  String check(String ruleId, String value) {
    String canonical = canonical(value.strip());
    if (canonical == null) {
      throw new RuleParameterException(
          ruleId,
          name,
          value,
          expected(),
          "parameter "
              + ruleId
              + "."
              + name
              + " must be "
              + expected()
              + ", got "
              + Checks.quote(value));
    }
    return canonical;
  }

  /** The written form of {@code v}, or null if it is not a value of this parameter. */
  private @Nullable String canonical(String v) {
    return switch (type) {
      case INTEGER ->
          INTEGER.matcher(v).matches() && inRange(new BigDecimal(v))
              ? Integer.toString(Integer.parseInt(v))
              : null;
      case DECIMAL ->
          DECIMAL.matcher(v).matches() && inRange(new BigDecimal(v))
              ? new BigDecimal(v).toPlainString()
              : null;
      case FREQUENCY -> frequency(v);
      case CHOICE ->
          choices.contains(v.toLowerCase(Locale.ROOT)) ? v.toLowerCase(Locale.ROOT) : null;
      case LIST -> canonicalList(v);
    };
  }

  private static @Nullable String frequency(String v) {
    try {
      return Frequency.parse(v.toUpperCase(Locale.ROOT)).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean inRange(BigDecimal v) {
    return min != null && max != null && v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
  }

  /** The trimmed non-blank entries joined by {@code ", "}, or null when there is none. */
  private static @Nullable String canonicalList(String v) {
    List<String> entries = new ArrayList<>();
    for (String s : v.split(",", -1)) {
      if (!s.isBlank()) {
        entries.add(s.strip());
      }
    }
    return entries.isEmpty() ? null : String.join(", ", entries);
  }

  private static void checkName(String name) {
    requireNonNull(name, "name");
    Checks.argument(
        NAME.matcher(name).matches(),
        "parameter name must be lower-case words joined by -, got " + Checks.quote(name));
  }

  private static String line(String field, String text) {
    Checks.notBlank(field, text);
    Checks.argument(
        text.indexOf('\n') < 0 && text.indexOf('\r') < 0,
        field + " must be one line, got " + Checks.quote(text));
    return text.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleParameter p
        && p.name.equals(name)
        && p.type == type
        && p.defaultValue.equals(defaultValue)
        && Objects.equals(p.min, min)
        && Objects.equals(p.max, max)
        && p.choices.equals(choices)
        && Objects.equals(p.unit, unit)
        && Objects.equals(p.description, description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, defaultValue, min, max, choices, unit, description);
  }

  /** Reads as {@code months = 1 (an integer in 1..24, months)}. */
  @Override
  public String toString() {
    return name
        + " = "
        + defaultValue
        + " ("
        + expected()
        + (unit == null ? "" : ", " + unit)
        + ")";
  }
}
