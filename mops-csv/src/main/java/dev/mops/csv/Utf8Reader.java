package dev.mops.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader: a malformed byte sequence is a {@link
 * java.nio.charset.CharacterCodingException}, never a replacement character. Unlike {@link
 * java.io.InputStreamReader}, it first hands over every character decoded before the bad bytes and
 * throws on the next read, so the caller knows where in the text the bad bytes are.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private boolean eof;
  private boolean flushed;

  /** The low surrogate of a pair asked for one character at a time, or 0. */
  private char pending;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending != 0) {
      cbuf[off] = pending;
      pending = 0;
      return 1;
    }
    if (flushed) {
      return -1;
    }
    if (len == 1) {
      // a character outside the BMP needs two chars: decode into a pair and keep the second
      char[] two = new char[2];
      int n = read(two, 0, 2);
      if (n == 2) {
        pending = two[1];
      }
      if (n > 0) {
        cbuf[off] = two[0];
        return 1;
      }
      return n;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      int n = out.position() - off;
      if (r.isError()) {
        if (n > 0) {
          return n; // the same error comes back on the next read, with nothing decoded before it
        }
        r.throwException();
      }
      if (r.isOverflow()) {
        return n;
      }
      if (eof) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          n = out.position() - off;
        }
        return n == 0 ? -1 : n;
      }
      if (n > 0 && in.available() <= 0) {
        return n;
      }
      bytes.compact();
      int got = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (got < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + got);
      }
      bytes.flip();
    }
  }

  /**
   * Reads on after the end of the input, for a stream that has more to give after it said it ended
   * (a part of a file that extends over the next part). Only at a character boundary.
   */
  void resume() {
    eof = false;
    flushed = false;
    decoder.reset();
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
