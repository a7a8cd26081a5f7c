package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte input and output: a fault in the UTF-8 is placed at its byte, line and column (a multi-byte
 * character is one column); byte order marks of other encodings are named; a failing stream or file
 * is an {@link UncheckedIOException} carrying the stream's own exception, never a {@link
 * MopsJsonException}.
 */
class ByteInputTest {
  private static final MopsJson JSON = MopsJson.standard();
  private static final String HEAD = StrictReadingTest.HEAD;

  private static byte[] concat(byte[] a, int... tail) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + tail.length);
    for (int i = 0; i < tail.length; i++) {
      out[a.length + i] = (byte) tail[i];
    }
    return out;
  }

  private static MopsJsonException refused(byte[] doc) {
    return assertThrows(MopsJsonException.class, () -> JSON.read(new ByteArrayInputStream(doc)));
  }

  @Test
  void aMalformedByteIsPlacedByLineAndColumnCountingCharactersNotBytes() {
    String before = HEAD + ",\n\"extensions\": {\n  \"x\": \"é€😀é";
    byte[] doc = concat(before.getBytes(StandardCharsets.UTF_8), 0xFF, '"', '}', '}');
    MopsJsonException e = refused(doc);
    int offset = before.getBytes(StandardCharsets.UTF_8).length;
    assertEquals(
        "malformed UTF-8 at byte " + offset + ": byte 0xFF, which never occurs in UTF-8",
        e.problem());
    assertEquals(3, e.line());
    // two spaces, "x", a colon, a space, a quote and four characters of two, three, four and two
    // bytes: the bad byte is the 13th
    assertEquals(13, e.column());
    assertEquals("/extensions/x", e.pointer());
  }

  @Test
  void aByteOrderMarkOfAnotherEncodingIsNamedAtTheFirstByteOnly() {
    for (int first : new int[] {0xFE, 0xFF}) {
      MopsJsonException e = refused(new byte[] {(byte) first, (byte) (first ^ 1), '{', '}'});
      assertEquals(
          "malformed UTF-8 at byte 0: byte "
              + String.format(java.util.Locale.ROOT, "0x%02X", first)
              + " starts a UTF-16 or UTF-32 byte order mark; mops reads UTF-8 only",
          e.problem());
      assertEquals(1, e.line());
      assertEquals(1, e.column());
      assertEquals("", e.pointer());
    }
    MopsJsonException later = refused(new byte[] {' ', (byte) 0xFE, '{', '}'});
    assertEquals(
        "malformed UTF-8 at byte 1: byte 0xFE, which never occurs in UTF-8", later.problem());
    assertEquals(2, later.column());
  }

  @Test
  void aDocumentOverTheLimitWithinItsFirstBytesIsRefusedAsTooLong() {
    MopsJson tiny =
        MopsJson.builder().limits(ReadLimits.builder().maxDocumentLength(2).build()).build();
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () -> tiny.read(new ByteArrayInputStream("{}  ".getBytes(StandardCharsets.UTF_8))));
    assertEquals("the document of more than 2 bytes is longer than the limit of 2", e.problem());
    assertEquals("", e.pointer());
  }

  @Test
  void aFailingStreamIsAnUncheckedIoExceptionWithItsCause() {
    IOException broken = new IOException("disk on fire");
    byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new InputStream() {
          private int i;

          @Override
          public int read() throws IOException {
            if (i < head.length) {
              return head[i++];
            }
            throw broken;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (i >= head.length) {
              throw broken;
            }
            int n = Math.min(len, head.length - i);
            System.arraycopy(head, i, b, off, n);
            i += n;
            return n;
          }
        };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JSON.read(failing));
    assertSame(broken, e.getCause());
    InputStream failingAtOnce =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw broken;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw broken;
          }
        };
    assertSame(
        broken,
        assertThrows(UncheckedIOException.class, () -> JSON.read(failingAtOnce)).getCause());
  }

  @Test
  void aMissingFileIsAnUncheckedIoException(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    assertThrows(UncheckedIOException.class, () -> JSON.read(missing));
    Plan p = SamplePlans.small();
    assertThrows(UncheckedIOException.class, () -> JSON.write(p, dir.resolve("no/such/dir.json")));
  }

  @Test
  void aFailingOutputStreamIsAnUncheckedIoExceptionWithItsCause() {
    IOException full = new IOException("no space left");
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw full;
          }
        };
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> JSON.write(SamplePlans.small(), failing));
    assertSame(full, e.getCause());
  }

  @Test
  void filesAndStreamsHoldTheSameBytesAsTheStrings(@TempDir Path dir) throws IOException {
    Plan p = SamplePlans.small();
    Path file = dir.resolve("plan.json");
    JSON.write(p, file);
    assertEquals(JSON.writeString(p), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(p, JSON.read(file));
    Path pub = dir.resolve("public.json");
    JSON.writePublic(p, pub);
    assertEquals(JSON.writePublicString(p), Files.readString(pub, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writePublic(p, out);
    assertEquals(JSON.writePublicString(p), out.toString(StandardCharsets.UTF_8));
    assertEquals(p.publicView(), JSON.readString(JSON.writePublicString(p)));
  }
}
