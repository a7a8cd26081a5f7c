package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated update of a key result: its current value and the owner's confidence that it will be met.
 * A key result's current value is its latest check-in on or before the as-of date.
 *
 * <pre>{@code
 * CheckIn c = CheckIn.builder().on(LocalDate.of(2027, 2, 14)).value(new BigDecimal("80"))
 *     .confidence(new BigDecimal("0.7")).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract class CheckIn {
  CheckIn() {}

  /** Returns a check-in of {@code value} on {@code on}, with no confidence or note. */
  public static CheckIn of(LocalDate on, BigDecimal value) {
    return builder().on(on).value(value).build();
  }

  /**
   * Returns a check-in of {@code value} on {@code on}, with no confidence or note, for callers who
   * have a {@code double} at hand: the value is the decimal that {@link Double#toString(double)}
   * writes ({@code 0.8} is exactly {@code 0.8}, not the binary fraction nearest to it), as {@link
   * BigDecimal#valueOf(double)} reads it.
   *
   * <pre>{@code
   * CheckIn c = CheckIn.of(LocalDate.of(2027, 2, 14), 0.8);   // value() is 0.8 exactly
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   * @since 0.2
   */
  public static CheckIn of(LocalDate on, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("check-in value must be a finite number, got " + value);
    }
    return of(on, BigDecimal.valueOf(value));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The day of the check-in. */
  public abstract LocalDate on();

  /** The measured value, if one was taken (a check-in may carry only a confidence or a note). */
  public abstract Optional<BigDecimal> value();

  /** Confidence that the key result will be met, from 0 to 1. */
  public abstract Optional<BigDecimal> confidence();

  /** What the owner said. */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.date("checkIn.on", on());
    confidence()
        .ifPresent(c -> Checks.between("checkIn.confidence", c, BigDecimal.ZERO, BigDecimal.ONE));
  }

  /** Builds a {@link CheckIn}; {@code on} is required. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code checkIn}, replacing what was set before,
     * so that {@link #build()} makes a check in equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code checkIn} is null
     */
    public Builder from(CheckIn checkIn) {
      java.util.Objects.requireNonNull(checkIn, "checkIn");
      return on(checkIn.on())
          .value(checkIn.value())
          .confidence(checkIn.confidence())
          .note(checkIn.note());
    }
  }
}
