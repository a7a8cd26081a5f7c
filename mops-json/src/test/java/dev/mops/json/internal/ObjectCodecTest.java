package dev.mops.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.json.MopsJsonException;
import dev.mops.json.ReadLimits;
import java.io.StringWriter;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Codecs built here rather than taken from {@link Format}: the format's codecs are built once, when
 * the format is loaded, so this is where building them is tested. An object codec reads strictly
 * from its property definitions (at most 63, each name once), names its type with the right
 * article, lists its properties in messages and makes its schema; the enum and list codecs describe
 * themselves from their element.
 */
class ObjectCodecTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** A small type with a required id, an optional note, a list and a defaulted number. */
  record Box(String id, Optional<String> note, List<String> tags, int size) {}

  private static ObjectCodec<Box, Object[]> box(String label) {
    return ObjectCodec.<Box, Object[]>of(
            Box.class,
            label,
            "A box.",
            () -> new Object[] {null, null, List.of(), 0},
            a ->
                new Box(
                    (String) a[0],
                    Optional.ofNullable((String) a[1]),
                    castList(a[2]),
                    (Integer) a[3]))
        .required("id", Codecs.ID, Box::id, (a, v) -> a[0] = v, "The id.")
        .optional("note", Codecs.STRING, Box::note, (a, v) -> a[1] = v, "A note.")
        .list("tags", Codecs.ID, Box::tags, (a, v) -> a[2] = v, "Tags.")
        .defaulted(
            "size", Codecs.DAYS, Box::size, (a, v) -> a[3] = v, b -> b.size() == 0, 0, "Size.");
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }

  static <T> T read(Codec<T> codec, String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return Engine.readValue(p, codec, ReadLimits.defaults(), false);
    }
  }

  static <T> String write(Codec<T> codec, T value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
      codec.write(g, value);
    }
    return w.toString();
  }

  private static MopsJsonException refused(Codec<?> codec, String json) {
    return assertThrows(MopsJsonException.class, () -> read(codec, json));
  }

  @Test
  void readsAndWritesByItsDefinitions() {
    ObjectCodec<Box, Object[]> codec = box("box");
    Box full = new Box("b", Optional.of("n"), List.of("x", "y"), 3);
    String text = write(codec, full);
    assertEquals("{\"id\":\"b\",\"note\":\"n\",\"tags\":[\"x\",\"y\"],\"size\":3}", text);
    assertEquals(full, read(codec, text));
    Box bare = new Box("b", Optional.empty(), List.of(), 0);
    assertEquals("{\"id\":\"b\"}", write(codec, bare));
    assertEquals(bare, read(codec, "{\"id\":\"b\"}"));
    assertEquals(bare, read(codec, "{\"size\":0,\"tags\":[],\"id\":\"b\"}"));
  }

  @Test
  void theArticleFollowsTheLabel() {
    assertEquals("a box object", box("box").expected());
    for (String vowel : List.of("item", "entry", "order", "unit", "axle")) {
      ObjectCodec<Box, Object[]> codec = box(vowel);
      assertEquals("an " + vowel + " object", codec.expected());
      assertEquals(
          "missing required property \"id\" of an " + vowel, refused(codec, "{}").problem());
    }
    assertEquals("missing required property \"id\" of a box", refused(box("box"), "{}").problem());
  }

  @Test
  void messagesListThePropertiesInOrder() {
    MopsJsonException e = refused(box("box"), "{\"id\":\"b\",\"colour\":1}");
    assertEquals(
        "unknown property \"colour\" of a box; expected one of: id, note, tags, size", e.problem());
    assertEquals(Optional.of("one of: id, note, tags, size"), e.expected());
    assertEquals("/colour", e.pointer());
    // a property added later is listed too
    ObjectCodec<Box, Object[]> more =
        box("box").optional("extra", Codecs.STRING, b -> Optional.empty(), (a, v) -> {}, "More.");
    refused(more, "{\"id\":\"b\",\"colour\":1}");
    MopsJsonException afterAdding =
        refused(
            more.optional("last", Codecs.STRING, b -> Optional.empty(), (a, v) -> {}, "Last."),
            "{\"id\":\"b\",\"colour\":1}");
    assertEquals(
        "unknown property \"colour\" of a box; expected one of: id, note, tags, size, extra, last",
        afterAdding.problem());
    assertEquals(
        "duplicate property \"note\"",
        refused(box("box"), "{\"id\":\"b\",\"note\":\"n\",\"note\":\"m\"}").problem());
  }

  @Test
  void upTo63PropertiesEachNamedOnce() {
    ObjectCodec<Box, Object[]> codec =
        ObjectCodec.<Box, Object[]>of(
            Box.class,
            "wide",
            "Wide.",
            () -> new Object[1],
            a -> new Box((String) a[0], Optional.empty(), List.of(), 0));
    for (int i = 0; i < 63; i++) {
      int slot = i;
      codec.optional(
          "p" + i,
          Codecs.STRING,
          b -> Optional.empty(),
          (a, v) -> a[0] = slot == 0 ? v : a[0],
          "P.");
    }
    assertEquals(63, codec.props().size());
    IllegalStateException tooMany =
        assertThrows(
            IllegalStateException.class,
            () -> codec.optional("p63", Codecs.STRING, b -> Optional.empty(), (a, v) -> {}, "P."));
    assertEquals("bad property p63 of wide", tooMany.getMessage());
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () -> box("box").optional("note", Codecs.STRING, Box::note, (a, v) -> {}, "Again."));
    assertEquals("bad property note of box", twice.getMessage());
  }

  @Test
  void requiredPropertiesAreCheckedAtEveryIndex() {
    ObjectCodec<Box, Object[]> codec =
        ObjectCodec.<Box, Object[]>of(
            Box.class,
            "wide",
            "Wide.",
            () -> new Object[1],
            a -> new Box("w", Optional.empty(), List.of(), 0));
    for (int i = 0; i < 63; i++) {
      if (i == 1 || i == 40 || i == 62) {
        codec.required("r" + i, Codecs.STRING, b -> "", (a, v) -> {}, "R.");
      } else {
        codec.optional("p" + i, Codecs.STRING, b -> Optional.empty(), (a, v) -> {}, "P.");
      }
    }
    assertEquals(
        "missing required property \"r1\" of a wide",
        refused(codec, "{\"r40\":\"x\",\"r62\":\"x\"}").problem());
    assertEquals(
        "missing required property \"r40\" of a wide",
        refused(codec, "{\"r1\":\"x\",\"r62\":\"x\"}").problem());
    assertEquals(
        "missing required property \"r62\" of a wide",
        refused(codec, "{\"r1\":\"x\",\"r40\":\"x\",\"p0\":\"y\"}").problem());
    assertEquals(
        new Box("w", Optional.empty(), List.of(), 0),
        read(codec, "{\"r62\":\"x\",\"r1\":\"x\",\"r40\":\"x\"}"));
  }

  @Test
  void theDefinitionDescribesEachPropertyAndListsTheRequiredOnes() {
    Map<String, Object> d = box("box").definition();
    assertEquals(
        Codecs.obj(
            "type",
            "object",
            "description",
            "A box.",
            "properties",
            Codecs.obj(
                "id",
                Codecs.obj(
                    "type",
                    "string",
                    "pattern",
                    "^[A-Za-z0-9._-]{1,64}$",
                    "description",
                    "The id."),
                "note",
                Codecs.obj("type", "string", "description", "A note."),
                "tags",
                Codecs.obj(
                    "type",
                    "array",
                    "items",
                    Codecs.obj("type", "string", "pattern", "^[A-Za-z0-9._-]{1,64}$"),
                    "description",
                    "Tags."),
                "size",
                Codecs.obj(
                    "type",
                    "integer",
                    "minimum",
                    0,
                    "maximum",
                    366,
                    "description",
                    "Size.",
                    "default",
                    0)),
            "required",
            List.of("id"),
            "additionalProperties",
            false),
        d);
    assertEquals(Codecs.obj("$ref", "#/$defs/box"), box("box").schema());
    assertEquals("box", box("box").docType());
  }

  @Test
  void enumCodecsNameTheirConstants() {
    Codec<Month> months = Codecs.enumCodec(Month.class);
    String all =
        "JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER,"
            + " DECEMBER";
    assertEquals("one of " + all, months.expected());
    assertEquals("one of " + all, months.docType());
    assertEquals(Codecs.obj("enum", List.of((Object[]) all.split(", "))), months.schema());
    assertEquals(Month.MAY, read(months, "\"MAY\""));
    assertEquals("\"DECEMBER\"", write(months, Month.DECEMBER));
    MopsJsonException e = refused(months, "\"May\"");
    assertEquals("expected one of " + all + ", got \"May\"", e.problem());
  }

  @Test
  void listCodecsNameTheirElements() {
    Codec<List<String>> ids = Codecs.list(Codecs.ID);
    assertEquals("an array of id values", ids.expected());
    assertEquals("array of id", ids.docType());
    assertEquals("an array of array of id values", Codecs.list(ids).expected());
    assertEquals(List.of(List.of("a"), List.of()), read(Codecs.list(ids), "[[\"a\"],[]]"));
    assertEquals("[[\"a\"],[]]", write(Codecs.list(ids), List.of(List.of("a"), List.of())));
    assertEquals(
        "expected an array of id values, got \"a\"",
        refused(Codecs.list(Codecs.ID), "\"a\"").problem());
  }

  @Test
  void vendorDataCodecsDescribeThemselves() {
    assertEquals("any JSON value", Codecs.EXTENSION_VALUE.expected());
    assertEquals("any", Codecs.EXTENSION_VALUE.docType());
    assertEquals(Map.of(), Codecs.EXTENSION_VALUE.schema());
    assertEquals("an object of vendor data", Codecs.EXTENSIONS.expected());
    assertEquals("object", Codecs.EXTENSIONS.docType());
    assertEquals(Codecs.obj("type", "object"), Codecs.EXTENSIONS.schema());
    assertEquals(
        "expected an object of vendor data, got an array",
        refused(Codecs.EXTENSIONS, "[]").problem());
  }
}
