package dev.mops.json;

import static java.util.Objects.requireNonNull;

import dev.mops.csv.EmailPreset;
import dev.mops.json.internal.VendorEmail;
import dev.mops.metrics.EmailRate;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The vendors' email APIs whose JSON pages {@link EmailApiExports} reads, each the JSON form of a
 * CSV {@link EmailPreset}: it shares that preset's facts (the events it carries, so the rates it
 * cannot give, and the mapping of the vendor's event names) rather than restating them.
 *
 * @since 0.2
 */
public enum EmailApi {
  /**
   * HubSpot's Email Events API ({@code GET /email/public/v1/events}), saved one page per file:
   * {@code {"results": [{"type", "recipient", "created", "emailCampaignId", …}], "hasMore",
   * "offset"}}. {@code created} is milliseconds since the epoch. Types map as {@link
   * EmailPreset#HUBSPOT} maps them ({@code SPAMREPORT} is spam; {@code PROCESSED DROPPED DEFERRED
   * SUPPRESSED FORWARD PRINT UNBOUNCE} are skipped and counted), except {@code STATUSCHANGE}, which
   * the pages describe fully: it is an unsubscribe when its {@code portalSubscriptionStatus} is
   * {@code UNSUBSCRIBED} or one of its {@code subscriptions} has the status {@code UNSUBSCRIBED};
   * otherwise (a resubscribe) it is skipped and counted as {@code STATUSCHANGE (subscribed)}. A
   * bounce counts as hard, as in the CSV preset. Documented at <a
   * href="https://legacydocs.hubspot.com/docs/methods/email/email_events_overview">HubSpot Email
   * Events API overview</a>.
   */
  HUBSPOT(
      "hubspot-api",
      EmailPreset.HUBSPOT,
      VendorEmail.HUBSPOT_PAGE,
      "https://legacydocs.hubspot.com/docs/methods/email/email_events_overview"),

  /**
   * Mailchimp's campaign email activity from the Marketing API's reporting endpoint ({@code GET
   * /reports/{campaign_id}/email-activity}), saved one page per file: {@code {"emails":
   * [{"email_address", "activity": [{"action", "type", "timestamp"}]}], "campaign_id"}}. Actions
   * map as {@link EmailPreset#MAILCHIMP} maps them ({@code open click bounce}); {@code type} is the
   * bounce type ({@code hard} or {@code soft}); {@code timestamp} is ISO-8601 with offset; {@code
   * campaign_id} is the message of every event of the page. The activity has no sent, delivered or
   * unsubscribe events, so those rates are not available from it. Documented at <a
   * href="https://mailchimp.com/developer/marketing/api/email-activity-reports/">Mailchimp email
   * activity reports</a>.
   */
  MAILCHIMP(
      "mailchimp-api",
      EmailPreset.MAILCHIMP,
      VendorEmail.MAILCHIMP_PAGE,
      EmailPreset.MAILCHIMP.documentation());

  private final String id;
  private final EmailPreset preset;
  private final String expected;
  private final String documentation;

  EmailApi(String id, EmailPreset preset, String expected, String documentation) {
    this.id = id;
    this.preset = preset;
    this.expected = expected;
    this.documentation = documentation;
  }

  /** The name the command line takes: {@code hubspot-api} or {@code mailchimp-api}. */
  public String id() {
    return id;
  }

  /** The CSV preset of the same vendor's export, whose facts this API shares. */
  public EmailPreset preset() {
    return preset;
  }

  /** The address of the vendor's documentation of the API's pages. */
  public String documentation() {
    return documentation;
  }

  /** What a page of this API looks like, in one line, as messages say it. */
  public String expected() {
    return expected;
  }

  /**
   * The rates this API cannot give, with the reason: the {@linkplain EmailPreset#unavailableRates()
   * preset's}.
   */
  public Map<EmailRate, String> unavailableRates() {
    return preset.unavailableRates();
  }

  /**
   * The API {@code id} names ({@code hubspot-api}, {@code mailchimp-api}), ignoring case; empty
   * when it names none (a CSV preset, say).
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static java.util.Optional<EmailApi> find(String id) {
    requireNonNull(id, "id");
    return Stream.of(values()).filter(a -> a.id.equalsIgnoreCase(id.trim())).findFirst();
  }
}
