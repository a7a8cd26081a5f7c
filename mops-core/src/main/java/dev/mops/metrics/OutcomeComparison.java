package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Two volumes at two rates side by side, to show that outcomes beat outputs: "would you rather have
 * a million emails at a 0.033% click rate or 100,000 emails at 10%?"
 *
 * <pre>{@code
 * OutcomeComparison c = OutcomeComparison.of(
 *     Outcome.atPercent(1_000_000, new BigDecimal("0.033")),
 *     Outcome.atPercent(100_000, new BigDecimal("10")));
 * c.toString();
 * // "1,000,000 emails at 0.033% = 330 clicks vs 100,000 emails at 10% = 10,000 clicks:
 * //  the second yields 9,670 more clicks from 900,000 fewer emails"
 * }</pre>
 *
 * (the sentence is one line).
 *
 * @since 0.1.0
 */
public final class OutcomeComparison {
  private final Outcome first;
  private final Outcome second;

  private OutcomeComparison(Outcome first, Outcome second) {
    this.first = first;
    this.second = second;
  }

  /**
   * Compares two outcomes.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OutcomeComparison of(Outcome first, Outcome second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return new OutcomeComparison(first, second);
  }

  /** The first outcome. */
  public Outcome first() {
    return first;
  }

  /** The second outcome. */
  public Outcome second() {
    return second;
  }

  /** The second outcome minus the first, exactly. */
  public BigDecimal difference() {
    return second.outcome().subtract(first.outcome());
  }

  /** The outcome that yields more, or empty when both yield the same. */
  public Optional<Outcome> better() {
    int c = difference().signum();
    return c == 0 ? Optional.empty() : Optional.of(c > 0 ? second : first);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutcomeComparison c && first.equals(c.first) && second.equals(c.second);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + second.hashCode();
  }

  /**
   * Both sides and which yields more, e.g. {@code 1,000,000 emails at 0.033% = 330 clicks vs
   * 100,000 emails at 10% = 10,000 clicks: the second yields 9,670 more clicks from 900,000 fewer
   * emails}.
   */
  @Override
  public String toString() {
    String s = first + " vs " + second;
    BigDecimal diff = difference();
    if (diff.signum() == 0) {
      return s + ": both yield the same";
    }
    boolean secondWins = diff.signum() > 0;
    Outcome winner = secondWins ? second : first;
    Outcome loser = secondWins ? first : second;
    long volumeDiff = winner.volume() - loser.volume();
    String volumePart =
        volumeDiff == 0
            ? " from the same volume"
            : " from "
                + Figures.count(Math.abs(volumeDiff))
                + (volumeDiff < 0 ? " fewer " : " more ")
                + winner.volumeUnit();
    return s
        + ": the "
        + (secondWins ? "second" : "first")
        + " yields "
        + Figures.amount(diff.abs())
        + " more "
        + winner.outcomeUnit()
        + volumePart;
  }
}
