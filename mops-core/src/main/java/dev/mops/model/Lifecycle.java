package dev.mops.model;

/**
 * The lifecycle of a goal: drafted, then active, then scored and closed (or cancelled).
 *
 * @since 0.1.0
 */
public enum Lifecycle {
  /** Being written; not yet agreed. */
  DRAFT,
  /** Agreed and being worked on and tracked. */
  ACTIVE,
  /** The period is over and a final score is recorded. */
  SCORED,
  /** Finished and archived. */
  CLOSED,
  /** Dropped before it finished. */
  CANCELLED
}
