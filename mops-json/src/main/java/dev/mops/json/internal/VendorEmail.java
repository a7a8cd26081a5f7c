package dev.mops.json.internal;

import dev.mops.csv.ColumnMapping;
import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailEventType;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads the pages of the vendors' email APIs (HubSpot's email events, Mailchimp's email activity)
 * into plain events, strictly where mops reads a value (a missing required property or a wrong type
 * is our exception with its JSON Pointer) and ignoring the vendor's other properties, which are
 * many and change between API versions. Event values map to mops's events through the same tables
 * as the CSV presets ({@link ColumnMapping#hubspot()}, {@link ColumnMapping#mailchimp()}).
 */
public final class VendorEmail {
  /** What a HubSpot email events page is, for messages. */
  public static final String HUBSPOT_PAGE =
      "a HubSpot email events API page {\"results\": [{\"type\", \"recipient\", \"created\"}…]}";

  /** What a Mailchimp email activity page is, for messages. */
  public static final String MAILCHIMP_PAGE =
      "a Mailchimp email activity report {\"emails\": [{\"email_address\", \"activity\": […]}…],"
          + " \"campaign_id\"}";

  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range of the CSV readers' timestamps. */
  private static final long MIN_SECOND = -62_135_596_800L;

  private static final long MAX_SECOND = 253_402_300_799L;

  private static final String RANGE = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z";

  private VendorEmail() {}

  /**
   * One event read: the contact as written (not yet through the contact identity), its type, when
   * in seconds since the epoch, the bounce type, the message id if given.
   */
  public record Event(
      String contact,
      EmailEventType type,
      long epochSecond,
      BounceType bounce,
      @Nullable String messageId) {}

  /**
   * Reads one HubSpot email events page, adding the values of skipped events to {@code skipped}
   * (value as written → count).
   */
  public static List<Event> hubspot(Reading in, Map<String, Long> skipped) {
    ColumnMapping table = ColumnMapping.hubspot();
    List<Event> out = new ArrayList<>();
    boolean results = false;
    List<String> seen = new ArrayList<>();
    startObject(in, HUBSPOT_PAGE);
    while (nextProperty(in)) {
      String name = in.p.currentName();
      in.p.nextToken();
      if (name.equals("results")) {
        results = true;
        startArray(in, "an array of email events");
        while (in.p.nextToken() != JsonToken.END_ARRAY) {
          hubspotEvent(in, table, out, skipped);
        }
      } else {
        seen.add(name);
        in.p.skipChildren();
      }
    }
    if (!results) {
      throw missingRoot(in, HUBSPOT_PAGE, "results", seen);
    }
    return out;
  }

  private static void hubspotEvent(
      Reading in, ColumnMapping table, List<Event> out, Map<String, Long> skipped) {
    String at = in.pointer();
    startObject(in, "an email event object");
    String type = null;
    String recipient = null;
    Long created = null;
    String campaign = null;
    String portalStatus = null;
    List<String> subscriptionStatuses = null;
    while (nextProperty(in)) {
      String name = in.p.currentName();
      in.p.nextToken();
      switch (name) {
        case "type" -> type = string(in, "an event type such as \"OPEN\"");
        case "recipient" -> recipient = string(in, "the recipient's email address");
        case "created" -> created = epochMillis(in);
        case "emailCampaignId" -> campaign = id(in);
        case "portalSubscriptionStatus" ->
            portalStatus = string(in, "\"SUBSCRIBED\" or \"UNSUBSCRIBED\"");
        case "subscriptions" -> subscriptionStatuses = subscriptions(in);
        default -> in.p.skipChildren();
      }
    }
    if (type == null) {
      throw missing(in, at, "type", "an event type such as \"OPEN\"");
    }
    String value = type.toLowerCase(Locale.ROOT);
    EmailEventType event;
    if (value.equals("statuschange")) {
      if (portalStatus == null && subscriptionStatuses == null) {
        throw missing(
            in,
            at,
            "portalSubscriptionStatus",
            "a STATUSCHANGE event with portalSubscriptionStatus or subscriptions");
      }
      boolean unsubscribed =
          "UNSUBSCRIBED".equalsIgnoreCase(portalStatus)
              || (subscriptionStatuses != null
                  && subscriptionStatuses.stream().anyMatch("UNSUBSCRIBED"::equalsIgnoreCase));
      if (!unsubscribed) {
        skipped.merge(type + " (subscribed)", 1L, Long::sum);
        return;
      }
      event = EmailEventType.UNSUBSCRIBE;
    } else if (table.skippedValues("event").contains(value)) {
      skipped.merge(type, 1L, Long::sum);
      return;
    } else {
      event = eventType(in, at + "/type", table, type);
    }
    if (recipient == null) {
      throw missing(in, at, "recipient", "the recipient's email address");
    }
    if (created == null) {
      throw missing(in, at, "created", "milliseconds since 1970-01-01T00:00Z");
    }
    long second = Math.floorDiv(created, 1000L);
    if (second < MIN_SECOND || second > MAX_SECOND) {
      String expected = "milliseconds since 1970-01-01T00:00Z from " + RANGE;
      throw at(in, at + "/created", "expected " + expected + ", got " + created, expected);
    }
    out.add(
        new Event(
            contact(in, at + "/recipient", recipient), event, second, BounceType.HARD, campaign));
  }

  /** The statuses of a STATUSCHANGE event's subscriptions, other properties ignored. */
  private static List<String> subscriptions(Reading in) {
    startArray(in, "an array of subscriptions");
    List<String> out = new ArrayList<>();
    while (in.p.nextToken() != JsonToken.END_ARRAY) {
      startObject(in, "a subscription object");
      while (nextProperty(in)) {
        String name = in.p.currentName();
        in.p.nextToken();
        if (name.equals("status")) {
          out.add(string(in, "\"SUBSCRIBED\" or \"UNSUBSCRIBED\""));
        } else {
          in.p.skipChildren();
        }
      }
    }
    return out;
  }

  /** Reads one Mailchimp email activity page. */
  public static List<Event> mailchimp(Reading in) {
    ColumnMapping table = ColumnMapping.mailchimp();
    List<Event> out = new ArrayList<>();
    boolean emails = false;
    String campaign = null;
    List<String> seen = new ArrayList<>();
    startObject(in, MAILCHIMP_PAGE);
    while (nextProperty(in)) {
      String name = in.p.currentName();
      in.p.nextToken();
      if (name.equals("emails")) {
        emails = true;
        startArray(in, "an array of email activity objects");
        while (in.p.nextToken() != JsonToken.END_ARRAY) {
          mailchimpEmail(in, table, out);
        }
      } else if (name.equals("campaign_id")) {
        campaign = id(in);
      } else {
        seen.add(name);
        in.p.skipChildren();
      }
    }
    if (!emails) {
      throw missingRoot(in, MAILCHIMP_PAGE, "emails", seen);
    }
    if (campaign == null) {
      return out;
    }
    String message = campaign;
    return out.stream()
        .map(e -> new Event(e.contact(), e.type(), e.epochSecond(), e.bounce(), message))
        .toList();
  }

  private static void mailchimpEmail(Reading in, ColumnMapping table, List<Event> out) {
    String at = in.pointer();
    startObject(in, "an email activity object");
    String address = null;
    List<Event> activity = null;
    while (nextProperty(in)) {
      String name = in.p.currentName();
      in.p.nextToken();
      switch (name) {
        case "email_address" -> address = string(in, "the member's email address");
        case "activity" -> activity = activity(in, table);
        default -> in.p.skipChildren();
      }
    }
    if (address == null) {
      throw missing(in, at, "email_address", "the member's email address");
    }
    if (activity == null) {
      throw missing(in, at, "activity", "an array of actions");
    }
    String contact = contact(in, at + "/email_address", address);
    for (Event e : activity) {
      out.add(new Event(contact, e.type(), e.epochSecond(), e.bounce(), null));
    }
  }

  /** The actions of one member, with an empty contact filled in by the caller. */
  private static List<Event> activity(Reading in, ColumnMapping table) {
    startArray(in, "an array of actions");
    List<Event> out = new ArrayList<>();
    while (in.p.nextToken() != JsonToken.END_ARRAY) {
      String at = in.pointer();
      startObject(in, "an action object");
      String action = null;
      Long when = null;
      BounceType bounce = BounceType.HARD;
      while (nextProperty(in)) {
        String name = in.p.currentName();
        in.p.nextToken();
        switch (name) {
          case "action" -> action = string(in, "\"open\", \"click\" or \"bounce\"");
          case "timestamp" -> when = isoSeconds(in);
          case "type" -> {
            if (in.p.currentToken() != JsonToken.VALUE_NULL) {
              bounce = bounceType(in);
            }
          }
          default -> in.p.skipChildren();
        }
      }
      if (action == null) {
        throw missing(in, at, "action", "\"open\", \"click\" or \"bounce\"");
      }
      if (when == null) {
        throw missing(in, at, "timestamp", "an ISO-8601 timestamp with offset");
      }
      EmailEventType type = eventType(in, at + "/action", table, action);
      out.add(new Event("", type, when, bounce, null));
    }
    return out;
  }

  // ---- values

  /** The event type {@code value} maps to through {@code table}'s synonyms, or our exception. */
  private static EmailEventType eventType(
      Reading in, String pointer, ColumnMapping table, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    String canonical = table.synonyms("event").getOrDefault(lower, lower);
    for (EmailEventType t : EmailEventType.values()) {
      if (t.name().equalsIgnoreCase(canonical)) {
        return t;
      }
    }
    List<String> known = new ArrayList<>(table.synonyms("event").keySet());
    Stream.of(EmailEventType.values())
        .map(t -> t.name().toLowerCase(Locale.ROOT))
        .forEach(known::add);
    known.addAll(table.skippedValues("event"));
    String expected =
        "an event type (any case) of "
            + String.join(", ", known.stream().sorted().distinct().toList());
    throw at(in, pointer, "expected " + expected + ", got " + Reading.quote(value), expected);
  }

  /** A bounce type; blank (as Mailchimp writes it for opens and clicks) is hard. */
  private static BounceType bounceType(Reading in) {
    String v = string(in, "\"hard\" or \"soft\"");
    if (v.isBlank()) {
      return BounceType.HARD;
    }
    for (BounceType t : BounceType.values()) {
      if (t.name().equalsIgnoreCase(v.trim())) {
        return t;
      }
    }
    throw in.invalid("a bounce type \"hard\" or \"soft\"", Reading.quote(v), null);
  }

  /** A contact as written, not blank and without control characters. */
  private static String contact(Reading in, String pointer, String value) {
    String v = value.strip();
    if (v.isEmpty() || v.chars().anyMatch(Character::isISOControl)) {
      String expected = "a contact's email address, not blank, without control characters";
      throw at(in, pointer, "expected " + expected + ", got " + Reading.quote(value), expected);
    }
    return v;
  }

  private static long epochMillis(Reading in) {
    if (in.p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw in.wrongType("milliseconds since 1970-01-01T00:00Z, a whole number");
    }
    in.countValue();
    String digits = in.p.getString();
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw in.invalid(
          "milliseconds since 1970-01-01T00:00Z within the range of a 64-bit integer",
          "the number " + (digits.length() > 40 ? digits.substring(0, 37) + "..." : digits),
          e);
    }
  }

  private static long isoSeconds(Reading in) {
    String v = string(in, "an ISO-8601 timestamp with offset, like 2027-03-02T09:15:00+00:00");
    try {
      long second =
          OffsetDateTime.parse(v.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
      if (second < MIN_SECOND || second > MAX_SECOND) {
        throw in.invalid("a timestamp from " + RANGE, Reading.quote(v), null);
      }
      return second;
    } catch (DateTimeException e) {
      throw in.invalid(
          "an ISO-8601 timestamp with offset, like 2027-03-02T09:15:00+00:00", Reading.quote(v), e);
    }
  }

  /** An id given as a string or a whole number; null when JSON null. */
  private static @Nullable String id(Reading in) {
    JsonToken t = in.p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      in.countValue();
      return in.p.getString();
    }
    String v = string(in, "an id, a string or a whole number").strip();
    return v.isEmpty() || v.chars().anyMatch(Character::isISOControl) ? null : v;
  }

  private static String string(Reading in, String expected) {
    if (in.p.currentToken() != JsonToken.VALUE_STRING) {
      throw in.wrongType(expected);
    }
    in.countValue();
    String s = in.p.getString();
    in.checkStringLength(s);
    return s;
  }

  // ---- structure

  private static void startObject(Reading in, String expected) {
    if (in.p.currentToken() != JsonToken.START_OBJECT) {
      throw in.wrongType(expected);
    }
    in.countValue();
  }

  private static void startArray(Reading in, String expected) {
    if (in.p.currentToken() != JsonToken.START_ARRAY) {
      throw in.wrongType(expected);
    }
    in.countValue();
  }

  /** Moves to the next property of the current object; false at its end. */
  private static boolean nextProperty(Reading in) {
    JsonToken t = in.p.nextToken();
    if (t == JsonToken.END_OBJECT) {
      return false;
    }
    in.checkStringLength(in.p.currentName());
    return true;
  }

  private static RuntimeException missingRoot(
      Reading in, String expected, String property, List<String> seen) {
    return at(
        in,
        "",
        "expected "
            + expected
            + ", got an object without \""
            + property
            + "\""
            + (seen.isEmpty()
                ? ""
                : " (its properties: "
                    + String.join(", ", seen.stream().limit(8).map(Reading::quote).toList())
                    + ")"),
        expected);
  }

  private static RuntimeException missing(
      Reading in, String pointer, String property, String expected) {
    return at(
        in,
        pointer,
        "missing required property \"" + property + "\": expected " + expected,
        expected);
  }

  private static RuntimeException at(Reading in, String pointer, String problem, String expected) {
    return Reading.at(
        pointer, in.p.currentTokenLocation(), problem, Optional.of(expected), Optional.empty());
  }
}
