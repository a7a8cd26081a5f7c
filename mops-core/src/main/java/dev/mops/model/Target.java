package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurable target: the metric, its unit, where it starts (baseline), where it should get to,
 * which way is better, and the dated observations of its value.
 *
 * <p>Whether the target is consistent with its direction (an "increase" whose target is below the
 * baseline) is a plan rule ({@code target-direction-mismatch}), not an invariant: such a target can
 * be built and the checker reports it.
 *
 * <pre>{@code
 * // "increase sales in the automotive sector by 5%"
 * Target t = Target.builder()
 *     .metric("automotive sales").unit("USD")
 *     .baseline(new BigDecimal("2000000")).value(new BigDecimal("2100000"))
 *     .direction(Direction.INCREASE)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract class Target {
  Target() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a target of {@code value} {@code unit} for {@code metric}, moving from {@code
   * baseline}.
   */
  public static Target of(
      String metric, String unit, BigDecimal baseline, BigDecimal value, Direction direction) {
    return builder()
        .metric(metric)
        .unit(unit)
        .baseline(baseline)
        .value(value)
        .direction(direction)
        .build();
  }

  /** What is measured, e.g. {@code "automotive sales"} or {@code "monthly email churn"}. */
  public abstract String metric();

  /** The unit, e.g. {@code "%"}, {@code "USD"}, {@code "leads"}. */
  public abstract String unit();

  /** Where the metric stands at the start, if known. */
  public abstract Optional<BigDecimal> baseline();

  /** The target value. */
  public abstract BigDecimal value();

  /** Which way is better. */
  public abstract Direction direction();

  /** The day by which the target should be met, if set. */
  public abstract Optional<LocalDate> due();

  /** Dated measurements of the metric, in the order given. */
  public abstract List<Observation> observations();

  /** The latest observation on or before {@code asOf}, if any. */
  public Optional<Observation> latestOn(LocalDate asOf) {
    return Observations.latestOn(observations(), asOf);
  }

  @Value.Check
  final void check() {
    Checks.date("target.due", due());
    Checks.notBlank("target.metric", metric());
    Checks.notBlank("target.unit", unit());
  }

  /**
   * Builds a {@link Target}; {@code metric}, {@code unit}, {@code value} and {@code direction} are
   * required.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code target}, replacing what was set before, so
     * that {@link #build()} makes a target equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code target} is null
     */
    public Builder from(Target target) {
      java.util.Objects.requireNonNull(target, "target");
      return metric(target.metric())
          .unit(target.unit())
          .baseline(target.baseline())
          .value(target.value())
          .direction(target.direction())
          .due(target.due())
          .observations(target.observations());
    }
  }
}
