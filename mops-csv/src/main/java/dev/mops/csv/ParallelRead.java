package dev.mops.csv;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one large uncompressed CSV file on several threads, with the same outcome as reading it in
 * one piece: the same counts, summary, bad rows (in file order, on their lines in the whole file)
 * and, when bad rows are not collected, the same first error.
 *
 * <p>The file is cut into parts at line breaks; each part is read by its own {@link CsvRun} into
 * its own accumulator (the first part into the caller's), under the header read from the file's
 * first row, and the parts are merged in file order. A line break inside a quoted field is no row
 * boundary: a part that starts there reads garbage, so each part checks that the part before it
 * ended exactly at its start. A part whose input ends inside a quoted field reads on over the next
 * part (its {@link CsvTokenizer} asks {@link PartStream#extend()}), and the next part's result is
 * dropped; the merge walks from each part to the part where it ended. So the outcome is exact
 * whatever the file holds; only the speed-up depends on it.
 */
final class ParallelRead {
  /** Files up to this size are read in one piece: threads would cost more than they save. */
  static final long MIN_BYTES = 8L << 20;

  private ParallelRead() {}

  /** What reading one part gave. */
  private static final class Part {
    final EmailAccumulator acc;
    @Nullable CsvImportSummary summary;
    @Nullable RuntimeException failure;
    boolean overflow;

    /** The 1-based line (counted from the part's start) after the last row read. */
    long endLine;

    /** The index of the part at whose start this one ended (the number of parts at the end). */
    int next;

    Part(EmailAccumulator acc) {
      this.acc = acc;
    }
  }

  /**
   * Reads {@code file} of {@code size} bytes in parts of about {@code partBytes} bytes on {@code
   * threads} threads (the caller's included) into {@code acc}; {@code runs} makes the run of one
   * part, delivering into the accumulator it is given. The header must have been matched by the
   * caller ({@code header}, the first row's names).
   *
   * @throws CsvImportException as reading the file in one piece would
   * @throws UncheckedIOException if the file cannot be read
   */
  static CsvImportSummary read(
      Path file,
      long size,
      int threads,
      long partBytes,
      String[] header,
      int keep,
      EmailAccumulator acc,
      Function<EmailAccumulator, CsvRun> runs) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long[] starts = starts(channel, size, partBytes);
      int n = starts.length;
      Part[] parts = new Part[n];
      parts[0] = new Part(acc);
      for (int k = 1; k < n; k++) {
        parts[k] = new Part(EmailMetrics.accumulator(acc.zone(), acc.maxContacts()));
      }
      AtomicBoolean cancelled = new AtomicBoolean();
      ExecutorService pool = pool(Math.min(threads - 1, n - 1));
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 1; k < n; k++) {
          int part = k;
          futures.add(
              pool.submit(
                  () -> readPart(channel, starts, part, header, parts[part], runs, cancelled)));
        }
        readPart(channel, starts, 0, header, parts[0], runs, cancelled);
        return merge(channel, starts, header, keep, parts, futures, acc, runs, cancelled);
      } finally {
        cancelled.set(true);
        pool.shutdown();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Walks the parts from the first to where each ended, merging each into {@code acc}. */
  private static CsvImportSummary merge(
      FileChannel channel,
      long[] starts,
      String[] header,
      int keep,
      Part[] parts,
      List<Future<?>> futures,
      EmailAccumulator acc,
      Function<EmailAccumulator, CsvRun> runs,
      AtomicBoolean cancelled) {
    long below = 0; // lines before the part's start
    long rows = 0;
    long imported = 0;
    long skipped = 0;
    long bad = 0;
    List<CsvImportException> kept = new ArrayList<>();
    Map<String, Long> skippedValues = new LinkedHashMap<>();
    String source = "";
    int k = 0;
    while (k < parts.length) {
      Part p = parts[k];
      boolean again = false;
      if (k > 0) {
        await(futures.get(k - 1));
        if (p.overflow) {
          again = true;
          // the part cut its skipped values off on its own count: read it again after the others
          p = new Part(EmailMetrics.accumulator(acc.zone(), acc.maxContacts()));
          readPart(channel, starts, k, header, p, runs, cancelled, skippedValues);
        }
        acc.merge(p.acc);
      }
      RuntimeException failure = p.failure;
      if (failure != null) {
        throw failure instanceof CsvImportException e && e.line() > 0
            ? e.movedDown(below)
            : failure;
      }
      CsvImportSummary s = java.util.Objects.requireNonNull(p.summary);
      source = s.source();
      rows += s.rows();
      imported += s.imported();
      skipped += s.skipped();
      bad += s.badRowCount();
      for (CsvImportException e : s.badRows()) {
        kept.add(e.movedDown(below));
      }
      if (again) {
        skippedValues = new LinkedHashMap<>(s.skippedValues());
      } else {
        for (Map.Entry<String, Long> v : s.skippedValues().entrySet()) {
          add(skippedValues, v.getKey(), v.getValue());
        }
      }
      below += p.endLine - 1;
      k = p.next;
    }
    if (kept.size() > keep) {
      kept = kept.subList(0, Math.max(keep, 0));
    }
    return new CsvImportSummary(source, rows, imported, skipped, bad, kept, skippedValues);
  }

  /** A pool of {@code threads} daemon threads (at least one) reading CSV. */
  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        r -> {
          Thread t = new Thread(r, "mops-csv-read");
          t.setDaemon(true);
          return t;
        });
  }

  /** Adds {@code n} rows skipped for {@code value} as {@link CsvRun} counts one. */
  private static void add(Map<String, Long> counts, String value, long n) {
    String key = null;
    for (String k : counts.keySet()) {
      if (k.equalsIgnoreCase(value)) {
        key = k;
        break;
      }
    }
    if (key == null) {
      key = counts.size() < CsvRun.SKIPPED_VALUES_KEPT ? value : "…";
    }
    counts.merge(key, n, Long::sum);
  }

  /** Waits for {@code f}; rethrows an {@link Error} it ended with. */
  static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading in parallel", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a part of the read failed", cause);
    }
  }

  private static void readPart(
      FileChannel channel,
      long[] starts,
      int k,
      String[] header,
      Part part,
      Function<EmailAccumulator, CsvRun> runs,
      AtomicBoolean cancelled) {
    readPart(channel, starts, k, header, part, runs, cancelled, null);
  }

  /**
   * Reads part {@code k} into {@code part}, keeping what it gives or throws; with {@code seed}, its
   * skipped values are counted on from those.
   */
  private static void readPart(
      FileChannel channel,
      long[] starts,
      int k,
      String[] header,
      Part part,
      Function<EmailAccumulator, CsvRun> runs,
      AtomicBoolean cancelled,
      @Nullable Map<String, Long> seed) {
    PartStream in = new PartStream(channel, starts, k, cancelled);
    Utf8Reader reader = new Utf8Reader(in);
    CsvTokenizer t =
        new CsvTokenizer(
            reader,
            1 << 16,
            k == 0,
            () -> {
              if (!in.extend()) {
                return false;
              }
              reader.resume();
              return true;
            });
    CsvRun run = runs.apply(part.acc);
    if (seed != null) {
      run.seedSkipped(seed);
    }
    try {
      part.summary = run.run(t, k == 0 ? null : header);
      part.overflow = seed == null && k > 0 && run.skippedOverflow();
    } catch (RuntimeException e) {
      part.failure = e;
    }
    part.endLine = t.nextLine();
    part.next = in.next;
  }

  /**
   * Where each part starts: 0, then for each multiple of the part size the byte after the first
   * line feed at or after it, each start after the one before it and before the end.
   */
  private static long[] starts(FileChannel channel, long size, long partBytes) throws IOException {
    List<Long> out = new ArrayList<>();
    out.add(0L);
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    for (long at = partBytes; at < size; at += partBytes) {
      long from = Math.max(at, out.get(out.size() - 1));
      long found = -1;
      while (found < 0 && from < size) {
        buf.clear();
        int got = channel.read(buf, from);
        if (got <= 0) {
          break;
        }
        for (int i = 0; i < got; i++) {
          if (buf.get(i) == '\n') {
            found = from + i + 1;
            break;
          }
        }
        from += got;
      }
      if (found < 0 || found >= size) {
        break;
      }
      if (found > out.get(out.size() - 1)) {
        out.add(found);
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * The bytes of part {@code k}: from its start to the next part's start, then on over the next
   * parts while {@link #extend()} is asked; the last part reads to the end of the file.
   */
  private static final class PartStream extends InputStream {
    private final FileChannel channel;
    private final long[] starts;
    private final AtomicBoolean cancelled;
    private long pos;
    private long limit;

    /** The index of the part at whose start this stream ends now. */
    int next;

    PartStream(FileChannel channel, long[] starts, int k, AtomicBoolean cancelled) {
      this.channel = channel;
      this.starts = starts;
      this.cancelled = cancelled;
      this.pos = starts[k];
      this.next = k + 1;
      this.limit = next < starts.length ? starts[next] : Long.MAX_VALUE;
    }

    /** Moves the end over the next part: false when this stream ends at the end of the file. */
    boolean extend() {
      if (next >= starts.length) {
        return false;
      }
      next++;
      limit = next < starts.length ? starts[next] : Long.MAX_VALUE;
      return true;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos >= limit) {
        return -1;
      }
      if (cancelled.get()) {
        throw new IOException("the read was given up");
      }
      int n = (int) Math.min(len, limit - pos);
      int got = channel.read(ByteBuffer.wrap(b, off, n), pos);
      if (got > 0) {
        pos += got;
      }
      return got;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(0, limit - pos));
    }
  }
}
