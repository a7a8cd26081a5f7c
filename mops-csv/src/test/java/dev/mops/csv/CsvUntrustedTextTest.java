package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CSV error messages do not echo control characters from the file. */
class CsvUntrustedTextTest {
  @Test
  void csvErrorsEscapeControlCharactersOfTheFile() {
    String csv =
        "contact_id,event,occurred_at\na,\u001b]0;owned\u0007\u202Eopen,2027-03-02T09:00:00Z\n";
    CsvImportException e = CsvReads.refused(csv);
    assertTrue(e.getMessage().contains("\"\\u001B]0;owned\\u0007\\u202Eopen\""), e.getMessage());
    assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
    assertEquals(
        "\u001b]0;owned\u0007\u202Eopen", e.value().orElseThrow(), "the value itself stays exact");
  }

  @Test
  void csvHeadersFromTheFileAreEscapedInErrors() {
    String csv = "contact_id,event\u001b[2J,occurred_at\n";
    CsvImportException e = CsvReads.refused(csv);
    assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
  }
}
