package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The writer follows the limits to the unit, for a whole plan with every kind of value (the sample:
 * nested elements and lists, booleans, whole numbers, decimals, vendor data with nulls, nested
 * arrays and objects, non-ASCII text). For each limit the test finds, by reading, the smallest
 * value at which a reader accepts the written document; a writer with that limit writes the same
 * document, and a writer one unit under it refuses the plan, as a reader with that limit refuses
 * the document.
 */
class WriterMatchesReaderLimitsTest {
  private static final Plan PLAN = SamplePlans.small();
  private static final String TEXT = MopsJson.standard().writeString(PLAN);
  private static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

  private static MopsJson with(ReadLimits limits) {
    return MopsJson.builder().limits(limits).build();
  }

  private static boolean reads(ReadLimits limits, boolean bytes) {
    try {
      MopsJson json = with(limits);
      Plan read = bytes ? json.read(new ByteArrayInputStream(BYTES)) : json.readString(TEXT);
      assertEquals(PLAN, read);
      return true;
    } catch (MopsJsonException e) {
      return false;
    }
  }

  /** The smallest {@code n} in 1..max for which {@code ok} holds, which is monotone. */
  private static long smallest(long max, Predicate<Long> ok) {
    assertTrue(ok.test(max));
    long lo = 1;
    long hi = max;
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (ok.test(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static void writerAgreesAt(
      String what, long least, BiFunction<ReadLimits.Builder, Long, ReadLimits.Builder> set) {
    assertTrue(least > 1, what + " is not exercised by the sample");
    MopsJson at = with(set.apply(ReadLimits.builder(), least).build());
    assertEquals(TEXT, at.writeString(PLAN), what);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    at.write(PLAN, out);
    assertArrayEquals(BYTES, out.toByteArray(), what);
    MopsJson under = with(set.apply(ReadLimits.builder(), least - 1).build());
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> under.writeString(PLAN), what);
    assertTrue(e.problem().startsWith("cannot write "), e::getMessage);
    assertThrows(
        MopsJsonException.class, () -> under.write(PLAN, new ByteArrayOutputStream()), what);
  }

  @Test
  void nestingDepth() {
    long least =
        smallest(
            ReadLimits.MAX_NESTING_DEPTH,
            d -> reads(ReadLimits.builder().maxNestingDepth(d.intValue()).build(), false));
    assertTrue(least >= 4, "sample depth " + least);
    writerAgreesAt("depth", least, (b, d) -> b.maxNestingDepth(d.intValue()));
  }

  @Test
  void numberOfValues() {
    long least = smallest(1_000_000, n -> reads(ReadLimits.builder().maxValues(n).build(), false));
    writerAgreesAt("values", least, ReadLimits.Builder::maxValues);
  }

  @Test
  void stringLength() {
    long least =
        smallest(
            1 << 20, n -> reads(ReadLimits.builder().maxStringLength(n.intValue()).build(), false));
    writerAgreesAt("string", least, (b, n) -> b.maxStringLength(n.intValue()));
  }

  @Test
  void numberLength() {
    long least =
        smallest(
            100, n -> reads(ReadLimits.builder().maxNumberLength(n.intValue()).build(), false));
    writerAgreesAt("number", least, (b, n) -> b.maxNumberLength(n.intValue()));
  }

  @Test
  void documentLengthInCharactersAndInBytes() {
    long chars =
        smallest(1 << 20, n -> reads(ReadLimits.builder().maxDocumentLength(n).build(), false));
    long bytes =
        smallest(1 << 20, n -> reads(ReadLimits.builder().maxDocumentLength(n).build(), true));
    assertEquals(TEXT.length(), chars);
    assertEquals(BYTES.length, bytes);
    assertTrue(bytes > chars, "the sample holds non-ASCII text");
    MopsJson atChars = with(ReadLimits.builder().maxDocumentLength(chars).build());
    assertEquals(TEXT, atChars.writeString(PLAN));
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class, () -> atChars.write(PLAN, new ByteArrayOutputStream()));
    assertEquals(
        "cannot write a document of more than "
            + chars
            + " bytes, longer than the limit of "
            + chars
            + ", which a reader with the same limits would refuse",
        e.problem());
    MopsJson atBytes = with(ReadLimits.builder().maxDocumentLength(bytes).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    atBytes.write(PLAN, out);
    assertArrayEquals(BYTES, out.toByteArray());
    MopsJson under = with(ReadLimits.builder().maxDocumentLength(chars - 1).build());
    assertEquals(
        "cannot write a document of more than "
            + (chars - 1)
            + " characters, longer than the limit of "
            + (chars - 1)
            + ", which a reader with the same limits would refuse",
        assertThrows(MopsJsonException.class, () -> under.writeString(PLAN)).problem());
  }
}
