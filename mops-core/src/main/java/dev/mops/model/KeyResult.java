package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurable result of an {@link Okr}: a metric from a start to a target, a threshold to hold, a
 * binary done/not-done, a set of milestones, or a qualitative measure on a declared scale.
 *
 * <p>What makes a key result measurable (a metric with start, target and unit; a qualitative one
 * with its scale; at least one milestone) is a plan rule ({@code key-result-not-measurable}), not
 * an invariant, so an unfinished key result can be built, saved and checked.
 *
 * <pre>{@code
 * // reduce monthly email churn from 1.0% to 0.6%
 * KeyResult churn = KeyResult.builder()
 *     .id("kr-churn").title("Reduce monthly email churn to 0.6%")
 *     .kind(KeyResultKind.METRIC).direction(Direction.DECREASE)
 *     .start(new BigDecimal("1.0")).target(new BigDecimal("0.6")).unit("%")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class KeyResult extends AbstractElement implements PlanElement
    permits ImmutableKeyResult {
  KeyResult() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The result as stated. */
  public abstract String title();

  /** How it is measured. */
  public abstract KeyResultKind kind();

  /**
   * Which way is better: {@link Direction#INCREASE} or {@link Direction#DECREASE} for metric key
   * results, {@link Direction#AT_OR_ABOVE} or {@link Direction#AT_OR_BELOW} for thresholds, and any
   * of the four for a qualitative key result: a movement on its scale, or a threshold on its scale
   * (an internal NPS of at least 30 on −100..100). Defaults to {@code INCREASE}, or {@code
   * AT_OR_ABOVE} for a threshold.
   */
  @Value.Default
  public Direction direction() {
    return kind() == KeyResultKind.THRESHOLD ? Direction.AT_OR_ABOVE : Direction.INCREASE;
  }

  /**
   * Where a metric or qualitative key result starts. A qualitative key result without a start moves
   * from the end of its scale (its minimum for an increase, its maximum for a decrease); a
   * threshold needs none.
   */
  public abstract Optional<BigDecimal> start();

  /** The target value, or the threshold. */
  public abstract Optional<BigDecimal> target();

  /** The unit of start, target and check-in values. */
  public abstract Optional<String> unit();

  /** The declared scale of a qualitative key result. */
  public abstract Optional<Scale> scale();

  /** The milestones of a milestone key result. */
  public abstract List<Milestone> milestones();

  /** When a binary key result was done. */
  public abstract Optional<LocalDate> doneOn();

  /** Dated updates; the current value is the latest on or before the as-of date. */
  public abstract List<CheckIn> checkIns();

  /** Its weight in the OKR score; at least 0, 1 by default. */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** The latest check-in on or before {@code asOf} that carries a value. */
  public final Optional<CheckIn> latestCheckIn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    CheckIn best = null;
    for (CheckIn c : checkIns()) {
      if (c.value().isPresent()
          && !c.on().isAfter(asOf)
          && (best == null || !c.on().isBefore(best.on()))) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The current value as of {@code asOf}: the value of the latest check-in on or before it. */
  public final Optional<BigDecimal> currentValue(LocalDate asOf) {
    return latestCheckIn(asOf).flatMap(CheckIn::value);
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.KEY_RESULT;
  }

  /** Key results are as visible as their OKR; on their own they are public. */
  @Override
  public final Visibility visibility() {
    return Visibility.PUBLIC;
  }

  @Override
  public final List<Reference> references() {
    return List.of();
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.date("keyResult.doneOn", doneOn());
    Checks.id("keyResult.id", id());
    Checks.notBlank("keyResult.title", title());
    Checks.nonNegative("keyResult.weight", weight());
    unit().ifPresent(u -> Checks.notBlank("keyResult.unit", u));
    boolean threshold = kind() == KeyResultKind.THRESHOLD;
    Checks.argument(
        kind() == KeyResultKind.QUALITATIVE || threshold != direction().isMovement(),
        threshold
            ? "keyResult.direction of a threshold must be AT_OR_ABOVE or AT_OR_BELOW, got "
                + direction()
            : "keyResult.direction of a "
                + kind().name().toLowerCase(java.util.Locale.ROOT)
                + " key result must be INCREASE or DECREASE, got "
                + direction());
    int total = 0;
    for (Milestone m : milestones()) {
      total = total + (m.weight().signum() > 0 ? 1 : 0);
    }
    Checks.argument(
        milestones().isEmpty() || total > 0,
        "keyResult.milestones weights must not all be 0, key result \"" + id() + "\"");
  }

  /** Builds a {@link KeyResult}; {@code id}, {@code title} and {@code kind} are required. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code keyResult}, replacing what was set before,
     * so that {@link #build()} makes a key result equal to it unless something is changed in
     * between.
     *
     * @throws NullPointerException if {@code keyResult} is null
     */
    public Builder from(KeyResult keyResult) {
      java.util.Objects.requireNonNull(keyResult, "keyResult");
      return id(keyResult.id())
          .title(keyResult.title())
          .kind(keyResult.kind())
          .direction(keyResult.direction())
          .start(keyResult.start())
          .target(keyResult.target())
          .unit(keyResult.unit())
          .scale(keyResult.scale())
          .milestones(keyResult.milestones())
          .doneOn(keyResult.doneOn())
          .checkIns(keyResult.checkIns())
          .weight(keyResult.weight())
          .extensions(keyResult.extensions());
    }
  }
}
