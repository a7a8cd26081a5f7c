package dev.mops.csv;

import static dev.mops.metrics.EmailEventType.BOUNCE;
import static dev.mops.metrics.EmailEventType.CLICK;
import static dev.mops.metrics.EmailEventType.DELIVERED;
import static dev.mops.metrics.EmailEventType.OPEN;
import static dev.mops.metrics.EmailEventType.SENT;
import static dev.mops.metrics.EmailEventType.SPAM;
import static dev.mops.metrics.EmailEventType.UNSUBSCRIBE;
import static java.util.Objects.requireNonNull;

import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailRate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The email exports mops reads as their vendors document them: the one table of presets that {@link
 * EmailExports}, the command line ({@code mops churn --from hubspot FILE…}) and {@code docs/csv.md}
 * all read. Each preset knows the files of its export, the columns it reads from them, the zone it
 * assumes for timestamps written without an offset, which events the export carries (so which rates
 * it cannot give: those are reported as not available, never as 0 %), and the guesses it makes,
 * which the command line prints as one line each on standard error.
 *
 * <p>Presets are starting points: vendors rename columns between products and versions. A file of
 * another shape is refused with a message naming the columns the preset looked for.
 *
 * @since 0.2
 */
public enum EmailPreset {
  /**
   * mops's own layout ({@code contact_id,event,occurred_at}, optionally {@code message_id} and
   * {@code bounce_type}; DESIGN §6), as {@link EmailEventsCsv} reads it with {@link
   * ColumnMapping#standard()}: every event, ISO-8601 timestamps with offsets.
   */
  STANDARD(
      "standard",
      "mops standard layout (contact_id, event, occurred_at)",
      "docs/csv.md",
      null,
      EnumSet.allOf(EmailEventType.class),
      List.of(),
      ExportFile.eventRows(ColumnMapping.standard())),

  /**
   * HubSpot's email events, as the Email Events API returns them and as CSV files flattened from
   * its pages: {@code recipient}, {@code type}, {@code created} (milliseconds since the epoch),
   * {@code emailCampaignId}. Types {@code SENT DELIVERED OPEN CLICK BOUNCE SPAMREPORT} count;
   * {@code STATUSCHANGE} counts as an unsubscribe (a guess: the flattened CSV does not say which
   * way the subscription changed); {@code PROCESSED DROPPED DEFERRED SUPPRESSED FORWARD PRINT
   * UNBOUNCE} are skipped and summarised. Documented at <a
   * href="https://developers.hubspot.com/docs/api-reference/legacy/email-analytics-v1/guide">HubSpot
   * email events API</a>.
   */
  HUBSPOT(
      "hubspot",
      "HubSpot email events (Email Events API, or CSV flattened from it)",
      "https://developers.hubspot.com/docs/api-reference/legacy/email-analytics-v1/guide",
      null,
      EnumSet.of(SENT, DELIVERED, OPEN, CLICK, BOUNCE, SPAM, UNSUBSCRIBE),
      List.of(
          "hubspot: counts each STATUSCHANGE event as an unsubscribe (the export does not say"
              + " which way the subscription changed)"),
      ExportFile.eventRows(ColumnMapping.hubspot())),

  /**
   * Mailchimp's campaign email activity (Marketing API {@code
   * /reports/{campaign_id}/email-activity}, as CSV flattened from it): {@code email_address},
   * {@code action} ({@code open click bounce}), {@code timestamp} (ISO-8601 with offset), {@code
   * type} (the bounce type), {@code campaign_id}. The activity has no sent, delivered or
   * unsubscribe events, so only click-to-open is available from it alone; add the audience export
   * ({@link #MAILCHIMP_AUDIENCE}) for unsubscribes. Documented at <a
   * href="https://mailchimp.com/developer/marketing/api/email-activity-reports/">Mailchimp email
   * activity reports</a>.
   */
  MAILCHIMP(
      "mailchimp",
      "Mailchimp campaign email activity (reporting API, as CSV)",
      "https://mailchimp.com/developer/marketing/api/email-activity-reports/",
      null,
      EnumSet.of(OPEN, CLICK, BOUNCE),
      List.of(),
      ExportFile.eventRows(ColumnMapping.mailchimp())),

  /**
   * Mailchimp's audience export: a ZIP of {@code subscribed_members_export_….csv}, {@code
   * unsubscribed_members_export_….csv} and {@code cleaned_members_export_….csv}, where an
   * unsubscribe is the {@code UNSUB_TIME} column of the unsubscribed members and a clean (a hard
   * bounce, or repeated soft ones) the {@code CLEAN_TIME} column of the cleaned members; contacts
   * are {@code Email Address}. Subscribed members carry no email event and are skipped. Times are
   * written {@code 2027-03-02 09:15:00} without a zone and read as UTC (a guess). Documented at <a
   * href="https://mailchimp.com/help/view-export-contacts/">Mailchimp: view or export contacts</a>.
   */
  MAILCHIMP_AUDIENCE(
      "mailchimp-audience",
      "Mailchimp audience export (subscribed, unsubscribed and cleaned members)",
      "https://mailchimp.com/help/view-export-contacts/",
      ZoneOffset.UTC,
      EnumSet.of(UNSUBSCRIBE, BOUNCE),
      List.of(
          "mailchimp-audience: reads UNSUB_TIME and CLEAN_TIME as UTC (the export names no zone)",
          "mailchimp-audience: counts each cleaned member as a hard bounce"),
      ExportFile.oneEvent(
          "unsubscribed_members_export_*.csv", "unsubscribed", UNSUBSCRIBE, audience("UNSUB_TIME")),
      ExportFile.oneEvent(
          "cleaned_members_export_*.csv", "cleaned", BOUNCE, audience("CLEAN_TIME")),
      ExportFile.ignored("subscribed_members_export_*.csv", "subscribed")),

  /**
   * Salesforce Marketing Cloud (Engagement) tracking extracts: a ZIP of one file per event type,
   * {@code Sent.csv}, {@code Opens.csv}, {@code Clicks.csv}, {@code Bounces.csv}, {@code
   * Unsubs.csv}, each with {@code SubscriberKey}, {@code EventDate} and {@code SendID}, bounces
   * with {@code BounceCategory} ({@code Hard bounce} is hard; {@code Soft bounce}, {@code Block
   * bounce} and {@code Technical/Other bounce} are soft). {@code EventDate} is written as {@code
   * 3/2/2027 9:15:00 AM} in Marketing Cloud's system time, North American Central Standard Time
   * (UTC−6) without daylight saving time. There are no delivered events. Documented at <a
   * href="https://help.salesforce.com/s/articleView?id=mktg.mc_as_tracking_extract.htm&amp;type=5">Tracking
   * Extract</a> and, for the system time, <a
   * href="https://developer.salesforce.com/docs/marketing/marketing-cloud-ampscript/references/mc-ampscript-date-time/mc-ampscript-reference-date-time-system-date-to-local-date.html">SystemDateToLocalDate</a>.
   */
  SFMC(
      "sfmc",
      "Salesforce Marketing Cloud tracking extract (Sent, Opens, Clicks, Bounces, Unsubs)",
      "https://help.salesforce.com/s/articleView?id=mktg.mc_as_tracking_extract.htm&type=5",
      ZoneOffset.ofHours(-6),
      EnumSet.of(SENT, OPEN, CLICK, BOUNCE, UNSUBSCRIBE),
      List.of(
          "sfmc: reads EventDate as M/d/yyyy h:mm:ss a in Marketing Cloud system time, UTC-06:00"
              + " all year (check the extract's date format)"),
      ExportFile.oneEvent("Sent.csv", "sent", SENT, sfmc().build()),
      ExportFile.oneEvent("Opens.csv", "opens", OPEN, sfmc().build()),
      ExportFile.oneEvent("Clicks.csv", "clicks", CLICK, sfmc().build()),
      ExportFile.oneEvent(
          "Bounces.csv",
          "bounces",
          BOUNCE,
          sfmc()
              .header("bounce_type", "BounceCategory")
              .synonym("bounce_type", "Hard bounce", "hard")
              .synonym("bounce_type", "Soft bounce", "soft")
              .synonym("bounce_type", "Block bounce", "soft")
              .synonym("bounce_type", "Technical/Other bounce", "soft")
              .build()),
      ExportFile.oneEvent("Unsubs.csv", "unsubs", UNSUBSCRIBE, sfmc().build())),

  /**
   * Marketo's bulk activity extract (CSV): {@code leadId}, {@code activityTypeId}, {@code
   * activityDate} (ISO-8601, UTC), {@code primaryAttributeValueId} (the email asset). Activity
   * types 6 Send Email, 7 Email Delivered, 8 Email Bounced, 9 Unsubscribe Email, 10 Open Email and
   * 11 Click Email count; 27 Email Bounced Soft is skipped and summarised. Ask the extract job for
   * {@code activityTypeIds} 6, 7, 8, 9, 10, 11 and 27: any other type is a bad row. Documented at
   * <a
   * href="https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/bulk-extract/bulk-activity-extract">Bulk
   * Activity Extract</a>.
   */
  MARKETO(
      "marketo",
      "Marketo bulk activity extract (email activity types)",
      "https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/rest/bulk-extract/bulk-activity-extract",
      null,
      EnumSet.of(SENT, DELIVERED, OPEN, CLICK, BOUNCE, UNSUBSCRIBE),
      List.of(),
      ExportFile.eventRows(
          ColumnMapping.builder()
              .header("contact_id", "leadId")
              .header("event", "activityTypeId")
              .header("occurred_at", "activityDate")
              .header("message_id", "primaryAttributeValueId")
              .synonym("event", "6", "sent")
              .synonym("event", "7", "delivered")
              .synonym("event", "8", "bounce")
              .synonym("event", "9", "unsubscribe")
              .synonym("event", "10", "open")
              .synonym("event", "11", "click")
              .skipRowsWith("event", "27")
              .build()));

  private final String id;
  private final String title;
  private final String documentation;
  private final @Nullable ZoneId zone;

  // the sets and lists are unmodifiable copies (EnumSet wrapped, List.of), which the checker
  // cannot see from their declared types
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<EmailEventType> carries;

  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> notes;

  @SuppressWarnings("ImmutableEnumChecker")
  private final List<ExportFile> files;

  EmailPreset(
      String id,
      String title,
      String documentation,
      @Nullable ZoneId zone,
      Set<EmailEventType> carries,
      List<String> notes,
      ExportFile... files) {
    this.id = id;
    this.title = title;
    this.documentation = documentation;
    this.zone = zone;
    this.carries = Collections.unmodifiableSet(EnumSet.copyOf(carries));
    this.notes = List.copyOf(notes);
    this.files = List.of(files);
  }

  private static ColumnMapping audience(String timeColumn) {
    return ColumnMapping.builder()
        .header("contact_id", "Email Address")
        .header("occurred_at", timeColumn)
        .timestampPattern("yyyy-MM-dd HH:mm:ss")
        .defaultZone(ZoneOffset.UTC)
        .build();
  }

  private static ColumnMapping.Builder sfmc() {
    return ColumnMapping.builder()
        .header("contact_id", "SubscriberKey")
        .header("occurred_at", "EventDate")
        .header("message_id", "SendID")
        .timestampPattern("M/d/yyyy h:mm:ss a")
        .defaultZone(ZoneOffset.ofHours(-6));
  }

  /** The name the command line takes ({@code hubspot}, {@code mailchimp-audience}, …). */
  public String id() {
    return id;
  }

  /** What the export is, in a few words. */
  public String title() {
    return title;
  }

  /**
   * The address of the vendor's documentation of the export's format ({@code docs/csv.md} of this
   * project for the standard layout).
   */
  public String documentation() {
    return documentation;
  }

  /**
   * The zone the preset reads timestamps written without an offset in; empty when the export writes
   * offsets (or epoch milliseconds). Months are still bucketed in the zone the caller chooses.
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** The events the export can carry, in {@link EmailEventType} order. */
  public Set<EmailEventType> carries() {
    return carries;
  }

  /**
   * The rates this export cannot give, each with the reason, e.g. {@code DELIVERY → "the sfmc
   * export has no delivered events"}: a rate whose events the export does not carry is not
   * available from it, rather than 0 % ({@link EmailRate#unavailableWith}).
   */
  public Map<EmailRate, String> unavailableRates() {
    Map<EmailRate, String> out = new EnumMap<>(EmailRate.class);
    for (EmailRate r : EmailRate.unavailableWith(carries)) {
      List<String> missing = new ArrayList<>();
      for (EmailEventType t : r.needs()) {
        if (!carries.contains(t)) {
          missing.add(t.name().toLowerCase(Locale.ROOT));
        }
      }
      out.put(r, "the " + id + " export has no " + String.join(" or ", missing) + " events");
    }
    return Collections.unmodifiableMap(out);
  }

  /** The guesses the preset makes, one line each, for standard error. */
  public List<String> notes() {
    return notes;
  }

  /**
   * The files of the export, as the vendor names them ({@code *} for any name), with what each
   * holds, e.g. {@code Opens.csv: open events}.
   */
  public List<String> files() {
    return files.stream().map(EmailPreset::describe).toList();
  }

  private static String describe(ExportFile f) {
    if (f.ignored()) {
      return f.name() + ": no email events, skipped";
    }
    EmailEventType e = f.event();
    return f.name()
        + ": "
        + (e == null ? "one event per row" : e.name().toLowerCase(Locale.ROOT) + " events");
  }

  /**
   * The header names the preset reads, in the order of its files and columns, each once: e.g.
   * {@code recipient, type, created, emailCampaignId}.
   */
  public List<String> columns() {
    Set<String> out = new LinkedHashSet<>();
    for (ExportFile f : files) {
      if (f.ignored()) {
        continue;
      }
      CsvTable table = f.event() == null ? EmailEventsCsv.TABLE : OneEventCsv.TABLE;
      for (String c : table.names()) {
        if (f.mapping().headers(c).equals(List.of(c))
            && !f.mapping().equals(ColumnMapping.standard())) {
          // a column the mapping does not rename is not in the vendor's export
          continue;
        }
        out.addAll(f.mapping().headers(c));
      }
    }
    return List.copyOf(out);
  }

  /** The timestamp format the preset reads, e.g. {@code epoch milliseconds}, {@code ISO-8601}. */
  public String timestamps() {
    ColumnMapping m = readFiles().get(0).mapping();
    if (m.epochMilliseconds()) {
      return "milliseconds since 1970-01-01T00:00Z";
    }
    return m.timestampPattern().orElse("ISO-8601 with offset");
  }

  /** The kinds of file that carry events. */
  private List<ExportFile> readFiles() {
    return files.stream().filter(f -> !f.ignored()).toList();
  }

  /** The kinds of file of the export, in the order their names are matched. */
  List<ExportFile> exportFiles() {
    return files;
  }

  /**
   * The preset {@code id} names ({@code standard}, {@code hubspot}, {@code mailchimp}, {@code
   * mailchimp-audience}, {@code sfmc}, {@code marketo}), ignoring case.
   *
   * @throws IllegalArgumentException if no preset has that id; the message lists the ids
   * @throws NullPointerException if {@code id} is null
   */
  public static EmailPreset parse(String id) {
    requireNonNull(id, "id");
    for (EmailPreset p : values()) {
      if (p.id.equalsIgnoreCase(id.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "email preset must be one of "
            + String.join(", ", Stream.of(values()).map(EmailPreset::id).toList())
            + ", got \""
            + id
            + "\"");
  }
}
