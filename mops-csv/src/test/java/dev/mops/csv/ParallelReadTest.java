package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file in parts on several threads ({@link EmailExports.Builder#threads}) gives what
 * reading it in one piece gives: the report, every summary, the bad rows kept (on their lines in
 * the whole file) and the first error, on random files cut into tiny parts so that cuts fall inside
 * quoted fields with line breaks, on CRLF, after a byte order mark and among bad rows.
 */
class ParallelReadTest {
  private static final ZoneId ZONE = ZoneId.of("America/Chicago");
  private static final String[] EVENTS = {
    "sent", "delivered", "open", "click", "unsubscribe", "bounce", "spam", "Opened"
  };

  @TempDir Path dir;

  /** Ten skipped values plus sixty more: enough to pass the fifty a summary names. */
  private static final String[] SKIPPED = skipped();

  private static String[] skipped() {
    String[] out = new String[70];
    for (int i = 0; i < out.length; i++) {
      out[i] = "skip" + i;
    }
    return out;
  }

  private static ColumnMapping mapping(ColumnMapping m) {
    return m.toBuilder().synonym("event", "Opened", "open").skipRowsWith("event", SKIPPED).build();
  }

  /** What reading {@code file} into a fresh accumulator gave, failure or not. */
  private static String outcome(EmailExports reader, Path file) {
    return outcome(reader, List.of(file));
  }

  /** What reading {@code files} into a fresh accumulator gave, failure or not. */
  private static String outcome(EmailExports reader, List<Path> files) {
    EmailAccumulator acc = EmailMetrics.accumulator(ZONE);
    StringBuilder sb = new StringBuilder();
    try {
      List<CsvImportSummary> summaries = reader.readInto(files, acc);
      for (CsvImportSummary s : summaries) {
        sb.append(s).append('\n').append(s.skippedValues()).append('\n');
        for (CsvImportException e : s.badRows()) {
          sb.append(e.line()).append(' ').append(e.columnIndex()).append(' ');
          sb.append(e.value().orElse("-")).append('\n');
        }
      }
    } catch (CsvImportException e) {
      sb.append("failed: ").append(e.getMessage()).append(" line ").append(e.line()).append('\n');
    } catch (UncheckedIOException e) {
      sb.append("failed: ").append(e.getCause()).append('\n');
    }
    sb.append(acc.events()).append(" events, ").append(acc.contacts()).append(" contacts\n");
    sb.append(acc.result().table()).append('\n').append(acc.result().byMessage());
    return sb.toString();
  }

  private static EmailExports.Builder builder(int keep) {
    EmailExports.Builder b =
        EmailExports.builder(EmailPreset.STANDARD).adjust(ParallelReadTest::mapping);
    return keep < 0 ? b : b.collectBadRows(keep);
  }

  /** A random export: quoted ids with line breaks, CRLF, empty lines, bad rows, BOM. */
  private static byte[] randomFile(Random r, boolean bad, boolean messages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String nl = r.nextInt(3) == 0 ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) {
      sb.append('\uFEFF');
    }
    sb.append(
        messages ? "contact_id,event,occurred_at,message_id" : "contact_id,event,occurred_at");
    sb.append(nl);
    int rows = 20 + r.nextInt(300);
    for (int i = 0; i < rows; i++) {
      if (r.nextInt(30) == 0) {
        sb.append(nl); // an empty line
      }
      if (r.nextInt(25) == 0) {
        sb.append(r.nextBoolean() ? "\r\n" : "\n"); // mixed line ends
      }
      String id = "c" + r.nextInt(40);
      switch (r.nextInt(8)) {
        case 0 -> id = "\"" + id + "\nline two\"";
        case 1 -> id = "\"" + id + "\r\n\"\"quoted\"\",\n\n\"";
        case 2 -> id = "\"Ann" + r.nextInt(5) + "@X.com\"";
        case 3 -> id = "  ann" + r.nextInt(5) + "@x.com ";
        default -> {}
      }
      String event =
          r.nextInt(10) == 0
              ? SKIPPED[r.nextInt(SKIPPED.length)]
              : EVENTS[r.nextInt(EVENTS.length)];
      if (r.nextInt(12) == 0) {
        event = event.toUpperCase(Locale.ROOT);
      }
      String time =
          String.format(
              Locale.ROOT,
              "2027-%02d-%02dT%02d:30:00%s",
              1 + r.nextInt(12),
              1 + r.nextInt(28),
              r.nextInt(24),
              r.nextBoolean() ? "Z" : "-05:00");
      if (bad) {
        switch (r.nextInt(40)) {
          case 0 -> event = "nonsense";
          case 1 -> time = "2027-13-01T00:00:00Z";
          case 2 -> id = " ";
          case 3 -> time = time + ",extra";
          default -> {}
        }
      }
      sb.append(id).append(',').append(event).append(',').append(time);
      if (messages) {
        sb.append(',').append(r.nextInt(3) == 0 ? "" : "m" + r.nextInt(4));
      }
      sb.append(nl);
    }
    if (bad && r.nextInt(6) == 0) {
      sb.append("\"c1,open,2027-01-01T00:00:00Z").append(nl); // an unclosed quote at the end
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    if (bad && r.nextInt(8) == 0) {
      out.write(new byte[] {'c', '9', (byte) 0xC3, ',', 'o'}); // not UTF-8
      out.write("pen,2027-01-01T00:00:00Z\n".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void randomFilesInTinyPartsReadAsInOnePiece() throws IOException {
    Random r = new Random(13);
    int splitsChecked = 0;
    for (int round = 0; round < 300; round++) {
      byte[] bytes = randomFile(r, round % 3 != 0, round % 4 == 1);
      Path file = dir.resolve("events-" + round + ".csv");
      Files.write(file, bytes);
      int keep = new int[] {-1, 0, 2, 1000}[round % 4];
      String sequential = outcome(builder(keep).threads(1).build(), file);
      long part = 1L + r.nextInt(Math.max(1, bytes.length / 3));
      int threads = 2 + r.nextInt(3);
      String parallel = outcome(builder(keep).threads(threads).parts(0, part).build(), file);
      assertEquals(sequential, parallel, "round " + round + ", parts of " + part + " bytes");
      splitsChecked += (int) (bytes.length / part);
    }
    assertTrue(splitsChecked > 1000, "parts: " + splitsChecked);
  }

  @Test
  void aCutInsideAQuotedFieldIsReadByThePartBefore() throws IOException {
    // each id holds a line break: a cut at every byte falls inside quoted fields many times
    StringBuilder sb = new StringBuilder("contact_id,event,occurred_at\n");
    for (int i = 0; i < 40; i++) {
      sb.append("\"c").append(i % 7).append("\n\n\",sent,2027-03-0").append(1 + i % 9);
      sb.append("T00:00:00Z\n");
    }
    sb.append("c1,bad,2027-03-01T00:00:00Z\n");
    Path file = dir.resolve("quoted.csv");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    for (int keep : new int[] {-1, 5}) {
      String sequential = outcome(builder(keep).threads(1).build(), file);
      assertTrue(sequential.contains("line 122"), sequential);
      for (long part = 1; part < 60; part++) {
        assertEquals(
            sequential,
            outcome(builder(keep).threads(3).parts(0, part).build(), file),
            "parts of " + part);
      }
    }
  }

  @Test
  void manyDistinctSkippedValuesAreNamedAsInOnePiece() throws IOException {
    StringBuilder sb = new StringBuilder("contact_id,event,occurred_at\n");
    for (int i = 0; i < 70; i++) {
      sb.append("c1,skip").append(i).append(",2027-03-01T00:00:00Z\n");
    }
    for (int i = 69; i >= 0; i--) {
      sb.append("c1,SKIP").append(i).append(",2027-03-01T00:00:00Z\n");
    }
    Path file = dir.resolve("skipped.csv");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    String sequential = outcome(builder(-1).threads(1).build(), file);
    assertTrue(sequential.contains("…=40"), sequential);
    for (long part : new long[] {30, 100, 1000, 2500}) {
      assertEquals(sequential, outcome(builder(-1).threads(2).parts(0, part).build(), file));
    }
  }

  @Test
  void theFirstErrorInTheFileWinsOverLaterParts() throws IOException {
    StringBuilder sb = new StringBuilder("contact_id,event,occurred_at\n");
    for (int i = 0; i < 200; i++) {
      String event = i == 50 || i == 120 || i == 180 ? "nonsense" + i : "sent";
      sb.append("c").append(i).append(',').append(event).append(",2027-03-01T00:00:00Z\n");
    }
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    CsvImportException e =
        assertThrows(
            CsvImportException.class,
            () -> builder(-1).threads(4).parts(0, 500).build().read(List.of(file)));
    assertEquals(52, e.line());
    assertTrue(e.getMessage().contains("\"nonsense50\""), e.getMessage());
    CsvImportSummary s =
        builder(10).threads(4).parts(0, 500).build().read(List.of(file)).summaries().get(0);
    assertEquals(List.of(52L, 122L, 182L), s.badRows().stream().map(x -> x.line()).toList());
    assertEquals(200, s.rows());
    assertEquals(197, s.imported());
  }

  @Test
  void aFileBelowTheThresholdAndBadHeadersReadInOnePiece() throws IOException {
    Path small = dir.resolve("small.csv");
    Files.writeString(small, "contact_id,event,occurred_at\nc1,sent,2027-03-01T00:00:00Z\n");
    assertEquals(
        outcome(builder(-1).threads(1).build(), small),
        outcome(builder(-1).threads(2).build(), small));
    Path header = dir.resolve("header.csv");
    Files.writeString(header, "contact,event,occurred_at\nc1,sent,2027-03-01T00:00:00Z\n");
    String sequential = outcome(builder(-1).threads(1).build(), header);
    assertTrue(sequential.contains("missing column contact_id"), sequential);
    assertEquals(sequential, outcome(builder(-1).threads(2).parts(0, 10).build(), header));
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "\n\n\n");
    assertEquals(
        outcome(builder(-1).threads(1).build(), empty),
        outcome(builder(-1).threads(2).parts(0, 1).build(), empty));
  }

  @Test
  void severalFilesMergeInOrder() throws IOException {
    Random r = new Random(7);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path f = dir.resolve("part" + i + ".csv");
      Files.write(f, randomFile(r, false, false));
      files.add(f);
    }
    EmailExports one = builder(3).threads(1).build();
    EmailExports many = builder(3).threads(3).parts(0, 97).build();
    assertEquals(one.read(files, ZONE).toString(), many.read(files, ZONE).toString());
    assertEquals(one.read(files, ZONE).report(), many.read(files, ZONE).report());
  }

  @Test
  void severalSmallFilesReadOnePerThreadAsOneAfterAnother() throws IOException {
    Random r = new Random(11);
    for (int round = 0; round < 40; round++) {
      List<Path> files = new ArrayList<>();
      int n = 2 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        Path f = dir.resolve("r" + round + "-" + i + ".csv");
        Files.write(f, randomFile(r, r.nextInt(3) == 0, false));
        files.add(f);
      }
      if (r.nextInt(5) == 0) {
        files.add(r.nextInt(n), dir.resolve("missing.csv"));
      }
      int keep = new int[] {-1, 0, 3}[round % 3];
      assertEquals(
          outcome(builder(keep).threads(1).build(), files),
          outcome(builder(keep).threads(3).build(), files),
          "round " + round);
    }
  }

  @Test
  void threadsMustBePositive() {
    EmailExports.Builder b = EmailExports.builder(EmailPreset.STANDARD);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.threads(0));
    assertEquals("threads must be >= 1, got 0", e.getMessage());
    assertEquals(3, b.threads(3).build().threads());
    assertEquals(
        Runtime.getRuntime().availableProcessors(),
        EmailExports.builder(EmailPreset.STANDARD).build().threads());
  }
}
