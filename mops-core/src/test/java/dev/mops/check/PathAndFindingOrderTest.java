package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How paths and findings order and what a path holds: the plan's own path first, then by text; a
 * path contains only the ids along it; field names are letters and digits; findings order by
 * severity, path, rule, message and hint; a finding's hint, when given, is not blank.
 */
class PathAndFindingOrderTest {

  @Test
  void thePlansPathSortsBeforeEveryOtherAndOthersSortByText() {
    ElementPath root = ElementPath.root("p");
    ElementPath capability = ElementPath.of("capabilities", "c");
    ElementPath objective = ElementPath.of("objectives", "o");
    ElementPath nested = objective.child("quickWins", "q");
    assertTrue(root.compareTo(capability) < 0);
    assertTrue(capability.compareTo(root) > 0);
    assertTrue(capability.compareTo(objective) < 0);
    assertTrue(objective.compareTo(capability) > 0);
    assertTrue(objective.compareTo(nested) < 0);
    assertEquals(0, nested.compareTo(ElementPath.of("objectives", "o").child("quickWins", "q")));
    List<ElementPath> paths = new ArrayList<>(List.of(nested, objective, capability, root));
    paths.sort(null);
    assertEquals(List.of(root, capability, objective, nested), paths);
  }

  @Test
  void thePathsOfTwoPlansReadAlikeAndOrderByPlanId() {
    ElementPath a = ElementPath.root("plan-a");
    ElementPath b = ElementPath.root("plan-b");
    assertEquals(a.toString(), b.toString());
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
    assertEquals(0, a.compareTo(ElementPath.root("plan-a")));
  }

  @Test
  void aPathContainsExactlyTheIdsAlongIt() {
    ElementPath p = ElementPath.of("okrs", "okr-email").child("keyResults", "kr-churn");
    assertTrue(p.contains("okr-email"));
    assertTrue(p.contains("kr-churn"));
    assertFalse(p.contains("kr-open"));
    assertFalse(p.contains("okrs"));
    assertEquals(List.of("okrs", "keyResults"), p.fields());
    assertEquals(List.of("plan"), ElementPath.root("p").fields());
    assertEquals(
        List.of("capabilities"), ElementPath.root("p").child("capabilities", "c").fields());
  }

  @Test
  void aFieldIsLettersAndDigits() {
    assertEquals(
        "field must be letters and digits, got \"quick-wins\"",
        assertThrows(IllegalArgumentException.class, () -> ElementPath.of("quick-wins", "q"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ElementPath.of("objectives", "o").child("key results", "k"));
    assertThrows(IllegalArgumentException.class, () -> ElementPath.of(" ", "k"));
    assertEquals("okrs2[o]", ElementPath.of("okrs2", "o").toString());
  }

  @Test
  void findingsOrderBySeverityThenPathThenRule() {
    ElementPath early = ElementPath.of("capabilities", "c");
    ElementPath late = ElementPath.of("objectives", "o");
    Finding warningLate = Finding.of("b-rule", Severity.WARNING, late, "m");
    Finding errorLate = Finding.of("b-rule", Severity.ERROR, late, "m");
    Finding warningEarly = Finding.of("b-rule", Severity.WARNING, early, "m");
    Finding warningLateOtherRule = Finding.of("a-rule", Severity.WARNING, late, "m");
    assertTrue(errorLate.compareTo(warningEarly) < 0);
    assertTrue(warningEarly.compareTo(errorLate) > 0);
    assertTrue(warningEarly.compareTo(warningLate) < 0);
    assertTrue(warningLateOtherRule.compareTo(warningLate) < 0);
    assertEquals(0, warningLate.compareTo(Finding.of("b-rule", Severity.WARNING, late, "m")));
  }

  @Test
  void aHintIsNotBlank() {
    ElementPath p = ElementPath.root("p");
    assertThrows(
        IllegalArgumentException.class, () -> Finding.of("r", Severity.INFO, p, "message", " "));
    assertThrows(
        IllegalArgumentException.class, () -> Finding.of("r", Severity.INFO, p, "message", ""));
    assertEquals("Fix it.", Finding.of("r", Severity.INFO, p, "message", "Fix it.").hint().get());
  }

  @Test
  void findingsThatDifferOnlyInTheHintOrderByIt() {
    ElementPath p = ElementPath.of("kpis", "k");
    Finding none = Finding.of("r", Severity.INFO, p, "m");
    Finding a = Finding.of("r", Severity.INFO, p, "m", "A hint.");
    Finding b = Finding.of("r", Severity.INFO, p, "m", "B hint.");
    assertTrue(none.compareTo(a) < 0);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
    assertEquals("k", b.elementId());
  }

  @Test
  void aFindingReadsAsSeverityRulePathMessageAndHint() {
    ElementPath p = ElementPath.of("quickWins", "qw-2");
    assertEquals(
        "error quick-win-out-of-order quickWins[qw-2]: Too early. (hint: Move it.)",
        Finding.of("quick-win-out-of-order", Severity.ERROR, p, "Too early.", "Move it.")
            .toString());
    assertEquals(
        "info quick-win-out-of-order quickWins[qw-2]: Too early.",
        Finding.of("quick-win-out-of-order", Severity.INFO, p, "Too early.").toString());
  }

  @Test
  void aSeverityIsAtLeastItselfAndEveryLesserOne() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.ERROR));
    assertTrue(Severity.ERROR.isAtLeast(Severity.INFO));
    assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.isAtLeast(Severity.INFO));
    assertFalse(Severity.WARNING.isAtLeast(Severity.ERROR));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
  }
}
