package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.model.Direction;
import dev.mops.model.KeyResult;
import dev.mops.model.Milestone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Key-result arithmetic on plain numbers: progress and score of metric, threshold, binary and
 * milestone key results. The model's key-result types delegate here.
 *
 * <ul>
 *   <li>increase: raw progress = (current − start) ÷ (target − start)
 *   <li>decrease: raw progress = (start − current) ÷ (start − target)
 *   <li>at or above / at or below a threshold: 1 when met (inclusive), else 0
 *   <li>binary: 1 when done, else 0
 *   <li>milestones: done ÷ all, or the done weight ÷ all weight
 * </ul>
 *
 * Raw progress may exceed 1 or go below 0; the score clamps it to 0…1. Progress when the target
 * equals the start is undefined.
 *
 * <pre>{@code
 * KeyResults.progress(Direction.DECREASE,
 *     new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("80")).score();   // 50% (20 of 40)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KeyResults {
  private KeyResults() {}

  /**
   * The progress of a key result of the model as of {@code asOf}. Its current value is its latest
   * check-in on or before {@code asOf}; with none, the progress is undefined (not 0) and says why.
   *
   * <ul>
   *   <li>metric: from {@code start} to {@code target} in its direction; undefined without a start,
   *       a target or a current value
   *   <li>qualitative: the same, on its declared scale: with {@code AT_OR_ABOVE} or {@code
   *       AT_OR_BELOW} a threshold (an internal NPS of at least 30: met or not), otherwise a
   *       movement from {@code start}, or without one from the end of the scale it moves away from
   *       (the minimum for an increase); undefined without a target, a current value, or both a
   *       start and a scale
   *   <li>threshold: met or not (inclusive); undefined without a target or a current value
   *   <li>binary: done when {@code doneOn} is on or before {@code asOf}
   *   <li>milestones: the weight of the milestones done by {@code asOf} of all; undefined without
   *       milestones
   * </ul>
   *
   * <pre>{@code
   * KeyResult churn = KeyResult.builder().id("kr-churn").title("Churn to 60")
   *     .kind(KeyResultKind.METRIC).direction(Direction.DECREASE)
   *     .start(new BigDecimal("100")).target(new BigDecimal("60")).unit("contacts")
   *     .addCheckIn(CheckIn.of(LocalDate.of(2027, 2, 1), new BigDecimal("80")))
   *     .build();
   * KeyResults.progress(churn, LocalDate.of(2027, 2, 28)).score();   // 50% (20 of 40)
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public static Progress progress(KeyResult keyResult, LocalDate asOf) {
    requireNonNull(keyResult, "keyResult");
    requireNonNull(asOf, "asOf");
    Optional<BigDecimal> current = keyResult.currentValue(asOf);
    return switch (keyResult.kind()) {
      case BINARY -> binary(keyResult.doneOn().filter(d -> !d.isAfter(asOf)).isPresent());
      case MILESTONES -> {
        List<BigDecimal> weights = new ArrayList<>();
        List<Boolean> done = new ArrayList<>();
        for (Milestone m : keyResult.milestones()) {
          weights.add(m.weight());
          done.add(m.isDoneOn(asOf));
        }
        yield weights.isEmpty()
            ? undefined("no milestones", keyResult)
            : weightedMilestones(weights, done);
      }
      case QUALITATIVE -> qualitative(keyResult, current, asOf);
      case THRESHOLD -> {
        if (keyResult.target().isEmpty()) {
          yield undefined("no target", keyResult);
        }
        if (current.isEmpty()) {
          yield undefined("no check-in with a value on or before " + asOf, keyResult);
        }
        yield threshold(keyResult.direction(), keyResult.target().get(), current.get());
      }
      default -> {
        if (keyResult.start().isEmpty() || keyResult.target().isEmpty()) {
          yield undefined(keyResult.start().isEmpty() ? "no start" : "no target", keyResult);
        }
        if (current.isEmpty()) {
          yield undefined("no check-in with a value on or before " + asOf, keyResult);
        }
        yield progress(
            keyResult.direction(),
            keyResult.start().get(),
            keyResult.target().get(),
            current.get());
      }
    };
  }

  /**
   * A qualitative key result, scored like a metric one on its declared scale: a threshold direction
   * is met or not; a movement starts at its start or, without one, at the end of its scale it moves
   * away from.
   */
  private static Progress qualitative(
      KeyResult keyResult, Optional<BigDecimal> current, LocalDate asOf) {
    Direction direction = keyResult.direction();
    Optional<BigDecimal> start =
        direction.isMovement()
            ? keyResult
                .start()
                .or(
                    () ->
                        keyResult
                            .scale()
                            .map(s -> direction == Direction.INCREASE ? s.min() : s.max()))
            : Optional.of(BigDecimal.ZERO);
    if (start.isEmpty() || keyResult.target().isEmpty()) {
      return undefined(start.isEmpty() ? "no start or scale" : "no target", keyResult);
    }
    if (current.isEmpty()) {
      return undefined("no check-in with a value on or before " + asOf, keyResult);
    }
    return progress(direction, start.get(), keyResult.target().get(), current.get());
  }

  private static Progress undefined(String why, KeyResult kr) {
    return new Progress(
        why + " for key result " + kr.id(),
        Optional.of(kr.direction()),
        kr.start(),
        kr.target(),
        Optional.empty(),
        Ratio.of(0, 0));
  }

  /**
   * The progress of a key result from {@code start} to {@code target}, now at {@code current}. For
   * {@link Direction#AT_OR_ABOVE} and {@link Direction#AT_OR_BELOW} the start is ignored and this
   * is {@link #threshold(Direction, BigDecimal, BigDecimal)}.
   *
   * <p>Undefined (not 0) when {@code target} equals {@code start} for a movement. A target on the
   * wrong side of the start (an increase from 10 to 5) gives a negative denominator, which is
   * normalised, so progress is still "how much of the way from start to target": an increase from
   * 10 to 5 at 7.5 is 0.5.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Progress progress(
      Direction direction, BigDecimal start, BigDecimal target, BigDecimal current) {
    requireNonNull(direction, "direction");
    requireNonNull(start, "start");
    requireNonNull(target, "target");
    requireNonNull(current, "current");
    if (!direction.isMovement()) {
      return threshold(direction, target, current);
    }
    Ratio raw =
        direction == Direction.INCREASE
            ? Ratio.of(current.subtract(start), target.subtract(start))
            : Ratio.of(start.subtract(current), start.subtract(target));
    String basis =
        (direction == Direction.INCREASE ? "increase" : "decrease")
            + " from "
            + Figures.amount(start)
            + " to "
            + Figures.amount(target)
            + ", now "
            + Figures.amount(current);
    return new Progress(
        basis,
        Optional.of(direction),
        Optional.of(start),
        Optional.of(target),
        Optional.of(current),
        raw);
  }

  /**
   * The progress of a threshold key result: 1 when {@code current} is at or above (or at or below)
   * {@code target}, inclusive, else 0.
   *
   * <pre>{@code
   * KeyResults.threshold(Direction.AT_OR_ABOVE, new BigDecimal("30"), new BigDecimal("30")).score();   // 100% (1 of 1)
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code direction} is {@link Direction#INCREASE} or {@link
   *     Direction#DECREASE}
   * @throws NullPointerException if an argument is null
   */
  public static Progress threshold(Direction direction, BigDecimal target, BigDecimal current) {
    requireNonNull(direction, "direction");
    requireNonNull(target, "target");
    requireNonNull(current, "current");
    if (direction.isMovement()) {
      throw new IllegalArgumentException(
          "direction must be AT_OR_ABOVE or AT_OR_BELOW, got " + direction);
    }
    int c = current.compareTo(target);
    boolean met = direction == Direction.AT_OR_ABOVE ? c >= 0 : c <= 0;
    String basis =
        (direction == Direction.AT_OR_ABOVE ? "at or above " : "at or below ")
            + Figures.amount(target)
            + ", now "
            + Figures.amount(current)
            + (met ? " (met)" : " (not met)");
    return new Progress(
        basis,
        Optional.of(direction),
        Optional.empty(),
        Optional.of(target),
        Optional.of(current),
        Ratio.of(met ? 1 : 0, 1));
  }

  /** The progress of a binary key result: 1 when done (a quick win launched), else 0. */
  public static Progress binary(boolean done) {
    return new Progress(
        done ? "done" : "not done",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Ratio.of(done ? 1 : 0, 1));
  }

  /**
   * The progress of a milestone key result: {@code done} of {@code total} milestones; undefined
   * when {@code total} is 0.
   *
   * @throws IllegalArgumentException if {@code done} or {@code total} is negative, or {@code done}
   *     exceeds {@code total}
   */
  public static Progress milestones(long done, long total) {
    if (done < 0) {
      throw new IllegalArgumentException("done must be >= 0, got " + done);
    }
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0, got " + total);
    }
    if (done > total) {
      throw new IllegalArgumentException("done must be <= total " + total + ", got " + done);
    }
    return new Progress(
        done + " of " + Figures.count(total, "milestone", "milestones") + " done",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Ratio.of(done, total));
  }

  /**
   * The progress of a weighted milestone key result: the weight of the done milestones of the
   * weight of all; {@code weights.get(i)} and {@code done.get(i)} describe milestone {@code i}.
   * Undefined when there are no milestones.
   *
   * <pre>{@code
   * KeyResults.weightedMilestones(
   *     List.of(new BigDecimal("3"), BigDecimal.ONE), List.of(true, false)).score();   // 75% (3 of 4)
   * }</pre>
   *
   * @throws IllegalArgumentException if the lists differ in size, a weight is negative, or every
   *     weight is 0 (with at least one milestone)
   * @throws NullPointerException if a list or an element is null
   */
  public static Progress weightedMilestones(List<BigDecimal> weights, List<Boolean> done) {
    requireNonNull(weights, "weights");
    requireNonNull(done, "done");
    if (weights.size() != done.size()) {
      throw new IllegalArgumentException(
          "weights and done must have the same size, got "
              + weights.size()
              + " and "
              + done.size());
    }
    BigDecimal all = BigDecimal.ZERO;
    BigDecimal doneWeight = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = requireNonNull(weights.get(i), "weights[" + i + "]");
      boolean d = requireNonNull(done.get(i), "done[" + i + "]");
      if (w.signum() < 0) {
        throw new IllegalArgumentException(
            "weights[" + i + "] must be >= 0, got " + w.toPlainString());
      }
      all = all.add(w);
      if (d) {
        doneWeight = doneWeight.add(w);
      }
    }
    if (!weights.isEmpty() && all.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be 0, got " + weights);
    }
    long doneCount = done.stream().filter(b -> b).count();
    String basis =
        doneCount
            + " of "
            + Figures.count(done.size(), "milestone", "milestones")
            + " done, weight "
            + Figures.amount(doneWeight)
            + " of "
            + Figures.amount(all);
    return new Progress(
        basis,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Ratio.of(doneWeight, all));
  }
}
