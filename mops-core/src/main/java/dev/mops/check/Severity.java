package dev.mops.check;

import java.util.Locale;

/**
 * How serious a finding is. Declared from most to least serious, so the natural order sorts errors
 * first.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The plan is wrong: it contradicts itself or cannot be tracked as written. */
  ERROR,
  /** The plan works but goes against the practice the rule is named after. */
  WARNING,
  /** Advice: worth a look, not necessarily a problem. */
  INFO;

  /** The lower-case name used in reports, e.g. {@code "error"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code other}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(java.util.Objects.requireNonNull(other, "other")) <= 0;
  }
}
