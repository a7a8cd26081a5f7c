package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.core.internal.Numbers;
import dev.mops.core.internal.Visible;
import dev.mops.metrics.EmailMetrics;
import dev.mops.testing.TestScale;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both readers are total: random bytes and random text (control characters, whitespace, quotes,
 * line breaks, digits and exponents included) give a summary or a {@link CsvImportException}, never
 * another exception; collecting bad rows, every bad row is reported on its line, the good ones are
 * counted, and no message holds a raw control character.
 */
class CsvTotalityPropertiesTest {
  /** Characters that break things: controls, whitespace, CSV syntax, BOM, bidi, surrogates. */
  private static final String NASTY =
      "\u0000\u0001\u0007\u0008\t\n\u000B\f\r\u001B\u007F\u0085"
          + "\u009B \u00A0\u2028\u2029\u202E\u2066\uFEFF\uD83D\uDE00\uD800\",;'\\eE.+-0123456789xé٣";

  /**
   * Junk that can never be a timestamp, a work item id or an event: no letter, digit, '.', '_' or
   * '-'.
   */
  private static final String JUNK =
      "\u0000\u0001\u001B\u007F\u0085\u009B\u00A0\u2028\u202E" + "\uFEFF\t \n\r\",;'\\+!#";

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private static String random(Random r, String alphabet, int max) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** {@code value} as a CSV field, always quoted: any text survives. */
  private static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static void checkSummary(CsvImportSummary s) {
    assertEquals(s.rows(), s.imported() + s.skipped() + s.badRowCount(), s.toString());
    assertEquals(Math.min(s.badRowCount(), 1000), s.badRows().size());
    for (CsvImportException e : s.badRows()) {
      assertFalse(Visible.needsEscape(e.getMessage()), e.getMessage());
    }
  }

  private static void checkRefusal(CsvImportException e) {
    assertFalse(Visible.needsEscape(e.getMessage()), e.getMessage());
    assertTrue(e.line() >= 1, e.getMessage());
  }

  @Test
  void randomBytesGiveASummaryOrOurException() {
    qt().withExamples(TestScale.examples(500))
        .forAll(longs().all(), integers().between(0, 3))
        .checkAssert(
            (seed, header) -> {
              Random r = new Random(seed);
              String head =
                  List.of(
                          "",
                          "contact_id,event,occurred_at\n",
                          "id,created_at,kind,urgent,hours,story_points,vision_aligned,title\n",
                          "\uFEFFcontact_id,event,occurred_at,message_id,bounce_type\r\n")
                      .get(header);
              byte[] h = head.getBytes(StandardCharsets.UTF_8);
              byte[] all = new byte[h.length + r.nextInt(400)];
              System.arraycopy(h, 0, all, 0, h.length);
              String ascii = ",\"\n\r 0123456789-:TZa\t";
              for (int i = h.length; i < all.length; i++) {
                // bias towards ASCII structure so that some inputs get past the header
                all[i] =
                    r.nextInt(3) == 0
                        ? (byte) r.nextInt(256)
                        : (byte) ascii.charAt(r.nextInt(ascii.length()));
              }
              for (boolean collect : new boolean[] {true, false}) {
                try {
                  EmailEventsCsv.Builder b = EmailEventsCsv.builder();
                  checkSummary(
                      (collect ? b.collectBadRows(1000) : b)
                          .build()
                          .readInto(new ByteArrayInputStream(all), EmailMetrics.accumulator()));
                } catch (CsvImportException e) {
                  checkRefusal(e);
                }
                try {
                  WorkItemsCsv.Builder b = WorkItemsCsv.builder();
                  checkSummary(
                      (collect ? b.collectBadRows(1000) : b)
                          .build()
                          .readInto(new ByteArrayInputStream(all), item -> {}));
                } catch (CsvImportException e) {
                  checkRefusal(e);
                }
              }
            });
  }

  @Test
  void randomTextGivesASummaryOrOurException() {
    qt().withExamples(TestScale.examples(500))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = random(r, NASTY, 300);
              for (String head :
                  List.of(
                      "contact_id,event,occurred_at,message_id,bounce_type\n",
                      "id,created_at,kind,urgent,hours,story_points,vision_aligned,title\n",
                      "")) {
                try {
                  checkSummary(
                      EmailEventsCsv.builder()
                          .collectBadRows(1000)
                          .build()
                          .readInto(new StringReader(head + text), EmailMetrics.accumulator()));
                } catch (CsvImportException e) {
                  checkRefusal(e);
                }
                try {
                  checkSummary(
                      WorkItemsCsv.builder()
                          .collectBadRows(1000)
                          .build()
                          .readInto(new StringReader(head + text), item -> {}));
                } catch (CsvImportException e) {
                  checkRefusal(e);
                }
              }
            });
  }

  @Test
  void everyBadEventRowIsReportedOnItsLineAndTheGoodOnesCount() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(lists().of(longs().all()).ofSizeBetween(0, 40), integers().between(0, 2))
        .checkAssert(
            (seeds, ending) -> {
              String end = List.of("\n", "\r\n", "\r").get(ending);
              StringBuilder csv =
                  new StringBuilder("contact_id,event,occurred_at,message_id" + end);
              long line = 2;
              List<Long> badLines = new ArrayList<>();
              int good = 0;
              for (long seed : seeds) {
                Random r = new Random(seed);
                String contact =
                    quoted(
                        r.nextBoolean()
                            ? "c" + r.nextInt(5)
                            : " \t" + random(r, NASTY, 8) + "x" + random(r, NASTY, 8));
                String event = r.nextBoolean() ? "sent" : " Open\t";
                String at =
                    r.nextBoolean()
                        ? "2027-03-0" + (1 + r.nextInt(9)) + "T09:00:00+01:00"
                        : " 2027-03-31T23:00:00-01:00\t";
                String message =
                    quoted(r.nextBoolean() ? random(r, " \t", 3) : random(r, NASTY, 6) + "m");
                int bad = r.nextInt(4);
                String junk = quoted(random(r, JUNK, 10));
                // any text but a blank one is a contact id
                String row =
                    (bad == 1 ? quoted(random(r, " \t", 4)) : contact)
                        + ","
                        + (bad == 2 ? junk : quoted(event))
                        + ","
                        + (bad == 3 ? junk : quoted(at))
                        + ","
                        + message;
                csv.append(row).append(end);
                if (bad > 0) {
                  badLines.add(line);
                } else {
                  good++;
                }
                line += CsvTokenizerTest.breaks(row) + 1;
              }
              CsvImportSummary s =
                  EmailEventsCsv.builder()
                      .collectBadRows(1000)
                      .build()
                      .readInto(new StringReader(csv.toString()), EmailMetrics.accumulator());
              checkSummary(s);
              assertEquals(seeds.size(), s.rows(), s.toString());
              assertEquals(good, s.imported(), () -> s + "\n" + Visible.text(csv.toString()));
              assertEquals(
                  badLines,
                  s.badRows().stream().map(CsvImportException::line).toList(),
                  s.toString());
            });
  }

  @Test
  void everyBadWorkRowIsReportedOnItsLineAndTheGoodOnesCount() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(lists().of(longs().all()).ofSizeBetween(0, 40))
        .checkAssert(
            seeds -> {
              StringBuilder csv =
                  new StringBuilder(
                      "title,id,created_at,kind,urgent,hours,story_points,vision_aligned\n");
              long line = 2;
              List<Long> badLines = new ArrayList<>();
              int good = 0;
              for (long seed : seeds) {
                Random r = new Random(seed);
                String hours = randomNumber(r);
                String points = randomNumber(r);
                String title = random(r, NASTY, 12);
                boolean badId = r.nextInt(5) == 0;
                boolean badDate = r.nextInt(5) == 0;
                String row =
                    quoted(title)
                        + ","
                        + (badId ? quoted(random(r, JUNK, 6)) : "OPS-" + seed)
                        + ","
                        + (badDate ? quoted(random(r, JUNK, 6)) : "2027-03-02")
                        + ",ad_hoc,true,"
                        + quoted(hours)
                        + ","
                        + quoted(points)
                        + ",false";
                csv.append(row).append('\n');
                if (badId || badDate || !validNumber(hours) || !validNumber(points)) {
                  badLines.add(line);
                } else {
                  good++;
                }
                line += CsvTokenizerTest.breaks(row) + 1;
              }
              List<Object> items = new ArrayList<>();
              CsvImportSummary s =
                  WorkItemsCsv.builder()
                      .collectBadRows(1000)
                      .build()
                      .readInto(new StringReader(csv.toString()), items::add);
              checkSummary(s);
              assertEquals(good, s.imported(), () -> s + "\n" + Visible.text(csv.toString()));
              assertEquals(good, items.size());
              assertEquals(
                  badLines,
                  s.badRows().stream().map(CsvImportException::line).toList(),
                  s.toString());
            });
  }

  /** Numbers, near-numbers, blanks, huge exponents and long digit runs. */
  private static String randomNumber(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> random(r, " \t", 3);
      case 1 -> String.valueOf(r.nextInt(1000)) + (r.nextBoolean() ? "." + r.nextInt(100) : "");
      case 2 -> "1e" + (r.nextBoolean() ? "-" : "") + r.nextInt(r.nextBoolean() ? 200 : 2_000_000);
      case 3 -> "9".repeat(r.nextInt(120));
      default -> random(r, "0123456789eE+-. \t", 8);
    };
  }

  /** The documented rule, written independently: blank, or a decimal ≥ 0 within the limit. */
  private static boolean validNumber(String text) {
    String t = text.replaceAll("^[ \t]+|[ \t]+$", "");
    if (t.isEmpty()) {
      return true;
    }
    if (t.length() > 100 || !DECIMAL.matcher(t).matches()) {
      return false;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      return false;
    }
    return d.signum() >= 0 && Numbers.plainDigits(d) <= 100;
  }
}
