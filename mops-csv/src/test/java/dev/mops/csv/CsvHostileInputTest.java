package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.core.internal.Visible;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.WorkItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken CSV: every input gives a result or a {@link CsvImportException} that says
 * what, where and what was expected, with nothing from the file echoed raw.
 */
class CsvHostileInputTest {
  private static final String EVENTS = "contact_id,event,occurred_at\n";
  private static final String WORK =
      "id,created_at,kind,urgent,hours,story_points,vision_aligned\n";
  private static final String GOOD_EVENT = "ann,sent,2027-03-02T09:00:00Z\n";
  private static final String GOOD_ITEM = "OPS-1,2027-03-02,planned,false,2,3,true\n";

  /** Blank cells: empty, or only spaces and tabs. */
  private static final String[] BLANKS = {"", " ", "\t", "  \t ", "\t\t"};

  static Stream<String> blanks() {
    return Stream.of(BLANKS);
  }

  private static CsvImportSummary events(String csv) {
    return EmailEventsCsv.builder()
        .collectBadRows(100)
        .build()
        .readInto(new StringReader(csv), EmailMetrics.accumulator());
  }

  private static CsvImportException eventsFail(String csv) {
    return CsvReads.refused(csv);
  }

  private static CsvImportSummary work(String csv, List<WorkItem> into) {
    return WorkItemsCsv.builder()
        .collectBadRows(100)
        .build()
        .readInto(new StringReader(csv), into::add);
  }

  private static CsvImportException only(CsvImportSummary s) {
    assertEquals(1, s.badRowCount(), s.toString());
    return s.badRows().get(0);
  }

  // ---- blank cells --------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("blanks")
  void aBlankContactIdIsABadRowAndTheOthersCount(String blank) {
    CsvImportSummary s =
        events(EVENTS + GOOD_EVENT + blank + ",sent,2027-03-02T09:00:00Z\n" + GOOD_EVENT);
    assertEquals(3, s.rows());
    assertEquals(2, s.imported());
    CsvImportException e = only(s);
    assertEquals(3, e.line());
    assertEquals(Optional.of("contact_id"), e.column());
    assertEquals(1, e.columnIndex());
    assertEquals("expected a contact id", e.problem());
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void blankRequiredEmailColumnsAreBadRows(String blank) {
    CsvImportException event = only(events(EVENTS + "ann," + blank + ",2027-03-02T09:00:00Z\n"));
    assertEquals(2, event.columnIndex());
    assertTrue(event.problem().startsWith("expected one of sent, "), event.problem());
    CsvImportException at = only(events(EVENTS + "ann,sent," + blank + "\n"));
    assertEquals(3, at.columnIndex());
    assertTrue(at.problem().startsWith("expected an ISO-8601 timestamp"), at.problem());
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void blankOptionalEmailColumnsAreAbsent(String blank) {
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        CsvReads.events(
            "contact_id,event,occurred_at,message_id,bounce_type\n"
                + "ann,sent,2027-03-02T09:00:00Z,"
                + blank
                + ","
                + blank
                + "\n"
                + "ann,bounce,2027-03-02T09:00:00Z,"
                + blank
                + ","
                + blank
                + "\n",
            acc);
    assertEquals(2, s.imported());
    assertEquals(1, acc.result().counts().get(YearMonth.of(2027, 3)).orElseThrow().hardBouncers());
    assertTrue(acc.result().byMessage().isEmpty(), acc.result().byMessage().toString());
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void aBlankWorkItemIdIsABadRow(String blank) {
    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary s =
        work(WORK + GOOD_ITEM + blank + ",2027-03-02,planned,false,2,3,true\n", items);
    assertEquals(1, items.size());
    CsvImportException e = only(s);
    assertEquals(3, e.line());
    assertEquals(Optional.of("id"), e.column());
    assertEquals("expected a work item id", e.problem());
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void blankRequiredWorkColumnsAreBadRows(String blank) {
    String[] good = GOOD_ITEM.strip().split(",");
    for (int column = 1; column < good.length; column++) {
      if (column == 4 || column == 5) {
        continue; // hours and story points may be blank
      }
      String[] row = good.clone();
      row[column] = blank;
      CsvImportException e = only(work(WORK + String.join(",", row) + "\n", new ArrayList<>()));
      assertEquals(column + 1, e.columnIndex(), e.getMessage());
      assertEquals(2, e.line());
    }
    assertEquals(
        "expected a creation date",
        only(work(WORK + "OPS-1," + blank + ",planned,false,2,3,true\n", new ArrayList<>()))
            .problem());
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void blankHoursAndPointsAreAbsentAndTheSharesSayHowManyWereLeftOut(String blank) {
    WorkMixAccumulator mix = new WorkMixAccumulator();
    String header = "id,created_at,kind,urgent,hours,story_points,vision_aligned,title\n";
    String allBlank =
        "OPS-2,2027-03-02,planned,false," + blank + "," + blank + ",true," + blank + "\n";
    CsvImportSummary s =
        CsvReads.work(
            header
                + "OPS-1,2027-03-02,ad_hoc,true,3,1,false,Landing page\n"
                + allBlank
                + "OPS-3,2027-03-02,planned,false,9,"
                + blank
                + ",true,Nurture\n",
            mix);
    assertEquals(3, s.imported());
    assertEquals(0, s.badRowCount());
    assertEquals(1, mix.result().adHocShare(WorkUnit.HOURS).leftOut());
    assertEquals(2, mix.result().adHocShare(WorkUnit.STORY_POINTS).leftOut());
    List<WorkItem> items = new ArrayList<>();
    work(header + allBlank, items);
    assertEquals(Optional.empty(), items.get(0).hours());
    assertEquals(Optional.empty(), items.get(0).storyPoints());
    assertEquals(Optional.empty(), items.get(0).title());
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "  ", ""})
  void blankHeaderNamesAreColumnsOfNoInterest(String blank) {
    CsvImportSummary s =
        events(
            "contact_id," + blank + ",event,occurred_at\n" + "ann,x,sent,2027-03-02T09:00:00Z\n");
    assertEquals(1, s.imported());
    CsvImportException strict =
        CsvReads.refused(
            "contact_id," + blank + ",event,occurred_at\n",
            ColumnMapping.builder().allowExtraColumns(false).build());
    assertEquals(
        "<input> line 1, column \"\" (2): expected only the columns of the mapping (it"
            + " allows no extra columns)",
        strict.getMessage());
  }

  @ParameterizedTest
  @MethodSource("blanks")
  void aBlankHeaderForARequiredColumnIsAMissingColumn(String blank) {
    CsvImportException e = eventsFail("contact_id," + blank + ",occurred_at\n" + GOOD_EVENT);
    assertEquals(
        "<input> line 1: missing column event; the header has: \"contact_id\", \"\","
            + " \"occurred_at\"",
        e.getMessage());
  }

  // ---- what the file holds never reaches a message raw --------------------------------------

  static Stream<String> invisible() {
    return Stream.of(
        "\u001B[2J",
        "\u001B]0;owned\u0007",
        "\u0000",
        "\u202Eevil",
        "\u2066x\u2069",
        "\uFEFF",
        "\u007F",
        "\u009B31m",
        "\u2028",
        "\r",
        "a\nb",
        "\u0008\u0008");
  }

  @ParameterizedTest
  @MethodSource("invisible")
  void controlCharactersAreEscapedInEveryMessage(String nasty) {
    String quoted = "\"" + nasty.replace("\"", "\"\"") + "\"";
    List<CsvImportException> errors = new ArrayList<>();
    errors.add(only(events(EVENTS + "ann," + quoted + ",2027-03-02T09:00:00Z\n")));
    errors.add(only(events(EVENTS + "ann,sent," + quoted + "\n")));
    errors.add(
        only(
            events(
                "contact_id,event,occurred_at,bounce_type\nann,bounce,"
                    + "2027-03-02T09:00:00Z,"
                    + quoted
                    + "\n")));
    errors.add(
        only(work(WORK + quoted + ",2027-03-02,planned,false,2,3,true\n", new ArrayList<>())));
    errors.add(
        only(
            work(
                WORK + "OPS-1,2027-03-02,planned,false," + quoted + ",3,true\n",
                new ArrayList<>())));
    errors.add(eventsFail("contact_id," + quoted + ",occurred_at\n"));
    errors.add(
        CsvReads.refused(
            EVENTS.strip() + "," + quoted + "\n",
            ColumnMapping.builder().allowExtraColumns(false).build()));
    errors.add(only(events(EVENTS.strip() + "," + quoted + "\nann,sent,2027-03-02T09:00:00Z\n")));
    for (CsvImportException e : errors) {
      assertFalse(Visible.needsEscape(e.getMessage()), e.getMessage());
      assertFalse(Visible.needsEscape(e.problem()), e.problem());
    }
    assertTrue(
        errors.get(0).getMessage().endsWith(", got " + Visible.quote(nasty, 60)),
        errors.get(0).getMessage());
    // the value itself is kept as written
    assertEquals(Optional.of(nasty), errors.get(0).value());
  }

  @Test
  void aFileNameIsEscapedToo() {
    CsvImportException e =
        new CsvImportException(
            "evil\u001B[2J.csv", 3, "a\u202Eb", null, 1, "v", "expected x", false);
    assertEquals(
        "evil\\u001B[2J.csv line 3, column \"a\\u202Eb\" (1): expected x, got \"v\"",
        e.getMessage());
  }

  @Test
  void aHeaderOfManyColumnsIsListedShort() {
    StringBuilder header = new StringBuilder("contact_id,occurred_at");
    for (int i = 0; i < 100_000; i++) {
      header.append(",c").append(i);
    }
    CsvImportException e = eventsFail(header + "\n");
    assertTrue(e.getMessage().endsWith(", \"c17\", … 99982 more"), e.getMessage());
    assertTrue(e.getMessage().length() < 500, e.getMessage());
  }

  // ---- structure: quotes, line ends, widths, BOMs -------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void everyLineEndReadsTheSameWithTheSameLines(String end) {
    String csv =
        (EVENTS
                + GOOD_EVENT
                + "\n"
                + "\"multi\nline\",sent,2027-03-02T09:00:00Z\n"
                + "bob,sent,later\n"
                + GOOD_EVENT)
            .replace("\n", end);
    CsvImportSummary s = events(csv);
    assertEquals(4, s.rows(), s.toString());
    assertEquals(3, s.imported(), s.toString());
    assertEquals(6, only(s).line(), s.toString());
    assertEquals(Optional.of("later"), only(s).value());
  }

  @Test
  void mixedLineEndsAndTrailingLineEnds() {
    CsvImportSummary s =
        events(
            EVENTS.replace("\n", "\r")
                + GOOD_EVENT.replace("\n", "\r\n")
                + GOOD_EVENT
                + "\r\r\n\n\r");
    assertEquals(2, s.imported());
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsData() {
    EmailAccumulator acc = EmailMetrics.accumulator();
    EmailEventsCsv.builder()
        .build()
        .readInto(new StringReader(EVENTS + "say\"hi\",sent,2027-03-02T09:00:00Z\n"), acc);
    assertEquals(1, acc.result().counts().get(YearMonth.of(2027, 3)).orElseThrow().sentEvents());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"ann,sent,2027-03-02T09:00:00Z\n",
        "\"ann",
        "\"",
        "ann,\"sent",
        "ann,sent,\"2027-03-02T09:00:00Z\n\n\n"
      })
  void anUnterminatedQuoteFailsTheImportNamingWhereTheRowStarts(String row) {
    CsvImportException e =
        assertThrows(CsvImportException.class, () -> events(EVENTS + GOOD_EVENT + row));
    assertEquals(3, e.line());
    assertTrue(
        e.problem().startsWith("expected a closing quote before the end of the input"),
        e.problem());
  }

  @Test
  void textAfterAClosingQuoteFailsTheImport() {
    CsvImportException e =
        assertThrows(
            CsvImportException.class,
            () -> events(EVENTS + "\"ann\"\u001B[31m,sent,2027-03-02T09:00:00Z\n"));
    assertEquals(
        "<input> line 2, column contact_id (1): expected a comma or the end of the row"
            + " after a closing quote, got \"\\u001B\"",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ann,sent",
        "ann",
        "ann,sent,2027-03-02T09:00:00Z,extra",
        "ann,sent,2027-03-02T09:00:00Z,,",
        ",,,,,,,,,,,,,"
      })
  void rowsOfAnotherWidthAreBadRows(String row) {
    CsvImportSummary s = events(EVENTS + GOOD_EVENT + row + "\n" + GOOD_EVENT);
    assertEquals(2, s.imported());
    CsvImportException e = only(s);
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("expected 3 fields as in the header, got "), e.problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", "\n\n\n", "\r\n", "\r", "\uFEFF\r\n\n"})
  void anEmptyFileHasNoHeader(String csv) {
    CsvImportException e = CsvReads.refusedCollecting(csv.getBytes(StandardCharsets.UTF_8));
    assertTrue(
        e.problem()
            .startsWith(
                "expected a header row naming the columns contact_id,"
                    + " event, occurred_at, got no rows at all"),
        e.getMessage());
    assertThrows(CsvImportException.class, () -> work(csv, new ArrayList<>()));
  }

  @Test
  void aByteOrderMarkInTheMiddleIsData() {
    CsvImportException header = eventsFail("contact_id,\uFEFFevent,occurred_at\n");
    assertTrue(header.getMessage().contains("\"\\uFEFFevent\""), header.getMessage());
    CsvImportSummary s = events("\uFEFF" + EVENTS + "ann,\uFEFFsent,2027-03-02T09:00:00Z\n");
    assertEquals(1, s.badRowCount());
  }

  @Test
  void duplicateHeaderNames() {
    assertEquals(
        "<input> line 1: expected column \"event\" once in the header, got it in columns"
            + " 2 and 4",
        eventsFail("contact_id,event,occurred_at, event \n").getMessage());
    // columns the mapping does not read may repeat
    assertEquals(
        1,
        events("contact_id,x,event,x,occurred_at\nann,1,sent,2,2027-03-02T09:00:00Z\n").imported());
  }

  // ---- limits --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {CsvTokenizer.MAX_ROW_CHARS + 1, 3 << 20, 10 << 20})
  void aHugeCellOrLineIsRefusedNamingTheLimit(int size) {
    String cell = "x".repeat(size);
    for (String csv :
        List.of(
            EVENTS + GOOD_EVENT + cell + ",sent,2027-03-02T09:00:00Z\n",
            EVENTS + GOOD_EVENT + "\"" + cell + "\",sent,2027-03-02T09:00:00Z\n",
            EVENTS + GOOD_EVENT + "ann,sent,\"2027" + cell)) {
      CsvImportException e = assertThrows(CsvImportException.class, () -> events(csv));
      assertEquals(
          "<input> line 3: expected a row of at most 1048576 characters (an unclosed" + " quote?)",
          e.getMessage());
    }
  }

  @Test
  void aRowJustUnderTheLimitIsRead() {
    String contact = "x".repeat(CsvTokenizer.MAX_ROW_CHARS - 40);
    EmailAccumulator acc = EmailMetrics.accumulator();
    EmailEventsCsv.builder()
        .build()
        .readInto(new StringReader(EVENTS + contact + ",sent,2027-03-02T09:00:00Z\n"), acc);
    assertEquals(1, acc.result().counts().get(YearMonth.of(2027, 3)).orElseThrow().sentEvents());
  }

  /** A reader that gives one character per read: a long row is still read whole. */
  @Test
  void aTrickleReaderReadsTheSame() {
    String csv = EVENTS + "x".repeat(200_000) + ",sent,2027-03-02T09:00:00Z\n" + GOOD_EVENT;
    Reader trickle =
        new StringReader(csv) {
          @Override
          public int read(char[] cbuf, int off, int len) throws java.io.IOException {
            return super.read(cbuf, off, Math.min(len, 1));
          }
        };
    CsvImportSummary s =
        EmailEventsCsv.builder().build().readInto(trickle, EmailMetrics.accumulator());
    assertEquals(2, s.imported());
  }

  // ---- UTF-8 ----------------------------------------------------------------------------------

  static Stream<Arguments> badBytes() {
    return Stream.of(
        Arguments.of((Object) new byte[] {(byte) 0xFF}),
        Arguments.of((Object) new byte[] {(byte) 0xC0, (byte) 0x80}),
        Arguments.of((Object) new byte[] {(byte) 0x80}),
        Arguments.of((Object) new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of((Object) new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}),
        Arguments.of((Object) new byte[] {(byte) 0xE2, (byte) 0x82}));
  }

  @ParameterizedTest
  @MethodSource("badBytes")
  void invalidUtf8IsReportedOnItsLine(byte[] bad) {
    for (int goodRows : new int[] {0, 3, 20_000}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(EVENTS.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < goodRows; i++) {
        out.writeBytes(GOOD_EVENT.getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes("\"multi\nline ".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bad);
      out.writeBytes("\",sent,2027-03-02T09:00:00Z\n".getBytes(StandardCharsets.UTF_8));
      CsvImportException e = CsvReads.refusedCollecting(out.toByteArray());
      assertEquals(goodRows + 3, e.line(), e.getMessage());
      assertTrue(
          e.problem().startsWith("expected UTF-8 text, got a malformed byte sequence"),
          e.getMessage());
    }
  }

  @Test
  void aSequenceCutAtTheEndOfTheInputIsMalformed() {
    byte[] csv = (EVENTS + GOOD_EVENT + "ann,sent,2027").getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(csv, csv.length + 1);
    cut[csv.length] = (byte) 0xC3;
    CsvImportException e = CsvReads.refused(cut);
    assertEquals(3, e.line());
  }

  @Test
  void fourByteCharactersSpanningReadsAreDecoded() {
    String contact = "\uD83D\uDE00".repeat(50_000); // 😀, 4 bytes each, across many buffers
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .build()
            .readInto(
                new ByteArrayInputStream(
                    (EVENTS + contact + ",sent,2027-03-02T09:00:00Z\n")
                        .getBytes(StandardCharsets.UTF_8)),
                acc);
    assertEquals(1, s.imported());
  }

  // ---- numbers --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0", "3", "3.5", ".5", "5.", "+2", "2e1", "1E+2", "25e-1", "-0", "0.0", " 7 ", "\t7", "1e99"
      })
  void decimalsWithinTheLimitAreRead(String hours) {
    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary s =
        work(WORK + "OPS-1,2027-03-02,planned,false,\"" + hours + "\",,true\n", items);
    assertEquals(1, s.imported(), s.toString());
    assertEquals(0, new BigDecimal(hours.strip()).compareTo(items.get(0).hours().orElseThrow()));
  }

  @Test
  void decimalsAtTheLimitAreRead() {
    decimalsWithinTheLimitAreRead("0".repeat(99) + "1");
    decimalsWithinTheLimitAreRead("0." + "1".repeat(98));
    decimalsWithinTheLimitAreRead("9".repeat(100));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "inf",
        "0x10",
        "0X1p3",
        "1_000",
        "1,5",
        "1 000",
        "\u0663",
        "\uFF11",
        "1e",
        "e5",
        ".",
        "+",
        "-",
        "1.2.3",
        "1e5.5",
        "++1",
        "1d",
        "1f",
        "3h",
        "\u00A05"
      })
  void otherNumberSyntaxIsABadRow(String hours) {
    CsvImportException e =
        only(
            work(
                WORK + "OPS-1,2027-03-02,planned,false,\"" + hours + "\",,true\n",
                new ArrayList<>()));
    assertEquals("expected a decimal number of hours such as 3.5, or blank", e.problem());
    assertEquals(2, e.line());
    assertEquals(5, e.columnIndex());
  }

  static Stream<Arguments> tooBig() {
    return Stream.of(
        Arguments.of(
            "1e999999",
            "expected hours of at most 100 digits written out (this one has" + " 1000000)"),
        Arguments.of(
            "1e-999999",
            "expected hours of at most 100 digits written out (this one has" + " 1000000)"),
        Arguments.of(
            "1e100", "expected hours of at most 100 digits written out (this one has" + " 101)"),
        Arguments.of("1e99999999999", "expected hours of at most 100 digits written out"),
        Arguments.of("1e-99999999999", "expected hours of at most 100 digits written out"),
        Arguments.of("9".repeat(101), "expected hours of at most 100 characters"),
        Arguments.of("0." + "1".repeat(99), "expected hours of at most 100 characters"),
        Arguments.of("1".repeat(1_000_000), "expected hours of at most 100 characters"),
        Arguments.of("-1", "expected hours of at least 0"),
        Arguments.of("-0.0001", "expected hours of at least 0"));
  }

  @ParameterizedTest
  @MethodSource("tooBig")
  void numbersOverTheJsonLimitOrNegativeAreBadRows(String hours, String problem) {
    List<WorkItem> items = new ArrayList<>();
    CsvImportSummary s =
        work(
            WORK
                + GOOD_ITEM
                + "OPS-2,2027-03-02,planned,false,"
                + hours
                + ",,true\n"
                + "OPS-3,2027-03-02,planned,false,1,"
                + hours
                + ",true\n",
            items);
    assertEquals(3, s.rows());
    assertEquals(1, items.size());
    assertEquals(2, s.badRowCount());
    CsvImportException h = s.badRows().get(0);
    assertEquals(problem, h.problem());
    assertEquals(3, h.line());
    assertEquals(Optional.of("hours"), h.column());
    CsvImportException p = s.badRows().get(1);
    assertEquals(problem.replace("hours", "story points"), p.problem());
    assertEquals(4, p.line());
    assertEquals(6, p.columnIndex());
    assertTrue(h.getMessage().length() < 300, h.getMessage());
  }

  @Test
  void csvAndJsonShareTheNumberLimit() {
    assertEquals(100, dev.mops.core.internal.Numbers.DEFAULT_MAX_LENGTH);
    assertEquals(100, dev.mops.core.internal.Numbers.plainDigits(new BigDecimal("1e99")));
    assertEquals(4, dev.mops.core.internal.Numbers.plainDigits(new BigDecimal("0.001")));
    assertEquals(3, dev.mops.core.internal.Numbers.plainDigits(new BigDecimal("1.5e2")));
    assertEquals(
        1_000_000, dev.mops.core.internal.Numbers.plainDigits(new BigDecimal("1e-999999")));
  }

  // ---- timestamps and dates -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31T00:00Z",
        "-999999999-01-01T00:00Z",
        "-5000-01-01T00:00Z",
        "0000-01-01T00:00:00Z",
        "0000-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z",
        "9999-12-31T23:59:59-00:01",
        "0001-01-01T00:00:00+00:01"
      })
  void timestampsOutsideTheYears1To9999AreBadRows(String at) {
    CsvImportException e = only(events(EVENTS + GOOD_EVENT + "ann,sent," + at + "\n"));
    assertEquals(
        "expected a timestamp from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"
            + " (years 1 to 9999)",
        e.problem());
    assertEquals(3, e.line());
    assertEquals(3, e.columnIndex());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59.999999999Z",
        "0001-01-01T01:00:00+01:00"
      })
  void timestampsAtTheEdgesOfTheYearsAreRead(String at) {
    assertEquals(1, events(EVENTS + "ann,sent," + at + "\n").imported());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"999999999999999999", "-999999999999999999", "253402300800000", "-62135596800001"})
  void epochMillisecondsOutsideTheYearsAreBadRows(String millis) {
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .mapping(ColumnMapping.hubspot())
            .collectBadRows(5)
            .build()
            .readInto(
                new StringReader(
                    "recipient,type,created\n"
                        + "ann,SENT,1804068000000\nann,SENT,"
                        + millis
                        + "\n"),
                EmailMetrics.accumulator());
    assertEquals(1, s.imported());
    assertTrue(only(s).problem().startsWith("expected a timestamp from 0001-01-01"), s.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-03-02",
        "+10000-01-01",
        "-0001-01-01",
        "+999999999-12-31",
        "0000-03-02T09:00:00Z",
        "+10000-03-02T09:00:00Z"
      })
  void workDatesOutsideTheYearsAreBadRows(String day) {
    CsvImportException e =
        only(work(WORK + "OPS-1," + day + ",planned,false,1,,true\n", new ArrayList<>()));
    assertEquals(2, e.columnIndex());
    assertTrue(
        e.problem().equals("expected a date in the years 1 to 9999")
            || e.problem().startsWith("expected an ISO-8601 date")
            // a timestamp is read as an email event's (DESIGN §9), with its message
            || e.problem()
                .equals(
                    "expected a timestamp from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"
                        + " (years 1 to 9999)"),
        e.problem());
  }

  @Test
  void workDatesAtTheEdges() {
    List<WorkItem> items = new ArrayList<>();
    work(
        WORK + "OPS-1,0001-01-01,planned,false,1,,true\nOPS-2,9999-12-31,planned,false,1,,true\n",
        items);
    assertEquals(
        List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)),
        items.stream().map(WorkItem::createdOn).toList());
  }
}
