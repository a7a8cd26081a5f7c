package dev.mops.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC-4180 reader over a {@link Reader}: one row at a time, fields exposed as ranges of
 * a reused char buffer, so reading a row allocates nothing. Memory is bounded by the longest row
 * ({@link #MAX_ROW_CHARS}), never by the file.
 *
 * <ul>
 *   <li>Fields are separated by commas; rows end at LF, CRLF or a lone CR (old Mac exports).
 *   <li>A field that starts with a double quote (after optional spaces) is quoted: it may hold
 *       commas, line breaks and doubled quotes ({@code ""} reads as {@code "}); after the closing
 *       quote only spaces, a comma or the end of the row may follow. A quote inside an unquoted
 *       field is data.
 *   <li>A UTF-8 byte order mark at the very start is skipped. An empty line is no row.
 *   <li>{@link #line()} is the 1-based line on which the row starts; every line break (LF, CRLF or
 *       CR) counts, those inside quoted fields too.
 *   <li>Input that cannot be decoded (a {@link CharacterCodingException} from the reader) is {@link
 *       Malformed} on the line where the undecodable bytes are, when the reader hands over the text
 *       before them first (as {@link Utf8Reader} does).
 * </ul>
 *
 * <p>Values are not trimmed here; {@link #start(int)} and {@link #end(int)} give the trimmed range.
 */
final class CsvTokenizer implements Closeable {
  /** The longest row accepted, in chars; a longer one is an error, not an out-of-memory. */
  static final int MAX_ROW_CHARS = 1 << 20;

  /** A malformed file: the row cannot be split into fields. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;
    final int field;

    Malformed(long line, int field, String message) {
      super(message, null, false, false);
      this.line = line;
      this.field = field;
    }
  }

  private final Reader in;

  /** Whether a byte order mark at the very start is skipped (not in a later part of a file). */
  private final boolean bom;

  /**
   * Asked when the input ends inside a quoted field: true when it made more input available (a part
   * of a file read in parallel extends over the next part), false for the real end.
   */
  private final @Nullable BooleanSupplier more;

  private char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private long nextLine = 1;
  private long line;

  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] escaped = new boolean[16];

  CsvTokenizer(Reader in) {
    this(in, 1 << 16);
  }

  CsvTokenizer(Reader in, int bufferSize) {
    this(in, bufferSize, true, null);
  }

  /**
   * A tokenizer of {@code in} that skips a byte order mark at the start only when {@code bom}, and
   * asks {@code more} (when not null) for more input when the input ends inside a quoted field.
   */
  CsvTokenizer(Reader in, int bufferSize, boolean bom, @Nullable BooleanSupplier more) {
    this.in = in;
    this.buf = new char[bufferSize];
    this.bom = bom;
    this.more = more;
  }

  /** The number of fields of the current row. */
  int fieldCount() {
    return count;
  }

  /** The 1-based line on which the current row starts. */
  long line() {
    return line;
  }

  /** The line after the last row read: where the next row would start. */
  long nextLine() {
    return nextLine;
  }

  /** The buffer holding the current row's fields. */
  char[] chars() {
    return buf;
  }

  /** Start of field {@code i}, spaces and tabs trimmed; {@link #end(int)} is never before it. */
  int start(int i) {
    int s = starts[i];
    int e = ends[i];
    while (s < e && isBlank(buf[s])) {
      s++;
    }
    return s;
  }

  /**
   * End (exclusive) of field {@code i}, spaces and tabs trimmed: equal to {@link #start(int)} for a
   * field of only spaces and tabs.
   */
  int end(int i) {
    return end(i, start(i));
  }

  /** {@link #end(int)} of field {@code i} whose {@link #start(int)} is {@code s}. */
  int end(int i, int s) {
    int e = ends[i];
    while (e > s && isBlank(buf[e - 1])) {
      e--;
    }
    return e;
  }

  /** Field {@code i}, trimmed. */
  String field(int i) {
    int s = start(i);
    return new String(buf, s, end(i) - s);
  }

  /** Field {@code i} as written (unquoted and unescaped, not trimmed). */
  String raw(int i) {
    return new String(buf, starts[i], ends[i] - starts[i]);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the input
   * @throws Malformed if the row cannot be split into fields
   * @throws IOException if reading fails
   */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      fill();
      if (bom && pos < limit && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    while (true) {
      int r = parse();
      if (r > 0) {
        return true;
      }
      if (r < 0) {
        return false;
      }
      // r == 0: the row runs past the buffer; keep it and read more
      if (!fill()) {
        eof = true;
      }
    }
  }

  /**
   * Moves the unread part to the front (growing the buffer if full) and reads until the buffer is
   * full or the input ends, so that a long row is scanned a bounded number of times however few
   * characters each read gives: false at the end of the input.
   */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_ROW_CHARS + 2) {
        throw new Malformed(
            nextLine,
            0,
            "expected a row of at most " + MAX_ROW_CHARS + " characters (an unclosed quote?)");
      }
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_ROW_CHARS + 2));
    }
    boolean ended = false;
    try {
      while (limit < buf.length) {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          ended = true;
          break;
        }
        if (n == 0) {
          break; // a reader that has nothing now: parse what there is, then ask again
        }
        limit += n;
      }
    } catch (CharacterCodingException e) {
      throw new Malformed(
          lineAt(limit),
          0,
          "expected UTF-8 text, got a malformed byte sequence" + " (" + e.getMessage() + ")");
    }
    return !ended;
  }

  /** The line of {@code buf[at]}: the next row's line plus the line breaks before it. */
  private long lineAt(int at) {
    long l = nextLine;
    for (int k = pos; k < at; k++) {
      if (buf[k] == '\n' || (buf[k] == '\r' && (k + 1 >= at || buf[k + 1] != '\n'))) {
        l++;
      }
    }
    return l;
  }

  /**
   * Splits the row starting at {@code pos}: 1 when read (pos moves past it), 0 when more input is
   * needed (nothing changed), -1 at the end of the input.
   */
  private int parse() {
    final char[] b = buf;
    final int lim = limit;
    int i = pos;
    int n = 0;
    long breaks = 0;
    // an empty line is no row
    while (i < lim) {
      char c = b[i];
      if (c == '\n') {
        i++;
      } else if (c == '\r') {
        if (i + 1 < lim) {
          i += b[i + 1] == '\n' ? 2 : 1;
        } else if (eof) {
          i++;
        } else {
          return 0;
        }
      } else {
        break;
      }
      nextLine++;
      pos = i;
    }
    if (i >= lim) {
      return eof ? -1 : 0;
    }
    while (true) {
      if (n == starts.length) {
        grow();
      }
      int fieldStart = i;
      // spaces before a quote
      int j = i;
      while (j < lim && isBlank(b[j])) {
        j++;
      }
      if (j < lim && b[j] == '"') {
        int s = j + 1;
        boolean esc = false;
        int k = s;
        while (true) {
          if (k >= lim) {
            if (eof && more != null && more.getAsBoolean()) {
              eof = false;
              return 0;
            }
            if (eof) {
              throw new Malformed(
                  nextLine,
                  n + 1,
                  "expected a closing quote before the end of"
                      + " the input (a quoted field is not closed)");
            }
            return 0;
          }
          char c = b[k];
          if (c == '"') {
            if (k + 1 >= lim && !eof) {
              return 0;
            }
            if (k + 1 < lim && b[k + 1] == '"') {
              esc = true;
              k += 2;
              continue;
            }
            break;
          }
          if (c == '\n' || (c == '\r' && (k + 1 >= lim || b[k + 1] != '\n'))) {
            breaks++;
          }
          k++;
        }
        starts[n] = s;
        ends[n] = k;
        escaped[n] = esc;
        k++; // past the closing quote
        while (k < lim && isBlank(b[k])) {
          k++;
        }
        if (k >= lim) {
          if (!eof) {
            return 0;
          }
          n++;
          return finish(n, lim, breaks, false);
        }
        char c = b[k];
        if (c == ',') {
          n++;
          i = k + 1;
          continue;
        }
        if (c == '\n') {
          n++;
          return finish(n, k + 1, breaks, true);
        }
        if (c == '\r') {
          if (k + 1 >= lim && !eof) {
            return 0;
          }
          n++;
          return finish(n, k + 1 < lim && b[k + 1] == '\n' ? k + 2 : k + 1, breaks, true);
        }
        throw new Malformed(
            nextLine,
            n + 1,
            "expected a comma or the end of the row after a closing quote, got "
                + CsvImportException.quote(String.valueOf(c)));
      }
      // unquoted
      int k = fieldStart;
      while (true) {
        if (k >= lim) {
          if (!eof) {
            return 0;
          }
          starts[n] = fieldStart;
          ends[n] = k;
          escaped[n] = false;
          n++;
          return finish(n, k, breaks, false);
        }
        char c = b[k];
        if (c == ',') {
          starts[n] = fieldStart;
          ends[n] = k;
          escaped[n] = false;
          n++;
          i = k + 1;
          break;
        }
        if (c == '\n' || c == '\r') {
          int next = k + 1;
          if (c == '\r') {
            if (next >= lim && !eof) {
              return 0;
            }
            if (next < lim && b[next] == '\n') {
              next++;
            }
          }
          starts[n] = fieldStart;
          ends[n] = k;
          escaped[n] = false;
          n++;
          return finish(n, next, breaks, true);
        }
        k++;
      }
    }
  }

  private int finish(int n, int next, long breaks, boolean lineEnd) {
    count = n;
    line = nextLine;
    nextLine += breaks + (lineEnd ? 1 : 0);
    pos = next;
    for (int f = 0; f < n; f++) {
      if (escaped[f]) {
        unescape(f);
      }
    }
    return 1;
  }

  /** Turns each {@code ""} of field {@code f} into {@code "}, in place. */
  private void unescape(int f) {
    int w = starts[f];
    int e = ends[f];
    for (int r = starts[f]; r < e; r++) {
      char c = buf[r];
      buf[w++] = c;
      if (c == '"') {
        r++;
      }
    }
    ends[f] = w;
  }

  private void grow() {
    int len = starts.length * 2;
    starts = Arrays.copyOf(starts, len);
    ends = Arrays.copyOf(ends, len);
    escaped = Arrays.copyOf(escaped, len);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
