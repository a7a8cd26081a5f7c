package dev.mops.check;

/**
 * A rule set was given a parameter its rule does not declare, or a value the parameter does not
 * allow (wrong type, unknown choice, out of range). Thrown while a {@link RuleSet} is configured,
 * never during a check. The message is short and names all four parts, e.g. {@code parameter
 * no-early-quick-win.months must be an integer in 1..24, got "0"}; the parts are here for callers
 * that report them their own way (a command line, a settings form).
 *
 * @since 0.1.0
 */
public final class RuleParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String parameter;
  private final String value;
  private final String expected;

  RuleParameterException(
      String ruleId, String parameter, String value, String expected, String message) {
    super(message);
    this.ruleId = ruleId;
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }

  /** The id of the rule that was configured, e.g. {@code no-early-quick-win}. */
  public String ruleId() {
    return ruleId;
  }

  /** The parameter name as given, e.g. {@code months}. */
  public String parameter() {
    return parameter;
  }

  /** The value as given, e.g. {@code 0}. */
  public String value() {
    return value;
  }

  /**
   * What was expected: for a bad value, {@link RuleParameter#expected()} (e.g. {@code an integer in
   * 1..24}); for an unknown parameter, the names the rule declares ({@code one of months}) or
   * {@code no parameter}.
   */
  public String expected() {
    return expected;
  }
}
