package dev.mops.metrics;

import dev.mops.model.Direction;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The progress and score of one key result, with the inputs they came from. Made by {@link
 * KeyResults}.
 *
 * <p>The raw progress is an exact {@link Ratio} that may exceed 1 or go below 0 (a decrease key
 * result from 100 to 60 at 50 has raw progress 1.25); the {@link #score()} is the raw progress
 * clamped to 0…1. Both are undefined when the key result cannot be measured (target equal to start,
 * no milestones).
 *
 * <pre>{@code
 * Progress p = KeyResults.progress(Direction.DECREASE,
 *     new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("50"));
 * p.raw();        // 125% (50 of 40)
 * p.score();      // 100% (1 of 1)
 * p.toString();   // "score 1 (raw progress 125% (50 of 40)): decrease from 100 to 60, now 50"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Progress implements Measured {
  private final String basis;
  private final Optional<Direction> direction;
  private final Optional<BigDecimal> start;
  private final Optional<BigDecimal> target;
  private final Optional<BigDecimal> current;
  private final Ratio raw;

  Progress(
      String basis,
      Optional<Direction> direction,
      Optional<BigDecimal> start,
      Optional<BigDecimal> target,
      Optional<BigDecimal> current,
      Ratio raw) {
    this.basis = basis;
    this.direction = direction;
    this.start = start;
    this.target = target;
    this.current = current;
    this.raw = raw;
  }

  /**
   * What was measured, e.g. {@code decrease from 100 to 60, now 80} or {@code 2 of 5 milestones
   * done}.
   */
  public String basis() {
    return basis;
  }

  /** The direction, for metric and threshold key results. */
  public Optional<Direction> direction() {
    return direction;
  }

  /** The start (baseline), for metric key results. */
  public Optional<BigDecimal> start() {
    return start;
  }

  /** The target or threshold, for metric and threshold key results. */
  public Optional<BigDecimal> target() {
    return target;
  }

  /** The current value, for metric and threshold key results. */
  public Optional<BigDecimal> current() {
    return current;
  }

  /** The raw progress, exact; may exceed 1 or go below 0; undefined when not measurable. */
  public Ratio raw() {
    return raw;
  }

  /** The raw progress clamped to 0…1; undefined when the raw progress is. */
  public Ratio score() {
    return raw.clampToUnit();
  }

  /** Whether the progress is defined. */
  public boolean isDefined() {
    return raw.isDefined();
  }

  /** The score (0…1) as a double, or empty when undefined. */
  @Override
  public OptionalDouble value() {
    return score().value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Progress p
        && basis.equals(p.basis)
        && direction.equals(p.direction)
        && start.equals(p.start)
        && target.equals(p.target)
        && current.equals(p.current)
        && raw.equals(p.raw);
  }

  @Override
  public int hashCode() {
    return basis.hashCode() * 31 + raw.hashCode();
  }

  /**
   * {@code score 0.5 (raw progress 50% (20 of 40)): decrease from 100 to 60, now 80}, or {@code
   * score undefined (raw progress undefined (0 of 0)): increase from 10 to 10, now 12}.
   */
  @Override
  public String toString() {
    return "score " + Figures.rate(score()) + " (raw progress " + raw + "): " + basis;
  }
}
