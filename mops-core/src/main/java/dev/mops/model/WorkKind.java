package dev.mops.model;

/**
 * Whether a piece of work was planned on the roadmap or came in ad hoc.
 *
 * @since 0.1.0
 */
public enum WorkKind {
  /** Roadmap work, planned in a sprint. */
  PLANNED,
  /** A request that came in outside the roadmap. */
  AD_HOC
}
