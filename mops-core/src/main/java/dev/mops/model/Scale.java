package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The declared scale of a qualitative key result, e.g. an internal NPS from −100 to 100 or a
 * satisfaction rating from 1 to 5.
 *
 * @param min the lowest value on the scale
 * @param max the highest value, greater than {@code min}
 * @param label what the scale measures, e.g. {@code "internal NPS"}
 * @since 0.1.0
 */
public record Scale(BigDecimal min, BigDecimal max, String label) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if {@code max <= min} or the label is blank
   */
  public Scale {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    requireNonNull(label, "label");
    if (max.compareTo(min) <= 0) {
      throw new IllegalArgumentException(
          "scale.max must be greater than scale.min, got "
              + min.toPlainString()
              + ".."
              + max.toPlainString());
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "scale.label must not be blank, got " + dev.mops.core.internal.Checks.quote(label));
    }
  }

  /** Returns the scale {@code min..max} labelled {@code label}. */
  public static Scale of(long min, long max, String label) {
    return new Scale(BigDecimal.valueOf(min), BigDecimal.valueOf(max), label);
  }

  /** Whether {@code value} lies on the scale, ends included. */
  public boolean contains(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** Reads as {@code internal NPS (-100..100)}. */
  @Override
  public String toString() {
    return label + " (" + min.toPlainString() + ".." + max.toPlainString() + ")";
  }
}
