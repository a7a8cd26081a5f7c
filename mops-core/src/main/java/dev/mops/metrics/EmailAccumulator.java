package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Format;
import dev.mops.model.Quarter;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Streams email events into exact per-month counts, and merges: split the events any way,
 * accumulate each part (with the same zone), merge the parts, and the result equals that of the
 * whole.
 *
 * <p>Built for large exports: {@link #accept(String, EmailEventType, long)} takes the event as
 * plain values and allocates nothing for a known contact in a known month. Each contact id is
 * interned to an int once, its text kept as bytes (no String per contact; ids are compared exactly,
 * never by hash alone); each month keeps its distinct contacts per event type in compressed int
 * sets (blocks of 65,536 ids, each a sorted array of two bytes per member or a bitmap once dense),
 * so memory grows with the distinct contacts of each month, not with the number of events: about 13
 * bytes plus the id's length per contact, and at most 2 bytes per contact, month and kind of event
 * ({@link #retainedBytes()} says how much). At most {@link #maxContacts()} distinct contacts are
 * counted (see {@link EmailMetrics#defaultMaxContacts()}); one more throws {@link
 * ContactLimitException}. Months are calendar months in the accumulator's zone, computed
 * arithmetically from the epoch second with the zone's offsets cached per DST period.
 *
 * <p>Events that name their message also count per message, over distinct (contact, message) pairs:
 * see {@link EmailReport#byMessage()}.
 *
 * <pre>{@code
 * EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("America/Chicago"));
 * acc.accept("c-1", EmailEventType.SENT, 1_806_000_000L);
 * acc.accept("c-1", EmailEventType.UNSUBSCRIBE, 1_806_003_600L);
 * acc.result().churn();
 * }</pre>
 *
 * <p>Not thread-safe; use one per thread and merge.
 *
 * @since 0.1.0
 */
public final class EmailAccumulator implements Consumer<EmailEvent> {
  private final ZoneId zone;
  private final MonthClock clock;
  private final int maxContacts;
  private final ContactIds contacts = new ContactIds();
  private final ContactIds messageIds = new ContactIds();
  private MonthState[] messages = new MonthState[0];
  private long[] monthKeys = new long[4];
  private MonthState[] months = new MonthState[4];
  private int monthCount;
  private long lastKey = Long.MIN_VALUE;
  private @Nullable MonthState last;
  // a direct-mapped cache of months by key: 16 consecutive months never collide
  private final long[] recentKeys = new long[16];
  private final @Nullable MonthState[] recent = new MonthState[16];
  private long events;
  private @Nullable String lastContact;
  private int lastId;

  EmailAccumulator(ZoneId zone, int maxContacts) {
    this.zone = requireNonNull(zone, "zone");
    if (maxContacts < 1) {
      throw new IllegalArgumentException("maxContacts must be >= 1, got " + maxContacts);
    }
    this.maxContacts = Math.min(maxContacts, ContactIds.MAX_SIZE);
    this.clock = new MonthClock(zone);
  }

  /**
   * The most distinct contacts this accumulator counts; one more throws {@link
   * ContactLimitException}.
   *
   * @since 0.2
   */
  public int maxContacts() {
    return maxContacts;
  }

  /**
   * An estimate of the heap bytes this accumulator holds, from the lengths of its arrays (16 bytes
   * of header per array or object, 4 per reference): the interned contact ids, the per-month sets
   * of contacts and the per-message ones. It grows with the distinct contacts and the distinct
   * contacts of each month, not with the events.
   *
   * @since 0.2
   */
  public long retainedBytes() {
    long total = 128 + contacts.retainedBytes() + messageIds.retainedBytes();
    total += 4 * 16 + 12L * monthKeys.length + 4L * messages.length + 12L * recent.length;
    for (int i = 0; i < monthCount; i++) {
      total += months[i].retainedBytes();
    }
    for (MonthState m : messages) {
      if (m != null) {
        total += m.retainedBytes();
      }
    }
    return total;
  }

  /** The zone whose calendar months bucket the events. */
  public ZoneId zone() {
    return zone;
  }

  /** The number of events accepted, merged ones included. */
  public long events() {
    return events;
  }

  /** The number of distinct contacts seen, merged ones included. */
  public int contacts() {
    return contacts.size();
  }

  /**
   * Counts {@code event}.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws ContactLimitException if its contact is new and {@link #maxContacts()} contacts are
   *     counted already
   */
  @Override
  public void accept(EmailEvent event) {
    requireNonNull(event, "event");
    BounceType bounce = event.bounceType().orElse(BounceType.HARD);
    if (event.messageId().isPresent()) {
      accept(
          event.contactId(),
          event.type(),
          event.at().getEpochSecond(),
          bounce,
          event.messageId().get());
    } else {
      accept(event.contactId(), event.type(), event.at().getEpochSecond(), bounce);
    }
  }

  /**
   * Counts one event given as plain values, the fast path for large exports; a bounce counts as
   * hard.
   *
   * @param contactId the contact; case-sensitive
   * @param type what happened
   * @param epochSecond when, in seconds since 1970-01-01T00:00Z
   * @throws NullPointerException if {@code contactId} or {@code type} is null
   * @throws IllegalArgumentException if {@code contactId} is empty or {@code epochSecond} is
   *     outside the range of {@link java.time.Instant}
   * @throws ContactLimitException if {@code contactId} is new and {@link #maxContacts()} contacts
   *     are counted already
   */
  public void accept(String contactId, EmailEventType type, long epochSecond) {
    accept(contactId, type, epochSecond, BounceType.HARD);
  }

  /**
   * Counts one event given as plain values, with the bounce type of a bounce ({@code bounceType} is
   * ignored for other types).
   *
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code contactId} is empty or {@code epochSecond} is
   *     outside the range of {@link java.time.Instant}
   * @throws ContactLimitException if {@code contactId} is new and {@link #maxContacts()} contacts
   *     are counted already
   */
  public void accept(
      String contactId, EmailEventType type, long epochSecond, BounceType bounceType) {
    add(contactId, type, epochSecond, bounceType);
  }

  /** Counts the event in its month and returns the contact's interned id. */
  private int add(String contactId, EmailEventType type, long epochSecond, BounceType bounceType) {
    requireNonNull(contactId, "contactId");
    requireNonNull(type, "type");
    requireNonNull(bounceType, "bounceType");
    if (contactId.isEmpty()) {
      throw new IllegalArgumentException("contactId must not be empty, got \"\"");
    }
    long key = clock.monthKey(epochSecond);
    int id;
    if (contactId.equals(lastContact)) {
      id = lastId; // exports often list a contact's sent, delivered and open one after another
    } else {
      id = contacts.intern(contactId, maxContacts);
      if (id < 0) {
        throw new ContactLimitException(maxContacts, events);
      }
      lastContact = contactId;
      lastId = id;
    }
    // the month after the contact: a refused contact leaves no empty month behind
    MonthState m = key == lastKey && last != null ? last : recentMonth(key);
    m.add(id, type, bounceType);
    events++;
    return id;
  }

  /**
   * Counts one event of message {@code messageId} given as plain values: it counts in its month as
   * any event does, and also in the message's own counts ({@link EmailReport#byMessage()}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code contactId} or {@code messageId} is empty, or {@code
   *     epochSecond} is outside the range of {@link java.time.Instant}
   * @throws ContactLimitException if {@code contactId} is new and {@link #maxContacts()} contacts
   *     are counted already
   */
  public void accept(
      String contactId,
      EmailEventType type,
      long epochSecond,
      BounceType bounceType,
      String messageId) {
    requireNonNull(contactId, "contactId");
    requireNonNull(type, "type");
    requireNonNull(bounceType, "bounceType");
    requireNonNull(messageId, "messageId");
    if (messageId.isEmpty()) {
      throw new IllegalArgumentException("messageId must not be empty, got \"\"");
    }
    int id = add(contactId, type, epochSecond, bounceType);
    message(messageIds.intern(messageId)).add(id, type, bounceType);
  }

  private MonthState message(int id) {
    if (id >= messages.length) {
      messages = Arrays.copyOf(messages, Math.max(id + 1, messages.length * 2));
    }
    MonthState m = messages[id];
    if (m == null) {
      m = new MonthState();
      messages[id] = m;
    }
    return m;
  }

  /** The month of {@code key} from the cache of recent months, else from {@link #month(long)}. */
  private MonthState recentMonth(long key) {
    int slot = (int) key & 15;
    MonthState m = recent[slot];
    if (m == null || recentKeys[slot] != key) {
      m = month(key);
      recent[slot] = m;
      recentKeys[slot] = key;
    }
    lastKey = key;
    last = m;
    return m;
  }

  private MonthState month(long key) {
    int i = Arrays.binarySearch(monthKeys, 0, monthCount, key);
    MonthState m;
    if (i >= 0) {
      m = months[i];
    } else {
      int at = -i - 1;
      if (monthCount == monthKeys.length) {
        monthKeys = Arrays.copyOf(monthKeys, monthCount * 2);
        months = Arrays.copyOf(months, monthCount * 2);
      }
      System.arraycopy(monthKeys, at, monthKeys, at + 1, monthCount - at);
      System.arraycopy(months, at, months, at + 1, monthCount - at);
      monthKeys[at] = key;
      m = new MonthState();
      months[at] = m;
      monthCount++;
    }
    lastKey = key;
    last = m;
    return m;
  }

  /**
   * Adds everything {@code other} counted to this accumulator and returns this; {@code other} is
   * unchanged. Contacts are matched by id across the two.
   *
   * @throws IllegalArgumentException if {@code other} is this accumulator or has another zone
   * @throws NullPointerException if {@code other} is null
   * @throws ContactLimitException if the two together hold more distinct contacts than this one's
   *     {@link #maxContacts()}; this accumulator then holds some of {@code other}'s contacts and
   *     none of its counts
   */
  public EmailAccumulator merge(EmailAccumulator other) {
    requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("cannot merge an accumulator into itself");
    }
    if (!other.zone.equals(zone)) {
      throw new IllegalArgumentException("zone must be " + zone + " to merge, got " + other.zone);
    }
    int[] remap = new int[other.contacts.size()];
    boolean same = true;
    for (int i = 0; i < remap.length; i++) {
      int id = contacts.intern(other.contacts, i, maxContacts);
      if (id < 0) {
        throw new ContactLimitException(maxContacts, events);
      }
      remap[i] = id;
      same &= id == i;
    }
    int[] translate = same ? null : remap; // the same ids (as when merging into an empty one)
    for (int i = 0; i < other.monthCount; i++) {
      month(other.monthKeys[i]).addAll(other.months[i], translate);
    }
    for (int i = 0; i < other.messageIds.size(); i++) {
      message(messageIds.intern(other.messageIds, i, ContactIds.MAX_SIZE))
          .addAll(other.messages[i], translate);
    }
    events += other.events;
    return this;
  }

  /** The metrics of each calendar month with events, in this accumulator's zone. */
  public EmailReport<YearMonth> result() {
    Map<YearMonth, EmailCounts> out = new TreeMap<>();
    for (int i = 0; i < monthCount; i++) {
      out.put(MonthClock.yearMonth(monthKeys[i]), months[i].counts());
    }
    return new EmailReport<>(
        "month", TimeSeries.of("email counts by month", out, zone), messageCounts());
  }

  /**
   * The metrics of each fiscal quarter with events, for a fiscal year starting in {@code
   * fiscalStart}; contacts are distinct across the quarter's months.
   *
   * @throws NullPointerException if {@code fiscalStart} is null
   */
  public EmailReport<Quarter> resultByQuarter(Month fiscalStart) {
    requireNonNull(fiscalStart, "fiscalStart");
    Map<Quarter, MonthState> quarters = new TreeMap<>();
    for (int i = 0; i < monthCount; i++) {
      Quarter q = Quarter.containing(MonthClock.yearMonth(monthKeys[i]), fiscalStart);
      quarters.computeIfAbsent(q, k -> new MonthState()).addAll(months[i], null);
    }
    Map<Quarter, EmailCounts> out = new TreeMap<>();
    quarters.forEach((q, s) -> out.put(q, s.counts()));
    return new EmailReport<>(
        "quarter", TimeSeries.of("email counts by quarter", out, zone), messageCounts());
  }

  private Map<String, EmailCounts> messageCounts() {
    Map<String, EmailCounts> out = new TreeMap<>();
    for (int i = 0; i < messageIds.size(); i++) {
      out.put(messageIds.name(i), messages[i].counts());
    }
    return out;
  }

  /** The distinct contacts and event counts of one period. */
  private static final class MonthState {
    final IntSet sent = new IntSet();
    final IntSet delivered = new IntSet();
    final IntSet openers = new IntSet();
    final IntSet clickers = new IntSet();
    final IntSet unsubscribers = new IntSet();
    final IntSet hardBouncers = new IntSet();
    final IntSet softBouncers = new IntSet();
    final IntSet complainers = new IntSet();
    long sentEvents;
    long deliveredEvents;

    void add(int id, EmailEventType type, BounceType bounceType) {
      switch (type) {
        case SENT -> {
          sentEvents++;
          sent.add(id);
        }
        case DELIVERED -> {
          deliveredEvents++;
          delivered.add(id);
        }
        case OPEN -> openers.add(id);
        case CLICK -> clickers.add(id);
        case UNSUBSCRIBE -> unsubscribers.add(id);
        case BOUNCE -> (bounceType == BounceType.SOFT ? softBouncers : hardBouncers).add(id);
        case SPAM -> complainers.add(id);
      }
    }

    /** Adds {@code o}'s contacts, translated through {@code remap} unless it is null. */
    void addAll(MonthState o, int @Nullable [] remap) {
      sentEvents += o.sentEvents;
      deliveredEvents += o.deliveredEvents;
      IntSet[] mine = sets();
      IntSet[] theirs = o.sets();
      for (int i = 0; i < mine.length; i++) {
        if (remap == null) {
          mine[i].addAll(theirs[i]);
        } else {
          mine[i].addAll(theirs[i], remap);
        }
      }
    }

    IntSet[] sets() {
      return new IntSet[] {
        sent, delivered, openers, clickers, unsubscribers, hardBouncers, softBouncers, complainers
      };
    }

    EmailCounts counts() {
      return new EmailCounts(
          sentEvents,
          deliveredEvents,
          sent.size(),
          delivered.size(),
          openers.size(),
          clickers.size(),
          unsubscribers.size(),
          hardBouncers.size(),
          softBouncers.size(),
          complainers.size());
    }

    long retainedBytes() {
      long total = 16 + 8 * 4 + 16;
      for (IntSet set : sets()) {
        total += set.retainedBytes();
      }
      return total;
    }
  }

  /** Reads as {@code email accumulator (UTC): 10,000,000 events, 500,000 contacts, 12 months}. */
  @Override
  public String toString() {
    return "email accumulator ("
        + Format.zone(zone)
        + "): "
        + Figures.count(events, "event", "events")
        + ", "
        + Figures.count(contacts.size(), "contact", "contacts")
        + ", "
        + Figures.count(monthCount, "month", "months");
  }
}
