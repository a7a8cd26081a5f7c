package dev.mops.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic email events CSV for manual throughput runs (not a test): {@code rows} events
 * of 500,000 contacts over 2027, offsets Z, +02:00, -05:00 and +00:00, about 58 bytes a row like a
 * real 10M-row, 578 MB export.
 *
 * <pre>
 * java -cp ... dev.mops.csv.EventsCsvGenerator target/events-1m.csv 1000000
 * </pre>
 */
public final class EventsCsvGenerator {
  private static final String[] EVENTS = {
    "sent", "delivered", "open", "click", "unsubscribe", "bounce", "spam"
  };
  private static final int[] WEIGHTS = {40, 38, 12, 6, 2, 1, 1};
  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5), ZoneOffset.UTC
  };
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private EventsCsvGenerator() {}

  public static void main(String[] args) {
    write(Path.of(args[0]), Integer.parseInt(args[1]), 42);
  }

  /** Writes {@code rows} random events to {@code file}. */
  public static void write(Path file, int rows, long seed) {
    Random r = new Random(seed);
    long start = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
              1 << 16)) {
        out.write("contact_id,event,occurred_at\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
          int x = r.nextInt(100);
          int k = 0;
          while (x >= WEIGHTS[k]) {
            x -= WEIGHTS[k++];
          }
          ZoneOffset offset = OFFSETS[r.nextInt(OFFSETS.length)];
          sb.setLength(0);
          sb.append("contact-")
              .append(r.nextInt(500_000))
              .append("@example.com,")
              .append(EVENTS[k])
              .append(',')
              .append(
                  LOCAL.format(
                      Instant.ofEpochSecond(start + r.nextInt(365 * 86_400)).atOffset(offset)))
              .append(offset.equals(ZoneOffset.UTC) && r.nextBoolean() ? "+00:00" : offset.getId())
              .append('\n');
          out.write(sb.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
