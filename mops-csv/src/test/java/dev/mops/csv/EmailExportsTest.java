package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.BounceType;
import dev.mops.metrics.ContactLimitException;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailRate;
import dev.mops.metrics.Ratio;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each preset reads its fixture, written in the vendor's documented shape, to numbers computed by
 * hand (in the comments); a file of another vendor's shape is refused naming the columns expected.
 */
class EmailExportsTest {
  private static final YearMonth MARCH = YearMonth.of(2027, 3);
  private static final YearMonth APRIL = YearMonth.of(2027, 4);

  @TempDir Path dir;

  static Path fixture(String name) {
    URL url = EmailExportsTest.class.getResource("exports/" + name);
    if (url == null) {
      throw new IllegalStateException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final List<String> SFMC_FILES =
      List.of("Sent.csv", "Opens.csv", "Clicks.csv", "Bounces.csv", "Unsubs.csv");

  static final List<String> AUDIENCE_FILES =
      List.of(
          "subscribed_members_export_8f2a.csv",
          "unsubscribed_members_export_8f2a.csv",
          "cleaned_members_export_8f2a.csv");

  static List<Path> fixtures(String dir, List<String> names) {
    return names.stream().map(n -> fixture(dir + "/" + n)).toList();
  }

  private static EmailImport read(EmailPreset preset, List<Path> files) {
    return EmailExports.builder(preset).build().read(files);
  }

  private static EmailCounts march(EmailImport i) {
    return i.report().counts().get(MARCH).orElseThrow();
  }

  private static void assertRatio(long n, long d, Ratio actual) {
    assertTrue(actual.hasSameValueAs(Ratio.of(n, d)), () -> n + "/" + d + " vs " + actual);
  }

  private Path zip(String name, List<Path> files) throws IOException {
    Path z = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
      for (Path f : files) {
        out.putNextEntry(new ZipEntry("export/" + f.getFileName()));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    return z;
  }

  @Nested
  class HubSpot {
    private final List<Path> files = List.of(fixture("hubspot/email-events.csv"));

    @Test
    void readsTheEventsApiShapeWithStatusChangesAsUnsubscribes() {
      EmailImport i = read(EmailPreset.HUBSPOT, files);
      EmailCounts c = march(i);
      // sent to ann, bob, cat, dan; delivered to ann, bob, cat; bob's STATUSCHANGE unsubscribes
      assertEquals(4, c.sentEvents());
      assertEquals(4, c.recipients());
      assertEquals(3, c.deliveredEvents());
      assertEquals(1, c.unsubscribers());
      assertRatio(1, 4, c.churn()); // not 0 %: the unsubscribe is a STATUSCHANGE
      assertRatio(3, 4, c.deliveryRate());
      // openers ann (twice, once as Ann@Example.COM) and bob, of 3 delivered
      assertEquals(2, c.openers());
      assertRatio(2, 3, c.openRate());
      assertRatio(1, 2, c.clickToOpenRate());
      assertEquals(1, c.hardBouncers());
      assertEquals(Map.of(), i.unavailableRates());
    }

    @Test
    void summarisesTheSkippedRowsByValue() {
      CsvImportSummary s = read(EmailPreset.HUBSPOT, files).summaries().get(0);
      assertEquals(16, s.rows());
      assertEquals(3, s.skipped());
      assertEquals(Map.of("PROCESSED", 2L, "DEFERRED", 1L), s.skippedValues());
      assertEquals(List.of("PROCESSED", "DEFERRED"), List.copyOf(s.skippedValues().keySet()));
      assertEquals("\"PROCESSED\" 2, \"DEFERRED\" 1", s.skippedByValue());
      assertEquals(
          List.of(
              s.source()
                  + ": 3 rows skipped by the column mapping: \"PROCESSED\" 2, \"DEFERRED\" 1"),
          read(EmailPreset.HUBSPOT, files).skippedRows());
    }

    @Test
    void maxContactsStopsTheReadAtOneContactTooMany() {
      EmailExports exports = EmailExports.builder(EmailPreset.HUBSPOT).maxContacts(1).build();
      ContactLimitException e =
          assertThrows(ContactLimitException.class, () -> exports.read(files));
      assertEquals(1, e.limit());
      IllegalArgumentException bad =
          assertThrows(
              IllegalArgumentException.class,
              () -> EmailExports.builder(EmailPreset.HUBSPOT).maxContacts(0));
      assertEquals("maxContacts must be >= 1, got 0", bad.getMessage());
    }

    @Test
    void exactContactIdsCountAnnTwice() {
      EmailImport i =
          EmailExports.builder(EmailPreset.HUBSPOT)
              .contactIdentity(ContactIdentity.EXACT)
              .build()
              .read(files);
      assertEquals(3, march(i).openers()); // ann@example.com, Ann@Example.COM, bob
    }

    @Test
    void noteSaysWhatItGuesses() {
      assertEquals(1, EmailPreset.HUBSPOT.notes().size());
      assertTrue(EmailPreset.HUBSPOT.notes().get(0).contains("STATUSCHANGE"));
    }
  }

  @Nested
  class Mailchimp {
    @Test
    void readsTheEmailActivityAndSaysWhichRatesItCannotGive() {
      EmailImport i = read(EmailPreset.MAILCHIMP, List.of(fixture("mailchimp/email-activity.csv")));
      EmailCounts c = march(i);
      assertEquals(2, c.openers());
      assertEquals(1, c.clickers());
      assertEquals(1, c.hardBouncers());
      assertRatio(1, 2, c.clickToOpenRate());
      assertEquals(
          Set.of(
              EmailRate.CHURN,
              EmailRate.DELIVERY,
              EmailRate.OPEN_RATE,
              EmailRate.CLICK_RATE,
              EmailRate.UNSUBSCRIBE_RATE),
          i.unavailableRates().keySet());
      assertEquals(
          "the mailchimp export has no sent or delivered events",
          i.unavailableRates().get(EmailRate.DELIVERY));
      assertEquals(i.unavailableRates(), i.report().unavailable());
      assertTrue(
          i.toString().contains("delivery rate: n/a, the mailchimp export has no"), i::toString);
    }

    @Test
    void readsTheAudienceExportWhereColumnsAreTheEvents() {
      EmailImport i =
          read(EmailPreset.MAILCHIMP_AUDIENCE, fixtures("mailchimp-audience", AUDIENCE_FILES));
      EmailCounts c = march(i);
      // bob unsubscribed 2027-03-20, Eve 2027-03-31 23:30 UTC; cat cleaned 2027-03-15
      assertEquals(2, c.unsubscribers());
      assertEquals(1, c.hardBouncers());
      assertEquals(0, c.recipients());
      assertEquals(2, i.summaries().size());
      assertEquals(
          List.of(fixture("mailchimp-audience/" + AUDIENCE_FILES.get(0)).toString()),
          i.skippedFiles());
      assertTrue(i.unavailableRates().containsKey(EmailRate.CHURN));
    }

    @Test
    void monthsFollowTheChosenZone() {
      EmailImport i =
          EmailExports.builder(EmailPreset.MAILCHIMP_AUDIENCE)
              .build()
              .read(fixtures("mailchimp-audience", AUDIENCE_FILES), ZoneId.of("Europe/Berlin"));
      // Eve's 2027-03-31 23:30 UTC is 2027-04-01 01:30 in Berlin
      assertEquals(1, march(i).unsubscribers());
      assertEquals(1, i.report().counts().get(APRIL).orElseThrow().unsubscribers());
    }

    @Test
    void activityAndAudienceGoIntoOneAccumulation() {
      EmailAccumulator acc = EmailMetrics.accumulator();
      EmailExports.builder(EmailPreset.MAILCHIMP)
          .build()
          .readInto(List.of(fixture("mailchimp/email-activity.csv")), acc);
      EmailExports.builder(EmailPreset.MAILCHIMP_AUDIENCE)
          .build()
          .readInto(fixtures("mailchimp-audience", AUDIENCE_FILES), acc);
      EmailCounts c = acc.result().counts().get(MARCH).orElseThrow();
      assertEquals(2, c.openers());
      assertEquals(2, c.unsubscribers());
      assertEquals(1, c.hardBouncers()); // cat bounced and was cleaned: one contact
    }
  }

  @Nested
  class MarketingCloud {
    @Test
    void readsOneFilePerEventTypeInCentralStandardTime() {
      EmailImport i = read(EmailPreset.SFMC, fixtures("sfmc", SFMC_FILES));
      EmailCounts c = march(i);
      // dan's send at 3/31/2027 7:30 PM UTC-6 is 2027-04-01T01:30Z: April in UTC
      assertEquals(3, c.recipients());
      assertEquals(1, c.unsubscribers());
      assertRatio(1, 3, c.churn());
      assertEquals(2, c.openers());
      assertEquals(1, c.clickers());
      assertEquals(1, c.softBouncers()); // BounceCategory "Soft bounce"
      assertEquals(0, c.hardBouncers());
      assertEquals(1, i.report().counts().get(APRIL).orElseThrow().recipients());
      assertEquals(5, i.summaries().size());
      assertTrue(i.unavailableRates().containsKey(EmailRate.DELIVERY));
      // the table says n/a, not the 0 % of 0 delivered events of 3 sent
      String table = i.report().table();
      assertTrue(
          table.startsWith(
              "month    recipients  unsubscribed  churn      delivery   open       click      click-to-open\n"
                  + "2027-03           3             1  33.33%     n/a        n/a        n/a        50%\n"),
          table);
      assertTrue(
          table.contains("delivery rate: n/a, the sfmc export has no delivered events\n"), table);
      assertFalse(i.unavailableRates().containsKey(EmailRate.CHURN));
      assertEquals(ZoneOffset.ofHours(-6), EmailPreset.SFMC.zone().orElseThrow());
    }

    @Test
    void monthsInTheAccountZoneCountDanInMarch() {
      EmailImport i =
          EmailExports.builder(EmailPreset.SFMC)
              .build()
              .read(fixtures("sfmc", SFMC_FILES), ZoneOffset.ofHours(-6));
      assertEquals(4, march(i).recipients());
      assertRatio(1, 4, march(i).churn());
    }

    @Test
    void aZipOfTheFilesReadsAsTheFiles() throws IOException {
      Path z = zip("tracking.zip", fixtures("sfmc", SFMC_FILES));
      EmailImport zipped = read(EmailPreset.SFMC, List.of(z));
      EmailImport files = read(EmailPreset.SFMC, fixtures("sfmc", SFMC_FILES));
      assertEquals(files.report(), zipped.report());
      assertEquals(z + "!/export/Sent.csv", zipped.summaries().get(0).source());
    }

    @Test
    void aFileNamedForNoEventTypeIsRefusedNamingTheNames() {
      CsvImportException e =
          assertThrows(
              CsvImportException.class,
              () -> read(EmailPreset.SFMC, List.of(fixture("hubspot/email-events.csv"))));
      assertTrue(
          e.getMessage()
              .contains(
                  "expected a file of the sfmc export named Sent.csv, Opens.csv, Clicks.csv,"
                      + " Bounces.csv, Unsubs.csv, got \"email-events.csv\""),
          e::getMessage);
    }
  }

  @Nested
  class Marketo {
    @Test
    void readsTheBulkActivityExtractByActivityTypeId() {
      EmailImport i =
          read(EmailPreset.MARKETO, List.of(fixture("marketo/bulk-activity-extract.csv")));
      EmailCounts c = march(i);
      // leads 1001-1004 sent; 1001, 1002 delivered; 1002 unsubscribed; 1004 bounced
      assertEquals(4, c.recipients());
      assertRatio(2, 4, c.deliveryRate());
      assertRatio(1, 4, c.churn());
      assertRatio(1, 2, c.openRate());
      assertRatio(1, 1, c.clickToOpenRate());
      assertEquals(1, c.hardBouncers());
      assertEquals(Map.of("27", 1L), i.summaries().get(0).skippedValues());
      assertEquals(
          1, i.report().byMessage().get("2201").unsubscribers()); // primaryAttributeValueId
    }
  }

  @Nested
  class OtherVendorsShape {
    @Test
    void hubspotEventsAreNotAMarketoExtract() {
      CsvImportException e =
          assertThrows(
              CsvImportException.class,
              () -> read(EmailPreset.MARKETO, List.of(fixture("hubspot/email-events.csv"))));
      assertTrue(
          e.getMessage()
              .contains(
                  "missing columns contact_id (looked for \"leadId\"), event (looked for"
                      + " \"activityTypeId\"), occurred_at (looked for \"activityDate\")"),
          e::getMessage);
    }

    @Test
    void aMarketoExtractIsNotHubSpotEvents() {
      CsvImportException e =
          assertThrows(
              CsvImportException.class,
              () ->
                  read(EmailPreset.HUBSPOT, List.of(fixture("marketo/bulk-activity-extract.csv"))));
      assertTrue(e.getMessage().contains("(looked for \"recipient\")"), e::getMessage);
    }

    @Test
    void anSfmcFileIsNotAnAudienceExport() throws IOException {
      Path renamed = dir.resolve("unsubscribed_members_export_x.csv");
      Files.copy(fixture("sfmc/Unsubs.csv"), renamed);
      CsvImportException e =
          assertThrows(
              CsvImportException.class,
              () -> read(EmailPreset.MAILCHIMP_AUDIENCE, List.of(renamed)));
      assertTrue(
          e.getMessage()
              .contains(
                  "missing columns contact_id (looked for \"Email Address\"; did you mean"
                      + " \"EmailAddress\"?), occurred_at (looked for \"UNSUB_TIME\")"),
          e::getMessage);
    }
  }

  @Nested
  class Zips {
    @Test
    void anArchiveLargerThanTheBoundIsRefused() throws IOException {
      Path z = zip("tracking.zip", fixtures("sfmc", SFMC_FILES));
      CsvImportException e =
          assertThrows(
              CsvImportException.class,
              () ->
                  EmailExports.builder(EmailPreset.SFMC)
                      .maxUncompressedBytes(300)
                      .build()
                      .read(List.of(z)));
      assertTrue(
          e.getMessage().contains("expected a ZIP archive of at most 300 bytes uncompressed"),
          e::getMessage);
    }

    @Test
    void aZipBombIsRefusedByItsRatio() throws IOException {
      Path z = dir.resolve("bomb.zip");
      byte[] csv =
          ("SubscriberKey,EventDate\n" + "a,3/2/2027 9:00:00 AM\n".repeat(1 << 20))
              .getBytes(StandardCharsets.US_ASCII);
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
        out.putNextEntry(new ZipEntry("Sent.csv"));
        out.write(csv); // 22 MiB of one row repeated, some 50 KiB compressed
        out.closeEntry();
      }
      CsvImportException e =
          assertThrows(CsvImportException.class, () -> read(EmailPreset.SFMC, List.of(z)));
      assertTrue(e.getMessage().contains("expand at most"), e::getMessage);
    }

    @Test
    void aFileThatIsNoZipIsOurException() throws IOException {
      Path z = dir.resolve("broken.zip");
      try (OutputStream out = Files.newOutputStream(z)) {
        out.write(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0, 0, 0});
      }
      assertThrows(CsvImportException.class, () -> read(EmailPreset.SFMC, List.of(z)));
    }

    @Test
    void noFilesIsAnArgumentError() {
      assertThrows(
          IllegalArgumentException.class,
          () -> EmailExports.builder(EmailPreset.SFMC).build().read(List.of()));
    }
  }

  @Nested
  class Readme {
    @Test
    void sfmcSnippet() throws IOException {
      Path file = zip("tracking.zip", fixtures("sfmc", SFMC_FILES));
      // snippet: csv-exports
      EmailImport imported = EmailExports.builder(EmailPreset.SFMC).build().read(List.of(file));
      imported.report().churn().get(YearMonth.of(2027, 3));   // Optional[33.33% (1 of 3)]
      imported.unavailableRates().get(EmailRate.DELIVERY);    // the sfmc export has no delivered events
      System.out.println(imported.report().table());          // delivery, open, click: n/a
      // end snippet
      assertEquals("Optional[33.33% (1 of 3)]", imported.report().churn().get(MARCH).toString());
      assertEquals(
          "the sfmc export has no delivered events",
          imported.unavailableRates().get(EmailRate.DELIVERY));
      assertTrue(imported.report().table().contains("  n/a  "), imported.report()::table);
    }
  }

  @Nested
  class Identity {
    @Test
    void emailLikeIdsIgnoreCaseOthersAreExact() {
      assertEquals("ann@x.com", ContactIdentity.EMAIL_IGNORE_CASE.apply("Ann@X.com"));
      assertEquals("CRM-Ann", ContactIdentity.EMAIL_IGNORE_CASE.apply("CRM-Ann"));
      assertEquals("Ann@X.com", ContactIdentity.EXACT.apply("Ann@X.com"));
    }

    @Test
    void aQuotedIdKeepsItsInnerSpacesAndLosesTheOuterOnes() {
      EmailAccumulator acc = EmailMetrics.accumulator();
      EmailEventsCsv.builder()
          .build()
          .readInto(
              new StringReader(
                  "contact_id,event,occurred_at\n"
                      + "\" Ann Lee \",sent,2027-03-02T09:00:00Z\n"
                      + "Ann Lee,unsubscribe,2027-03-03T09:00:00Z\n"
                      + "AnnLee,sent,2027-03-02T09:00:00Z\n"),
              acc);
      EmailCounts c = acc.result().counts().get(MARCH).orElseThrow();
      assertEquals(2, c.recipients()); // "Ann Lee" and "AnnLee"
      assertEquals(1, c.unsubscribers());
      assertRatio(1, 2, c.churn());
    }
  }

  @Nested
  class Presets {
    @Test
    void parseTakesTheIdInAnyCaseAndListsTheIdsWhenWrong() {
      assertEquals(EmailPreset.SFMC, EmailPreset.parse("SFMC"));
      assertEquals(EmailPreset.MAILCHIMP_AUDIENCE, EmailPreset.parse("mailchimp-audience"));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EmailPreset.parse("pardot"));
      assertEquals(
          "email preset must be one of standard, hubspot, mailchimp, mailchimp-audience, sfmc, marketo,"
              + " got \"pardot\"",
          e.getMessage());
    }

    @Test
    void eachPresetNamesItsColumnsAndDocumentation() {
      assertEquals(
          List.of("recipient", "type", "created", "emailCampaignId"),
          EmailPreset.HUBSPOT.columns());
      assertEquals(
          List.of("SubscriberKey", "EventDate", "SendID", "BounceCategory"),
          EmailPreset.SFMC.columns());
      assertEquals(
          List.of("Email Address", "UNSUB_TIME", "CLEAN_TIME"),
          EmailPreset.MAILCHIMP_AUDIENCE.columns());
      for (EmailPreset p : EmailPreset.values()) {
        assertTrue(p == EmailPreset.STANDARD || p.documentation().startsWith("https://"), p::id);
        assertFalse(p.carries().isEmpty());
      }
      assertEquals(
          Set.of(EmailEventType.UNSUBSCRIBE, EmailEventType.BOUNCE),
          EmailPreset.MAILCHIMP_AUDIENCE.carries());
      assertEquals(BounceType.HARD, BounceType.valueOf("HARD"));
    }
  }
}
