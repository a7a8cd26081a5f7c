package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a vendor's CSV export maps onto the columns mops reads: the header names to look for, value
 * synonyms ({@code Opened} → {@code open}), values whose rows are skipped (and counted), the
 * timestamp format, the zone of timestamps without an offset, and whether unknown columns are
 * allowed.
 *
 * <p><b>Columns.</b> Email events: {@code contact_id}, {@code event}, {@code occurred_at}
 * (required) and {@code message_id}, {@code bounce_type} (read when present). Work items: {@code
 * id}, {@code created_at}, {@code kind}, {@code urgent}, {@code hours}, {@code story_points},
 * {@code vision_aligned} (required; {@code hours} and {@code story_points} may be declared {@link
 * Builder#absent absent} for an export without them) and {@code title} (read when present); a
 * tracker's export reads {@code priority}, {@code issue_type}, {@code labels} and {@code
 * time_spent_seconds} instead of {@code kind}, {@code urgent} and {@code vision_aligned} ({@link
 * WorkPresets}). By default each column is found by its own name.
 *
 * <p><b>Header matching.</b> A header cell matches when it equals one of the column's header names
 * exactly (case-sensitive) after trimming spaces. When several names are given, the first one
 * present in the file wins. Columns that match nothing are ignored by default, since exports carry
 * many columns; {@link Builder#allowExtraColumns(boolean) allowExtraColumns(false)} makes them an
 * error. A missing required column is an error naming the column and listing the header found.
 *
 * <p><b>Values.</b> Values are trimmed of spaces and tabs. Event names, bounce types, kinds and
 * booleans match case-insensitively, canonical names ({@code sent delivered open click unsubscribe
 * bounce spam}; {@code hard soft}; {@code planned ad_hoc}; {@code true false}) and the mapping's
 * synonyms alike.
 *
 * <p><b>Timestamps.</b> By default ISO-8601 with an offset ({@code 2027-03-02T09:00:00+01:00},
 * {@code …Z}, fractions allowed). A {@link Builder#timestampPattern pattern} reads other layouts;
 * {@link Builder#epochMilliseconds()} reads milliseconds since 1970-01-01T00:00Z. A timestamp
 * without an offset is read in the {@link Builder#defaultZone default zone}; with none set it is a
 * bad row. (Months are then bucketed in the accumulator's zone, whatever the offsets in the file.)
 *
 * <p><b>Presets</b> are starting points, not guarantees: vendors rename columns between products,
 * plans and versions, so compare the names below with your file's header and adjust with {@link
 * #toBuilder()}.
 *
 * <pre>{@code
 * ColumnMapping mine = ColumnMapping.mailchimp().toBuilder()
 *     .header("contact_id", "Email Address")
 *     .synonym("event", "Opened", "open")
 *     .defaultZone(ZoneId.of("America/New_York"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ColumnMapping {
  private static final ColumnMapping STANDARD = new Builder("standard").build();

  private final String name;
  private final Map<String, List<String>> headers;
  private final Set<String> absent;
  private final Map<String, Map<String, String>> synonyms;
  private final Map<String, Set<String>> skipped;
  private final @Nullable String timestampPattern;
  private final @Nullable DateTimeFormatter formatter;
  private final boolean epochMillis;
  private final @Nullable ZoneId defaultZone;
  private final boolean allowExtraColumns;

  private ColumnMapping(Builder b) {
    this.name = b.name;
    Map<String, List<String>> h = new LinkedHashMap<>();
    b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.absent = Collections.unmodifiableSet(new LinkedHashSet<>(b.absent));
    Map<String, Map<String, String>> s = new LinkedHashMap<>();
    b.synonyms.forEach((k, v) -> s.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.synonyms = Collections.unmodifiableMap(s);
    Map<String, Set<String>> k = new LinkedHashMap<>();
    b.skipped.forEach((c, v) -> k.put(c, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    this.skipped = Collections.unmodifiableMap(k);
    this.timestampPattern = b.timestampPattern;
    this.formatter =
        b.timestampPattern == null
            ? null
            : DateTimeFormatter.ofPattern(b.timestampPattern, Locale.ENGLISH);
    this.epochMillis = b.epochMillis;
    this.defaultZone = b.defaultZone;
    this.allowExtraColumns = b.allowExtraColumns;
  }

  /** Every column read under its own name: the layout of DESIGN §6. */
  public static ColumnMapping standard() {
    return STANDARD;
  }

  /**
   * HubSpot email events, named as in HubSpot's Email Events API and the CSV files flattened from
   * it: {@code contact_id} ← {@code recipient}, {@code event} ← {@code type}, {@code occurred_at} ←
   * {@code created} (milliseconds since the epoch), {@code message_id} ← {@code emailCampaignId}.
   * Types {@code SENT DELIVERED OPEN CLICK BOUNCE} match by name, {@code SPAMREPORT} reads as
   * {@code spam}, {@code STATUSCHANGE} as {@code unsubscribe}; rows of types {@code PROCESSED
   * DROPPED DEFERRED SUPPRESSED FORWARD PRINT UNBOUNCE} are skipped and counted by value. Bounces
   * count as hard. This is the mapping of {@link EmailPreset#HUBSPOT} ({@code mops churn --from
   * hubspot}), which also says on standard error that it takes every {@code STATUSCHANGE} for an
   * unsubscribe: a flattened export does not say which way the subscription changed, so when yours
   * holds resubscribes too, skip them with {@code toBuilder().skipRowsWith("event",
   * "STATUSCHANGE")} or read the API's JSON pages, which do say.
   */
  public static ColumnMapping hubspot() {
    return new Builder("HubSpot")
        .header("contact_id", "recipient")
        .header("event", "type")
        .header("occurred_at", "created")
        .header("message_id", "emailCampaignId")
        .epochMilliseconds()
        .synonym("event", "SPAMREPORT", "spam")
        .synonym("event", "STATUSCHANGE", "unsubscribe")
        .skipRowsWith(
            "event",
            "PROCESSED",
            "DROPPED",
            "DEFERRED",
            "SUPPRESSED",
            "FORWARD",
            "PRINT",
            "UNBOUNCE")
        .build();
  }

  /**
   * A starting point for Mailchimp email activity, named as in Mailchimp's Marketing API email
   * activity report and the CSV files flattened from it: {@code contact_id} ← {@code
   * email_address}, {@code event} ← {@code action}, {@code occurred_at} ← {@code timestamp}
   * (ISO-8601 with offset), {@code bounce_type} ← {@code type} ({@code hard}/{@code soft}), {@code
   * message_id} ← {@code campaign_id}. Synonyms: {@code opened} → open, {@code clicked} → click,
   * {@code bounced} → bounce, {@code unsub} and {@code unsubscribed} → unsubscribe, {@code abuse} →
   * spam. Mailchimp's web exports of a campaign use other headers (e.g. {@code Email Address}):
   * adjust with {@link #toBuilder()}.
   */
  public static ColumnMapping mailchimp() {
    return new Builder("Mailchimp")
        .header("contact_id", "email_address")
        .header("event", "action")
        .header("occurred_at", "timestamp")
        .header("bounce_type", "type")
        .header("message_id", "campaign_id")
        .synonym("event", "opened", "open")
        .synonym("event", "clicked", "click")
        .synonym("event", "bounced", "bounce")
        .synonym("event", "unsub", "unsubscribe")
        .synonym("event", "unsubscribed", "unsubscribe")
        .synonym("event", "abuse", "spam")
        .build();
  }

  /**
   * A starting point for a Jira issue export (CSV, all fields): {@code id} ← {@code Issue key},
   * {@code title} ← {@code Summary}, {@code created_at} ← {@code Created} read with Jira's default
   * pattern {@code dd/MMM/yy h:mm a} (e.g. {@code 02/Mar/27 9:15 AM}). Jira has no built-in field
   * for the rest, so these assume custom fields: {@code kind} ← {@code Custom field (Work Kind)}
   * ({@code Planned}, {@code Ad hoc} or {@code Ad-hoc}), {@code urgent} ← {@code Custom field
   * (Urgent)}, {@code vision_aligned} ← {@code Custom field (Vision Aligned)} ({@code Yes}/{@code
   * No} or {@code true}/{@code false}), {@code hours} ← {@code Custom field (Hours)}, {@code
   * story_points} ← {@code Custom field (Story Points)}. Rename them to your fields' names; Jira's
   * own {@code Time Spent} is in seconds and is not read. {@link WorkPresets#jira()} reads Jira's
   * export as it comes instead, classifying priority, issue type and labels.
   */
  public static ColumnMapping jira() {
    return new Builder("Jira")
        .header("id", "Issue key")
        .header("title", "Summary")
        .header("created_at", "Created")
        .timestampPattern("dd/MMM/yy h:mm a")
        .header("kind", "Custom field (Work Kind)")
        .header("urgent", "Custom field (Urgent)")
        .header("vision_aligned", "Custom field (Vision Aligned)")
        .header("hours", "Custom field (Hours)")
        .header("story_points", "Custom field (Story Points)")
        .synonym("kind", "Ad hoc", "ad_hoc")
        .synonym("kind", "Ad-hoc", "ad_hoc")
        .synonym("urgent", "Yes", "true")
        .synonym("urgent", "No", "false")
        .synonym("vision_aligned", "Yes", "true")
        .synonym("vision_aligned", "No", "false")
        .build();
  }

  /** A builder starting from the {@link #standard()} mapping. */
  public static Builder builder() {
    return new Builder("custom");
  }

  /** A builder holding this mapping, to adjust it. */
  public Builder toBuilder() {
    Builder b = new Builder(name.equals("standard") ? "custom" : name + " (adjusted)");
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.absent.addAll(absent);
    synonyms.forEach((k, v) -> b.synonyms.put(k, new LinkedHashMap<>(v)));
    skipped.forEach((k, v) -> b.skipped.put(k, new LinkedHashSet<>(v)));
    b.timestampPattern = timestampPattern;
    b.epochMillis = epochMillis;
    b.defaultZone = defaultZone;
    b.allowExtraColumns = allowExtraColumns;
    return b;
  }

  /** The preset's name ({@code standard}, {@code HubSpot}, …) or {@code custom}. */
  public String name() {
    return name;
  }

  /**
   * The header names looked for in the file for {@code column}, in order; empty when the mapping
   * declares the column absent.
   *
   * @throws IllegalArgumentException if {@code column} is not a column mops reads
   */
  public List<String> headers(String column) {
    checkColumn(column);
    if (absent.contains(column)) {
      return List.of();
    }
    return headers.getOrDefault(column, List.of(column));
  }

  /**
   * The synonyms of {@code column}'s values: vendor value (lower case) → canonical value.
   *
   * @throws IllegalArgumentException if {@code column} is not a column mops reads
   */
  public Map<String, String> synonyms(String column) {
    checkColumn(column);
    return synonyms.getOrDefault(column, Map.of());
  }

  /**
   * The values (lower case) of {@code column} whose rows are skipped and counted as skipped.
   *
   * @throws IllegalArgumentException if {@code column} is not a column mops reads
   */
  public Set<String> skippedValues(String column) {
    checkColumn(column);
    return skipped.getOrDefault(column, Set.of());
  }

  /** The {@link DateTimeFormatter} pattern of timestamps, if not ISO-8601. */
  public Optional<String> timestampPattern() {
    return Optional.ofNullable(timestampPattern);
  }

  /** Whether timestamps are milliseconds since 1970-01-01T00:00Z. */
  public boolean epochMilliseconds() {
    return epochMillis;
  }

  /** The zone of timestamps written without an offset; without one, such a timestamp is bad. */
  public Optional<ZoneId> defaultZone() {
    return Optional.ofNullable(defaultZone);
  }

  /** Whether columns the mapping does not read are allowed in the header (default true). */
  public boolean allowsExtraColumns() {
    return allowExtraColumns;
  }

  @Nullable DateTimeFormatter formatter() {
    return formatter;
  }

  /**
   * The column mops reads as {@code column}, declared by a reader's table.
   *
   * @throws IllegalArgumentException if no reader reads {@code column}
   * @throws NullPointerException if {@code column} is null
   */
  static Column<?> checkColumn(String column) {
    requireNonNull(column, "column");
    for (CsvTable t : tables()) {
      Column<?> c = t.column(column);
      if (c != null) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "column must be one of "
            + EmailEventsCsv.TABLE.names()
            + " or "
            + WorkItemsCsv.TABLE.names()
            + ", got \""
            + column
            + "\"");
  }

  /** The readers' tables: the columns there are, which may be absent, which have fixed values. */
  private static List<CsvTable> tables() {
    return List.of(EmailEventsCsv.TABLE, WorkItemsCsv.TABLE);
  }

  /** Whether a mapping may declare {@code c} absent: not required, or derived by its reader. */
  private static boolean mayBeAbsent(Column<?> c) {
    return c.presence != Column.Presence.REQUIRED || WorkItemsCsv.DERIVED.contains(c.name);
  }

  /** The names of the columns of the readers' tables for which {@code p} holds, in order. */
  private static List<String> names(java.util.function.Predicate<Column<?>> p) {
    return tables().stream().flatMap(t -> t.columns().stream()).filter(p).map(c -> c.name).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMapping m
        && name.equals(m.name)
        && headers.equals(m.headers)
        && absent.equals(m.absent)
        && synonyms.equals(m.synonyms)
        && skipped.equals(m.skipped)
        && Objects.equals(timestampPattern, m.timestampPattern)
        && epochMillis == m.epochMillis
        && Objects.equals(defaultZone, m.defaultZone)
        && allowExtraColumns == m.allowExtraColumns;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        headers,
        absent,
        synonyms,
        skipped,
        timestampPattern,
        epochMillis,
        defaultZone,
        allowExtraColumns);
  }

  /**
   * Reads as {@code column mapping Mailchimp: contact_id ← email_address, …; synonyms …}, listing
   * only what differs from the standard mapping.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("column mapping ").append(name);
    List<String> parts = new ArrayList<>();
    headers.forEach((c, h) -> parts.add(c + " ← " + String.join(" or ", h)));
    absent.forEach(c -> parts.add(c + " absent"));
    synonyms.forEach((c, m) -> m.forEach((v, to) -> parts.add(c + " " + v + " → " + to)));
    skipped.forEach((c, v) -> parts.add("skip rows with " + c + " in " + v));
    if (timestampPattern != null) {
      parts.add("timestamps " + timestampPattern);
    }
    if (epochMillis) {
      parts.add("timestamps in epoch milliseconds");
    }
    if (defaultZone != null) {
      parts.add("default zone " + defaultZone);
    }
    if (!allowExtraColumns) {
      parts.add("no extra columns");
    }
    if (!parts.isEmpty()) {
      sb.append(": ").append(String.join("; ", parts));
    }
    return sb.toString();
  }

  /**
   * Builds a {@link ColumnMapping}. Every method checks its arguments at once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String name;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Set<String> absent = new LinkedHashSet<>();
    private final Map<String, Map<String, String>> synonyms = new LinkedHashMap<>();
    private final Map<String, Set<String>> skipped = new LinkedHashMap<>();
    private @Nullable String timestampPattern;
    private boolean epochMillis;
    private @Nullable ZoneId defaultZone;
    private boolean allowExtraColumns = true;

    Builder(String name) {
      this.name = name;
    }

    /**
     * Looks for {@code column} under {@code headerNames} (the first one present in the file wins),
     * replacing the names set before.
     *
     * @throws IllegalArgumentException if {@code column} is not a column mops reads, or no name or
     *     a blank name is given
     * @throws NullPointerException if an argument is null
     */
    public Builder header(String column, String... headerNames) {
      requireNonNull(column, "column");
      requireNonNull(headerNames, "headerNames");
      checkColumn(column);
      if (headerNames.length == 0) {
        throw new IllegalArgumentException("give at least one header name for " + column);
      }
      List<String> names = new ArrayList<>();
      for (String h : headerNames) {
        requireNonNull(h, "headerName");
        if (h.isBlank()) {
          throw new IllegalArgumentException("header name of " + column + " must not be blank");
        }
        names.add(h.trim());
      }
      headers.put(column, names);
      absent.remove(column);
      return this;
    }

    /**
     * Declares that the export has no {@code column}: every value of it is absent (hours or story
     * points are then left out of that unit's shares and reported as such; {@code kind}, {@code
     * urgent} and {@code vision_aligned} are then classified by {@link WorkClassification}).
     *
     * @throws IllegalArgumentException if {@code column} is a required column other than {@code
     *     kind}, {@code urgent} and {@code vision_aligned} (which the work items reader then
     *     derives from priority, issue type and labels: {@link WorkClassification})
     * @throws NullPointerException if {@code column} is null
     */
    public Builder absent(String column) {
      if (!mayBeAbsent(checkColumn(column))) {
        throw new IllegalArgumentException(
            "column must be one of "
                + names(ColumnMapping::mayBeAbsent)
                + " to be absent, got \""
                + column
                + "\"");
      }
      absent.add(column);
      headers.remove(column);
      return this;
    }

    /**
     * Reads {@code vendorValue} (case-insensitive, trimmed) in {@code column} as {@code value},
     * e.g. {@code synonym("event", "Opened", "open")}.
     *
     * @throws IllegalArgumentException if {@code column} has no fixed set of values ({@code event},
     *     {@code bounce_type}, {@code kind}, {@code urgent}, {@code vision_aligned}), {@code value}
     *     is not one of them, or {@code vendorValue} is blank
     * @throws NullPointerException if an argument is null
     */
    public Builder synonym(String column, String vendorValue, String value) {
      requireNonNull(column, "column");
      requireNonNull(vendorValue, "vendorValue");
      requireNonNull(value, "value");
      List<String> values = values(column);
      if (vendorValue.isBlank()) {
        throw new IllegalArgumentException("vendorValue must not be blank");
      }
      String canonical = value.trim().toLowerCase(Locale.ROOT);
      if (!values.contains(canonical)) {
        throw new IllegalArgumentException(
            "value of " + column + " must be one of " + values + ", got \"" + value + "\"");
      }
      String key = vendorValue.trim().toLowerCase(Locale.ROOT);
      Set<String> skips = skipped.get(column);
      if (skips != null) {
        skips.remove(key);
      }
      synonyms.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(key, canonical);
      return this;
    }

    /**
     * Skips the rows whose {@code column} holds one of {@code vendorValues} (case-insensitive,
     * trimmed), e.g. a vendor's event types mops does not count; the import summary counts them.
     *
     * @throws IllegalArgumentException if {@code column} has no fixed set of values, or a value is
     *     blank or one of the column's own values
     * @throws NullPointerException if an argument is null
     */
    public Builder skipRowsWith(String column, String... vendorValues) {
      requireNonNull(column, "column");
      requireNonNull(vendorValues, "vendorValues");
      List<String> values = values(column);
      for (String v : vendorValues) {
        requireNonNull(v, "vendorValue");
        String key = v.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || values.contains(key)) {
          throw new IllegalArgumentException(
              "cannot skip rows with " + column + " \"" + v + "\": blank or one of " + values);
        }
        Map<String, String> syn = synonyms.get(column);
        if (syn != null) {
          syn.remove(key);
        }
        skipped.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(key);
      }
      return this;
    }

    /**
     * Reads timestamps with a {@link DateTimeFormatter} pattern (English month and day names), e.g.
     * {@code "dd/MM/yyyy HH:mm"}; one without an offset or zone is read in the default zone. Clears
     * {@link #epochMilliseconds()}.
     *
     * @throws IllegalArgumentException if the pattern is invalid
     * @throws NullPointerException if {@code pattern} is null
     */
    @SuppressWarnings("ReturnValueIgnored") // ofPattern is called for its error on a bad pattern
    public Builder timestampPattern(String pattern) {
      requireNonNull(pattern, "pattern");
      DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
      this.timestampPattern = pattern;
      this.epochMillis = false;
      return this;
    }

    /** Reads timestamps as milliseconds since 1970-01-01T00:00Z; clears a pattern. */
    public Builder epochMilliseconds() {
      this.epochMillis = true;
      this.timestampPattern = null;
      return this;
    }

    /** Reads timestamps as ISO-8601 (the default); clears a pattern and epoch milliseconds. */
    public Builder isoTimestamps() {
      this.epochMillis = false;
      this.timestampPattern = null;
      return this;
    }

    /**
     * Reads timestamps without an offset in {@code zone}.
     *
     * @throws NullPointerException if {@code zone} is null
     */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = requireNonNull(zone, "zone");
      return this;
    }

    /** Whether header columns the mapping does not read are allowed (default true). */
    public Builder allowExtraColumns(boolean allow) {
      this.allowExtraColumns = allow;
      return this;
    }

    /** The mapping. */
    public ColumnMapping build() {
      return new ColumnMapping(this);
    }

    private static List<String> values(String column) {
      List<String> values = checkColumn(column).values();
      if (values.isEmpty()) {
        throw new IllegalArgumentException(
            "column must be one of "
                + new java.util.TreeSet<>(names(c -> !c.values().isEmpty()))
                + " to have synonyms, got \""
                + column
                + "\"");
      }
      return values;
    }
  }
}
