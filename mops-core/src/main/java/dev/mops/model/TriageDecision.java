package dev.mops.model;

/**
 * What the team decided about an incoming request.
 *
 * @since 0.1.0
 */
public enum TriageDecision {
  /** Not decided yet. */
  PENDING,
  /** Taken on. */
  ACCEPTED,
  /** Turned down (it is fine to say no). */
  DECLINED
}
