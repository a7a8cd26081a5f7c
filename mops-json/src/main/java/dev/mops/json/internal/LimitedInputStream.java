package dev.mops.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link TooLong} as soon as more than {@code max} bytes have been read. */
final class LimitedInputStream extends FilterInputStream {
  /** Thrown when the document is longer than the limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    final long max;

    TooLong(long max) {
      this(max, "bytes");
    }

    TooLong(long max, String unit) {
      super("more than " + max + " " + unit);
      this.max = max;
    }
  }

  private final long max;
  private long count;

  LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  private int counted(int n) throws TooLong {
    if (n > 0) {
      count += n;
      if (count > max) {
        throw new TooLong(max);
      }
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return counted(super.read(b, off, len));
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted((int) Math.min(Integer.MAX_VALUE, skipped));
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
