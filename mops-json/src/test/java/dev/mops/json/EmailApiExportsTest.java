package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.csv.ContactIdentity;
import dev.mops.csv.EmailPreset;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailRate;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.Ratio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendor email API readers against fixtures in the documented shapes, numbers by hand. */
class EmailApiExportsTest {
  private static final Path DIR = Path.of("src/test/resources/vendor");
  private static final Path HUBSPOT_1 = DIR.resolve("hubspot-events-1.json");
  private static final Path HUBSPOT_2 = DIR.resolve("hubspot-events-2.json");
  private static final Path MAILCHIMP = DIR.resolve("mailchimp-email-activity.json");
  private static final YearMonth MARCH = YearMonth.of(2027, 3);
  private static final YearMonth APRIL = YearMonth.of(2027, 4);
  private static final String SENT = "{\"type\":\"SENT\",\"recipient\":\"x@y.z\",\"created\":";

  private static EmailCounts month(EmailReport<YearMonth> report, YearMonth m) {
    return report.counts().get(m).orElseThrow();
  }

  private static void contains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "\"" + part + "\" in: " + text);
    }
  }

  @Nested
  class HubSpot {
    private final EmailApiImport imported =
        EmailApiExports.builder(EmailApi.HUBSPOT).build().read(List.of(HUBSPOT_1, HUBSPOT_2));

    @Test
    void countsTheTwoPagesIntoOneMonthlyReport() {
      // 22 events, 4 skipped (PROCESSED twice, DEFERRED, a resubscribing STATUSCHANGE)
      assertEquals(18, imported.events());
      EmailCounts march = month(imported.report(), MARCH);
      assertEquals(6, march.sentEvents());
      // a@x.com and A@X.com are one contact by default
      assertEquals(5, march.recipients());
      assertEquals(4, march.deliveredEvents());
      assertEquals(4, march.deliveredContacts());
      assertEquals(2, march.openers());
      assertEquals(1, march.clickers());
      // b@x.com left the portal, e@x.com one subscription type; c@x.com resubscribed
      assertEquals(2, march.unsubscribers());
      assertEquals(1, march.hardBouncers());
      assertEquals(Ratio.of(2, 5), march.churn());
      assertEquals(Ratio.of(4, 6), march.deliveryRate());
      assertEquals(Ratio.of(2, 4), march.openRate());
      assertEquals(Ratio.of(1, 2), march.clickToOpenRate());
      assertEquals(Ratio.of(2, 4), march.unsubscribeRate());
    }

    @Test
    void bucketsByTheInstantInTheChosenZone() {
      // SENT at 2027-03-31T23:30-05:00 is 2027-04-01T04:30Z
      EmailCounts april = month(imported.report(), APRIL);
      assertEquals(1, april.recipients());
      assertEquals(1, april.complainers());
      assertEquals(Ratio.of(0, 1), april.churn());
      EmailApiImport chicago =
          EmailApiExports.builder(EmailApi.HUBSPOT)
              .build()
              .read(List.of(HUBSPOT_1, HUBSPOT_2), ZoneId.of("America/Chicago"));
      assertEquals(7, month(chicago.report(), MARCH).sentEvents());
      assertEquals(5, month(chicago.report(), MARCH).recipients());
    }

    @Test
    void countsSkippedEventsByValue() {
      assertEquals(
          List.of(
              Map.entry("PROCESSED", 2L),
              Map.entry("STATUSCHANGE (subscribed)", 1L),
              Map.entry("DEFERRED", 1L)),
          List.copyOf(imported.skippedValues().entrySet()));
      assertEquals(
          List.of(
              HUBSPOT_1 + ": 1 event skipped: \"PROCESSED\" 1",
              HUBSPOT_2
                  + ": 3 events skipped: \"STATUSCHANGE (subscribed)\" 1, \"DEFERRED\" 1,"
                  + " \"PROCESSED\" 1"),
          imported.skippedRows());
    }

    @Test
    void keepsTheCampaignAsTheMessage() {
      assertEquals(Set.of("101", "102", "103"), imported.report().byMessage().keySet());
      assertEquals(1, imported.report().byMessage().get("103").complainers());
    }

    @Test
    void givesEveryRate() {
      assertEquals(Map.of(), imported.unavailableRates());
      assertEquals(Map.of(), imported.report().unavailable());
    }

    @Test
    void exactIdsCountTwoContacts() {
      EmailApiImport exact =
          EmailApiExports.builder(EmailApi.HUBSPOT)
              .contactIdentity(ContactIdentity.EXACT)
              .build()
              .read(List.of(HUBSPOT_1, HUBSPOT_2));
      assertEquals(6, month(exact.report(), MARCH).recipients());
      assertEquals(Ratio.of(2, 6), month(exact.report(), MARCH).churn());
    }

    @Test
    void aResubscribeIsNotAnUnsubscribe(@TempDir Path dir) throws IOException {
      Path f =
          write(
              dir,
              "p.json",
              "{\"results\":["
                  + SENT
                  + "1803891600000},"
                  + "{\"type\":\"STATUSCHANGE\",\"recipient\":\"x@y.z\",\"created\":1803891600000,"
                  + "\"portalSubscriptionStatus\":\"SUBSCRIBED\","
                  + "\"subscriptions\":[{\"id\":1,\"status\":\"SUBSCRIBED\"}]}]}");
      EmailApiImport one = EmailApiExports.builder(EmailApi.HUBSPOT).build().read(List.of(f));
      assertEquals(0, one.report().counts().values().get(0).unsubscribers());
      assertEquals(Map.of("STATUSCHANGE (subscribed)", 1L), one.skippedValues());
    }

    @Test
    void aPortalUnsubscribeAloneIsAnUnsubscribe(@TempDir Path dir) throws IOException {
      Path f =
          write(
              dir,
              "p.json",
              "{\"results\":["
                  + SENT
                  + "1803891600000},"
                  + "{\"type\":\"STATUSCHANGE\",\"recipient\":\"X@Y.Z\",\"created\":1803891600000,"
                  + "\"portalSubscriptionStatus\":\"UNSUBSCRIBED\"}]}");
      EmailApiImport one = EmailApiExports.builder(EmailApi.HUBSPOT).build().read(List.of(f));
      assertEquals(Ratio.of(1, 1), one.report().counts().values().get(0).churn());
    }

    @Test
    void feedsAnAccumulatorOtherSourcesFeedToo() {
      EmailAccumulator acc = EmailMetrics.accumulator(ZoneOffset.UTC);
      // 2027-03-02T17:00:00Z, from another export
      acc.accept("a@x.com", EmailEventType.UNSUBSCRIBE, 1803920400L);
      Map<String, Map<String, Long>> skipped =
          EmailApiExports.builder(EmailApi.HUBSPOT).build().readInto(List.of(HUBSPOT_1), acc);
      assertEquals(Map.of(HUBSPOT_1.toString(), Map.of("PROCESSED", 1L)), skipped);
      EmailCounts march = acc.result().counts().get(MARCH).orElseThrow();
      assertEquals(4, march.recipients());
      assertEquals(2, march.unsubscribers());
    }
  }

  @Nested
  class Mailchimp {
    private final EmailApiImport imported =
        EmailApiExports.builder(EmailApi.MAILCHIMP).build().read(List.of(MAILCHIMP));

    @Test
    void countsTheActivity() {
      assertEquals(6, imported.events());
      EmailCounts march = month(imported.report(), MARCH);
      assertEquals(2, march.openers());
      assertEquals(1, march.clickers());
      assertEquals(1, march.softBouncers());
      assertEquals(0, march.hardBouncers());
      assertEquals(Ratio.of(1, 2), march.clickToOpenRate());
      // the hard bounce at 2027-03-31T23:30-05:00 is in April in UTC
      assertEquals(1, month(imported.report(), APRIL).hardBouncers());
      assertEquals(Set.of("42694e9e57"), imported.report().byMessage().keySet());
      assertEquals(Map.of(), imported.skippedValues());
    }

    @Test
    void reportsWhatTheActivityCannotGiveAsNotAvailable() {
      assertEquals(EmailPreset.MAILCHIMP.unavailableRates(), imported.unavailableRates());
      assertEquals(
          EnumSet.of(
              EmailRate.CHURN,
              EmailRate.DELIVERY,
              EmailRate.OPEN_RATE,
              EmailRate.CLICK_RATE,
              EmailRate.UNSUBSCRIBE_RATE),
          imported.report().unavailable().keySet());
      contains(imported.report().table(), "n/a");
    }
  }

  @Nested
  class OtherVendor {
    @Test
    void mailchimpActivityIsNotAHubSpotPage() {
      MopsJsonException e =
          assertThrows(
              MopsJsonException.class,
              () -> EmailApiExports.builder(EmailApi.HUBSPOT).build().read(List.of(MAILCHIMP)));
      contains(
          e.getMessage(),
          MAILCHIMP.toString(),
          "expected a HubSpot email events API page {\"results\"",
          "got an object without \"results\"",
          "\"emails\"");
    }

    @Test
    void aHubSpotPageIsNotMailchimpActivity() {
      MopsJsonException e =
          assertThrows(
              MopsJsonException.class,
              () -> EmailApiExports.builder(EmailApi.MAILCHIMP).build().read(List.of(HUBSPOT_1)));
      contains(
          e.getMessage(), "expected a Mailchimp email activity report {\"emails\"", "\"hasMore\"");
    }
  }

  @Nested
  class Hostile {
    @TempDir Path dir;

    private MopsJsonException hubspot(String json) throws IOException {
      return read(EmailApi.HUBSPOT, write(dir, "p.json", json));
    }

    private MopsJsonException read(EmailApi api, Path f) {
      return assertThrows(
          MopsJsonException.class, () -> EmailApiExports.builder(api).build().read(List.of(f)));
    }

    @Test
    void truncated() throws IOException {
      String whole = Files.readString(HUBSPOT_1);
      for (int cut : new int[] {0, 1, 20, whole.length() / 2, whole.length() - 1}) {
        MopsJsonException e = hubspot(whole.substring(0, cut));
        contains(e.getMessage(), dir.resolve("p.json") + ": ");
      }
    }

    @Test
    void hugeNumbers() throws IOException {
      MopsJsonException e = hubspot("{\"results\":[" + SENT + "99999999999999999999999}]}");
      assertEquals("/results/0/created", e.pointer());
      contains(e.problem(), "64-bit integer");
      MopsJsonException year10000 = hubspot("{\"results\":[" + SENT + Long.MAX_VALUE + "}]}");
      assertEquals("/results/0/created", year10000.pointer());
      contains(year10000.problem(), "9999-12-31T23:59:59Z");
      assertEquals(
          "/results/0/created", hubspot("{\"results\":[" + SENT + "-62135596801000}]}").pointer());
      // the first and the last second mops takes, as the CSV readers
      Path edges =
          write(
              dir,
              "edges.json",
              "{\"results\":[" + SENT + "-62135596800000}," + SENT + "253402300799999}]}");
      assertEquals(
          List.of(YearMonth.of(1, 1), YearMonth.of(9999, 12)),
          EmailApiExports.builder(EmailApi.HUBSPOT)
              .build()
              .read(List.of(edges))
              .report()
              .counts()
              .periods());
      MopsJsonException longer = hubspot("{\"results\":[" + SENT + "9".repeat(5000) + "}]}");
      contains(longer.getMessage(), "limit");
    }

    @Test
    void wrongTypes() throws IOException {
      assertEquals(
          "/results/0/created",
          hubspot("{\"results\":[" + SENT + "\"1803891600000\"}]}").pointer());
      assertEquals("/results/0/created", hubspot("{\"results\":[" + SENT + "1.5e12}]}").pointer());
      assertTrue(
          hubspot("{\"results\":{}}")
              .problem()
              .endsWith("p.json: expected an array of email events, got an object"));
      contains(hubspot("[]").problem(), "p.json: expected a HubSpot email events API");
      assertEquals(
          "/results/0/type",
          hubspot("{\"results\":[{\"type\":7,\"recipient\":\"x\",\"created\":1}]}").pointer());
      assertTrue(
          hubspot("{\"results\":[null]}")
              .problem()
              .endsWith("p.json: expected an email event object, got null"));
    }

    @Test
    void missingRequiredPropertiesNameTheEvent() throws IOException {
      MopsJsonException e =
          hubspot("{\"results\":[" + SENT + "1},{\"type\":\"OPEN\",\"created\":1}]}");
      assertEquals("/results/1", e.pointer());
      contains(e.problem(), "p.json: missing required property \"recipient\"");
      MopsJsonException status =
          hubspot("{\"results\":[{\"type\":\"STATUSCHANGE\",\"recipient\":\"x\",\"created\":1}]}");
      contains(status.problem(), "portalSubscriptionStatus");
    }

    @Test
    void anUnknownEventTypeNamesTheKnownOnes() throws IOException {
      MopsJsonException e =
          hubspot("{\"results\":[{\"type\":\"TELEPORT\",\"recipient\":\"x\",\"created\":1}]}");
      assertEquals("/results/0/type", e.pointer());
      contains(e.problem(), "spamreport", "processed", "\"TELEPORT\"");
    }

    @Test
    void blankOrControlCharacterRecipients() throws IOException {
      assertEquals(
          "/results/0/recipient",
          hubspot("{\"results\":[{\"type\":\"SENT\",\"recipient\":\" \",\"created\":1}]}")
              .pointer());
      contains(
          hubspot("{\"results\":[{\"type\":\"SENT\",\"recipient\":\"a\\u001Bb\",\"created\":1}]}")
              .getMessage(),
          "\\u001B");
    }

    @Test
    void deepNestingInIgnoredProperties() throws IOException {
      String deep = "[".repeat(100_000) + "]".repeat(100_000);
      MopsJsonException e = hubspot("{\"results\":[" + SENT + "1,\"x\":" + deep + "}]}");
      contains(e.getMessage(), "nested deeper than the limit");
    }

    @Test
    void notUtf8TrailingContentAndEmpty() throws IOException {
      Path latin = dir.resolve("latin.json");
      Files.write(
          latin, "{\"results\":[], \"x\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
      assertEquals(Optional.of("UTF-8 JSON text"), read(EmailApi.HUBSPOT, latin).expected());
      contains(hubspot("{\"results\":[]} {}").problem(), "p.json: unexpected an object after");
      contains(hubspot("").problem(), "p.json: the document is empty");
    }

    @Test
    void theLimitsBoundEachPage() throws IOException {
      Path f = write(dir, "p.json", Files.readString(HUBSPOT_1));
      ReadLimits small = ReadLimits.builder().maxDocumentLength(100).build();
      contains(
          assertThrows(
                  MopsJsonException.class,
                  () ->
                      EmailApiExports.builder(EmailApi.HUBSPOT)
                          .limits(small)
                          .build()
                          .read(List.of(f)))
              .getMessage(),
          "limit of 100");
      ReadLimits fewValues = ReadLimits.builder().maxValues(10).build();
      contains(
          assertThrows(
                  MopsJsonException.class,
                  () ->
                      EmailApiExports.builder(EmailApi.HUBSPOT)
                          .limits(fewValues)
                          .build()
                          .read(List.of(f)))
              .getMessage(),
          "limit of 10 values");
    }

    @Test
    void mailchimpBadValues() throws IOException {
      Path f =
          write(
              dir,
              "m.json",
              "{\"emails\":[{\"email_address\":\"a@b.c\",\"activity\":["
                  + "{\"action\":\"open\",\"timestamp\":\"2027-03-02 09:15\"}]}]}");
      assertEquals("/emails/0/activity/0/timestamp", read(EmailApi.MAILCHIMP, f).pointer());
      Path bounce =
          write(
              dir,
              "b.json",
              "{\"emails\":[{\"email_address\":\"a@b.c\",\"activity\":[{\"action\":\"bounce\","
                  + "\"type\":\"medium\",\"timestamp\":\"2027-03-02T09:15:00Z\"}]}]}");
      assertEquals("/emails/0/activity/0/type", read(EmailApi.MAILCHIMP, bounce).pointer());
      Path noActivity = write(dir, "n.json", "{\"emails\":[{\"email_address\":\"a@b.c\"}]}");
      contains(
          read(EmailApi.MAILCHIMP, noActivity).problem(),
          "n.json: missing required property \"activity\"");
    }
  }

  @Test
  void docsCsvListsEveryApi() throws IOException {
    String doc = Files.readString(Path.of("../docs/csv.md"));
    for (EmailApi api : EmailApi.values()) {
      contains(doc, "| `" + api.id() + "` |", "(" + api.documentation() + ")");
    }
  }

  @Test
  void findsTheApiById() {
    assertEquals(Optional.of(EmailApi.HUBSPOT), EmailApi.find("HubSpot-API"));
    assertEquals(Optional.of(EmailApi.MAILCHIMP), EmailApi.find("mailchimp-api"));
    assertEquals(Optional.empty(), EmailApi.find("hubspot"));
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
