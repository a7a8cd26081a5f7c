package dev.mops.metrics;

/**
 * Whether a bounce was permanent. A bounce without a type counts as {@link #HARD}.
 *
 * @since 0.1.0
 */
public enum BounceType {
  /** A permanent failure, such as an unknown address: the contact leaves the list. */
  HARD,
  /** A temporary failure, such as a full mailbox: the contact stays on the list. */
  SOFT
}
