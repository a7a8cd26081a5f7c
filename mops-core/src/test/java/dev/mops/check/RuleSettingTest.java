package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link RuleSet.Builder#parameter(String)}: a setting written {@code RULE.NAME=VALUE}. */
class RuleSettingTest {
  @Test
  void aSettingIsTheRuleIdTheNameAndTheValue() {
    assertEquals(
        RuleSet.builder().parameter("no-early-quick-win", "months", "2").build().describe(),
        RuleSet.builder().parameter("no-early-quick-win.months=2").build().describe());
    assertEquals(
        "0.85",
        RuleSet.builder()
            .parameter("vision-focus-below-target.target=0.85")
            .build()
            .parametersOf("vision-focus-below-target")
            .get("target"));
  }

  @Test
  void theValueIsEverythingAfterTheFirstEqualsSign() {
    // the value "a=b" is handed to the rule, which refuses it as a choice it does not know
    RuleParameterException e =
        assertThrows(
            RuleParameterException.class,
            () -> RuleSet.builder().parameter("vision-focus-below-target.unit=a=b"));
    assertEquals(
        "parameter vision-focus-below-target.unit must be one of hours, points, items, got \"a=b\"",
        e.getMessage());
  }

  @Test
  void theRuleIdEndsAtTheLastDotBeforeTheEqualsSign() {
    // a vendor rule id with dots: "acme.kpi-rule" is the id, "min" the name
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuleSet.builder().parameter("acme.kpi-rule.min=1.5"));
    assertEquals("unknown rule id \"acme.kpi-rule\"", e.getMessage());
  }

  @Test
  void malformedSettingsAreRefusedWithTheSetting() {
    for (String bad :
        new String[] {"months=2", "no-early-quick-win.months", ".months=2", "a.=2", "=2", ""}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RuleSet.builder().parameter(bad));
      assertEquals(
          "setting must be RULE.NAME=VALUE, e.g. no-early-quick-win.months=2, got "
              + Wording.quote(bad),
          e.getMessage(),
          bad);
    }
    assertEquals(
        "setting",
        assertThrows(NullPointerException.class, () -> RuleSet.builder().parameter((String) null))
            .getMessage());
  }
}
