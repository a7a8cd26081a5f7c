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
 * strict unless the reader collects bad rows. Immutable and thread-safe.
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

  private EmailExports(Builder b) {
    this.preset = b.preset;
    this.identity = b.identity;
    this.keep = b.keep;
    this.maxBytes = b.maxBytes;
    this.adjust = b.adjust;
    this.maxContacts = b.maxContacts;
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
    List<CsvImportSummary> out = new ArrayList<>();
    for (Path file : files) {
      String name = String.valueOf(file.getFileName());
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
    return out;
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
    UnaryOperator<String> ids = identity;
    EmailEventType event = kind.event();
    CsvRun.Delivery delivery;
    CsvTable table;
    if (event == null) {
      table = EmailEventsCsv.TABLE;
      delivery = EmailEventsCsv.fastPath(acc, ids);
    } else {
      table = OneEventCsv.TABLE;
      delivery = OneEventCsv.delivery(acc, event, ids);
    }
    ColumnMapping mapping = requireNonNull(adjust.apply(kind.mapping()), "adjusted mapping");
    out.add(new CsvRun(source, table, mapping, keep, delivery).run(CsvRun.utf8(in)));
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

    /** The reader. */
    public EmailExports build() {
      return new EmailExports(this);
    }
  }
}
