package dev.mops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mops churn --from PRESET FILE…}: each platform's export in one command. */
class ChurnFromExportsTest {
  @TempDir Path dir;

  private static final String SENT =
      "ClientID,SendID,SubscriberKey,EmailAddress,SubscriberID,ListID,EventDate,EventType\n"
          + "7281698,5521,Ann@Example.com,ann@example.com,10001,301,3/2/2027 9:00:00 AM,Sent\n"
          + "7281698,5521,bob@example.com,bob@example.com,10002,301,3/2/2027 9:00:00 AM,Sent\n"
          + "7281698,5522,ann@example.com,ann@example.com,10001,301,3/2/2027 9:30:00 AM,Sent\n";
  private static final String UNSUBS =
      "ClientID,SendID,SubscriberKey,EmailAddress,SubscriberID,ListID,EventDate,EventType\n"
          + "7281698,5521,ann@example.com,ann@example.com,10001,301,3/3/2027 8:01:00 AM,Unsubscribe\n";

  private Path zip() throws IOException {
    Path z = dir.resolve("tracking.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
      out.putNextEntry(new ZipEntry("Sent.csv"));
      out.write(SENT.getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("Unsubs.csv"));
      out.write(UNSUBS.getBytes(StandardCharsets.UTF_8));
    }
    return z;
  }

  @Test
  void sfmcZipInOneCommandWithItsGuessOnStandardError() throws IOException {
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "sfmc", zip().toString());
    assertEquals(0, r.code(), r.err());
    // Ann@Example.com and ann@example.com are one contact by default: 2 recipients
    assertTrue(r.out().contains("2027-03  50% (1 of 2)"), r.out());
    assertTrue(
        r.out().contains("delivery rate: n/a, the sfmc export has no delivered events"), r.out());
    assertTrue(r.err().startsWith("mops: note: sfmc: reads EventDate"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void jsonWritesTheRatesTheExportCannotGiveAsNullWithTheReason() throws IOException {
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "sfmc", "--format", "json", zip().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"churn\": 0.5,"), r.out());
    assertTrue(r.out().contains("\"deliveryRate\": null,"), r.out()); // not 0 of 3 sends
    assertTrue(
        r.out()
            .contains(
                "\"rate\": \"deliveryRate\",\n"
                    + "      \"reason\": \"the sfmc export has no delivered events\""),
        r.out());
  }

  @Test
  void exactIdsKeepAnnsTwoSpellingsApart() throws IOException {
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "sfmc", "--exact-ids", zip().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2027-03  33.33% (1 of 3)"), r.out());
  }

  @Test
  void severalFilesAndSkippedRowsSummarised() throws IOException {
    Path a = dir.resolve("march.csv");
    Files.writeString(
        a,
        "id,created,type,recipient\n"
            + "1,1803978001000,SENT,ann@example.com\n"
            + "2,1803978000000,PROCESSED,ann@example.com\n");
    Path b = dir.resolve("march-2.csv");
    Files.writeString(
        b, "id,created,type,recipient\n3,1803978002000,STATUSCHANGE,ann@example.com\n");
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "hubspot", a.toString(), b.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2027-03  100% (1 of 1)"), r.out());
    assertTrue(r.err().contains("1 row skipped by the column mapping: \"PROCESSED\" 1"), r.err());
  }

  @Test
  void anUnknownPresetOrAnotherVendorsFileIsUnusableInput() throws IOException {
    MopsCommandLineTest.Run unknown = MopsCommandLineTest.run("churn", "--from", "pardot", "x.csv");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("hubspot, mailchimp"), unknown.err());
    Path hub = dir.resolve("events.csv");
    Files.writeString(hub, "id,created,type,recipient\n1,1803978001000,SENT,ann@example.com\n");
    MopsCommandLineTest.Run wrong =
        MopsCommandLineTest.run("churn", "--from", "marketo", hub.toString());
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("(looked for \"leadId\")"), wrong.err());
  }

  private static final String HUBSPOT_PAGE_1 =
      "{\"results\": [\n"
          + "  {\"id\": \"e1\", \"type\": \"SENT\", \"recipient\": \"ann@x.com\","
          + " \"created\": 1803978001000, \"emailCampaignId\": 7},\n"
          + "  {\"id\": \"e2\", \"type\": \"SENT\", \"recipient\": \"bob@x.com\","
          + " \"created\": 1803978001000, \"emailCampaignId\": 7},\n"
          + "  {\"id\": \"e3\", \"type\": \"STATUSCHANGE\", \"recipient\": \"Ann@X.com\","
          + " \"created\": 1803978002000, \"portalSubscriptionStatus\": \"UNSUBSCRIBED\"}\n"
          + "], \"hasMore\": true, \"offset\": \"abc\"}\n";
  private static final String HUBSPOT_PAGE_2 =
      "{\"results\": [\n"
          + "  {\"id\": \"e4\", \"type\": \"PROCESSED\", \"recipient\": \"bob@x.com\","
          + " \"created\": 1803978000000},\n"
          + "  {\"id\": \"e5\", \"type\": \"STATUSCHANGE\", \"recipient\": \"bob@x.com\","
          + " \"created\": 1803978003000, \"portalSubscriptionStatus\": \"SUBSCRIBED\","
          + " \"subscriptions\": [{\"id\": 1, \"status\": \"SUBSCRIBED\"}]}\n"
          + "], \"hasMore\": false, \"offset\": \"def\"}\n";
  private static final String MAILCHIMP_PAGE =
      "{\"emails\": [{\"email_address\": \"ann@x.com\", \"activity\": ["
          + "{\"action\": \"open\", \"type\": \"\", \"timestamp\": \"2027-03-02T09:15:00+00:00\"},"
          + "{\"action\": \"click\", \"type\": \"\", \"timestamp\": \"2027-03-02T09:16:00+00:00\"}"
          + "]}], \"campaign_id\": \"42694e9e57\", \"total_items\": 1}\n";

  @Test
  void hubspotApiPagesInOneCommand() throws IOException {
    Path p1 = Files.writeString(dir.resolve("events-1.json"), HUBSPOT_PAGE_1);
    Path p2 = Files.writeString(dir.resolve("events-2.json"), HUBSPOT_PAGE_2);
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "hubspot-api", p1.toString(), p2.toString());
    assertEquals(0, r.code(), r.err());
    // Ann unsubscribed from the portal; Bob's STATUSCHANGE is a resubscribe, not an unsubscribe
    assertTrue(r.out().contains("2027-03  50% (1 of 2)"), r.out());
    assertEquals(
        "mops: " + p2 + ": 2 events skipped: \"PROCESSED\" 1, \"STATUSCHANGE (subscribed)\" 1\n",
        r.err().replace("\r\n", "\n"));
  }

  @Test
  void mailchimpApiActivityGivesOnlyClickToOpen() throws IOException {
    Path page = Files.writeString(dir.resolve("email-activity.json"), MAILCHIMP_PAGE);
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "mailchimp-api", page.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains("email churn: n/a, the mailchimp export has no sent or unsubscribe events"),
        r.out());
    // the one rate the activity gives: 1 clicker of 1 opener; no rate reads 0 %
    assertTrue(r.out().contains("n/a        n/a        n/a        n/a        100%"), r.out());
    assertFalse(r.out().contains(" 0%"), r.out());
  }

  @Test
  void anotherVendorsPageIsRefusedNamingWhatWasExpected() throws IOException {
    Path page = Files.writeString(dir.resolve("email-activity.json"), MAILCHIMP_PAGE);
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", "--from", "hubspot-api", page.toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("expected a HubSpot email events API page"), r.err());
    assertTrue(r.err().contains("email-activity.json"), r.err());
  }

  @Test
  void anApiNeedsItsFiles() {
    MopsCommandLineTest.Run r = MopsCommandLineTest.run("churn", "--from", "hubspot-api");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("--from hubspot-api needs the files to read"), r.err());
  }

  @Test
  void aMappingFileRenamesTheColumnsOfAnyLayout() throws IOException {
    Path events = dir.resolve("crm-export.csv");
    Files.writeString(
        events,
        "Email,Action,When\n"
            + "ann@x.com,Sent,2027-03-02T09:00:00Z\n"
            + "bob@x.com,Sent,2027-03-02T09:00:00Z\n"
            + "bob@x.com,Opted out,2027-03-03T10:00:00Z\n",
        StandardCharsets.UTF_8);
    Path mapping = dir.resolve("crm.mapping");
    Files.writeString(
        mapping,
        "# our CRM's export\n"
            + "header.contact_id = Email\n"
            + "header.event = Action\n"
            + "header.occurred_at = When\n"
            + "synonym.event.Opted out = unsubscribe\n",
        StandardCharsets.UTF_8);
    MopsCommandLineTest.Run r =
        MopsCommandLineTest.run("churn", events.toString(), "--mapping", mapping.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2027-03  50% (1 of 2)"), r.out());

    MopsCommandLineTest.Run without = MopsCommandLineTest.run("churn", events.toString());
    assertEquals(2, without.code());

    Files.writeString(
        mapping, "header.contact_id = Email\ncolour = blue\n", StandardCharsets.UTF_8);
    MopsCommandLineTest.Run bad =
        MopsCommandLineTest.run("churn", events.toString(), "--mapping", mapping.toString());
    assertEquals(2, bad.code());
    assertEquals("mops: " + mapping + " line 2: unknown key \"colour\"\n", bad.err());

    MopsCommandLineTest.Run api =
        MopsCommandLineTest.run(
            "churn", "--from", "hubspot-api", events.toString(), "--mapping", mapping.toString());
    assertEquals(2, api.code());
    assertTrue(
        api.err()
            .startsWith("mops: --mapping applies to CSV exports, not to the APIs' JSON pages\n"),
        api.err());
  }
}
