package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a vendor's email export, as an {@link EmailPreset} describes it, from several files and ZIP
 * archives of them into one accumulation: {@code EmailExports.builder(EmailPreset.SFMC).build()
 * .read(List.of(Path.of("tracking.zip")))} counts {@code Sent.csv}, {@code Opens.csv} and the rest
 * of the archive into one monthly report.
 *
 * <pre>{@code
 * EmailImport imported = EmailExports.builder(EmailPreset.HUBSPOT).build()
 *     .read(List.of(Path.of("march.csv"), Path.of("april.csv")));
 * imported.report().churn();
 * imported.unavailableRates();   // {} : HubSpot exports carry every event
 * }</pre>
 *
 * <p>A file is a ZIP archive when its name ends in {@code .zip} (any case); its entries are read in
 * order, directories and entries whose names start with {@code __MACOSX/} or {@code .} skipped,
 * each named {@code archive.zip!/entry.csv} in errors. An archive is bounded: at most {@value
 * #MAX_ENTRIES} entries, at most {@link Builder#maxUncompressedBytes} bytes uncompressed in all,
 * and no entry expanding more than {@value #MAX_RATIO} times: beyond these it is refused with a
 * {@link CsvImportException} as soon as the limit is passed, so a ZIP bomb costs seconds, not
 * minutes. Files and entries are matched to the preset's kinds of file by name ({@link
 * EmailPreset#files()}); a name that matches none is refused with a message naming the names
 * expected. Contact ids are counted as {@link ContactIdentity} says ({@link
 * ContactIdentity#EMAIL_IGNORE_CASE} unless told otherwise).
 *
 * <p>Each file is read as {@link EmailEventsCsv} reads one: totally (a value or our exception),
 * strict unless the reader collects bad rows. A large file, or several smaller ones, are read on
 * several threads ({@link Builder#threads(int)}) with the outcome of the one-thread read. Immutable
 * and thread-safe.
 *
 * @since 0.2
 */
public final class EmailExports {
  /** The most entries a ZIP archive may hold. */
  static final int MAX_ENTRIES = 10_000;

  /** The most an entry may expand, uncompressed bytes per compressed byte. */
  static final int MAX_RATIO = 100;

  /** The default bound of a ZIP archive's uncompressed bytes: 4 GiB. */
  public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 4L << 30;

  private final EmailPreset preset;
  private final ContactIdentity identity;
  private final int keep;
  private final long maxBytes;
  private final UnaryOperator<ColumnMapping> adjust;
  private final int maxContacts; // 0: the default of EmailMetrics.accumulator(zone)
  private final int threads;
  private final long minParallelBytes;
  private final long partBytes;

  private EmailExports(Builder b) {
    this.preset = b.preset;
    this.identity = b.identity;
    this.keep = b.keep;
    this.maxBytes = b.maxBytes;
    this.adjust = b.adjust;
    this.maxContacts = b.maxContacts;
    this.threads = b.threads;
    this.minParallelBytes = b.minParallelBytes;
    this.partBytes = b.partBytes;
  }

  /**
   * A builder of a reader of {@code preset}'s exports: contact ids by {@link
   * ContactIdentity#EMAIL_IGNORE_CASE}, failing on the first bad row.
   *
   * @throws NullPointerException if {@code preset} is null
   */
  public static Builder builder(EmailPreset preset) {
    return new Builder(requireNonNull(preset, "preset"));
  }

  /** The preset. */
  public EmailPreset preset() {
    return preset;
  }

  /**
   * The threads a large file is read on ({@link Builder#threads(int)}).
   *
   * @since 0.2
   */
  public int threads() {
    return threads;
  }

  /**
   * Reads {@code files} into one monthly report bucketed in UTC months.
   *
   * @throws CsvImportException for a bad file name, header, row (unless collecting) or archive
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if {@code files} or one of them is null
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public EmailImport read(List<Path> files) {
    return read(files, ZoneOffset.UTC);
  }

  /**
   * Reads {@code files} into one monthly report bucketed in the calendar months of {@code zone}.
   *
   * @throws CsvImportException for a bad file name, header, row (unless collecting) or archive
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if an argument or one of the files is null
   * @throws IllegalArgumentException if {@code files} is empty
   * @throws dev.mops.metrics.ContactLimitException if the files hold more distinct contacts than
   *     {@link Builder#maxContacts(int)} allows
   */
  public EmailImport read(List<Path> files, ZoneId zone) {
    requireNonNull(zone, "zone");
    EmailAccumulator acc =
        maxContacts > 0
            ? EmailMetrics.accumulator(zone, maxContacts)
            : EmailMetrics.accumulator(zone);
    List<String> skipped = new ArrayList<>();
    List<CsvImportSummary> summaries = read(files, acc, skipped);
    return new EmailImport(preset, acc.result(), summaries, skipped);
  }

  /**
   * Reads {@code files} into {@code accumulator}, returning one summary per file or ZIP entry read.
   *
   * @throws CsvImportException for a bad file name, header, row (unless collecting) or archive
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if an argument or one of the files is null
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public List<CsvImportSummary> readInto(List<Path> files, EmailAccumulator accumulator) {
    requireNonNull(accumulator, "accumulator");
    return read(files, accumulator, new ArrayList<>());
  }

  private List<CsvImportSummary> read(
      List<Path> files, EmailAccumulator acc, List<String> skipped) {
    requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must not be empty");
    }
    for (Path f : files) {
      requireNonNull(f, "file");
    }
    if (threads > 1 && files.size() > 1 && !anyLarge(files)) {
      return readConcurrently(files, acc, skipped);
    }
    List<CsvImportSummary> out = new ArrayList<>();
    for (Path file : files) {
      readFile(file, acc, out, skipped);
    }
    return out;
  }

  /** Reads {@code file}, a ZIP archive or a CSV file (in parts when large), into {@code acc}. */
  private void readFile(
      Path file, EmailAccumulator acc, List<CsvImportSummary> out, List<String> skipped) {
    String name = String.valueOf(file.getFileName());
    if (parallel(file, name, acc, out, skipped)) {
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        readZip(file.toString(), in, acc, out, skipped);
      } else {
        readOne(file.toString(), name, in, acc, out, skipped);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether one of {@code files} is a CSV file large enough to be read in parts. */
  private boolean anyLarge(List<Path> files) {
    for (Path f : files) {
      if (String.valueOf(f.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip")) {
        continue;
      }
      try {
        if (!Files.isRegularFile(f) || Files.size(f) > minParallelBytes) {
          return true;
        }
      } catch (IOException e) {
        return true; // read one after another: the error comes where it would
      }
    }
    return false;
  }

  /** What reading one file of several gave. */
  private static final class FileRead {
    final EmailAccumulator acc;
    final List<CsvImportSummary> out = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    @Nullable RuntimeException failure;

    FileRead(EmailAccumulator acc) {
      this.acc = acc;
    }
  }

  /**
   * Reads {@code files} (none of them large) one per thread, each into an accumulator of its own
   * (the first into {@code acc}), and merges them in order: the outcome of reading them one after
   * another, the first file's error first.
   */
  private List<CsvImportSummary> readConcurrently(
      List<Path> files, EmailAccumulator acc, List<String> skipped) {
    int n = files.size();
    FileRead[] reads = new FileRead[n];
    reads[0] = new FileRead(acc);
    for (int i = 1; i < n; i++) {
      reads[i] = new FileRead(EmailMetrics.accumulator(acc.zone(), acc.maxContacts()));
    }
    ExecutorService pool = ParallelRead.pool(Math.min(threads - 1, n - 1));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        FileRead r = reads[i];
        Path file = files.get(i);
        futures.add(pool.submit(() -> readFile(file, r)));
      }
      readFile(files.get(0), reads[0]);
      List<CsvImportSummary> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        FileRead r = reads[i];
        if (i > 0) {
          ParallelRead.await(futures.get(i - 1));
          acc.merge(r.acc);
        }
        out.addAll(r.out);
        skipped.addAll(r.skipped);
        RuntimeException failure = r.failure;
        if (failure != null) {
          throw failure;
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private void readFile(Path file, FileRead r) {
    try {
      readFile(file, r.acc, r.out, r.skipped);
    } catch (RuntimeException e) {
      r.failure = e;
    }
  }

  private void readZip(
      String source,
      InputStream raw,
      EmailAccumulator acc,
      List<CsvImportSummary> out,
      List<String> skipped)
      throws IOException {
    Counting compressed = new Counting(raw, null);
    Limits limits = new Limits(source, maxBytes, compressed);
    try (ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.UTF_8)) {
      int entries = 0;
      int files = 0;
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) {
          throw CsvImportException.ofFile(
              source, 0, "expected a ZIP archive of at most " + MAX_ENTRIES + " entries");
        }
        String entry = e.getName();
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        if (e.isDirectory() || entry.startsWith("__MACOSX/") || base.startsWith(".")) {
          continue;
        }
        InputStream in = new Counting(zip, limits);
        readOne(source + "!/" + entry, base, in, acc, out, skipped);
        files++;
      }
      if (files == 0) {
        throw CsvImportException.ofFile(
            source, 0, "expected a ZIP archive holding files of the export, got no files");
      }
    } catch (ZipException e) {
      throw CsvImportException.ofFile(
          source, 0, "expected a ZIP archive, got one it cannot read (" + e.getMessage() + ")");
    }
  }

  private void readOne(
      String source,
      String name,
      InputStream in,
      EmailAccumulator acc,
      List<CsvImportSummary> out,
      List<String> skipped) {
    ExportFile kind = kind(source, name);
    if (kind.ignored()) {
      skipped.add(source);
      return;
    }
    ColumnMapping mapping = requireNonNull(adjust.apply(kind.mapping()), "adjusted mapping");
    out.add(run(source, kind, mapping, acc).run(CsvRun.utf8(in)));
  }

  /**
   * Reads {@code file} in parts on several threads when it is a large uncompressed file of events
   * and this reader has several threads: true when read, false when the caller reads it in one
   * piece (also when its header is bad, so that the error is the one-piece read's).
   */
  private boolean parallel(
      Path file,
      String name,
      EmailAccumulator acc,
      List<CsvImportSummary> out,
      List<String> skipped) {
    if (threads < 2 || name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return false;
    }
    long size;
    try {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      size = Files.size(file);
    } catch (IOException e) {
      return false;
    }
    if (size <= minParallelBytes) {
      return false;
    }
    String source = file.toString();
    ExportFile kind = kind(source, name);
    if (kind.ignored()) {
      skipped.add(source);
      return true;
    }
    ColumnMapping mapping = requireNonNull(adjust.apply(kind.mapping()), "adjusted mapping");
    Function<EmailAccumulator, CsvRun> runs = a -> run(source, kind, mapping, a);
    String[] header;
    try (InputStream in = Files.newInputStream(file)) {
      CsvTokenizer t = new CsvTokenizer(CsvRun.utf8(in));
      if (!t.next()) {
        return false;
      }
      header = CsvRun.names(t);
      runs.apply(acc).header(header.clone(), t.line());
    } catch (IOException | RuntimeException e) {
      return false; // the one-piece read says what is wrong
    }
    long part = partBytes > 0 ? partBytes : Math.max(1, (size + threads - 1) / threads);
    out.add(ParallelRead.read(file, size, threads, part, header, keep, acc, runs));
    return true;
  }

  /** The run of one file (or part of one) of {@code kind} into {@code acc}. */
  private CsvRun run(String source, ExportFile kind, ColumnMapping mapping, EmailAccumulator acc) {
    EmailEventType event = kind.event();
    if (event == null) {
      return new CsvRun(
          source, EmailEventsCsv.TABLE, mapping, keep, EmailEventsCsv.fastPath(acc, identity));
    }
    return new CsvRun(
        source, OneEventCsv.TABLE, mapping, keep, OneEventCsv.delivery(acc, event, identity));
  }

  /** The kind of file {@code name} is, or our exception naming the names expected. */
  private ExportFile kind(String source, String name) {
    for (ExportFile f : preset.exportFiles()) {
      if (f.matches(name)) {
        return f;
      }
    }
    List<String> names = preset.exportFiles().stream().map(ExportFile::name).toList();
    throw CsvImportException.ofFile(
        source,
        0,
        "expected a file of the "
            + preset.id()
            + " export named "
            + String.join(", ", names)
            + ", got "
            + CsvImportException.quote(name));
  }

  /** The bounds of one archive, shared by its entries. */
  private static final class Limits {
    final String source;
    final long maxBytes;
    final Counting compressed;
    long uncompressed;

    Limits(String source, long maxBytes, Counting compressed) {
      this.source = source;
      this.maxBytes = maxBytes;
      this.compressed = compressed;
    }

    void add(long n) {
      uncompressed += n;
      if (uncompressed > maxBytes) {
        throw CsvImportException.ofFile(
            source,
            0,
            String.format(
                Locale.ROOT,
                "expected a ZIP archive of at most %,d bytes uncompressed, got more",
                maxBytes));
      }
      if (uncompressed > (1 << 20) && uncompressed / MAX_RATIO > compressed.count) {
        throw CsvImportException.ofFile(
            source,
            0,
            "expected a ZIP archive whose entries expand at most "
                + MAX_RATIO
                + " times, got more (a ZIP bomb?)");
      }
    }
  }

  /** Counts the bytes read through it and reports them to the archive's limits. */
  private static final class Counting extends FilterInputStream {
    private final @Nullable Limits limits;
    long count;

    Counting(InputStream in, @Nullable Limits limits) {
      super(in);
      this.limits = limits;
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
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(long n) {
      count += n;
      if (limits != null) {
        limits.add(n);
      }
    }

    /** Leaves the archive open: the next entry follows. */
    @Override
    public void close() {}
  }

  /**
   * Builds an {@link EmailExports} reader.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final EmailPreset preset;
    private ContactIdentity identity = ContactIdentity.EMAIL_IGNORE_CASE;
    private int keep = -1;
    private long maxBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES;
    private UnaryOperator<ColumnMapping> adjust = UnaryOperator.identity();
    private int maxContacts;
    private int threads = Runtime.getRuntime().availableProcessors();
    private long minParallelBytes = ParallelRead.MIN_BYTES;
    private long partBytes;

    private Builder(EmailPreset preset) {
      this.preset = preset;
    }

    /**
     * Counts contact ids as {@code identity} says (default {@link
     * ContactIdentity#EMAIL_IGNORE_CASE}).
     *
     * @throws NullPointerException if {@code identity} is null
     */
    public Builder contactIdentity(ContactIdentity identity) {
      this.identity = requireNonNull(identity, "identity");
      return this;
    }

    /**
     * Collects bad rows instead of failing on the first, keeping the first {@code keep} of each
     * file (see {@link CsvReader.Builder#collectBadRows(int)}).
     *
     * @throws IllegalArgumentException if {@code keep} is negative
     */
    public Builder collectBadRows(int keep) {
      if (keep < 0) {
        throw new IllegalArgumentException("keep must be >= 0, got " + keep);
      }
      this.keep = keep;
      return this;
    }

    /**
     * Bounds the uncompressed bytes of each ZIP archive (default {@link
     * EmailExports#DEFAULT_MAX_UNCOMPRESSED_BYTES}, 4 GiB).
     *
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public Builder maxUncompressedBytes(long max) {
      if (max <= 0) {
        throw new IllegalArgumentException("max must be > 0, got " + max);
      }
      this.maxBytes = max;
      return this;
    }

    /**
     * Adjusts the preset's column mapping of every file before it is read, for an export whose
     * vendor renamed a column or a value: {@code adjust(m -> m.toBuilder().header("contact_id",
     * "Email").build())}, or the settings of a mapping file ({@code mops churn --mapping FILE}):
     * {@code adjust(m -> MappingFile.parse(name, text, m,
     * WorkClassification.defaults()).mapping())}. Default: the preset's mappings as they are.
     *
     * @throws NullPointerException if {@code adjust} is null
     * @since 0.2
     */
    public Builder adjust(UnaryOperator<ColumnMapping> adjust) {
      this.adjust = requireNonNull(adjust, "adjust");
      return this;
    }

    /**
     * Counts at most {@code max} distinct contacts in {@link EmailExports#read(List, ZoneId)}: one
     * more stops the read with a {@link dev.mops.metrics.ContactLimitException} (default {@link
     * EmailMetrics#defaultMaxContacts()}, from the heap). {@link EmailExports#readInto(List,
     * EmailAccumulator)} keeps the limit of the accumulator it is given.
     *
     * @throws IllegalArgumentException if {@code max} is less than 1
     * @since 0.2
     */
    public Builder maxContacts(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxContacts must be >= 1, got " + max);
      }
      this.maxContacts = max;
      return this;
    }

    /**
     * Reads each large file on up to {@code threads} threads (default: {@link
     * Runtime#availableProcessors()}; 1 reads every file in one piece on the calling thread).
     *
     * <p>An uncompressed file larger than 8 MiB is cut into one part per thread at line breaks; the
     * parts are read at the same time, each into an accumulator of its own, and merged in file
     * order. The outcome is that of reading the file in one piece: the same counts and summary, the
     * same bad rows in file order on their lines in the whole file, and the same first error when
     * bad rows are not collected (a part that began inside a quoted field with line breaks is read
     * again as part of the one before it). Several files none of which is that large are read one
     * per thread, each into an accumulator of its own, merged in the order given, with the same
     * outcome as reading them one after another. The entries of a ZIP archive are read one after
     * another, each in one piece.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @since 0.2
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Tests only: reads files larger than {@code min} bytes in parts of {@code part} bytes (0: one
     * part per thread), so that small files are split too.
     */
    Builder parts(long min, long part) {
      this.minParallelBytes = min;
      this.partBytes = part;
      return this;
    }

    /** The reader. */
    public EmailExports build() {
      return new EmailExports(this);
    }
  }
}
