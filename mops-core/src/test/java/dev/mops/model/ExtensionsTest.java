package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extensions keep insertion order and number text, and print as JSON. */
class ExtensionsTest {

  private static Extensions zyx() {
    LinkedHashMap<String, ExtensionValue> m = new LinkedHashMap<>();
    m.put("z", ExtensionValue.number("1.50"));
    m.put("y", ExtensionValue.string("701-AUTO"));
    m.put("x", ExtensionValue.bool(true));
    return Extensions.of(m);
  }

  @Test
  void keysKeepInsertionOrder() {
    Extensions ext = zyx();
    assertEquals(List.of("z", "y", "x"), new ArrayList<>(ext.keys()));
    assertEquals(
        List.of("z", "y", "x", "a"),
        new ArrayList<>(ext.with("a", ExtensionValue.nullValue()).keys()));
    // replacing a value keeps its place
    assertEquals(
        List.of("z", "y", "x"), new ArrayList<>(ext.with("z", ExtensionValue.number(2)).keys()));
    assertEquals(3, ext.size());
  }

  @Test
  void toStringIsJsonText() {
    assertEquals("{\"z\":1.50,\"y\":\"701-AUTO\",\"x\":true}", zyx().toString());
    assertEquals("{}", Extensions.empty().toString());
    Extensions nested =
        Extensions.of(
            "acme.crm",
            ExtensionValue.object(
                Map.of(
                    "ids",
                    ExtensionValue.array(
                        List.of(
                            ExtensionValue.number(7),
                            ExtensionValue.nullValue(),
                            ExtensionValue.string("quote \" back \\ nl \n tab \t ctl \u0001"))))));
    assertEquals(
        "{\"acme.crm\":{\"ids\":[7,null,\"quote \\\" back \\\\ nl \\n tab \\t ctl \\u0001\"]}}",
        nested.toString());
  }

  @Test
  void equalityIncludesKeyOrder() {
    LinkedHashMap<String, ExtensionValue> reversed = new LinkedHashMap<>();
    reversed.put("x", ExtensionValue.bool(true));
    reversed.put("y", ExtensionValue.string("701-AUTO"));
    reversed.put("z", ExtensionValue.number("1.50"));
    assertEquals(zyx(), zyx());
    assertEquals(zyx().hashCode(), zyx().hashCode());
    assertNotEquals(zyx(), Extensions.of(reversed));
    // number text is kept: 1.5 is not 1.50
    assertNotEquals(zyx(), zyx().with("z", ExtensionValue.number("1.5")));
  }

  @Test
  void extensionsAreImmutableCopies() {
    LinkedHashMap<String, ExtensionValue> source = new LinkedHashMap<>();
    source.put("a", ExtensionValue.number(1));
    Extensions ext = Extensions.of(source);
    source.put("b", ExtensionValue.number(2));
    assertEquals(1, ext.size());
    assertThrows(
        UnsupportedOperationException.class, () -> ext.asMap().put("c", ExtensionValue.number(3)));
    assertEquals(Optional.of(ExtensionValue.number(1)), ext.get("a"));
    assertEquals(Optional.empty(), ext.get("b"));
    assertTrue(Extensions.of(Map.of()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-0.5e10",
        "0",
        "-0",
        "1.50",
        "10",
        "1E+3",
        "2.5e-7",
        "123456789012345678901234567890"
      })
  void numberAcceptsJsonNumberTextVerbatim(String text) {
    assertEquals(text, ExtensionValue.number(text).toString());
    assertEquals(text, new ExtensionValue.NumberValue(text).text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"01", "1.", "NaN", "Infinity", "+1", ".5", "1e", "0x10", " 1", "", "1,5", "--1"})
  void numberRejectsTextThatIsNotAJsonNumber(String text) {
    Expect.badValue(() -> ExtensionValue.number(text), "number text", "\"" + text + "\"");
  }

  @Test
  void arraysAndObjectsAreCopied() {
    List<ExtensionValue> items = new ArrayList<>(List.of(ExtensionValue.number(1)));
    ExtensionValue array = ExtensionValue.array(items);
    items.add(ExtensionValue.number(2));
    assertEquals("[1]", array.toString());
    assertEquals("[]", ExtensionValue.array(List.of()).toString());
    assertEquals("{}", ExtensionValue.object(Map.of()).toString());
  }
}
