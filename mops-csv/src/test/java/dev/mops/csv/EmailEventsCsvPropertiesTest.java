package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.testing.TestScale;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A random list of events written as CSV (random offsets, quoting, line endings, optional message
 * and bounce type) and read back gives the same monthly metrics as the events fed directly.
 */
class EmailEventsCsvPropertiesTest {
  private static final String[] CONTACTS = {
    "a", "b@x.com", "Doe, Jane", "say \"hi\"", "two\nlines", "c-1", "ü"
  };
  private static final ZoneId[] ZONES = {
    ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/Chicago")
  };
  private static final long START = Instant.parse("2026-11-15T00:00:00Z").getEpochSecond();

  @Test
  void csvReadsBackAsTheSameMonthlyMetrics() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(lists().of(longs().all()).ofSizeBetween(0, 60), integers().between(0, 2))
        .checkAssert(
            (seeds, zone) -> {
              List<EmailEvent> events = new ArrayList<>();
              StringBuilder csv =
                  new StringBuilder("occurred_at,contact_id,event,bounce_type," + "message_id\r\n");
              for (long seed : seeds) {
                Random r = new Random(seed);
                String contact = CONTACTS[r.nextInt(CONTACTS.length)];
                EmailEventType type = EmailEventType.values()[r.nextInt(7)];
                Instant at =
                    Instant.ofEpochSecond(
                        START + r.nextInt(200 * 86_400), r.nextInt(3) * 250_000_000L);
                ZoneOffset offset = ZoneOffset.ofTotalSeconds((r.nextInt(57) - 28) * 1800);
                EmailEvent e = EmailEvent.of(contact, type, at);
                String bounce = "";
                if (type == EmailEventType.BOUNCE && r.nextBoolean()) {
                  BounceType b = r.nextBoolean() ? BounceType.SOFT : BounceType.HARD;
                  e = e.withBounceType(b);
                  bounce = r.nextBoolean() ? b.name() : b.name().toLowerCase(Locale.ROOT);
                }
                String message = "";
                if (r.nextBoolean()) {
                  message = "m" + r.nextInt(3);
                  e = e.withMessageId(message);
                }
                events.add(e);
                String event = r.nextBoolean() ? type.name() : type.name().toLowerCase(Locale.ROOT);
                csv.append(field(r, at.atOffset(offset).toString()))
                    .append(',')
                    .append(field(r, contact))
                    .append(',')
                    .append(field(r, event))
                    .append(',')
                    .append(field(r, bounce))
                    .append(',')
                    .append(field(r, message))
                    .append(r.nextBoolean() ? "\n" : "\r\n");
              }
              EmailAccumulator direct = EmailMetrics.accumulator(ZONES[zone]);
              events.forEach(direct);
              EmailAccumulator fromCsv = EmailMetrics.accumulator(ZONES[zone]);
              CsvImportSummary s =
                  EmailEventsCsv.builder()
                      .build()
                      .readInto(new StringReader(csv.toString()), fromCsv);
              assertEquals(events.size(), s.imported(), csv.toString());
              assertEquals(direct.result(), fromCsv.result(), csv.toString());
            });
  }

  private static String field(Random r, String value) {
    boolean must = value.matches("(?s).*[,\"\\n\\r].*");
    if (must || r.nextInt(4) == 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
