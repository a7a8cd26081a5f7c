package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an extension value or writing a check-in without a cast or a BigDecimal. */
class TypedAccessTest {

  private static final ExtensionValue CRM =
      ExtensionValue.object(
          Map.of(
              "campaignId", ExtensionValue.string("701-AUTO"),
              "budget", ExtensionValue.number("1.50"),
              "live", ExtensionValue.bool(true),
              "tags", ExtensionValue.array(List.of(ExtensionValue.string("q1"))),
              "owner", ExtensionValue.nullValue()));

  @Test
  void eachAccessorAnswersOnlyForItsKind() {
    assertEquals(Optional.of("701-AUTO"), CRM.get("campaignId").flatMap(ExtensionValue::asString));
    BigDecimal budget = CRM.get("budget").flatMap(ExtensionValue::asNumber).orElseThrow();
    assertEquals(new BigDecimal("1.50"), budget);
    assertEquals(2, budget.scale());
    assertEquals(Optional.of(true), CRM.get("live").flatMap(ExtensionValue::asBoolean));
    assertEquals(1, CRM.get("tags").flatMap(ExtensionValue::asArray).orElseThrow().size());
    assertTrue(CRM.get("owner").orElseThrow().isNull());
    assertFalse(CRM.isNull());
    assertEquals(5, CRM.asObject().orElseThrow().size());

    assertEquals(Optional.empty(), CRM.get("budget").flatMap(ExtensionValue::asString));
    assertEquals(Optional.empty(), CRM.get("campaignId").flatMap(ExtensionValue::asNumber));
    assertEquals(Optional.empty(), CRM.get("campaignId").flatMap(ExtensionValue::asBoolean));
    assertEquals(Optional.empty(), CRM.asArray());
    assertEquals(Optional.empty(), CRM.get("missing"));
    assertEquals(Optional.empty(), ExtensionValue.string("x").get("campaignId"));
    assertEquals(Optional.empty(), ExtensionValue.string("x").asObject());
    assertThrows(NullPointerException.class, () -> CRM.get(null));
  }

  @Test
  void checkInFromADoubleKeepsTheDecimalAsWritten() {
    CheckIn c = CheckIn.of(LocalDate.of(2027, 2, 14), 0.8);
    assertEquals(Optional.of(new BigDecimal("0.8")), c.value());
    assertEquals(CheckIn.of(LocalDate.of(2027, 2, 14), new BigDecimal("0.8")), c);
    assertEquals(
        Optional.of(new BigDecimal("80.0")), CheckIn.of(LocalDate.of(2027, 2, 14), 80).value());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void checkInRefusesNonFiniteValues(double value) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CheckIn.of(LocalDate.of(2027, 2, 14), value));
    assertEquals("check-in value must be a finite number, got " + value, e.getMessage());
  }
}
