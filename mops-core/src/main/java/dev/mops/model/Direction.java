package dev.mops.model;

/**
 * Which way a measured value should go.
 *
 * <p>{@link #INCREASE} and {@link #DECREASE} move a value from a start (baseline) to a target;
 * {@link #AT_OR_ABOVE} and {@link #AT_OR_BELOW} hold it on one side of a threshold, inclusive.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** From the start up to the target: higher is better. */
  INCREASE,
  /** From the start down to the target: lower is better. */
  DECREASE,
  /** Stay at or above the target, which is met when equal. */
  AT_OR_ABOVE,
  /** Stay at or below the target, which is met when equal. */
  AT_OR_BELOW;

  /** Whether this direction moves from a start to a target (rather than holding a threshold). */
  public boolean isMovement() {
    return this == INCREASE || this == DECREASE;
  }
}
