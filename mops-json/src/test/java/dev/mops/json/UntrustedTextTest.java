package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Error messages do not depend on the default locale (the CSV readers' messages are tested in
 * mops-csv's {@code CsvUntrustedTextTest}).
 */
class UntrustedTextTest {
  @Test
  void limitMessagesUseLatinDigitsWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      String text = "{\"formatVersion\":\"1.0\",\"extensions\":{\"x\":" + "[".repeat(100);
      MopsJsonException e =
          assertThrows(MopsJsonException.class, () -> MopsJson.standard().readString(text));
      assertTrue(e.problem().contains("nested deeper than the limit of 64 levels"), e.problem());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
