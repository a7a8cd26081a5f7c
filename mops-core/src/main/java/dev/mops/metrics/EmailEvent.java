package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One email event: a contact, what happened, when, and optionally the message and (for bounces) the
 * bounce type.
 *
 * <pre>{@code
 * EmailEvent sent = EmailEvent.of("c-1", EmailEventType.SENT, Instant.parse("2027-03-02T09:00:00Z"));
 * EmailEvent bounce = EmailEvent.bounce("c-2", Instant.parse("2027-03-02T09:00:05Z"), BounceType.SOFT);
 * EmailEvent open = sent.withType(EmailEventType.OPEN).withMessageId("spring-newsletter");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EmailEvent {
  private final String contactId;
  private final EmailEventType type;
  private final Instant at;
  private final Optional<String> messageId;
  private final Optional<BounceType> bounceType;

  private EmailEvent(
      String contactId,
      EmailEventType type,
      Instant at,
      Optional<String> messageId,
      Optional<BounceType> bounceType) {
    this.contactId = contactId;
    this.type = type;
    this.at = at;
    this.messageId = messageId;
    this.bounceType = bounceType;
  }

  /**
   * An event of {@code type} for {@code contactId} at {@code at}.
   *
   * @throws IllegalArgumentException if {@code contactId} is blank
   * @throws NullPointerException if an argument is null
   */
  public static EmailEvent of(String contactId, EmailEventType type, Instant at) {
    requireNonNull(contactId, "contactId");
    requireNonNull(type, "type");
    requireNonNull(at, "at");
    Checks.notBlank("contactId", contactId);
    return new EmailEvent(contactId, type, at, Optional.empty(), Optional.empty());
  }

  /**
   * A bounce of {@code bounceType} for {@code contactId} at {@code at}.
   *
   * @throws IllegalArgumentException if {@code contactId} is blank
   * @throws NullPointerException if an argument is null
   */
  public static EmailEvent bounce(String contactId, Instant at, BounceType bounceType) {
    requireNonNull(contactId, "contactId");
    requireNonNull(at, "at");
    requireNonNull(bounceType, "bounceType");
    return of(contactId, EmailEventType.BOUNCE, at).withBounceType(bounceType);
  }

  /** The contact, e.g. an email address or a CRM id; case-sensitive. */
  public String contactId() {
    return contactId;
  }

  /** What happened. */
  public EmailEventType type() {
    return type;
  }

  /** When it happened. */
  public Instant at() {
    return at;
  }

  /** The message (campaign email) the event belongs to, if known. */
  public Optional<String> messageId() {
    return messageId;
  }

  /** The bounce type, for bounces that state one; a bounce without one counts as hard. */
  public Optional<BounceType> bounceType() {
    return bounceType;
  }

  /** Whether this is a bounce that counts as hard: a bounce with no type or a hard type. */
  public boolean isHardBounce() {
    return type == EmailEventType.BOUNCE && bounceType.orElse(BounceType.HARD) == BounceType.HARD;
  }

  /**
   * This event with {@code messageId}.
   *
   * @throws IllegalArgumentException if {@code messageId} is blank
   * @throws NullPointerException if {@code messageId} is null
   */
  public EmailEvent withMessageId(String messageId) {
    Checks.notBlank("messageId", messageId);
    return new EmailEvent(contactId, type, at, Optional.of(messageId), bounceType);
  }

  /**
   * This event as a bounce of {@code bounceType}.
   *
   * @throws IllegalStateException if this event is not a {@link EmailEventType#BOUNCE}
   * @throws NullPointerException if {@code bounceType} is null
   */
  public EmailEvent withBounceType(BounceType bounceType) {
    requireNonNull(bounceType, "bounceType");
    if (type != EmailEventType.BOUNCE) {
      throw new IllegalStateException("only a BOUNCE has a bounce type, this is " + type);
    }
    return new EmailEvent(contactId, type, at, messageId, Optional.of(bounceType));
  }

  /**
   * This event with another type; a bounce type is dropped unless the new type is a bounce.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public EmailEvent withType(EmailEventType type) {
    requireNonNull(type, "type");
    return new EmailEvent(
        contactId,
        type,
        at,
        messageId,
        type == EmailEventType.BOUNCE ? bounceType : Optional.empty());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailEvent e
        && contactId.equals(e.contactId)
        && type == e.type
        && at.equals(e.at)
        && messageId.equals(e.messageId)
        && bounceType.equals(e.bounceType);
  }

  @Override
  public int hashCode() {
    return ((contactId.hashCode() * 31 + type.hashCode()) * 31 + at.hashCode()) * 31
        + messageId.hashCode() * 7
        + bounceType.hashCode();
  }

  /** {@code c-1 SENT 2027-03-02T09:00:00Z}, then the message and bounce type when present. */
  @Override
  public String toString() {
    return contactId
        + " "
        + type
        + " "
        + at
        + messageId.map(m -> " message " + m).orElse("")
        + bounceType.map(b -> " " + b.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
  }
}
