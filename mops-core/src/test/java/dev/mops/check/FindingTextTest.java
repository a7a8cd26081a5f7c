package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A finding's message and hint are one line with plan text's control characters made visible. */
class FindingTextTest {
  @Test
  void messageAndHintEscapeControlCharactersAndKeepPrintableText() {
    Finding f =
        Finding.of(
            "kpi-without-target",
            Severity.WARNING,
            ElementPath.of("kpis", "k"),
            "KPI \"Taux d'ouverture é 中 \uD83D\uDE80\u001b]0;owned\u0007\n\u202Eevil\" has no target.",
            "Agree one\u009b with\r\nleadership.");
    assertEquals(
        "KPI \"Taux d'ouverture é 中 \uD83D\uDE80\\u001B]0;owned\\u0007\\n\\u202Eevil\" has no target.",
        f.message());
    assertEquals("Agree one\\u009B with\\r\\nleadership.", f.hint().orElseThrow());
    assertEquals(f, f.withSeverity(Severity.ERROR).withSeverity(Severity.WARNING));
  }

  @Test
  void theTextReportHasOneLinePerMessage() {
    Finding f =
        Finding.of(
            "kpi-without-target", Severity.WARNING, ElementPath.of("kpis", "k"), "a\nb\u001b[2J");
    CheckReport report =
        new CheckReport("p", java.util.List.of(f), java.util.List.of(), java.util.List.of(), 1);
    String text = report.render();
    assertTrue(text.contains("\n  a\\nb\\u001B[2J\n"), text);
    assertFalse(text.contains("\u001b"), text);
  }
}
