package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The value types of the API as their Javadoc describes them: {@link ReadLimits} (every limit at
 * least 1, equality over all five limits, its documented {@code toString}), {@link MopsJson}'s
 * builder and {@code toString}, and the message {@link MopsJsonException} composes from problem,
 * pointer, line and column.
 */
class ApiValuesTest {
  @Test
  void everyLimitIsAtLeastOneAndOneIsAllowed() {
    List<String> fields =
        List.of("maxDocumentLength", "maxStringLength", "maxNumberLength", "maxValues");
    List<UnaryOperator<ReadLimits.Builder>> atZero =
        List.of(
            b -> b.maxDocumentLength(0),
            b -> b.maxStringLength(0),
            b -> b.maxNumberLength(0),
            b -> b.maxValues(0));
    for (int i = 0; i < fields.size(); i++) {
      UnaryOperator<ReadLimits.Builder> set = atZero.get(i);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> set.apply(ReadLimits.builder()));
      assertEquals(fields.get(i) + " must be at least 1, got 0", e.getMessage());
    }
    assertEquals(
        "maxValues must be at least 1, got -5",
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxValues(-5))
            .getMessage());
    ReadLimits ones =
        ReadLimits.builder()
            .maxNestingDepth(1)
            .maxDocumentLength(1)
            .maxStringLength(1)
            .maxNumberLength(1)
            .maxValues(1)
            .build();
    assertEquals(1, ones.maxNestingDepth());
    assertEquals(1, ones.maxDocumentLength());
    assertEquals(1, ones.maxStringLength());
    assertEquals(1, ones.maxNumberLength());
    assertEquals(1, ones.maxValues());
  }

  @Test
  void limitsAreEqualWhenAllFiveAreEqual() {
    ReadLimits d = ReadLimits.defaults();
    ReadLimits custom =
        ReadLimits.builder()
            .maxNestingDepth(7)
            .maxDocumentLength(5_000)
            .maxStringLength(300)
            .maxNumberLength(20)
            .maxValues(900)
            .build();
    assertEquals(custom, custom.toBuilder().build(), "toBuilder keeps every limit");
    assertEquals(custom.hashCode(), custom.toBuilder().build().hashCode());
    assertEquals(d, ReadLimits.builder().build());
    assertEquals(d.hashCode(), ReadLimits.builder().build().hashCode());
    List<ReadLimits> oneDiffers =
        List.of(
            d.toBuilder().maxNestingDepth(63).build(),
            d.toBuilder().maxDocumentLength(1).build(),
            d.toBuilder().maxStringLength(1).build(),
            d.toBuilder().maxNumberLength(1).build(),
            d.toBuilder().maxValues(1).build());
    for (ReadLimits other : oneDiffers) {
      assertNotEquals(d, other, other::toString);
      assertNotEquals(other, d, other::toString);
    }
    assertNotEquals(d, (Object) "ReadLimits");
  }

  @Test
  void limitsReadAsDocumented() {
    assertEquals(
        "ReadLimits{depth 64, document 67108864, string 1048576, number 100, values 1000000}",
        ReadLimits.defaults().toString());
    assertEquals(
        "ReadLimits{depth 7, document 5000, string 300, number 20, values 900}",
        ReadLimits.builder()
            .maxNestingDepth(7)
            .maxDocumentLength(5_000)
            .maxStringLength(300)
            .maxNumberLength(20)
            .maxValues(900)
            .build()
            .toString());
  }

  @Test
  void theFacadeKeepsItsLimits() {
    ReadLimits small = ReadLimits.builder().maxValues(10).build();
    assertSame(small, MopsJson.builder().limits(small).build().limits());
    assertEquals(ReadLimits.defaults(), MopsJson.builder().build().limits());
    assertSame(MopsJson.standard(), MopsJson.standard());
    assertEquals("1.0", MopsJson.FORMAT_VERSION);
    assertEquals(
        "MopsJson{format 1.0, ReadLimits{depth 64, document 67108864, string 1048576, number 100,"
            + " values 1000000}}",
        MopsJson.standard().toString());
    assertEquals(
        "MopsJson{format 1.0, " + small + "}", MopsJson.builder().limits(small).build().toString());
    String schema = MopsJson.schema();
    assertTrue(schema.startsWith("{\n  \"$schema\": "), schema);
  }

  @Test
  void theMessageCombinesPointerProblemAndPosition() {
    MopsJsonException at =
        new MopsJsonException(
            "expected a date, got \"x\"",
            "/objectives/0/due",
            4,
            13,
            Optional.of("a date"),
            Optional.empty());
    assertEquals(
        "/objectives/0/due: expected a date, got \"x\" (line 4, column 13)", at.getMessage());
    assertEquals("expected a date, got \"x\"", at.problem());
    assertEquals("/objectives/0/due", at.pointer());
    assertEquals(4, at.line());
    assertEquals(13, at.column());
    assertEquals(Optional.of("a date"), at.expected());

    MopsJsonException whole =
        new MopsJsonException("too long", "", 0, 0, Optional.empty(), Optional.empty());
    assertEquals("(document): too long", whole.getMessage());
    assertEquals(Optional.empty(), whole.expected());
    assertNull(whole.getCause());

    IllegalStateException cause = new IllegalStateException("x");
    MopsJsonException unknown =
        new MopsJsonException("p", "/a", -3, -9, Optional.empty(), Optional.of(cause));
    assertEquals("/a: p", unknown.getMessage(), "no position when the line is unknown");
    assertEquals(0, unknown.line());
    assertEquals(0, unknown.column());
    assertSame(cause, unknown.getCause());

    MopsJsonException lineOne =
        new MopsJsonException("p", "/a", 1, 1, Optional.empty(), Optional.empty());
    assertEquals("/a: p (line 1, column 1)", lineOne.getMessage());
    assertEquals(1, lineOne.line());
    assertEquals(1, lineOne.column());
  }

  @Test
  void invisibleCharactersOfPointerAndProblemAreEscapedInTheMessageOnly() {
    MopsJsonException e =
        new MopsJsonException("bad \u001B", "/a\u202E", 2, 3, Optional.empty(), Optional.empty());
    assertEquals("/a\\u202E: bad \\u001B (line 2, column 3)", e.getMessage());
    assertEquals("bad \u001B", e.problem());
    assertEquals("/a\u202E", e.pointer());
  }
}
