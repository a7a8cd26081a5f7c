package dev.mops.json.internal;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The byte filters under the reader, through the calls Jackson's parser does not make (it reads
 * whole buffers): single-byte reads, skips and empty reads keep checking UTF-8 and counting towards
 * the document length.
 */
class FilterStreamsTest {
  private static InputStream of(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return new ByteArrayInputStream(b);
  }

  @Test
  void singleByteReadsOfUtf8ReturnTheUnsignedBytesThenTheEnd() throws IOException {
    try (Utf8InputStream in = new Utf8InputStream(of('a', 0xC3, 0xA9, 0x7F))) {
      assertEquals('a', in.read());
      assertEquals(0xC3, in.read());
      assertEquals(0xA9, in.read());
      assertEquals(0x7F, in.read());
      assertEquals(-1, in.read());
      assertFalse(in.markSupported());
    }
  }

  @Test
  void aSingleByteReadRefusesAMalformedByte() {
    Utf8InputStream in = new Utf8InputStream(of('a', 0xFF));
    Utf8InputStream.Malformed m =
        assertThrows(
            Utf8InputStream.Malformed.class,
            () -> {
              assertEquals('a', in.read());
              in.read();
            });
    assertEquals(
        "malformed UTF-8 at byte 1: byte 0xFF, which never occurs in UTF-8", m.getMessage());
    assertEquals(1, m.offset);
    assertEquals(1, m.line);
    assertEquals(2, m.column);
  }

  /**
   * Runs of ASCII are counted at once: the fault's byte offset, line and column are those of the
   * byte, after line feeds, multi-byte characters and runs split over several reads.
   */
  @Test
  void bulkReadsCountLinesAndColumnsUpToTheFault() throws IOException {
    byte[] doc = "{\n  \"a\": \"é\",\n  \"b\": \"xyz€\"\n  x".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(doc, doc.length + 1);
    bad[doc.length] = (byte) 0xFF;
    for (int chunk : new int[] {1, 3, 7, bad.length}) {
      Utf8InputStream in = new Utf8InputStream(new ByteArrayInputStream(bad));
      byte[] buf = new byte[chunk];
      int total = 0;
      Utf8InputStream.Malformed m = null;
      try {
        for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
          total += n;
        }
      } catch (Utf8InputStream.Malformed e) {
        m = e;
      }
      assertEquals(doc.length, total, "chunk " + chunk);
      assertEquals(doc.length, requireNonNull(m, "no fault").offset, "chunk " + chunk);
      assertEquals(4, m.line, "chunk " + chunk);
      assertEquals(4, m.column, "chunk " + chunk);
    }
  }

  /**
   * Runs of ASCII are also counted eight bytes at a time: a fault (NUL, or a byte no UTF-8 holds)
   * at every position of a word, after line feeds at every position, is told at its own offset,
   * line and column, whatever the size of the reads.
   */
  @Test
  void wordAtATimeCountingFindsEveryFaultWhereItIs() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 300; i++) {
      text.append("ab\"c".repeat(i % 5)).append(i % 7 == 3 ? "é" : "").append('\n');
      text.append("x".repeat(i % 11));
    }
    for (int cut = 0; cut <= 120; cut++) {
      String prefix = text.substring(0, cut);
      byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
      int expectedLine = 1 + (int) prefix.chars().filter(ch -> ch == '\n').count();
      int expectedColumn = prefix.length() - prefix.lastIndexOf('\n');
      for (int fault : new int[] {0x00, 0xFF}) {
        byte[] doc = java.util.Arrays.copyOf(head, head.length + 20);
        doc[head.length] = (byte) fault;
        java.util.Arrays.fill(doc, head.length + 1, doc.length, (byte) 'y');
        for (int chunk : new int[] {1, 8, 13, 4096}) {
          Utf8InputStream in = new Utf8InputStream(new ByteArrayInputStream(doc));
          byte[] buf = new byte[chunk];
          int total = 0;
          Utf8InputStream.Malformed m = null;
          try {
            for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
              total += n;
            }
          } catch (Utf8InputStream.Malformed e) {
            m = e;
          }
          String at = "cut " + cut + ", fault " + fault + ", chunk " + chunk;
          assertEquals(head.length, total, at);
          assertEquals(head.length, requireNonNull(m, at).offset, at);
          assertEquals(expectedLine, m.line, at);
          assertEquals(expectedColumn, m.column, at);
        }
      }
    }
  }

  @Test
  void anEmptyReadInsideASequenceIsNotItsEnd() throws IOException {
    Utf8InputStream in = new Utf8InputStream(of(0xE2, 0x82, 0xAC));
    byte[] buf = new byte[3];
    assertEquals(1, in.read(buf, 0, 1));
    assertEquals(0, in.read(buf, 1, 0), "nothing asked, nothing read, no truncation");
    assertEquals(2, in.read(buf, 1, 2));
    assertArrayEquals("€".getBytes(StandardCharsets.UTF_8), buf);
    assertEquals(-1, in.read(buf, 0, 3));
  }

  @Test
  void skippingChecksTheSkippedBytes() throws IOException {
    byte[] text = "héllo wörld".getBytes(StandardCharsets.UTF_8);
    Utf8InputStream in = new Utf8InputStream(new ByteArrayInputStream(text));
    assertEquals(3, in.skip(3));
    assertEquals(0, in.skip(0));
    assertEquals(0, in.skip(-4));
    assertEquals('l', in.read());
    assertEquals(text.length - 4, in.skip(100));
    assertEquals(-1, in.read());
    Utf8InputStream bad = new Utf8InputStream(of('a', 'b', 0xC0, 0xAF));
    Utf8InputStream.Malformed m = assertThrows(Utf8InputStream.Malformed.class, () -> bad.skip(4));
    assertTrue(m.getMessage().contains("overlong encoding (lead byte 0xC0)"), m.getMessage());
    assertEquals(2, m.offset);
  }

  @Test
  void theLimitCountsSingleByteReadsAndSkips() throws IOException {
    LimitedInputStream in = new LimitedInputStream(of(1, 2, 3, 4, 5), 3);
    assertEquals(1, in.read());
    assertEquals(1, in.skip(1));
    assertEquals(3, in.read());
    LimitedInputStream.TooLong e = assertThrows(LimitedInputStream.TooLong.class, in::read);
    assertEquals("more than 3 bytes", e.getMessage());
    assertEquals(3, e.max);
    assertFalse(in.markSupported());

    LimitedInputStream skips = new LimitedInputStream(of(1, 2, 3, 4, 5), 3);
    assertEquals(3, skips.skip(3));
    assertThrows(LimitedInputStream.TooLong.class, () -> skips.skip(1));

    LimitedInputStream exact = new LimitedInputStream(of(1, 2), 2);
    assertEquals(1, exact.read());
    assertEquals(2, exact.read());
    assertEquals(-1, exact.read(), "the end is not counted");
    assertEquals(-1, exact.read(new byte[4], 0, 4));
  }
}
