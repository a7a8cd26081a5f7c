package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * List churn: (unsubscribes + hard bounces + spam complaints) ÷ list size at the period's start.
 * The list size is an input, not counted from events. A contact counted in two of the three (an
 * unsubscribe and a complaint) counts in both, as the formula says. Undefined when the list size is
 * 0.
 *
 * <pre>{@code
 * ListChurn.of(100, 15, 5, 10_000).toString();
 * // "1.2% list churn (120 of 10,000 contacts at start: 100 unsubscribes, 15 hard bounces, 5 spam complaints)"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ListChurn implements Measured {
  private final Optional<String> period;
  private final long unsubscribes;
  private final long hardBounces;
  private final long spamComplaints;
  private final long listSizeAtStart;

  private ListChurn(
      Optional<String> period,
      long unsubscribes,
      long hardBounces,
      long spamComplaints,
      long listSizeAtStart) {
    this.period = period;
    this.unsubscribes = unsubscribes;
    this.hardBounces = hardBounces;
    this.spamComplaints = spamComplaints;
    this.listSizeAtStart = listSizeAtStart;
  }

  /**
   * List churn from counts.
   *
   * @throws IllegalArgumentException if a count is negative or the sum overflows a long
   */
  public static ListChurn of(
      long unsubscribes, long hardBounces, long spamComplaints, long listSizeAtStart) {
    return new ListChurn(
            Optional.empty(),
            nonNegative("unsubscribes", unsubscribes),
            nonNegative("hardBounces", hardBounces),
            nonNegative("spamComplaints", spamComplaints),
            nonNegative("listSizeAtStart", listSizeAtStart))
        .checkSum();
  }

  static ListChurn of(
      String period,
      long unsubscribes,
      long hardBounces,
      long spamComplaints,
      long listSizeAtStart) {
    requireNonNull(period, "period");
    return new ListChurn(
            Optional.of(period),
            unsubscribes,
            hardBounces,
            spamComplaints,
            nonNegative("listSizeAtStart", listSizeAtStart))
        .checkSum();
  }

  private ListChurn checkSum() {
    try {
      Math.addExact(Math.addExact(unsubscribes, hardBounces), spamComplaints);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "unsubscribes + hardBounces + spamComplaints overflow a long");
    }
    return this;
  }

  private static long nonNegative(String name, long n) {
    if (n < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + n);
    }
    return n;
  }

  /** The period, e.g. {@code 2027-03}, when this came from an {@link EmailReport}. */
  public Optional<String> period() {
    return period;
  }

  /** Unsubscribes in the period (distinct contacts when counted from events). */
  public long unsubscribes() {
    return unsubscribes;
  }

  /** Hard bounces in the period (distinct contacts when counted from events). */
  public long hardBounces() {
    return hardBounces;
  }

  /** Spam complaints in the period (distinct contacts when counted from events). */
  public long spamComplaints() {
    return spamComplaints;
  }

  /** The list size at the period's start. */
  public long listSizeAtStart() {
    return listSizeAtStart;
  }

  /** (unsubscribes + hard bounces + spam complaints) of the list size; undefined for size 0. */
  public Ratio ratio() {
    return Ratio.of(unsubscribes + hardBounces + spamComplaints, listSizeAtStart);
  }

  /** The ratio as a double, or empty when undefined. */
  @Override
  public OptionalDouble value() {
    return ratio().value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListChurn l
        && period.equals(l.period)
        && unsubscribes == l.unsubscribes
        && hardBounces == l.hardBounces
        && spamComplaints == l.spamComplaints
        && listSizeAtStart == l.listSizeAtStart;
  }

  @Override
  public int hashCode() {
    return period.hashCode() * 31 + ratio().hashCode();
  }

  /**
   * {@code 1.2% list churn in 2027-03 (120 of 10,000 contacts at start: 100 unsubscribes, 15 hard
   * bounces, 5 spam complaints)}.
   */
  @Override
  public String toString() {
    Ratio r = ratio();
    return Figures.percent(r)
        + " list churn"
        + period.map(p -> " in " + p).orElse("")
        + " ("
        + Figures.inputs(r)
        + " contacts at start: "
        + Figures.count(unsubscribes, "unsubscribe", "unsubscribes")
        + ", "
        + Figures.count(hardBounces, "hard bounce", "hard bounces")
        + ", "
        + Figures.count(spamComplaints, "spam complaint", "spam complaints")
        + ")";
  }
}
