package dev.mops.metrics;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One share of team work in one unit, over a month or over all work, with its inputs: e.g. 25%
 * urgent by hours in 2027-03 (10 of 40 hours), and how many items were left out because they had no
 * value in that unit. Made by {@link WorkMix}.
 *
 * @since 0.1.0
 */
public final class WorkShare implements Measured {
  private final String kind;
  private final WorkUnit unit;
  private final Optional<YearMonth> month;
  private final Ratio share;
  private final long counted;
  private final long leftOut;

  WorkShare(
      String kind,
      WorkUnit unit,
      Optional<YearMonth> month,
      Ratio share,
      long counted,
      long leftOut) {
    this.kind = kind;
    this.unit = unit;
    this.month = month;
    this.share = share;
    this.counted = counted;
    this.leftOut = leftOut;
  }

  /**
   * Which share: {@code urgent}, {@code non-urgent}, {@code ad-hoc}, {@code planned} or {@code
   * vision-aligned}.
   */
  public String kind() {
    return kind;
  }

  /** The unit the share is measured in. */
  public WorkUnit unit() {
    return unit;
  }

  /** The month, or empty for all work. */
  public Optional<YearMonth> month() {
    return month;
  }

  /** The share: the matching amount of all counted work; undefined when nothing was counted. */
  public Ratio share() {
    return share;
  }

  /** Work items counted. */
  public long counted() {
    return counted;
  }

  /** Work items left out because they have no value in this unit (no hours, no points). */
  public long leftOut() {
    return leftOut;
  }

  /** Whether the share is defined. */
  public boolean isDefined() {
    return share.isDefined();
  }

  /** The share as a double, or empty when undefined. */
  @Override
  public OptionalDouble value() {
    return share.value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkShare w
        && kind.equals(w.kind)
        && unit == w.unit
        && month.equals(w.month)
        && share.equals(w.share)
        && counted == w.counted
        && leftOut == w.leftOut;
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + unit.hashCode()) * 31 + share.hashCode();
  }

  /** {@code 25% urgent by hours in 2027-03 (10 of 40 hours; 1 item without hours left out)}. */
  @Override
  public String toString() {
    String s =
        Figures.percent(share)
            + " "
            + kind
            + " by "
            + unit
            + month.map(m -> " in " + m).orElse("")
            + " ("
            + Figures.inputs(share)
            + " "
            + unit;
    if (leftOut > 0) {
      s += "; " + Figures.count(leftOut, "item", "items") + " without " + unit + " left out";
    }
    return s + ")";
  }
}
