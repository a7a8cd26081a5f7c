package dev.mops.model;

/**
 * How a key result is measured and scored.
 *
 * @since 0.1.0
 */
public enum KeyResultKind {
  /** A metric moving from a start to a target, increasing or decreasing. */
  METRIC,
  /** A metric to hold at or above, or at or below, a threshold; scores 0 or 1. */
  THRESHOLD,
  /** Done or not done; scores 0 or 1. */
  BINARY,
  /** A set of milestones; scores done ÷ all, or by weight. */
  MILESTONES,
  /** A qualitative measure on a declared scale (e.g. an internal NPS from −100 to 100). */
  QUALITATIVE
}
