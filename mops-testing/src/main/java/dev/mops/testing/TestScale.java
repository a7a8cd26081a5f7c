package dev.mops.testing;

import java.util.Locale;

/**
 * How much work the slow tests do: property-test example counts and the sizes of hostile inputs.
 *
 * <p>The system property {@code mops.test.scale} (a number in {@code (0, 1]}, default {@code 1})
 * scales them down. A normal build runs at 1, today's sizes; the {@code mutation} profile runs the
 * tests at a smaller scale because PIT runs each covering test once per mutant (docs/mutation.md).
 * Every module's tests read this one property.
 *
 * <p>Use it for a user's or vendor's own slow tests the same way: {@code TestScale.examples(1_000)}
 * property examples, a hostile input of {@code TestScale.size(10_000)} elements.
 *
 * @since 0.1
 */
public final class TestScale {
  /** The property that scales the slow tests. */
  public static final String PROPERTY = "mops.test.scale";

  private static final double SCALE = parse(System.getProperty(PROPERTY, "1"));

  private TestScale() {}

  /** The scale in force, {@code (0, 1]}. */
  public static double factor() {
    return SCALE;
  }

  /** {@code n} property-test examples at the scale in force, at least 1. */
  public static int examples(int n) {
    return scaled(n);
  }

  /** A hostile input size {@code n} at the scale in force, at least 1. */
  public static int size(int n) {
    return scaled(n);
  }

  /** {@code n} at the scale in force, rounded, at least 1. */
  public static int scaled(int n) {
    return (int) Math.max(1, Math.round(n * SCALE));
  }

  /**
   * The scale written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a number in {@code (0, 1]}
   */
  public static double parse(String text) {
    double scale;
    try {
      scale = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a number in (0, 1], got \"" + text + "\"", e);
    }
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be in (0, 1], got %s", PROPERTY, text));
    }
    return scale;
  }
}
