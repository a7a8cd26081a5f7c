package dev.mops.metrics;

/**
 * What happened to an email for one contact, as exported by an email platform.
 *
 * @since 0.1.0
 */
public enum EmailEventType {
  /** An email was sent to the contact. */
  SENT,
  /** The email reached the contact's inbox server. */
  DELIVERED,
  /** The contact opened the email. */
  OPEN,
  /** The contact clicked a link in the email. */
  CLICK,
  /** The contact unsubscribed. */
  UNSUBSCRIBE,
  /** The email bounced; hard unless a {@link BounceType} says soft. */
  BOUNCE,
  /** The contact marked the email as spam. */
  SPAM
}
