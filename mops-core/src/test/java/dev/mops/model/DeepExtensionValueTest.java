package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.testing.SmallStack;
import dev.mops.testing.TestScale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extension values nested far deeper than any document may hold still compare, hash and print, on a
 * thread with a small stack: none of these recurse.
 */
class DeepExtensionValueTest {
  private static ExtensionValue deep(int depth, IntFunction<ExtensionValue> leaf, boolean objects) {
    ExtensionValue v = leaf.apply(depth);
    for (int i = 0; i < depth; i++) {
      v =
          objects
              ? ExtensionValue.object(Map.of("k", v))
              : ExtensionValue.array(List.of(ExtensionValue.bool(true), v));
    }
    return v;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000, 100_000})
  void equalsHashCodeAndToStringWorkAtAnyDepth(int fullDepth) throws InterruptedException {
    int depth = TestScale.size(fullDepth);
    SmallStack.run(
        () -> {
          for (boolean objects : new boolean[] {true, false}) {
            ExtensionValue a = deep(depth, n -> ExtensionValue.number(n), objects);
            ExtensionValue b = deep(depth, n -> ExtensionValue.number(n), objects);
            ExtensionValue c = deep(depth, n -> ExtensionValue.string("other"), objects);
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertNotEquals(a, c);
            assertEquals(a.toString(), b.toString());
            String text = a.toString();
            assertTrue(
                text.endsWith((objects ? "}" : "]").repeat(depth)),
                () -> text.substring(text.length() - 20));
            Extensions ea = Extensions.of("x", a);
            assertEquals(ea, Extensions.of("x", b));
            assertEquals(ea.hashCode(), Extensions.of("x", b).hashCode());
            assertEquals("{\"x\":" + text + "}", ea.toString());
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"b\":[true,null,\"s\\n\"]}", "[]", "{}", "[[],{},[{}]]"})
  void toStringIsCompactJsonAndObjectsCompareInAnyOrder(String expected) {
    ExtensionValue v =
        switch (expected) {
          case "[]" -> ExtensionValue.array(List.of());
          case "{}" -> ExtensionValue.object(Map.of());
          case "[[],{},[{}]]" ->
              ExtensionValue.array(
                  List.of(
                      ExtensionValue.array(List.of()),
                      ExtensionValue.object(Map.of()),
                      ExtensionValue.array(List.of(ExtensionValue.object(Map.of())))));
          default -> {
            Map<String, ExtensionValue> m = new LinkedHashMap<>();
            m.put("a", ExtensionValue.number(1));
            m.put(
                "b",
                ExtensionValue.array(
                    List.of(
                        ExtensionValue.bool(true),
                        ExtensionValue.nullValue(),
                        ExtensionValue.string("s\n"))));
            yield ExtensionValue.object(m);
          }
        };
    assertEquals(expected, v.toString());
    if (v instanceof ExtensionValue.ObjectValue o && o.members().size() == 2) {
      Map<String, ExtensionValue> reversed = new LinkedHashMap<>();
      reversed.put("b", o.members().get("b"));
      reversed.put("a", o.members().get("a"));
      ExtensionValue r = ExtensionValue.object(reversed);
      assertEquals(v, r);
      assertEquals(v.hashCode(), r.hashCode());
      assertNotEquals(v, ExtensionValue.array(List.of(v)));
    }
  }
}
