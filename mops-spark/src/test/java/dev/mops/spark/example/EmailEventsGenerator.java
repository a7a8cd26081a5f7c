package dev.mops.spark.example;

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
 * Writes a large email-event CSV in the standard layout for the local-mode measurement (README
 * "When one machine is not enough"), deterministic for a seed: a year of monthly sends to a contact
 * base, each send followed by a delivery and, for some, opens, clicks, duplicate unsubscribes,
 * bounces and spam reports, timestamps written with several offsets.
 *
 * <pre>
 * EmailEventsGenerator FILE ROWS [SEED] [CONTACTS]
 * </pre>
 */
public final class EmailEventsGenerator {
  private static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(1),
          ZoneOffset.ofHours(-5),
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(-8));
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT);

  private EmailEventsGenerator() {}

  /**
   * Writes the file.
   *
   * @param args {@code FILE ROWS [SEED] [CONTACTS]}
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261203L;
    int contacts = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    write(file, rows, seed, contacts);
  }

  /** Writes {@code rows} events (and the header) to {@code file}. */
  static void write(Path file, long rows, long seed, int contacts) {
    SplittableRandom random = new SplittableRandom(seed);
    long start = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("contact_id,event,occurred_at\n");
      long written = 0;
      while (written < rows) {
        String contact = "c" + random.nextInt(contacts);
        long sent = start + random.nextLong(365L * 86_400);
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
