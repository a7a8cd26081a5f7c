package dev.mops.testing;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Large email-event CSV files in the standard layout ({@code contact_id,event,occurred_at}),
 * deterministic for their arguments: a year (2027) of sends to a contact base, each send followed
 * by a delivery or a bounce and, for some, opens, clicks, duplicate unsubscribes and spam reports,
 * with timestamps written in five offsets. The benchmarks, the Spark comparison and the memory
 * tests read these files.
 *
 * <p>{@link #BENCHMARK_ROWS} rows over {@link #BENCHMARK_CONTACTS} contacts with {@link
 * #BENCHMARK_SEED} make the benchmark export: about 420 MB and 495,000 distinct contacts.
 *
 * <pre>
 * java -cp mops-testing.jar:mops-core.jar dev.mops.testing.EmailEventFiles FILE ROWS [SEED] [CONTACTS]
 * </pre>
 *
 * @since 0.2
 */
public final class EmailEventFiles {
  /** The rows of the benchmark export. */
  public static final long BENCHMARK_ROWS = 10_000_000L;

  /** The contact base of the benchmark export. */
  public static final int BENCHMARK_CONTACTS = 500_000;

  /** The seed of the benchmark export. */
  public static final long BENCHMARK_SEED = 20_261_203L;

  private static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(1),
          ZoneOffset.ofHours(-5),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(-8));
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT);
  private static final long START = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();

  private EmailEventFiles() {}

  /**
   * Writes a file from the command line.
   *
   * @param args {@code FILE ROWS [SEED] [CONTACTS]}
   * @throws IllegalArgumentException if an argument is missing or not a number
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: FILE ROWS [SEED] [CONTACTS], got " + args.length);
    }
    write(
        Path.of(args[0]),
        Long.parseLong(args[1]),
        args.length > 2 ? Long.parseLong(args[2]) : BENCHMARK_SEED,
        args.length > 3 ? Integer.parseInt(args[3]) : BENCHMARK_CONTACTS);
  }

  /**
   * Writes the header and then events until at least {@code rows} rows are written (a send's events
   * are never split, so a few more may follow), replacing {@code file}; the same arguments write
   * the same bytes on every platform.
   *
   * @return the number of event rows written
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if {@code rows} is negative or {@code contacts} is not
   *     positive
   * @throws UncheckedIOException if the file cannot be written
   */
  public static long write(Path file, long rows, long seed, int contacts) {
    requireNonNull(file, "file");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative, got " + rows);
    }
    if (contacts < 1) {
      throw new IllegalArgumentException("contacts must be positive, got " + contacts);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("contact_id,event,occurred_at\n");
      while (written < rows) {
        String contact = "c" + random.nextInt(contacts);
        long sent = START + random.nextLong(365L * 86_400);
        ZoneOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
        written += line(w, contact, "sent", sent, offset);
        int r = random.nextInt(1000);
        if (r < 15) {
          written += line(w, contact, "bounce", sent + 30, offset);
          continue;
        }
        written += line(w, contact, "delivered", sent + 30, offset);
        if (r < 400) {
          long open = sent + random.nextLong(5L * 86_400);
          written += line(w, contact, "open", open, offset);
          if (r < 90) {
            written += line(w, contact, "click", open + 60, offset);
          }
        }
        if (r >= 990) {
          int copies = 1 + random.nextInt(2); // duplicate unsubscribes
          for (int i = 0; i < copies; i++) {
            written += line(w, contact, "unsubscribe", sent + 3_600 + i, offset);
          }
        }
        if (r == 999) {
          written += line(w, contact, "spam", sent + 7_200, offset);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  private static int line(BufferedWriter w, String contact, String event, long second, ZoneOffset o)
      throws IOException {
    w.write(contact);
    w.write(',');
    w.write(event);
    w.write(',');
    w.write(ISO.format(Instant.ofEpochSecond(second).atOffset(o)));
    w.write('\n');
    return 1;
  }
}
