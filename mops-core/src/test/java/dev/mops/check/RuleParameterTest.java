package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.mops.model.Frequency;
import dev.mops.model.Plan;
import dev.mops.testing.SeedPlans;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typed rule parameters: declared once per rule with name, type, range and default, and checked
 * when a {@link RuleSet} is configured, so a check never fails for a configuration mistake.
 */
class RuleParameterTest {

  /** A vendor rule with one parameter of each type, reading each through the context. */
  static final class Typed implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.builder("acme.typed", Severity.INFO, "reads one parameter of each type")
          .parameter(RuleParameter.integer("count", 3, 0, 10))
          .parameter(
              RuleParameter.decimal(
                  "share", new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ONE))
          .parameter(RuleParameter.frequency("every", Frequency.weekly()))
          .parameter(RuleParameter.choice("mode", "fast", List.of("fast", "slow")))
          .parameter(RuleParameter.list("words", "a, b"))
          .build();
    }

    @Override
    public void check(CheckContext context) {
      context.report(
          context.planPath(),
          context.intParameter("count")
              + " "
              + context.decimalParameter("share")
              + " "
              + context.frequencyParameter("every")
              + " "
              + context.parameter("mode")
              + " "
              + context.listParameter("words"));
    }
  }

  /**
   * A vendor rule that reads a parameter as the wrong type: a bug in the rule, not in the
   * configuration.
   */
  static final class Misreads implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.builder("acme.misreads", Severity.INFO, "reads a decimal as an integer")
          .parameter(
              RuleParameter.decimal(
                  "share", new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ONE))
          .build();
    }

    @Override
    public void check(CheckContext context) {
      context.intParameter("share");
    }
  }

  static Plan plan() {
    return RuleCatalogTest.base().build();
  }

  static RuleParameterException refused(String ruleId, String name, String value) {
    return assertThrows(
        RuleParameterException.class, () -> RuleSet.builder().parameter(ruleId, name, value));
  }

  @Test
  void everyBuiltInParameterIsDeclaredWithATypeARangeAndADefaultItAccepts() {
    int declared = 0;
    for (RuleDescriptor d : RuleSet.builtInDescriptors()) {
      for (RuleParameter p : d.parameters()) {
        declared++;
        assertEquals(p.defaultValue(), d.checkParameter(p.name(), p.defaultValue()), p::toString);
        assertEquals(p.defaultValue(), RuleSet.defaults().parametersOf(d.id()).get(p.name()));
        assertTrue(
            p.description().isPresent(), () -> d.id() + "." + p.name() + " has no description");
        assertEquals(
            p.type() == RuleParameter.Type.INTEGER || p.type() == RuleParameter.Type.DECIMAL,
            p.min().isPresent() && p.max().isPresent(),
            p::toString);
      }
      assertEquals(
          d.parameters().stream().map(RuleParameter::name).toList(),
          List.copyOf(RuleSet.defaults().parametersOf(d.id()).keySet()));
    }
    assertTrue(declared > 0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "vision-focus-below-target|unit|minutes|one of hours, points, items"
            + "|parameter vision-focus-below-target.unit must be one of hours, points, items, got \"minutes\"",
        "no-early-quick-win|months|0|an integer in 1..24"
            + "|parameter no-early-quick-win.months must be an integer in 1..24, got \"0\"",
        "no-early-quick-win|months|soon|an integer in 1..24"
            + "|parameter no-early-quick-win.months must be an integer in 1..24, got \"soon\"",
        "no-early-quick-win|months|1.5|an integer in 1..24"
            + "|parameter no-early-quick-win.months must be an integer in 1..24, got \"1.5\"",
        "no-early-quick-win|months|99999999999|an integer in 1..24"
            + "|parameter no-early-quick-win.months must be an integer in 1..24, got \"99999999999\"",
        "vision-focus-below-target|target|90|a decimal in 0..1"
            + "|parameter vision-focus-below-target.target must be a decimal in 0..1, got \"90\"",
        "vision-focus-below-target|target|-0.1|a decimal in 0..1"
            + "|parameter vision-focus-below-target.target must be a decimal in 0..1, got \"-0.1\"",
        "vision-focus-below-target|target|1e-1|a decimal in 0..1"
            + "|parameter vision-focus-below-target.target must be a decimal in 0..1, got \"1e-1\"",
        "review-too-rare|warning-above|monthly|a frequency such as P1M, P2W or P14D"
            + "|parameter review-too-rare.warning-above must be a frequency such as P1M, P2W or P14D, got \"monthly\"",
        "review-too-rare|info-above-days|0|an integer in 1..366"
            + "|parameter review-too-rare.info-above-days must be an integer in 1..366, got \"0\"",
        "output-kpi|output-measures|' , '|a comma-separated list"
            + "|parameter output-kpi.output-measures must be a comma-separated list, got \" , \"",
        "no-early-quick-win|weeks|2|one of months|rule no-early-quick-win has no parameter \"weeks\"; it has months",
        "duplicate-id|months|2|no parameter|rule duplicate-id has no parameter \"months\"",
      })
  void aBadParameterIsRefusedWhenTheRuleSetIsConfigured(
      String rule, String name, String value, String expected, String message) {
    RuleParameterException e = refused(rule, name, value);
    assertEquals(message, e.getMessage());
    assertEquals(rule, e.ruleId());
    assertEquals(name, e.parameter());
    assertEquals(value, e.value());
    assertEquals(expected, e.expected());
  }

  @Test
  void aCheckNeverFailsForConfiguration() {
    RuleSet rules =
        RuleSet.builder()
            .parameter("vision-focus-below-target", "unit", "POINTS")
            .parameter("vision-focus-below-target", "target", new BigDecimal("0.85"))
            .parameter("no-early-quick-win", "months", 24)
            .parameter("review-too-rare", "warning-above", "p2w")
            .parameter("review-too-rare", "info-above-days", "+7")
            .parameter("output-kpi", "output-measures", " emails sent ,, tickets closed ")
            .build();
    assertEquals("points", rules.parametersOf("vision-focus-below-target").get("unit"));
    assertEquals("P2W", rules.parametersOf("review-too-rare").get("warning-above"));
    assertEquals("7", rules.parametersOf("review-too-rare").get("info-above-days"));
    assertEquals(
        "emails sent, tickets closed", rules.parametersOf("output-kpi").get("output-measures"));
    CheckReport report =
        PlanChecker.of(rules)
            .check(SeedPlans.automotivePlan(), java.time.LocalDate.of(2027, 6, 30));
    assertEquals(List.of(), report.failedRules());
  }

  @Test
  void theContextReadsEachTypeAndRefusesToMisreadOne() {
    RuleSet rules =
        RuleSet.builder()
            .disableAll()
            .add(new Typed())
            .add(new Misreads())
            .parameter("acme.typed", "count", 10)
            .parameter("acme.typed", "words", "x,y , z")
            .build();
    CheckReport report = PlanChecker.of(rules).check(plan());
    assertEquals("10 0.5 P1W fast [x, y, z]", report.withRule("acme.typed").get(0).message());
    assertEquals(List.of("acme.misreads"), report.failedRules());
    assertTrue(
        report
            .withRule("acme.misreads")
            .get(0)
            .message()
            .contains("parameter acme.misreads.share is a decimal, not an integer"),
        report.render());
    assertEquals(
        "parameter acme.typed.count must be an integer in 0..10, got \"11\"",
        assertThrows(
                RuleParameterException.class,
                () -> rules.toBuilder().parameter("acme.typed", "count", 11))
            .getMessage());
  }

  @Test
  void theParametersShowInTheListingWithTheirValuesAndWhatTheyAllow() {
    String defaults = RuleSet.defaults().describe();
    assertTrue(
        defaults
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("     ")
                        && l.strip().startsWith("months = 1 (an integer in " + "1..24, months): ")),
        defaults);
    RuleSet rules = RuleSet.builder().parameter("no-early-quick-win", "months", 2).build();
    String text = rules.describe();
    assertTrue(text.contains("months = 2* (an integer in 1..24, months; default 1): "), text);
    assertTrue(text.contains("unit = hours (one of hours, points, items): "), text);
    assertTrue(text.contains("warning-above = P1M (a frequency such as P1M, P2W or P14D): "), text);
    assertTrue(
        text.lines()
            .anyMatch(l -> l.startsWith("review-overdue ") && l.endsWith(" (as of a date)")),
        text);
    assertEquals(
        RuleSet.defaults().describe(),
        rules.toBuilder().parameter("no-early-quick-win", "months", "1").build().describe());
    assertEquals("2", rules.toBuilder().build().parametersOf("no-early-quick-win").get("months"));
  }

  @Test
  void declarationsAreCheckedToo() {
    assertEquals(
        "min must be <= max, got 2..1",
        assertThrows(IllegalArgumentException.class, () -> RuleParameter.integer("n", 1, 2, 1))
            .getMessage());
    assertEquals(
        "defaultValue must be in 1..3, got 0",
        assertThrows(IllegalArgumentException.class, () -> RuleParameter.integer("n", 0, 1, 3))
            .getMessage());
    assertEquals(
        "defaultValue must be in 0..1, got 2",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RuleParameter.decimal(
                        "n", BigDecimal.valueOf(2), BigDecimal.ZERO, BigDecimal.ONE))
            .getMessage());
    assertEquals(
        "parameter name must be lower-case words joined by -, got \"Months\"",
        assertThrows(IllegalArgumentException.class, () -> RuleParameter.integer("Months", 1, 1, 3))
            .getMessage());
    assertEquals(
        "defaultValue must be one of a, b, got \"c\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleParameter.choice("m", "c", List.of("a", "b")))
            .getMessage());
    assertEquals(
        "choice \"a\" is given twice",
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleParameter.choice("m", "a", List.of("a", "a")))
            .getMessage());
    assertEquals(
        "choices must not be empty",
        assertThrows(
                IllegalArgumentException.class, () -> RuleParameter.choice("m", "a", List.of()))
            .getMessage());
    assertEquals(
        "defaultValue must hold at least one entry, got \" ,\"",
        assertThrows(IllegalArgumentException.class, () -> RuleParameter.list("w", " ,"))
            .getMessage());
    assertEquals(
        "unit must be one line, got \"a\\nb\"",
        assertThrows(
                IllegalArgumentException.class, () -> RuleParameter.list("w", "x").withUnit("a\nb"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RuleParameter.list("w", "x").withDescription(" "));
    RuleDescriptor.Builder b =
        RuleDescriptor.builder("acme.x", Severity.INFO, "x")
            .parameter(RuleParameter.integer("n", 1, 1, 3));
    assertEquals(
        "parameter n is declared twice",
        assertThrows(
                IllegalArgumentException.class, () -> b.parameter(RuleParameter.list("n", "x")))
            .getMessage());
  }

  @Test
  void aParameterIsAValue() {
    RuleParameter months =
        RuleParameter.integer("months", 1, 1, 24)
            .withUnit("months")
            .withDescription("the month by which an objective's first quick win should land");
    assertEquals("an integer in 1..24", months.expected());
    assertEquals("months = 1 (an integer in 1..24, months)", months.toString());
    assertEquals(RuleParameter.Type.INTEGER, months.type());
    assertEquals(Optional.of(BigDecimal.ONE), months.min());
    assertEquals(Optional.of(BigDecimal.valueOf(24)), months.max());
    assertEquals(List.of(), months.choices());
    assertEquals(Optional.empty(), RuleParameter.frequency("f", Frequency.monthly()).min());
    new EqualsTester()
        .addEqualityGroup(
            months,
            RuleParameter.integer("months", 1, 1, 24)
                .withUnit("months")
                .withDescription("the month by which an objective's first quick win should land"))
        .addEqualityGroup(RuleParameter.integer("months", 1, 1, 24))
        .addEqualityGroup(RuleParameter.integer("months", 1, 1, 12))
        .addEqualityGroup(RuleParameter.integer("months", 2, 1, 24))
        .addEqualityGroup(RuleParameter.integer("weeks", 1, 1, 24))
        .addEqualityGroup(RuleParameter.integer("months", 1, 1, 24).withUnit("months"))
        .addEqualityGroup(
            RuleParameter.decimal("months", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(24)))
        .addEqualityGroup(RuleParameter.choice("months", "a", List.of("a")))
        .testEquals();
    assertFalse(
        RuleDescriptor.builder("acme.x", Severity.INFO, "x")
            .parameter(months)
            .build()
            .equals(RuleDescriptor.of("acme.x", Severity.INFO, "x")));
    assertEquals(
        "acme.x (info): x [months=1]",
        RuleDescriptor.builder("acme.x", Severity.INFO, "x").parameter(months).build().toString());
  }
}
