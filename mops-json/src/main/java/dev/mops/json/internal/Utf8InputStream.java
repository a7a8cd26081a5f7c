package dev.mops.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes through unchanged while checking that they are well-formed UTF-8 (RFC 3629) and hold
 * no NUL byte, which no JSON text may contain. It refuses overlong forms, encoded surrogates, code
 * points above U+10FFFF, the bytes {@code C0}, {@code C1} and {@code F5..FF}, stray continuation
 * bytes and truncated sequences, and so every UTF-16 or UTF-32 document, with or without a byte
 * order mark. A UTF-8 byte order mark passes (the parser skips it).
 *
 * <p>The bytes before a fault are returned first, so that the parser reaches it and can tell where
 * in the document it is; the next read throws {@link Malformed}. A failure of the underlying stream
 * is remembered, to tell it apart from a fault of the document.
 */
final class Utf8InputStream extends FilterInputStream {
  /** The document is not well-formed UTF-8 JSON text at a byte offset. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    final long offset;
    final int line;
    final int column;

    Malformed(String problem, long offset, int line, int column) {
      super(problem);
      this.offset = offset;
      this.line = line;
      this.column = column;
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

  /** The high bit of each byte of {@code x} that is 0, and nothing else (exact, no carries). */
  private static long zeroBytes(long x) {
    return ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
  }

  private long offset;
  private int line = 1;
  private int column = 1;
  private int need;
  private int lead;
  private int lo = 0x80;
  private int hi = 0xBF;
  private @Nullable Malformed pending;
  private @Nullable IOException sourceFailure;

  Utf8InputStream(InputStream in) {
    super(in);
  }

  /** The failure of the underlying stream, if it failed. */
  @Nullable IOException sourceFailure() {
    return sourceFailure;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      if (!(e instanceof LimitedInputStream.TooLong)) {
        sourceFailure = e;
      }
      throw e;
    }
    if (n < 0) {
      if (need > 0) {
        throw fault("truncated sequence at the end of the document (lead byte " + hex(lead) + ")");
      }
      return n;
    }
    for (int i = 0; i < n; i++) {
      if (need == 0) {
        // fast path: a run of ASCII bytes other than NUL (nearly the whole of most documents),
        // counted at once; a line feed restarts the column
        int start = i;
        int lastLineFeed = -1;
        // eight bytes at a time while none is NUL or above 0x7F, counting their line feeds
        while (i + 8 <= n) {
          long x = (long) LONGS.get(b, off + i);
          if (((x & HIGH_BITS) | zeroBytes(x)) != 0) {
            break;
          }
          long lineFeeds = zeroBytes(x ^ LINE_FEEDS);
          if (lineFeeds != 0) {
            line += Long.bitCount(lineFeeds);
            lastLineFeed = i + 7 - (Long.numberOfLeadingZeros(lineFeeds) >>> 3);
          }
          i += 8;
        }
        byte c;
        while (i < n && (c = b[off + i]) > 0) {
          if (c == '\n') {
            line++;
            lastLineFeed = i;
          }
          i++;
        }
        column = lastLineFeed >= 0 ? i - lastLineFeed : column + (i - start);
        offset += i - start;
        if (i == n) {
          break;
        }
      }
      Malformed m = check(b[off + i] & 0xFF);
      if (m != null) {
        if (i == 0) {
          throw m;
        }
        pending = m;
        return i;
      }
    }
    return n;
  }

  /** Checks one byte; on success counts it, on failure returns the fault without counting it. */
  private @Nullable Malformed check(int c) {
    if (need == 0) {
      if (c < 0x80) {
        if (c == 0) {
          return fault(
              "NUL byte, which JSON does not allow (mops reads UTF-8 only, not UTF-16 or UTF-32)");
        }
        if (c == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      } else if (c >= 0xC2 && c <= 0xDF) {
        start(c, 1, 0x80, 0xBF);
      } else if (c >= 0xE0 && c <= 0xEF) {
        start(c, 2, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF);
      } else if (c >= 0xF0 && c <= 0xF4) {
        start(c, 3, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF);
      } else if (c <= 0xBF) {
        return fault("unexpected continuation byte " + hex(c));
      } else if (c <= 0xC1) {
        return fault("overlong encoding (lead byte " + hex(c) + ")");
      } else if (offset == 0 && c >= 0xFE) {
        return fault(
            "byte " + hex(c) + " starts a UTF-16 or UTF-32 byte order mark; mops reads UTF-8 only");
      } else {
        return fault("byte " + hex(c) + ", which never occurs in UTF-8");
      }
    } else {
      if (c < 0x80 || c > 0xBF) {
        return fault(
            "truncated sequence: "
                + hex(c)
                + " where a continuation byte of lead byte "
                + hex(lead)
                + " was expected");
      }
      if (c < lo || c > hi) {
        String what =
            lead == 0xED
                ? "an encoded surrogate (U+D800..U+DFFF)"
                : lead == 0xF4 ? "a code point above U+10FFFF" : "an overlong encoding";
        return fault(what + " (" + hex(lead) + " " + hex(c) + ")");
      }
      lo = 0x80;
      hi = 0xBF;
      if (--need == 0) {
        column++;
      }
    }
    offset++;
    return null;
  }

  private void start(int c, int continuations, int low, int high) {
    lead = c;
    need = continuations;
    lo = low;
    hi = high;
  }

  private Malformed fault(String problem) {
    return new Malformed(
        "malformed UTF-8 at byte " + offset + ": " + problem, offset, line, column);
  }

  private static String hex(int c) {
    return String.format(Locale.ROOT, "0x%02X", c);
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
