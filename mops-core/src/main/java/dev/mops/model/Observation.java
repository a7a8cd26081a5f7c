package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated measured value: what a KPI, target or indicator read on a day.
 *
 * <pre>{@code
 * Observation o = Observation.of(LocalDate.of(2027, 3, 31), new BigDecimal("2.35"));
 * }</pre>
 *
 * @param on the day the value was measured
 * @param value the value, exact
 * @since 0.1.0
 */
public record Observation(LocalDate on, BigDecimal value) implements Comparable<Observation> {
  /** Requires both parts. */
  public Observation {
    requireNonNull(on, "on");
    Checks.date("observation.on", on);
    requireNonNull(value, "value");
  }

  /** Returns the observation of {@code value} on {@code on}. */
  public static Observation of(LocalDate on, BigDecimal value) {
    return new Observation(on, value);
  }

  /** Returns the observation of {@code value} (decimal text, e.g. {@code "2.35"}) on {@code on}. */
  public static Observation of(LocalDate on, String value) {
    requireNonNull(on, "on");
    requireNonNull(value, "value");
    try {
      return new Observation(on, new BigDecimal(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "value must be a decimal number, got \"" + value + "\"", e);
    }
  }

  /** Orders by day, then by value. */
  @Override
  public int compareTo(Observation o) {
    int c = on.compareTo(o.on);
    return c != 0 ? c : value.compareTo(o.value);
  }

  /** Reads as {@code 2.35 on 2027-03-31}. */
  @Override
  public String toString() {
    return value.toPlainString() + " on " + on;
  }
}
