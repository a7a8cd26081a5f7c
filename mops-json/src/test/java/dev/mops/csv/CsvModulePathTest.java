package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The CSV tests run inside the {@code dev.mops.json} module, as users on the module path meet it.
 * PIT, which runs tests on the class path, leaves this class out ({@code *ModulePathTest}).
 */
class CsvModulePathTest {
  @Test
  void runsOnTheModulePath() {
    assertEquals("dev.mops.json", EmailEventsCsv.class.getModule().getName());
    assertEquals(EmailEventsCsv.class.getModule(), getClass().getModule());
  }
}
