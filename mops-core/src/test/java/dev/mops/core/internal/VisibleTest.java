package dev.mops.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every class of character {@link Visible} escapes, and the printable text it keeps. */
class VisibleTest {

  @Test
  void lineBreaksAndTabsAreEscapedAsSuch() {
    assertEquals("a\\nb\\rc\\td", Visible.text("a\nb\rc\td"));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
    "0000, NUL",
    "0007, BEL",
    "0008, backspace",
    "000B, vertical tab",
    "000C, form feed",
    "001B, ESC",
    "001F, unit separator",
    "007F, DEL",
    "0080, first C1 control",
    "009B, CSI",
    "009F, last C1 control",
    "2028, line separator",
    "2029, paragraph separator",
    "202A, LRE",
    "202B, RLE",
    "202C, PDF",
    "202D, LRO",
    "202E, RLO",
    "2066, LRI",
    "2067, RLI",
    "2068, FSI",
    "2069, PDI",
    "FEFF, byte-order mark"
  })
  void invisibleAndControlCharactersAreEscaped(String hex, String name) {
    char c = (char) Integer.parseInt(hex, 16);
    assertEquals("x\\u" + hex + "y", Visible.text("x" + c + "y"), name);
    assertTrue(Visible.needsEscape("x" + c + "y"), name);
  }

  @Test
  void terminalEscapeSequencesAreDefused() {
    String osc = "\u001b]0;owned\u0007";
    String csi = "\u001b[2J\u001b[31mred";
    assertEquals("\\u001B]0;owned\\u0007", Visible.text(osc));
    assertEquals("\\u001B[2J\\u001B[31mred", Visible.text(csi));
  }

  @Test
  void loneSurrogatesAreEscapedPairsAreKept() {
    assertEquals("a\\uD83Db", Visible.text("a\uD83Db"));
    assertEquals("a\\uDE00b", Visible.text("a\uDE00b"));
    assertEquals("\\uDE00\\uD83D", Visible.text("\uDE00\uD83D"));
    assertEquals("end\\uD83D", Visible.text("end\uD83D"));
    assertEquals("\uD83D\uDE00", Visible.text("\uD83D\uDE00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Café crème",
        "中文计划",
        "emoji \uD83D\uDE80\uD83D\uDC4D\uD83C\uDFFD",
        "Ελληνικά",
        "עברית ועربي",
        "₂ ° ™ « » — …",
        "plain ASCII !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        ""
      })
  void printableTextInAnyScriptIsKeptAsItIs(String text) {
    assertSame(text, Visible.text(text));
    assertFalse(Visible.needsEscape(text));
  }

  @Test
  void escapingTwiceChangesNothing() {
    String once = Visible.text("a\u001b\n\u202Eb\uD83D");
    assertEquals(once, Visible.text(once));
  }

  @Test
  void quoteEscapesAndShortensWithoutSplittingASurrogatePair() {
    assertEquals("\"a\\u001Bb\"", Visible.quote("a\u001bb"));
    String longText = "x".repeat(100);
    assertEquals("\"" + "x".repeat(77) + "...\" (100 characters)", Visible.quote(longText));
    String emoji = "x".repeat(76) + "\uD83D\uDE00" + "y".repeat(10);
    assertEquals("\"" + "x".repeat(76) + "...\" (88 characters)", Visible.quote(emoji));
  }
}
