package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * The share of work that served the team's vision, against a target: "ensure 90% of your time is
 * spent on items that directly impact the vision" (the default target, {@link #DEFAULT_TARGET}).
 * Compared exactly: 89,999 of 100,000 hours misses 90%.
 *
 * @since 0.1.0
 */
public final class VisionFocus implements Measured {
  /** The default target, 0.90. */
  public static final BigDecimal DEFAULT_TARGET = new BigDecimal("0.90");

  private final WorkShare share;
  private final BigDecimal target;

  VisionFocus(WorkShare share, BigDecimal target) {
    this.share = share;
    this.target = target;
  }

  static BigDecimal checkTarget(BigDecimal target) {
    requireNonNull(target, "target");
    if (target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("target must be in 0..1, got " + target.toPlainString());
    }
    return target;
  }

  /** The vision-aligned share with its unit, month and left-out items. */
  public WorkShare share() {
    return share;
  }

  /** The target share, 0…1 (0.90 by default). */
  public BigDecimal target() {
    return target;
  }

  /** Whether the share is defined (some work was counted). */
  public boolean isDefined() {
    return share.isDefined();
  }

  /**
   * Whether the share is at least the target, exactly.
   *
   * @throws IllegalStateException if no work was counted, so the share is undefined
   */
  public boolean isMet() {
    return share.share().isAtLeast(target);
  }

  /** The share as a double, or empty when undefined. */
  @Override
  public OptionalDouble value() {
    return share.value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VisionFocus v && share.equals(v.share) && target.compareTo(v.target) == 0;
  }

  @Override
  public int hashCode() {
    return share.hashCode();
  }

  /** {@code 85% vision-aligned by hours in 2027-03 (34 of 40 hours): below the 90% target}. */
  @Override
  public String toString() {
    String goal = Figures.percent(target) + " target";
    if (!isDefined()) {
      return share + ": no work to judge against the " + goal;
    }
    return share + (isMet() ? ": meets the " : ": below the ") + goal;
  }
}
