package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.mops.model.Frequency;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of what a rule may declare: rule ids up to 64 characters, parameters of every type with
 * a well-formed name, ranges of one value, choices as declared, units and descriptions of one line,
 * and descriptors equal only when every part is.
 */
class RuleDeclarationBoundariesTest {

  @Test
  void aRuleIdMayHave64CharactersButNot65() {
    String id64 = "acme." + "a".repeat(59);
    assertEquals(64, id64.length());
    assertEquals(id64, RuleDescriptor.of(id64, Severity.INFO, "long id").id());
    String id65 = id64 + "b";
    assertEquals(
        "rule id must be lower-case words joined by - or . (at most 64 characters), got \""
            + id65
            + "\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleDescriptor.of(id65, Severity.INFO, "too long"))
            .getMessage());
  }

  @Test
  void everyFactoryRefusesAMalformedName() {
    String message = "parameter name must be lower-case words joined by -, got \"Bad_Name\"";
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RuleParameter.decimal(
                        "Bad_Name", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE))
            .getMessage());
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleParameter.frequency("Bad_Name", Frequency.monthly()))
            .getMessage());
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleParameter.choice("Bad_Name", "a", List.of("a")))
            .getMessage());
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> RuleParameter.list("Bad_Name", "a"))
            .getMessage());
  }

  @Test
  void aChoiceIsALowerCaseWordAndIsKeptAsDeclared() {
    assertEquals(
        "choice must be lower-case words joined by -, got \"Hours\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleParameter.choice("unit", "points", List.of("points", "Hours")))
            .getMessage());
    RuleParameter unit = RuleParameter.choice("unit", "points", List.of("hours", "points"));
    assertEquals(List.of("hours", "points"), unit.choices());
    assertEquals("one of hours, points", unit.expected());
  }

  @Test
  void aRangeMayHoldASingleValue() {
    RuleParameter integer = RuleParameter.integer("n", 3, 3, 3);
    assertEquals("an integer in 3..3", integer.expected());
    RuleParameter decimal =
        RuleParameter.decimal("d", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
    assertEquals("a decimal in 1..1", decimal.expected());
    assertEquals(
        "min must be <= max, got 1..0",
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleParameter.decimal("d", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
            .getMessage());
  }

  @Test
  void aUnitOrDescriptionStartingWithALineBreakIsNotOneLine() {
    RuleParameter p = RuleParameter.integer("n", 1, 1, 3);
    assertThrows(IllegalArgumentException.class, () -> p.withUnit("\nmonths"));
    assertThrows(IllegalArgumentException.class, () -> p.withUnit("\rmonths"));
    assertThrows(IllegalArgumentException.class, () -> p.withDescription("\nthe months"));
    assertThrows(IllegalArgumentException.class, () -> p.withDescription("\rthe months"));
    assertThrows(IllegalArgumentException.class, () -> p.withDescription("the\rmonths"));
    assertEquals("months", p.withUnit(" months ").unit().orElseThrow());
  }

  @Test
  void descriptorsAreEqualOnlyWhenEveryPartIs() {
    RuleParameter n = RuleParameter.integer("n", 1, 1, 3);
    new EqualsTester()
        .addEqualityGroup(
            RuleDescriptor.of("acme.x", Severity.INFO, "x"),
            RuleDescriptor.builder("acme.x", Severity.INFO, "x").build())
        .addEqualityGroup(RuleDescriptor.of("acme.y", Severity.INFO, "x"))
        .addEqualityGroup(RuleDescriptor.of("acme.x", Severity.ERROR, "x"))
        .addEqualityGroup(RuleDescriptor.of("acme.x", Severity.INFO, "other"))
        .addEqualityGroup(RuleDescriptor.builder("acme.x", Severity.INFO, "x").needsAsOf().build())
        .addEqualityGroup(
            RuleDescriptor.builder("acme.x", Severity.INFO, "x").parameter(n).build(),
            RuleDescriptor.builder("acme.x", Severity.INFO, "x").parameter(n).build())
        .testEquals();
  }

  @Test
  void aRuleDescriptionIsOneLine() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleDescriptor.of("acme.x", Severity.INFO, "\nfires on every plan"));
    assertEquals(
        "description must be one line, got \"fires\\non every plan\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> RuleDescriptor.of("acme.x", Severity.INFO, "fires\non every plan"))
            .getMessage());
  }
}
