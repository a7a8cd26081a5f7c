package dev.mops.model;

/**
 * The binary outcome of a quick win: did it launch or not.
 *
 * @since 0.1.0
 */
public enum QuickWinStatus {
  /** Planned for its month; no outcome recorded yet. */
  PLANNED,
  /** Launched, on the recorded day. */
  LAUNCHED,
  /** Its month passed without a launch. */
  MISSED,
  /** Dropped; not counted in delivery rates. */
  CANCELLED
}
