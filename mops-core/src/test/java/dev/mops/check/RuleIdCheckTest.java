package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hand-written rule-id check accepts exactly what the documented pattern accepts. */
class RuleIdCheckTest {
  private static final char[] ALPHABET = {'a', 'z', '0', '9', '.', '-', 'A', '_', ' '};

  @Test
  void agreesWithThePatternOnEveryShortString() {
    int checked = 0;
    for (int length = 0; length <= 5; length++) {
      int[] digits = new int[length];
      while (true) {
        StringBuilder b = new StringBuilder();
        for (int d : digits) {
          b.append(ALPHABET[d]);
        }
        String id = b.toString();
        assertEquals(RuleDescriptor.RULE_ID.matcher(id).matches(), RuleDescriptor.isRuleId(id), id);
        checked++;
        int k = length - 1;
        while (k >= 0 && ++digits[k] == ALPHABET.length) {
          digits[k--] = 0;
        }
        if (k < 0) {
          break;
        }
      }
    }
    assertEquals(1 + 9 + 81 + 729 + 6561 + 59049, checked);
  }

  @Test
  void namesOfTheCatalogPassAndNearMissesFail() {
    for (String id : RuleSet.defaults().ids()) {
      assertTrue(RuleDescriptor.isRuleId(id), id);
    }
    assertTrue(RuleDescriptor.isRuleId("acme.no-early-quick-win2"));
    assertFalse(RuleDescriptor.isRuleId("no--early"));
    assertFalse(RuleDescriptor.isRuleId("no-early-"));
    assertFalse(RuleDescriptor.isRuleId("-no"));
    assertFalse(RuleDescriptor.isRuleId("2no"));
    assertFalse(RuleDescriptor.isRuleId("No"));
  }
}
