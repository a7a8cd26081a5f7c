package dev.mops.metrics;

import java.util.OptionalDouble;

/**
 * A result with one numeric value that may be undefined, such as a {@link Ratio} with a zero
 * denominator. {@link TimeSeries#sparkline()} draws series of these.
 *
 * @since 0.1.0
 */
public interface Measured {
  /**
   * The value as a double for charts and quick looks, or empty when undefined; never NaN and never
   * infinite. Exact comparisons use the result's own methods, not this value.
   */
  OptionalDouble value();
}
