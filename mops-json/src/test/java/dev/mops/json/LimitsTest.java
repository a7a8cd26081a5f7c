package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit: a document just at it is read, one just over it is refused with our exception. */
class LimitsTest {
  private static final String HEAD = StrictReadingTest.HEAD;

  private static MopsJson with(ReadLimits.Builder b) {
    return MopsJson.builder().limits(b.build()).build();
  }

  private static MopsJsonException refused(MopsJson json, String text) {
    return assertThrows(MopsJsonException.class, () -> json.readString(text));
  }

  /** A plan whose extensions nest arrays so that the deepest value is at {@code depth}. */
  private static String nested(int depth) {
    // root object = 1, extensions object = 2, its member array = 3, ...
    int arrays = depth - 2;
    return HEAD + ",\"extensions\":{\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}}";
  }

  @Test
  void defaults() {
    ReadLimits d = ReadLimits.defaults();
    assertEquals(64, d.maxNestingDepth());
    assertEquals(64L * 1024 * 1024, d.maxDocumentLength());
    assertEquals(1024 * 1024, d.maxStringLength());
    assertEquals(100, d.maxNumberLength());
    assertEquals(
        dev.mops.core.internal.Numbers.DEFAULT_MAX_LENGTH, d.maxNumberLength(), "shared with csv");
    assertEquals(1_000_000, d.maxValues());
    assertEquals(d, MopsJson.standard().limits());
    assertEquals(d, d.toBuilder().build());
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxValues(0));
  }

  @Test
  void nestingDepth() {
    MopsJson json = with(ReadLimits.builder().maxNestingDepth(10));
    json.readString(nested(10));
    MopsJsonException e = refused(json, nested(11));
    assertEquals("nested deeper than the limit of 10 levels", e.problem());
    assertEquals("/extensions/x/0/0/0/0/0/0/0/0", e.pointer());
    MopsJson standard = MopsJson.standard();
    standard.readString(nested(64));
    refused(standard, nested(65));
  }

  @Test
  void documentLengthOfText() {
    String text = StrictReadingTest.plan("");
    with(ReadLimits.builder().maxDocumentLength(text.length())).readString(text);
    MopsJsonException e =
        refused(with(ReadLimits.builder().maxDocumentLength(text.length() - 1)), text);
    assertEquals(
        "the document of "
            + text.length()
            + " characters is longer than the limit of "
            + (text.length() - 1),
        e.problem());
    assertEquals("", e.pointer());
  }

  @Test
  void documentLengthOfBytes(@TempDir Path dir) throws IOException {
    byte[] bytes = StrictReadingTest.plan("\"team\":\"Grüße\"").getBytes(StandardCharsets.UTF_8);
    MopsJson at = with(ReadLimits.builder().maxDocumentLength(bytes.length));
    MopsJson under = with(ReadLimits.builder().maxDocumentLength(bytes.length - 1));
    at.read(new ByteArrayInputStream(bytes));
    assertEquals(
        "the document of more than "
            + (bytes.length - 1)
            + " bytes is longer than the limit of "
            + (bytes.length - 1),
        assertThrows(MopsJsonException.class, () -> under.read(new ByteArrayInputStream(bytes)))
            .problem());
    Path file = dir.resolve("plan.json");
    Files.write(file, bytes);
    at.read(file);
    assertEquals(
        "the document of "
            + bytes.length
            + " bytes is longer than the limit of "
            + (bytes.length - 1),
        assertThrows(MopsJsonException.class, () -> under.read(file)).problem());
  }

  @Test
  @SuppressWarnings("InputStreamSlowMultibyteRead") // one byte at a time is the point
  void documentLengthOfAnEndlessStreamIsRefusedEarly() {
    MopsJson json = with(ReadLimits.builder().maxDocumentLength(1 << 20));
    java.io.InputStream endless =
        new java.io.InputStream() {
          private int i;
          private final byte[] head = (HEAD + ",\"team\":\"t\"").getBytes(StandardCharsets.UTF_8);

          @Override
          public int read() {
            return i < head.length ? head[i++] : ' ';
          }
        };
    MopsJsonException e = assertThrows(MopsJsonException.class, () -> json.read(endless));
    assertEquals(
        "the document of more than 1048576 bytes is longer than the limit of 1048576", e.problem());
  }

  @Test
  void stringLength() {
    MopsJson json = with(ReadLimits.builder().maxStringLength(100));
    json.readString(StrictReadingTest.plan("\"team\":\"" + "t".repeat(100) + "\""));
    MopsJsonException e =
        refused(json, StrictReadingTest.plan("\"team\":\"" + "t".repeat(101) + "\""));
    assertEquals("/team", e.pointer());
    // the parser stops at the limit: the real length is not known
    assertEquals("string of more than 100 characters is longer than the limit of 100", e.problem());
    json.readString(StrictReadingTest.plan("\"extensions\":{\"" + "k".repeat(100) + "\":1}"));
    assertTrue(
        refused(json, StrictReadingTest.plan("\"extensions\":{\"" + "k".repeat(101) + "\":1}"))
            .problem()
            .contains("longer than the limit of 100"));
    json.readString(StrictReadingTest.plan("\"extensions\":{\"k\":\"" + "v".repeat(100) + "\"}"));
    assertEquals(
        "/extensions/k",
        refused(json, StrictReadingTest.plan("\"extensions\":{\"k\":\"" + "v".repeat(101) + "\"}"))
            .pointer());
  }

  @Test
  void hugeStringIsRefusedWithTheDefaults() {
    String huge = "s".repeat(5 * 1024 * 1024);
    MopsJsonException e =
        refused(MopsJson.standard(), StrictReadingTest.plan("\"team\":\"" + huge + "\""));
    assertEquals("/team", e.pointer());
  }

  private static String withWeight(String number) {
    return StrictReadingTest.plan(
        "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\",\"period\":"
            + "\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\",\"title\":\"K\",\"kind\":\"BINARY\",\"weight\":"
            + number
            + "}]}]");
  }

  @Test
  void numberLength() {
    MopsJson json = MopsJson.standard();
    Plan p = json.readString(withWeight("1" + "0".repeat(99)));
    assertEquals(100, p.okrs().get(0).keyResults().get(0).weight().precision());
    MopsJsonException e = refused(json, withWeight("1" + "0".repeat(100)));
    assertEquals("/okrs/0/keyResults/0/weight", e.pointer());
    assertTrue(e.problem().contains("longer than the limit of 100"), e.problem());
    json.readString(withWeight("0." + "1".repeat(98)));
    refused(json, withWeight("0." + "1".repeat(99)));
    json.readString(StrictReadingTest.plan("\"extensions\":{\"n\":" + "9".repeat(100) + "}"));
    assertEquals(
        "/extensions/n",
        refused(json, StrictReadingTest.plan("\"extensions\":{\"n\":" + "9".repeat(101) + "}"))
            .pointer());
  }

  @Test
  void shortNumbersThatStandForHugeOnesAreRefused() {
    MopsJson json = MopsJson.standard();
    json.readString(withWeight("1e99"));
    MopsJsonException e = refused(json, withWeight("1e100"));
    assertTrue(e.problem().contains("digits written out"), e.problem());
    refused(json, withWeight("1e999999999"));
    refused(json, withWeight("1e-999999999"));
    assertEquals(
        "1e999999999",
        json.readString(StrictReadingTest.plan("\"extensions\":{\"n\":1e999999999}"))
            .extensions()
            .get("n")
            .orElseThrow()
            .toString());
  }

  @Test
  void numberOfValues() {
    String text = StrictReadingTest.plan("\"extensions\":{\"a\":[1,2,3]}");
    // root, formatVersion, id, name, period, extensions, array, 3 numbers
    with(ReadLimits.builder().maxValues(10)).readString(text);
    MopsJsonException e = refused(with(ReadLimits.builder().maxValues(9)), text);
    assertEquals("the document holds more than the limit of 9 values", e.problem());
    assertEquals("/extensions/a/2", e.pointer());
  }

  @Test
  void manyValuesAreRefusedWithTheDefaults() {
    StringBuilder b = new StringBuilder(StrictReadingTest.HEAD).append(",\"extensions\":{\"a\":[");
    for (int i = 0; i < 1_000_001; i++) {
      b.append(i == 0 ? "0" : ",0");
    }
    MopsJsonException e = refused(MopsJson.standard(), b.append("]}}").toString());
    assertTrue(e.problem().contains("more than the limit of 1000000 values"));
  }
}
