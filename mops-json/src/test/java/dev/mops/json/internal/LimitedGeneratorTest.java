package dev.mops.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.json.MopsJsonException;
import dev.mops.json.ReadLimits;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The limits hold whichever of the generator's writing methods is called: every overload that opens
 * an object or array counts a value and a level, every scalar counts a value, and numbers written
 * from a {@code long} or a {@link BigDecimal} are checked as the reader checks them. The format's
 * codecs call only some of these overloads; the others must not be a way round.
 */
class LimitedGeneratorTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static String write(ReadLimits limits, Consumer<JsonGenerator> body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g =
        new LimitedGenerator(FACTORY.createGenerator(ObjectWriteContext.empty(), w), limits)) {
      body.accept(g);
    }
    return w.toString();
  }

  private static MopsJsonException refused(ReadLimits limits, Consumer<JsonGenerator> body) {
    return assertThrows(MopsJsonException.class, () -> write(limits, body));
  }

  private static final List<Consumer<JsonGenerator>> OPEN_OBJECT =
      List.of(
          JsonGenerator::writeStartObject,
          g -> g.writeStartObject("v"),
          g -> g.writeStartObject("v", 1));
  private static final List<Consumer<JsonGenerator>> OPEN_ARRAY =
      List.of(
          JsonGenerator::writeStartArray,
          g -> g.writeStartArray("v"),
          g -> g.writeStartArray("v", 1));

  @Test
  void everyWayOfOpeningCountsALevel() {
    ReadLimits two = ReadLimits.builder().maxNestingDepth(2).build();
    for (Consumer<JsonGenerator> open : OPEN_ARRAY) {
      assertEquals(
          "[[]]",
          write(
              two,
              g -> {
                open.accept(g);
                open.accept(g);
                g.writeEndArray();
                g.writeEndArray();
              }));
      MopsJsonException e =
          refused(
              two,
              g -> {
                open.accept(g);
                open.accept(g);
                open.accept(g);
              });
      assertEquals(
          "cannot write values nested deeper than the limit of 2 levels, which a reader with the"
              + " same limits would refuse",
          e.problem());
      assertEquals("/0/0", e.pointer());
    }
    for (Consumer<JsonGenerator> open : OPEN_OBJECT) {
      assertEquals(
          "{\"a\":{},\"b\":{}}",
          write(
              two,
              g -> {
                open.accept(g);
                g.writeName("a");
                open.accept(g);
                g.writeEndObject();
                g.writeName("b");
                open.accept(g);
                g.writeEndObject();
                g.writeEndObject();
              }));
      MopsJsonException e =
          refused(
              two,
              g -> {
                open.accept(g);
                g.writeName("a");
                open.accept(g);
                g.writeName("b");
                open.accept(g);
              });
      assertEquals("/a/b", e.pointer());
    }
  }

  @Test
  void everyValueCounts() {
    ReadLimits three = ReadLimits.builder().maxValues(3).build();
    List<Consumer<JsonGenerator>> scalars =
        List.of(
            g -> g.writeNumber(7),
            g -> g.writeNumber(7L),
            g -> g.writeNumber(new BigDecimal("7.5")),
            g -> g.writeNumber("7"),
            g -> g.writeString("s"),
            g -> g.writeBoolean(true),
            JsonGenerator::writeNull);
    for (Consumer<JsonGenerator> scalar : scalars) {
      for (Consumer<JsonGenerator> open : OPEN_ARRAY) {
        String at =
            write(
                three,
                g -> {
                  open.accept(g);
                  scalar.accept(g);
                  scalar.accept(g);
                  g.writeEndArray();
                });
        assertTrue(at.startsWith("[") && at.endsWith("]"), at);
        MopsJsonException e =
            refused(
                three,
                g -> {
                  open.accept(g);
                  scalar.accept(g);
                  scalar.accept(g);
                  scalar.accept(g);
                });
        assertEquals(
            "cannot write more than 3 values, which a reader with the same limits would refuse",
            e.problem());
        assertEquals("/2", e.pointer());
      }
    }
  }

  @Test
  void theSecondElementIsPointedAtAfterTheFirst() {
    ReadLimits shortStrings = ReadLimits.builder().maxStringLength(3).build();
    MopsJsonException e =
        refused(
            shortStrings,
            g -> {
              g.writeStartObject();
              g.writeName("a");
              g.writeStartArray();
              g.writeString("abc");
              g.writeString("abcd");
            });
    assertEquals("/a/1", e.pointer());
    assertEquals(
        "cannot write a string of 4 characters, longer than the limit of 3, which a reader with"
            + " the same limits would refuse",
        e.problem());
    assertEquals(
        "/a/0",
        refused(
                shortStrings,
                g -> {
                  g.writeStartObject();
                  g.writeName("a");
                  g.writeStartArray();
                  g.writeString("abcd");
                })
            .pointer());
  }

  @Test
  void anUnpairedSurrogateAtTheLengthLimitIsToldAsSuch() {
    ReadLimits three = ReadLimits.builder().maxStringLength(3).build();
    MopsJsonException e =
        refused(
            three,
            g -> {
              g.writeStartArray();
              g.writeString("ab\uD800");
            });
    assertEquals(
        "cannot write a string holding an unpaired surrogate \\uD800 at index 2, which a reader"
            + " with the same limits would refuse",
        e.problem());
    MopsJsonException name =
        refused(
            three,
            g -> {
              g.writeStartObject();
              g.writeName("a\uDC00b");
            });
    assertEquals(
        "cannot write a property name holding an unpaired surrogate \\uDC00 at index 1, which a"
            + " reader with the same limits would refuse",
        name.problem());
    assertEquals("/a\uDC00b", name.pointer());
    MopsJsonException encoded =
        refused(
            three,
            g -> {
              g.writeStartObject();
              g.writeName(new SerializedString("a\uDC00b"));
            });
    assertEquals(name.problem(), encoded.problem(), "a pre-encoded name is checked the same");
    assertEquals("/a\uDC00b", encoded.pointer());
    MopsJsonException tooLong =
        refused(
            three,
            g -> {
              g.writeStartObject();
              g.writeName(new SerializedString("abcd"));
            });
    assertTrue(tooLong.problem().startsWith("cannot write a property name of 4 characters"));
  }

  /** Surrogates anywhere in a string: after the fast scan's first stop, pairs are still fine. */
  @Test
  void unpairedSurrogatesAreFoundWhereverTheyAre() {
    assertEquals(-1, Reading.unpairedSurrogate(""));
    assertEquals(-1, Reading.unpairedSurrogate("plain ASCII and é €"));
    assertEquals(-1, Reading.unpairedSurrogate("a\uD83D\uDE00b\uD83D\uDE00"));
    assertEquals(0, Reading.unpairedSurrogate("\uDE00"));
    assertEquals(5, Reading.unpairedSurrogate("abcde\uD800"));
    assertEquals(3, Reading.unpairedSurrogate("a\uD83D\uDE00\uDBFFz"));
    assertEquals(1, Reading.unpairedSurrogate("\uE000\uDFFF"));
  }

  @Test
  void numbersFromLongsAndDecimalsAreCheckedAsTheReaderChecksThem() {
    ReadLimits five = ReadLimits.builder().maxNumberLength(5).build();
    assertEquals(
        "[12345,-1234]",
        write(
            five,
            g -> {
              g.writeStartArray();
              g.writeNumber(12345L);
              g.writeNumber(-1234L);
              g.writeEndArray();
            }));
    assertEquals(
        "cannot write a number of 6 characters, longer than the limit of 5, which a reader with"
            + " the same limits would refuse",
        refused(
                five,
                g -> {
                  g.writeStartArray();
                  g.writeNumber(-12345L);
                })
            .problem());
    assertEquals(
        "[1.234,1E+4]",
        write(
            five,
            g -> {
              g.writeStartArray();
              g.writeNumber(new BigDecimal("1.234"));
              g.writeNumber(new BigDecimal("1E+4"));
              g.writeEndArray();
            }));
    assertEquals(
        "cannot write the number \"1E+5\" of 6 digits written out, more than the limit of 5, which"
            + " a reader with the same limits would refuse",
        refused(
                five,
                g -> {
                  g.writeStartArray();
                  g.writeNumber(new BigDecimal("1E+5"));
                })
            .problem());
    assertEquals(
        "cannot write a number of 6 characters, longer than the limit of 5, which a reader with"
            + " the same limits would refuse",
        refused(
                five,
                g -> {
                  g.writeStartArray();
                  g.writeNumber(new BigDecimal("1.2345"));
                })
            .problem());
  }
}
