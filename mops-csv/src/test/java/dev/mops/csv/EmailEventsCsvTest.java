package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.Ratio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailEventsCsvTest {
  private static final YearMonth MARCH = YearMonth.of(2027, 3);
  private static final YearMonth APRIL = YearMonth.of(2027, 4);

  @TempDir Path dir;

  private static EmailReport<YearMonth> read(String csv) {
    return read(csv, ColumnMapping.standard());
  }

  private static EmailReport<YearMonth> read(String csv, ColumnMapping mapping) {
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        EmailEventsCsv.builder().mapping(mapping).build().readInto(new StringReader(csv), acc);
    assertEquals(0, s.badRowCount());
    return acc.result();
  }

  private static CsvImportException fails(String csv) {
    return fails(csv, ColumnMapping.standard());
  }

  private static CsvImportException fails(String csv, ColumnMapping mapping) {
    return CsvReads.refused(csv, mapping);
  }

  private static Ratio churn(EmailReport<YearMonth> r, YearMonth m) {
    return r.churn().get(m).orElseThrow();
  }

  @Test
  void standardHeader() {
    EmailReport<YearMonth> r =
        read(
            "contact_id,event,occurred_at\n"
                + "a,sent,2027-03-02T09:00:00Z\n"
                + "b,sent,2027-03-02T09:00:00Z\n"
                + "a,unsubscribe,2027-03-05T10:00:00Z\n");
    assertEquals(Ratio.of(1, 2), churn(r, MARCH));
  }

  @Test
  void readsAFileByPath() throws IOException {
    Path file = dir.resolve("events.csv");
    Files.writeString(
        file,
        "contact_id,event,occurred_at\na,sent,2027-03-02T09:00:00Z\n"
            + "a,unsubscribe,2027-03-05T10:00:00Z\n");
    assertEquals(Ratio.of(1, 1), churn(EmailEventsCsv.read(file), MARCH));
    assertThrows(UncheckedIOException.class, () -> EmailEventsCsv.read(dir.resolve("none.csv")));
  }

  @Test
  void reorderedAndExtraColumns() {
    EmailReport<YearMonth> r =
        read(
            "campaign,occurred_at,ip,event,contact_id\n"
                + "spring,2027-03-02T09:00:00Z,10.0.0.1,sent,a\n"
                + "spring,2027-03-02T09:00:00Z,,sent,b\n"
                + "spring,2027-03-05T10:00:00Z,10.0.0.1,unsubscribe,a\n");
    assertEquals(Ratio.of(1, 2), churn(r, MARCH));
  }

  @Test
  void extraColumnsRefusedWhenTheMappingSaysSo() {
    ColumnMapping strict = ColumnMapping.builder().allowExtraColumns(false).build();
    CsvImportException e =
        fails("contact_id,event,ip,occurred_at\na,sent,x,2027-03-02T09:00:00Z\n", strict);
    assertEquals(
        "<input> line 1, column ip (3): expected only the columns of the mapping (it"
            + " allows no extra columns)",
        e.getMessage());
  }

  @Test
  void aMissingColumnSuggestsAnUnclaimedHeaderCloseToIt() {
    CsvImportException e =
        fails(
            "contact_id,Event,ocurred_at\nann,sent,2027-03-01T00:00:00Z\n",
            ColumnMapping.standard());
    assertEquals(
        "missing columns event (did you mean \"Event\"?), occurred_at (did you mean"
            + " \"ocurred_at\"?); the header has: \"contact_id\", \"Event\", \"ocurred_at\"",
        e.problem());
    CsvImportException far =
        fails("contact_id,kind,when\nann,sent,2027-03-01T00:00:00Z\n", ColumnMapping.standard());
    assertEquals(
        "missing columns event, occurred_at; the header has: \"contact_id\", \"kind\", \"when\"",
        far.problem());
    CsvImportException vendor =
        fails("Recipient,type,created\nann,SENT,1\n", ColumnMapping.hubspot());
    assertEquals(
        "missing column contact_id (looked for \"recipient\"; did you mean \"Recipient\"?); the"
            + " header has: \"Recipient\", \"type\", \"created\"",
        vendor.problem());
  }

  @Test
  void hubspotMappingCountsAStatusChangeAsAnUnsubscribeUnlessTold() {
    String export =
        "recipient,type,created\n"
            + "a@x.com,SENT,1804068000000\n"
            + "b@x.com,SENT,1804068000000\n"
            + "b@x.com,STATUSCHANGE,1804068600000\n";
    // the user saw 0 % here: the unsubscribe of a HubSpot export is a STATUSCHANGE
    EmailCounts march = read(export, ColumnMapping.hubspot()).counts().get(MARCH).orElseThrow();
    assertEquals(1, march.unsubscribers());
    assertEquals(Ratio.of(1, 2), march.churn());
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .mapping(
                ColumnMapping.hubspot().toBuilder().skipRowsWith("event", "STATUSCHANGE").build())
            .build()
            .readInto(new StringReader(export), EmailMetrics.accumulator());
    assertEquals(
        "<input>: 3 rows, 2 imported, 1 skipped by the column mapping, 0 bad", s.toString());
  }

  @Test
  void hubspotPreset() {
    // 1804068000000 = 2027-03-02T09:20:00Z
    EmailReport<YearMonth> r =
        read(
            "recipient,type,created,emailCampaignId,portalId\n"
                + "a@x.com,SENT,1804068000000,111,62515\n"
                + "a@x.com,PROCESSED,1804068000000,111,62515\n"
                + "b@x.com,SENT,1804068000000,111,62515\n"
                + "b@x.com,DELIVERED,1804068000500,111,62515\n"
                + "b@x.com,SPAMREPORT,1804068600000,111,62515\n",
            ColumnMapping.hubspot());
    EmailCounts march = r.counts().get(MARCH).orElseThrow();
    assertEquals(2, march.sentEvents());
    assertEquals(1, march.complainers());
    assertEquals(Optional.of(march), Optional.ofNullable(r.byMessage().get("111")));
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .mapping(ColumnMapping.hubspot())
            .build()
            .readInto(
                new StringReader("recipient,type,created\na,PROCESSED,1\na,SENT,1\n"),
                EmailMetrics.accumulator());
    assertEquals(
        "<input>: 2 rows, 1 imported, 1 skipped by the column mapping, 0 bad", s.toString());
  }

  @Test
  void mailchimpPreset() {
    EmailReport<YearMonth> r =
        read(
            "email_address,action,timestamp,type,campaign_id,url\n"
                + "a@x.com,sent,2027-03-02T09:00:00+00:00,,c1,\n"
                + "a@x.com,Opened,2027-03-02T10:00:00+00:00,,c1,\n"
                + "a@x.com,click,2027-03-02T10:01:00+00:00,,c1,https://x.com/?a=1\n"
                + "b@x.com,sent,2027-03-02T09:00:00+00:00,,c1,\n"
                + "b@x.com,bounce,2027-03-02T09:00:01+00:00,soft,c1,\n"
                + "c@x.com,bounce,2027-03-02T09:00:01+00:00,hard,c1,\n"
                + "d@x.com,unsub,2027-03-03T09:00:01+00:00,,c1,\n",
            ColumnMapping.mailchimp());
    EmailCounts march = r.counts().get(MARCH).orElseThrow();
    assertEquals(1, march.openers());
    assertEquals(1, march.clickers());
    assertEquals(1, march.softBouncers());
    assertEquals(1, march.hardBouncers());
    assertEquals(1, march.unsubscribers());
  }

  @Test
  void presetsAreAdjustable() {
    ColumnMapping mine =
        ColumnMapping.mailchimp().toBuilder()
            .header("contact_id", "Email Address", "email_address")
            .build();
    EmailReport<YearMonth> r =
        read("Email Address,action,timestamp\n" + "a@x.com,sent,2027-03-02T09:00:00Z\n", mine);
    assertEquals(1, r.counts().get(MARCH).orElseThrow().sentEvents());
    assertTrue(
        mine.toString()
            .startsWith(
                "column mapping Mailchimp (adjusted): contact_id ← Email Address or email_address; "),
        mine.toString());
  }

  @Test
  void quotedFieldsWithCommasQuotesAndLineBreaks() {
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        CsvReads.events(
            "contact_id,event,occurred_at,message_id\n"
                + "\"Doe, Jane <jane@x.com>\",sent,2027-03-02T09:00:00Z,\"Spring \"\"Sale\"\"\"\n"
                + "\"multi\nline\",\"sent\" , \"2027-03-02T09:00:00Z\",\"a,\nb\"\n"
                + "\"Doe, Jane <jane@x.com>\",unsubscribe,2027-03-05T10:00:00Z,\"Spring \"\"Sale\"\"\"\n",
            acc);
    assertEquals(3, s.rows());
    EmailReport<YearMonth> r = acc.result();
    assertEquals(Ratio.of(1, 2), churn(r, MARCH));
    assertEquals(List.of("Spring \"Sale\"", "a,\nb"), List.copyOf(r.byMessage().keySet()));
  }

  @Test
  void lineNumbersCountLineBreaksInsideQuotes() {
    CsvImportException e =
        fails(
            "contact_id,event,occurred_at\n"
                + "\"two\nlines\",sent,2027-03-02T09:00:00Z\n"
                + "\"three\n\nlines\",sent,2027-03-02T09:00:00Z\n"
                + "a,sent,2027-13-01T00:00:00Z\n");
    assertEquals(7, e.line());
    assertEquals(
        "<input> line 7, column occurred_at (3): expected an ISO-8601 timestamp with"
            + " offset, e.g. 2027-03-02T09:00:00+01:00, got \"2027-13-01T00:00:00Z\"",
        e.getMessage());
  }

  @Test
  void crlfLineEndings() {
    EmailReport<YearMonth> r =
        read(
            "contact_id,event,occurred_at\r\n"
                + "a,sent,2027-03-02T09:00:00Z\r\n\"a\",unsubscribe,\"2027-03-05T10:00:00Z\"\r\n");
    assertEquals(Ratio.of(1, 1), churn(r, MARCH));
  }

  @Test
  void offsetsMoveEventsAcrossTheMonthBoundary() {
    EmailReport<YearMonth> r =
        read(
            "contact_id,event,occurred_at\n"
                + "a,sent,2027-03-31T23:30:00-05:00\n" // 2027-04-01T04:30Z: April
                + "b,sent,2027-04-01T01:00:00+02:00\n" // 2027-03-31T23:00Z: March
                + "c,sent,2027-03-31T23:59:59.999Z\n" // March
                + "d,sent,2027-04-01T00:00:00Z\n"); // April
    assertEquals(2, r.counts().get(MARCH).orElseThrow().sentEvents());
    assertEquals(2, r.counts().get(APRIL).orElseThrow().sentEvents());
  }

  @Test
  void monthsFollowTheAccumulatorsZoneNotTheFile() {
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("Europe/Berlin"));
    CsvReads.events(
        "contact_id,event,occurred_at\n" + "a,sent,2027-03-31T23:30:00Z\n",
        acc); // 01:30 on April 1 in Berlin
    assertEquals(
        Map.of(APRIL, 1L),
        Map.of(APRIL, acc.result().counts().get(APRIL).orElseThrow().sentEvents()));
  }

  @Test
  void timestampWithoutOffsetNeedsADefaultZone() {
    String csv = "contact_id,event,occurred_at\na,sent,2027-03-31T23:30:00\n";
    CsvImportException e = fails(csv);
    assertEquals(
        "<input> line 2, column occurred_at (3): expected an ISO-8601 timestamp with"
            + " offset, e.g. 2027-03-02T09:00:00+01:00 (this one has no offset, and the column"
            + " mapping sets no default zone), got \"2027-03-31T23:30:00\"",
        e.getMessage());
    ColumnMapping ny = ColumnMapping.builder().defaultZone(ZoneId.of("America/New_York")).build();
    EmailReport<YearMonth> r = read(csv, ny); // 03:30Z on April 1
    assertEquals(1, r.counts().get(APRIL).orElseThrow().sentEvents());
  }

  @Test
  void timestampPattern() {
    ColumnMapping m =
        ColumnMapping.builder()
            .timestampPattern("dd.MM.yyyy HH:mm")
            .defaultZone(ZoneId.of("UTC"))
            .build();
    EmailReport<YearMonth> r = read("contact_id,event,occurred_at\na,sent,31.03.2027 23:30\n", m);
    assertEquals(1, r.counts().get(MARCH).orElseThrow().sentEvents());
    CsvImportException e = fails("contact_id,event,occurred_at\na,sent,2027-03-31T23:30:00Z\n", m);
    assertEquals("expected a timestamp in the pattern dd.MM.yyyy HH:mm", e.problem());
  }

  @Test
  void synonymsAndCaseOfEventNames() {
    ColumnMapping m =
        ColumnMapping.builder()
            .synonym("event", "Opened", "open")
            .synonym("event", "Email Sent", "sent")
            .build();
    EmailReport<YearMonth> r =
        read(
            "contact_id,event,occurred_at\n"
                + "a,Email Sent,2027-03-02T09:00:00Z\n"
                + "a,DELIVERED,2027-03-02T09:00:00Z\n"
                + "a,OPENED,2027-03-02T09:00:00Z\n"
                + "b,Delivered,2027-03-02T09:00:00Z\n"
                + "b,opened,2027-03-02T09:00:00Z\n",
            m);
    assertEquals(Ratio.of(2, 2), r.openRate().get(MARCH).orElseThrow());
    CsvImportException e = fails("contact_id,event,occurred_at\na,Opened,2027-03-02T09:00:00Z\n");
    assertEquals(
        "<input> line 2, column event (2): expected one of sent, delivered, open, click,"
            + " unsubscribe, bounce, spam, got \"Opened\"",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ColumnMapping.builder().synonym("event", "Opened", "viewed"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ColumnMapping.builder().synonym("contact_id", "x", "y"));
  }

  @Test
  void eventNamesFollowTheEnumOrder() {
    for (EmailEventType t : EmailEventType.values()) {
      EmailReport<YearMonth> r =
          read(
              "contact_id,event,occurred_at\na,"
                  + t.name().toLowerCase(Locale.ROOT)
                  + ",2027-03-02T09:00:00Z\n");
      EmailReport<YearMonth> direct =
          EmailMetrics.report(
              List.of(
                  dev.mops.metrics.EmailEvent.of(
                      "a", t, java.time.Instant.parse("2027-03-02T09:00:00Z"))));
      assertEquals(direct, r, t.name());
    }
  }

  private static final String BAD_IN_THE_MIDDLE =
      "contact_id,event,occurred_at\n"
          + "a,sent,2027-03-02T09:00:00Z\n"
          + "b,sent,2027-03-02T09:00:00Z\n"
          + "c,sent,2027-03-02T09:00:00Z\n"
          + "a,unsubscribe,2027-13-01\n"
          + "b,unsubscribe,2027-03-05T10:00:00Z\n";

  @Test
  void badRowInTheMiddleNamesItsLineAndColumn() {
    CsvImportException e = fails(BAD_IN_THE_MIDDLE);
    assertEquals(
        "<input> line 5, column occurred_at (3): expected an ISO-8601 timestamp with"
            + " offset, e.g. 2027-03-02T09:00:00+01:00, got \"2027-13-01\"",
        e.getMessage());
    assertEquals(5, e.line());
    assertEquals(Optional.of("occurred_at"), e.column());
    assertEquals(3, e.columnIndex());
    assertEquals(Optional.of("2027-13-01"), e.value());
  }

  @Test
  void badRowNamesTheFile() throws IOException {
    Path file = dir.resolve("events.csv");
    Files.writeString(file, BAD_IN_THE_MIDDLE);
    CsvImportException e = assertThrows(CsvImportException.class, () -> EmailEventsCsv.read(file));
    assertEquals(
        file
            + " line 5, column occurred_at (3): expected an ISO-8601 timestamp with"
            + " offset, e.g. 2027-03-02T09:00:00+01:00, got \"2027-13-01\"",
        e.getMessage());
  }

  @Test
  void collectedBadRowsAreReportedAndTheOthersCount() {
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .collectBadRows(10)
            .build()
            .readInto(new StringReader(BAD_IN_THE_MIDDLE), acc);
    assertEquals(5, s.rows());
    assertEquals(4, s.imported());
    assertEquals(1, s.badRowCount());
    assertEquals(5, s.badRows().get(0).line());
    assertEquals(Ratio.of(1, 3), churn(acc.result(), MARCH));
    assertEquals(
        "<input>: 5 rows, 4 imported, 1 bad\n  <input> line 5, column occurred_at (3):"
            + " expected an ISO-8601 timestamp with offset, e.g. 2027-03-02T09:00:00+01:00, got"
            + " \"2027-13-01\"",
        s.toString());
  }

  @Test
  void collectingKeepsTheFirstNAndCountsAll() {
    StringBuilder csv = new StringBuilder("contact_id,event,occurred_at\n");
    for (int i = 0; i < 5; i++) {
      csv.append("a,opened,2027-03-02T09:00:00Z\n").append("a,sent,2027-03-02T09:00:00Z\n");
    }
    csv.append("a,sent\n")
        .append("a,sent,2027-03-02T09:00:00Z,extra\n")
        .append(",sent,2027-03-02T09:00:00Z\n");
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .collectBadRows(2)
            .build()
            .readInto(new StringReader(csv.toString()), EmailMetrics.accumulator());
    assertEquals(13, s.rows());
    assertEquals(5, s.imported());
    assertEquals(8, s.badRowCount());
    assertEquals(2, s.badRows().size());
    assertEquals(List.of(2L, 4L), List.of(s.badRows().get(0).line(), s.badRows().get(1).line()));
    assertTrue(s.toString().endsWith("… and 6 more bad rows not kept"), s.toString());
    CsvImportSummary all =
        EmailEventsCsv.builder()
            .collectBadRows(100)
            .build()
            .readInto(new StringReader(csv.toString()), EmailMetrics.accumulator());
    List<CsvImportException> last = all.badRows().subList(5, 8);
    assertEquals(
        "<input> line 12, column occurred_at (3): expected 3 fields as in the header," + " got 2",
        last.get(0).getMessage());
    assertEquals(
        "<input> line 13, column 4: expected 3 fields as in the header, got 4, got" + " \"extra\"",
        last.get(1).getMessage());
    assertEquals(
        "<input> line 14, column contact_id (1): expected a contact id, got \"\"",
        last.get(2).getMessage());
  }

  @Test
  void missingRequiredColumn() {
    CsvImportException e = fails("contact_id,event,timestamp\na,sent,2027-03-02T09:00:00Z\n");
    assertEquals(
        "<input> line 1: missing column occurred_at; the header has: \"contact_id\","
            + " \"event\", \"timestamp\"",
        e.getMessage());
    assertEquals(Optional.empty(), e.column());
    CsvImportException m = fails("Email,Event\n", ColumnMapping.mailchimp());
    assertEquals(
        "<input> line 1: missing columns contact_id (looked for \"email_address\"), event"
            + " (looked for \"action\"), occurred_at (looked for \"timestamp\"); the header has:"
            + " \"Email\", \"Event\"",
        m.getMessage());
  }

  @Test
  void duplicateHeader() {
    CsvImportException e = fails("contact_id,event,occurred_at,event\n");
    assertEquals(
        "<input> line 1: expected column \"event\" once in the header, got it in"
            + " columns 2 and 4",
        e.getMessage());
  }

  @Test
  void emptyInputHeaderOnlyAndBom() {
    CsvImportException e = fails("");
    assertEquals(
        "<input> line 1: expected a header row naming the columns contact_id, event,"
            + " occurred_at, got no rows at all",
        e.getMessage());
    fails("\n\n");
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .build()
            .readInto(new StringReader("contact_id,event,occurred_at\n"), acc);
    assertEquals("<input>: 0 rows, 0 imported, 0 bad", s.toString());
    assertTrue(acc.result().counts().isEmpty());
    byte[] bom =
        "\uFEFFcontact_id,event,occurred_at\na,sent,2027-03-02T09:00:00Z\n"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals((byte) 0xEF, bom[0]);
    EmailAccumulator withBom = EmailMetrics.accumulator();
    EmailEventsCsv.builder().build().readInto(new ByteArrayInputStream(bom), withBom);
    assertEquals(1, withBom.events());
  }

  @Test
  void emptyLinesAreNoRows() {
    EmailAccumulator acc = EmailMetrics.accumulator();
    CsvImportSummary s =
        EmailEventsCsv.builder()
            .collectBadRows(1)
            .build()
            .readInto(
                new StringReader(
                    "\ncontact_id,event,occurred_at\n\na,sent,2027-03-02T09:00:00Z\n\r\n\n"
                        + "b,x,y\n"),
                acc);
    assertEquals(2, s.rows());
    assertEquals(1, acc.events());
    CsvImportException e =
        fails("\ncontact_id,event,occurred_at\n\na,sent,2027-03-02T09:00:00Z\n\r\n\nb,x,y\n");
    assertEquals(7, e.line());
  }

  @Test
  void malformedCsvAlwaysFails() {
    CsvImportException open =
        CsvReads.refusedCollecting(
            "contact_id,event,occurred_at\na,sent,2027-03-02T09:00:00Z\n\"b,sent,2027\n"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "<input> line 3, column contact_id (1): expected a closing quote before the end"
            + " of the input (a quoted field is not closed)",
        open.getMessage());
    CsvImportException after = fails("contact_id,event,occurred_at\n\"a\"x,sent,2027\n");
    assertEquals(
        "<input> line 2, column contact_id (1): expected a comma or the end of the row"
            + " after a closing quote, got \"x\"",
        after.getMessage());
    String huge =
        "contact_id,event,occurred_at\n\""
            + "x".repeat(CsvTokenizer.MAX_ROW_CHARS + 10)
            + "\",sent,2027-03-02T09:00:00Z\n";
    CsvImportException tooLong = fails(huge);
    assertEquals(
        "<input> line 2: expected a row of at most 1048576 characters (an" + " unclosed quote?)",
        tooLong.getMessage());
  }

  @Test
  void notUtf8() {
    byte[] latin1 =
        "contact_id,event,occurred_at\nJos\u00e9,sent,2027-03-02T09:00:00Z\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    CsvImportException e = CsvReads.refused(latin1);
    assertTrue(e.getMessage().startsWith("<input> line 2: expected UTF-8 text"), e.getMessage());
  }

  @Test
  void bounceTypes() {
    EmailReport<YearMonth> r =
        read(
            "contact_id,event,occurred_at,bounce_type\n"
                + "a,bounce,2027-03-02T09:00:00Z,\n"
                + "b,bounce,2027-03-02T09:00:00Z,SOFT\n"
                + "c,bounce,2027-03-02T09:00:00Z,hard\n"
                + "d,sent,2027-03-02T09:00:00Z,soft\n");
    EmailCounts c = r.counts().get(MARCH).orElseThrow();
    assertEquals(2, c.hardBouncers());
    assertEquals(1, c.softBouncers());
    CsvImportException e =
        fails(
            "contact_id,event,occurred_at,bounce_type\n"
                + "a,bounce,2027-03-02T09:00:00Z,temporary\n");
    assertEquals(
        "<input> line 2, column bounce_type (4): expected hard or soft (or blank), got"
            + " \"temporary\"",
        e.getMessage());
  }

  @Test
  void valuesAreShortenedInMessages() {
    String longValue = "x".repeat(500);
    CsvImportException e = fails("contact_id,event,occurred_at\na,sent," + longValue + "\n");
    assertEquals(200, e.value().orElseThrow().length());
    assertTrue(
        e.getMessage().endsWith("got \"" + "x".repeat(57) + "...\" (500 characters)"),
        e.getMessage());
  }

  @Test
  void readerToString() {
    assertEquals(
        "email events CSV reader (column mapping standard, collect bad rows, keep 5)",
        EmailEventsCsv.builder().collectBadRows(5).build().toString());
  }
}
