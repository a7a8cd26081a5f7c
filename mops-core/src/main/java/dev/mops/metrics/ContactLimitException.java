package dev.mops.metrics;

/**
 * An {@link EmailAccumulator} was asked to count one distinct contact more than its limit (see
 * {@link EmailMetrics#accumulator(java.time.ZoneId, int)}): thrown instead of letting the heap fill
 * until the JVM dies with {@link OutOfMemoryError}, with the limit and the counts so far for
 * callers that want them.
 *
 * <p>It is an {@link IllegalStateException}, not an {@link IllegalArgumentException}: no argument
 * is wrong (the same event is fine for an accumulator with room), the accumulator is full. A reader
 * that skips rows with bad values therefore does not take it for a bad row, and the whole read
 * stops. The accumulator keeps what it counted before the refused event and stays usable: events of
 * known contacts are still counted.
 *
 * <pre>{@code
 * try {
 *   acc.accept(contactId, EmailEventType.SENT, epochSecond);
 * } catch (ContactLimitException e) {
 *   System.err.println(e.limit() + " contacts after " + e.events() + " events");
 * }
 * }</pre>
 *
 * @since 0.2
 */
public final class ContactLimitException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final int limit;
  private final long events;

  ContactLimitException(int limit, long events) {
    super(
        "more than "
            + Figures.count(limit)
            + " distinct contacts (the limit); raise it with maxContacts, and the heap with -Xmx");
    this.limit = limit;
    this.events = events;
  }

  /** The most distinct contacts the accumulator takes. */
  public int limit() {
    return limit;
  }

  /**
   * The distinct contacts seen when counting stopped: the limit plus the one refused, so {@code
   * limit() + 1}.
   */
  public long contactsSeen() {
    return limit + 1L;
  }

  /** The events the accumulator had counted before the refused one, merged ones included. */
  public long events() {
    return events;
  }
}
