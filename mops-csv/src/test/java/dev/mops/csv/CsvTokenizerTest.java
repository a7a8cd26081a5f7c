package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.testing.TestScale;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random tables written as CSV read back the same, with every buffer size and line ending (LF, CRLF
 * or a lone CR).
 */
class CsvTokenizerTest {
  private static final String ALPHABET = "ab ,\"\n\r\tx-é";

  @Test
  void readsBackWhatWasWritten() {
    qt().withExamples(TestScale.examples(1000))
        .forAll(lists().of(longs().all()).ofSizeBetween(1, 12), integers().between(4, 64))
        .checkAssert(
            (seeds, bufferSize) -> {
              Random r = new Random(seeds.get(0));
              int width = 1 + r.nextInt(4);
              String lineEnd = List.of("\n", "\r\n", "\r").get(r.nextInt(3));
              List<List<String>> rows = new ArrayList<>();
              List<Long> lines = new ArrayList<>();
              StringBuilder csv = new StringBuilder();
              long line = 1;
              for (long seed : seeds) {
                Random f = new Random(seed);
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                  StringBuilder v = new StringBuilder();
                  int len = f.nextInt(6);
                  for (int i = 0; i < len; i++) {
                    v.append(ALPHABET.charAt(f.nextInt(ALPHABET.length())));
                  }
                  String value = v.toString();
                  if (width == 1 && value.isEmpty()) {
                    value = "x"; // an empty one-field row is an empty line: no row
                  }
                  row.add(value);
                  boolean quote =
                      f.nextBoolean()
                          || value.matches("(?s).*[,\"\\n\\r].*")
                          || value.startsWith(" ")
                          || value.startsWith("\t");
                  if (c > 0) {
                    csv.append(',');
                  }
                  if (quote) {
                    csv.append('"').append(value.replace("\"", "\"\"")).append('"');
                  } else {
                    csv.append(value);
                  }
                }
                rows.add(row);
                lines.add(line);
                line += breaks(String.join(",", row)) + 1;
                csv.append(lineEnd);
              }
              List<List<String>> read = new ArrayList<>();
              List<Long> readLines = new ArrayList<>();
              try (CsvTokenizer t =
                  new CsvTokenizer(new StringReader(csv.toString()), bufferSize)) {
                while (t.next()) {
                  List<String> row = new ArrayList<>();
                  for (int i = 0; i < t.fieldCount(); i++) {
                    row.add(t.raw(i));
                  }
                  read.add(row);
                  readLines.add(t.line());
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertEquals(rows, read, csv.toString());
              assertEquals(lines, readLines, csv.toString());
            });
  }

  /** The line breaks of {@code text}: LF, CRLF and a lone CR count once each. */
  static long breaks(String text) {
    return text.replace("\r\n", "\n").chars().filter(ch -> ch == '\n' || ch == '\r').count();
  }

  @Test
  void aLastRowWithoutLineBreak() throws IOException {
    try (CsvTokenizer t = new CsvTokenizer(new StringReader("a,b\nc,\"d\""), 4)) {
      t.next();
      t.next();
      assertEquals(List.of("c", "d"), List.of(t.raw(0), t.raw(1)));
      assertEquals(2, t.line());
      assertEquals(false, t.next());
    }
  }
}
