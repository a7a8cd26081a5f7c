package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mops.model.DateRange;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.testing.SmallStack;
import dev.mops.testing.TestScale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The reader and writer keep their contract on untrusted input: every input gives a plan or a
 * {@link MopsJsonException} with a place; what the writer writes, a reader with the same limits
 * reads back; what it cannot write is refused with our exception.
 */
class UntrustedInputTest {
  private static final String HEAD = StrictReadingTest.HEAD;
  private static final MopsJson JSON = MopsJson.standard();

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** A plan document whose extension string {@code x} holds {@code inside} as raw bytes. */
  private static byte[] withRawBytes(byte[] inside) {
    byte[] head = (HEAD + ",\"extensions\":{\"x\":\"a").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "b\"}}".getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + inside.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(inside, 0, out, head.length, inside.length);
    System.arraycopy(tail, 0, out, head.length + inside.length, tail.length);
    return out;
  }

  private static int rawOffset() {
    return (HEAD + ",\"extensions\":{\"x\":\"a").length();
  }

  static Stream<Arguments> malformedUtf8() {
    return Stream.of(
        Arguments.of(
            "overlong 2-byte slash", bytes(0xC0, 0xAF), 0, "overlong encoding (lead byte 0xC0)"),
        Arguments.of(
            "overlong 2-byte C1", bytes(0xC1, 0xBF), 0, "overlong encoding (lead byte 0xC1)"),
        Arguments.of(
            "overlong 3-byte", bytes(0xE0, 0x80, 0xAF), 1, "an overlong encoding (0xE0 0x80)"),
        Arguments.of(
            "overlong 3-byte max", bytes(0xE0, 0x9F, 0xBF), 1, "an overlong encoding (0xE0 0x9F)"),
        Arguments.of(
            "overlong 4-byte",
            bytes(0xF0, 0x80, 0x80, 0xAF),
            1,
            "an overlong encoding (0xF0 0x80)"),
        Arguments.of(
            "overlong 4-byte max",
            bytes(0xF0, 0x8F, 0xBF, 0xBF),
            1,
            "an overlong encoding (0xF0 0x8F)"),
        Arguments.of("high surrogate", bytes(0xED, 0xA0, 0x80), 1, "an encoded surrogate"),
        Arguments.of("low surrogate", bytes(0xED, 0xBF, 0xBF), 1, "an encoded surrogate"),
        Arguments.of(
            "above U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80), 1, "a code point above U+10FFFF"),
        Arguments.of(
            "lead F5", bytes(0xF5, 0x80, 0x80, 0x80), 0, "byte 0xF5, which never occurs in UTF-8"),
        Arguments.of("lead FF", bytes(0xFF), 0, "byte 0xFF, which never occurs in UTF-8"),
        Arguments.of("truncated 2 of 3", bytes(0xE2, 0x82), 2, "truncated sequence: 0x62"),
        Arguments.of("truncated 1 of 4", bytes(0xF0), 1, "truncated sequence: 0x62"),
        Arguments.of("stray continuation", bytes(0x80), 0, "unexpected continuation byte 0x80"),
        Arguments.of(
            "two stray continuations", bytes(0xBF, 0xBF), 0, "unexpected continuation byte 0xBF"),
        Arguments.of("NUL", bytes(0x00), 0, "NUL byte"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUtf8")
  void malformedUtf8IsRefusedAtItsByte(
      String what, byte[] bad, int at, String problem, @org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    byte[] doc = withRawBytes(bad);
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> JSON.read(new ByteArrayInputStream(doc)));
    int offset = rawOffset() + at;
    assertTrue(e.problem().startsWith("malformed UTF-8 at byte " + offset + ": "), e::getMessage);
    assertTrue(e.problem().contains(problem), e::getMessage);
    assertEquals(1, e.line());
    assertTrue(e.column() > 80, e::getMessage);
    assertEquals("/extensions/x", e.pointer());
    assertEquals("UTF-8 JSON text", e.expected().orElseThrow());
    Path file = dir.resolve("plan.json");
    Files.write(file, doc);
    assertEquals(
        e.problem(), assertThrows(MopsJsonException.class, () -> JSON.read(file)).problem());
  }

  @Test
  void aTruncatedSequenceAtTheEndIsRefused() {
    byte[] doc = (HEAD + "}").getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(doc, doc.length + 2);
    cut[doc.length] = (byte) 0xE2;
    cut[doc.length + 1] = (byte) 0x82;
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> JSON.read(new ByteArrayInputStream(cut)));
    assertTrue(
        e.problem().contains("truncated sequence at the end of the document"), e::getMessage);
  }

  @Test
  void wellFormedMultiByteTextAndAUtf8ByteOrderMarkAreRead() {
    String text = "é€😀\u07FF\uFFFD\uD7FF\uE000";
    byte[] doc =
        ("\uFEFF" + HEAD + ",\"extensions\":{\"x\":\"" + text + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    Plan p = JSON.read(new ByteArrayInputStream(doc));
    assertEquals(ExtensionValue.string(text), p.extensions().get("x").orElseThrow());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(p, out);
    assertEquals(p, JSON.read(new ByteArrayInputStream(out.toByteArray())));
  }

  static Stream<Arguments> otherEncodings() {
    String doc = HEAD + "}";
    return Stream.of(
        Arguments.of("UCS-4 BE", bytes(0, 0, 0, 0x7B, 0, 0, 0, 0x7D)),
        Arguments.of("UCS-4 LE", bytes(0x7B, 0, 0, 0, 0x7D, 0, 0, 0)),
        Arguments.of("UCS-4 2143", bytes(0, 0, 0x7B, 0, 0, 0, 0x7D, 0)),
        Arguments.of("UCS-4 3412", bytes(0, 0x7B, 0, 0, 0, 0x7D, 0, 0)),
        Arguments.of("UTF-32 BE BOM", bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, 0x7B)),
        Arguments.of("UTF-32 LE BOM", bytes(0xFF, 0xFE, 0, 0, 0x7B, 0, 0, 0)),
        Arguments.of("UTF-16 BE BOM", ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-16 LE BOM", ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE)),
        Arguments.of("UTF-16 BE", doc.getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("UTF-16 LE", doc.getBytes(StandardCharsets.UTF_16LE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherEncodings")
  void onlyUtf8IsRead(String what, byte[] doc) {
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> JSON.read(new ByteArrayInputStream(doc)));
    assertTrue(e.problem().startsWith("malformed UTF-8 at byte "), e::getMessage);
    assertTrue(e.problem().contains("UTF-16 or UTF-32"), e::getMessage);
    assertEquals(1, e.line());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\uD800", "\\uDFFF", "a\\uDBFF", "\\uDC00\\uD800", "\\uD800\\u0041"})
  void unpairedSurrogatesAreRefused(String escaped) {
    for (String doc :
        List.of(
            HEAD + ",\"extensions\":{\"x\":\"" + escaped + "\"}}",
            HEAD + ",\"team\":\"" + escaped + "\"}",
            HEAD + ",\"extensions\":{\"x\":[\"" + escaped + "\"]}}")) {
      MopsJsonException e = assertThrows(MopsJsonException.class, () -> JSON.readString(doc));
      assertTrue(e.problem().startsWith("string holds an unpaired surrogate \\u"), e::getMessage);
      assertTrue(e.line() >= 1, e::getMessage);
    }
    // the parser itself refuses them in property names
    MopsJsonException name =
        assertThrows(
            MopsJsonException.class,
            () -> JSON.readString(HEAD + ",\"extensions\":{\"" + escaped + "\":1}}"));
    assertTrue(name.problem().contains("surrogate"), name::getMessage);
  }

  private static Plan plan() {
    return JSON.readString(HEAD + "}");
  }

  private static Plan withExtension(ExtensionValue v) {
    return Plan.builder().from(plan()).extensions(Extensions.of("x", v)).build();
  }

  private static void writeAndReadBack(MopsJson json, Plan p) {
    String text = json.writeString(p);
    assertEquals(p, json.readString(text));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(p, out);
    assertEquals(p, json.read(new ByteArrayInputStream(out.toByteArray())));
  }

  private static MopsJsonException unwritable(MopsJson json, Plan p) {
    MopsJsonException e = assertThrows(MopsJsonException.class, () -> json.writeString(p));
    assertTrue(e.problem().startsWith("cannot write "), e::getMessage);
    assertTrue(
        e.problem().endsWith("which a reader with the same limits would refuse"), e::getMessage);
    assertEquals(
        e.problem(),
        assertThrows(MopsJsonException.class, () -> json.write(p, new ByteArrayOutputStream()))
            .problem());
    return e;
  }

  @Test
  void unpairedSurrogatesAreNotWritten() {
    for (String s : List.of("\uD800", "a\uDFFFb", "\uDC00\uD800")) {
      MopsJsonException e = unwritable(JSON, withExtension(ExtensionValue.string(s)));
      assertEquals("/extensions/x", e.pointer());
      assertTrue(e.problem().contains("unpaired surrogate \\u"), e::getMessage);
      MopsJsonException name =
          unwritable(
              JSON,
              Plan.builder()
                  .from(plan())
                  .extensions(Extensions.of("k" + s, ExtensionValue.nullValue()))
                  .build());
      assertTrue(
          name.problem().contains("property name holding an unpaired surrogate"), name::getMessage);
    }
    MopsJsonException team = unwritable(JSON, Plan.builder().from(plan()).team("a\uD800").build());
    assertEquals("/team", team.pointer());
  }

  private static MopsJson with(ReadLimits.Builder b) {
    return MopsJson.builder().limits(b.build()).build();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 10, 65, 999, 1000})
  void nestingDepthUpToTheCeilingCanBeConfigured(int depth) {
    assertEquals(depth, ReadLimits.builder().maxNestingDepth(depth).build().maxNestingDepth());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001, 5000, Integer.MAX_VALUE})
  void nestingDepthAboveTheCeilingIsRefused(int depth) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ReadLimits.builder().maxNestingDepth(depth));
    assertEquals("maxNestingDepth must be in 1..1000, got " + depth, e.getMessage());
  }

  /** Arrays in the extension {@code x} so that the deepest value is at {@code depth}. */
  private static ExtensionValue nested(int depth, boolean objects) {
    ExtensionValue v = ExtensionValue.number(424242);
    for (int i = 0; i < depth - 2; i++) {
      v = objects ? ExtensionValue.object(Map.of("k", v)) : ExtensionValue.array(List.of(v));
    }
    return v;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theCeilingDepthIsReadWrittenComparedHashedAndPrintedOnASmallStack(boolean objects)
      throws InterruptedException {
    MopsJson deepest = with(ReadLimits.builder().maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH));
    SmallStack.run(
        () -> {
          Plan p = withExtension(nested(1000, objects));
          String text = deepest.writeString(p);
          Plan read = deepest.readString(text);
          assertEquals(p, read);
          assertEquals(p.hashCode(), read.hashCode());
          assertEquals(p.toString(), read.toString());
          assertEquals(text, deepest.writeString(read));
          assertEquals(
              p, deepest.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
          MopsJsonException e = unwritable(deepest, withExtension(nested(1001, objects)));
          assertTrue(
              e.problem().contains("nested deeper than the limit of 1000 levels"), e::getMessage);
          MopsJsonException r =
              assertThrows(
                  MopsJsonException.class,
                  () -> deepest.readString(text.replace("424242", objects ? "{\"k\":1}" : "[1]")));
          assertEquals("nested deeper than the limit of 1000 levels", r.problem());
        });
  }

  @Test
  void extensionsDeeperThanAnyLimitAreRefusedByTheWriterWithOurException()
      throws InterruptedException {
    SmallStack.run(
        () -> {
          Plan p = withExtension(nested(100_000, false));
          assertEquals(p, Plan.builder().from(p).build());
          MopsJsonException e = unwritable(JSON, p);
          assertEquals("/extensions/x" + "/0".repeat(62), e.pointer());
        });
  }

  @Test
  void deepDocumentsAreRefusedWithoutStackOverflow() throws InterruptedException {
    MopsJson deepest = with(ReadLimits.builder().maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH));
    SmallStack.run(
        () -> {
          for (int depth : new int[] {1001, 5_000, 100_000}) {
            String doc =
                HEAD + ",\"extensions\":{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}}";
            assertThrows(MopsJsonException.class, () -> deepest.readString(doc));
            assertThrows(
                MopsJsonException.class,
                () -> deepest.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
          }
        });
  }

  private static Plan withWeight(BigDecimal weight) {
    KeyResult kr =
        KeyResult.builder().id("k").title("K").kind(KeyResultKind.BINARY).weight(weight).build();
    Okr okr =
        Okr.builder()
            .id("o")
            .title("O")
            .level(OkrLevel.MOPS)
            .period(DateRange.parse("2027-01-01/2027-03-31"))
            .addKeyResults(kr)
            .build();
    return Plan.builder().from(plan()).addOkrs(okr).build();
  }

  static Stream<Arguments> writerLimits() {
    ReadLimits.Builder small =
        ReadLimits.builder().maxStringLength(30).maxNumberLength(10).maxNestingDepth(6);
    return Stream.of(
        Arguments.of(
            "string",
            small,
            withExtension(ExtensionValue.string("s".repeat(30))),
            withExtension(ExtensionValue.string("s".repeat(31))),
            "/extensions/x",
            "a string of 31 characters, longer than the limit of 30"),
        Arguments.of(
            "model string",
            small,
            Plan.builder().from(plan()).team("t".repeat(30)).build(),
            Plan.builder().from(plan()).team("t".repeat(31)).build(),
            "/team",
            "a string of 31 characters"),
        Arguments.of(
            "property name",
            small,
            Plan.builder()
                .from(plan())
                .extensions(Extensions.of("k".repeat(30), ExtensionValue.nullValue()))
                .build(),
            Plan.builder()
                .from(plan())
                .extensions(Extensions.of("k".repeat(31), ExtensionValue.nullValue()))
                .build(),
            "/extensions/" + "k".repeat(31),
            "a property name of 31 characters"),
        Arguments.of(
            "extension number",
            small,
            withExtension(ExtensionValue.number("1234567890")),
            withExtension(ExtensionValue.number("12345678901")),
            "/extensions/x",
            "a number of 11 characters, longer than the limit of 10"),
        Arguments.of(
            "decimal digits",
            small,
            withWeight(new BigDecimal("0.00000001")),
            withWeight(new BigDecimal("0.000000001")),
            "/okrs/0/keyResults/0/weight",
            "a number of 11 characters"),
        Arguments.of(
            "decimal written out",
            small,
            withWeight(new BigDecimal("1E+9")),
            withWeight(new BigDecimal("1E+10")),
            "/okrs/0/keyResults/0/weight",
            "the number \"1E+10\" of 11 digits written out, more than the limit of 10"),
        Arguments.of(
            "depth",
            small,
            withExtension(nested(6, false)),
            withExtension(nested(7, false)),
            "/extensions/x/0/0/0/0",
            "values nested deeper than the limit of 6 levels"),
        Arguments.of(
            "values",
            ReadLimits.builder().maxValues(10),
            withExtension(
                ExtensionValue.array(
                    List.of(
                        ExtensionValue.number(1),
                        ExtensionValue.number(2),
                        ExtensionValue.number(3)))),
            withExtension(
                ExtensionValue.array(
                    List.of(
                        ExtensionValue.number(1),
                        ExtensionValue.number(2),
                        ExtensionValue.number(3),
                        ExtensionValue.number(4)))),
            "/extensions/x/3",
            "more than 10 values"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writerLimits")
  void theWriterFollowsTheReadLimits(
      String what,
      ReadLimits.Builder limits,
      Plan atLimit,
      Plan overLimit,
      String pointer,
      String problem) {
    MopsJson json = with(limits);
    writeAndReadBack(json, atLimit);
    MopsJsonException e = unwritable(json, overLimit);
    assertEquals(pointer, e.pointer(), e::getMessage);
    assertTrue(e.problem().contains(problem), e::getMessage);
    // and the reader with these limits refuses what a default writer writes
    assertThrows(MopsJsonException.class, () -> json.readString(JSON.writeString(overLimit)));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 250, 1000})
  void theWriterFollowsTheDocumentLength(int limit) {
    Plan p = withExtension(ExtensionValue.string("é".repeat(60)));
    String text = JSON.writeString(p);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    MopsJson json = with(ReadLimits.builder().maxDocumentLength(limit));
    if (text.length() <= limit) {
      assertEquals(p, json.readString(json.writeString(p)));
    } else {
      assertTrue(
          unwritable(json, p).problem().contains("characters, longer than the limit of " + limit));
    }
    if (utf8.length <= limit) {
      writeAndReadBack(json, p);
    } else {
      MopsJsonException e =
          assertThrows(MopsJsonException.class, () -> json.write(p, new ByteArrayOutputStream()));
      assertTrue(e.problem().contains("bytes, longer than the limit of " + limit), e::getMessage);
    }
  }

  static Stream<Arguments> controlCharacters() {
    String esc = "\\u001b[31m";
    return Stream.of(
        Arguments.of("unknown property", HEAD + ",\"" + esc + "\":1}"),
        Arguments.of(
            "bad id", HEAD + ",\"objectives\":[{\"id\":\"" + esc + "\",\"title\":\"t\"}]}"),
        Arguments.of(
            "bad enum",
            HEAD
                + ",\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\""
                + esc
                + "\",\"period\":\"2027-01-01/2027-03-31\"}]}"),
        Arguments.of("bad date", HEAD.replace("2027-01-01/", esc + "/") + "}"),
        Arguments.of("bad version", "{\"formatVersion\":\"" + esc + "\"}"),
        Arguments.of("raw control in a token", HEAD + ",\"team\":tru\u001b[31m}"),
        Arguments.of("raw control in a name", HEAD + ",\"te\u001bam\":1}"),
        Arguments.of("bidi override", HEAD + ",\"\u202Eevil\":1}"),
        Arguments.of(
            "duplicate with control",
            HEAD + ",\"extensions\":{\"" + esc + "\":1,\"" + esc + "\":2}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controlCharacters")
  void controlCharactersFromTheDocumentNeverReachTheMessageRaw(String what, String doc) {
    MopsJsonException e = assertThrows(MopsJsonException.class, () -> JSON.readString(doc));
    String m = e.getMessage();
    assertFalse(m.chars().anyMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E)), m);
    assertTrue(m.contains("\\u001B") || m.contains("\\u202E") || m.contains("code 27"), m);
  }

  private static Gen<LocalDate> days() {
    return SourceDSL.longs()
        .between(DateRange.MIN_DATE.toEpochDay(), DateRange.MAX_DATE.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void randomDatesOfTheDomainRoundTrip() {
    qt().withExamples(TestScale.examples(300))
        .forAll(days(), days())
        .checkAssert(
            (a, b) -> {
              LocalDate start = a.isBefore(b) ? a : b;
              LocalDate end = a.isBefore(b) ? b : a;
              QuickWin win =
                  QuickWin.builder().id("q").title("Q").plannedMonth(YearMonth.from(a)).build();
              Plan p =
                  Plan.builder()
                      .from(plan())
                      .period(DateRange.of(start, end))
                      .addQuickWins(win)
                      .build();
              writeAndReadBack(JSON, p);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-01-01/0000-01-01",
        "0000-01-01/9999-12-31",
        "9999-12-31/9999-12-31",
        "0000-02-29/0400-02-29",
        "9999-12-01/9999-12-31"
      })
  void theEdgesOfTheDomainRoundTrip(String range) {
    DateRange r = DateRange.parse(range);
    QuickWin first =
        QuickWin.builder().id("a").title("A").plannedMonth(YearMonth.from(r.start())).build();
    QuickWin last =
        QuickWin.builder().id("b").title("B").plannedMonth(YearMonth.from(r.end())).build();
    Plan p = Plan.builder().from(plan()).period(r).addQuickWins(first, last).build();
    String text = JSON.writeString(p);
    assertTrue(text.contains(range), text);
    writeAndReadBack(JSON, p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+10000-01-01/+10000-01-01", "-0001-01-01/0000-01-01", "10000-01-01/10000-01-02"})
  void datesOutsideTheDomainAreRefusedByTheReader(String range) {
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () -> JSON.readString(HEAD.replace("2027-01-01/2027-12-31", range) + "}"));
    assertEquals("/period", e.pointer());
  }

  @TestFactory
  Stream<DynamicTest> jsonTestSuiteValuesInsideExtensions() throws IOException {
    Path suite = Path.of("src/test/resources/jsontestsuite");
    List<Path> files;
    try (Stream<Path> s = Files.list(suite)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                byte[] value = Files.readAllBytes(f);
                byte[] head = (HEAD + ",\"extensions\":{\"x\":").getBytes(StandardCharsets.UTF_8);
                byte[] doc = new byte[head.length + value.length + 2];
                System.arraycopy(head, 0, doc, 0, head.length);
                System.arraycopy(value, 0, doc, head.length, value.length);
                doc[doc.length - 2] = '}';
                doc[doc.length - 1] = '}';
                Plan read;
                try {
                  read = JSON.read(new ByteArrayInputStream(doc));
                } catch (MopsJsonException e) {
                  // strict reading refuses duplicate keys, which RFC 8259 allows
                  assertFalse(
                      name.startsWith("y_") && !e.problem().startsWith("duplicate property"),
                      () -> "refused: " + e.getMessage());
                  assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e::getMessage);
                  return;
                }
                assertFalse(name.startsWith("n_"), "read an n_ file");
                writeAndReadBack(JSON, read);
              }));
    }
    assertTrue(tests.size() >= 318, "files: " + tests.size());
    return tests.stream();
  }
}
