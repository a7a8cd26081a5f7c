package dev.mops.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An objective's score: the weighted mean of its key-result scores, with the inputs. Made by {@link
 * Okrs}.
 *
 * <p>Undefined when a key result's progress is undefined (unless the caller counted missing values
 * as 0) or when there are no key results; {@link #undefinedKeyResults()} names the ones that made
 * it so.
 *
 * <pre>{@code
 * OkrScore s = Okrs.score(List.of(
 *     KeyResults.binary(true), KeyResults.binary(false), KeyResults.binary(false)));
 * s.score();   // 33.33% (1 of 3)
 * s.grade();   // Optional[red]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OkrScore implements Measured {
  private final Map<String, Progress> keyResults;
  private final Map<String, BigDecimal> weights;
  private final List<String> undefinedKeyResults;
  private final boolean missingCountedAsZero;
  private final Ratio score;

  OkrScore(
      Map<String, Progress> keyResults,
      Map<String, BigDecimal> weights,
      List<String> undefinedKeyResults,
      boolean missingCountedAsZero,
      Ratio score) {
    this.keyResults = keyResults;
    this.weights = weights;
    this.undefinedKeyResults = undefinedKeyResults;
    this.missingCountedAsZero = missingCountedAsZero;
    this.score = score;
  }

  /** The key results by name, in the order given. */
  public Map<String, Progress> keyResults() {
    return keyResults;
  }

  /** The weight of each key result, by name. */
  public Map<String, BigDecimal> weights() {
    return weights;
  }

  /** The key results whose progress is undefined, in order; empty when all are defined. */
  public List<String> undefinedKeyResults() {
    return undefinedKeyResults;
  }

  /** Whether undefined key results were counted as 0 instead of making the score undefined. */
  public boolean missingCountedAsZero() {
    return missingCountedAsZero;
  }

  /** The exact score, 0…1: (Σ weight × score) of (Σ weight); undefined as described above. */
  public Ratio score() {
    return score;
  }

  /** Whether the score is defined. */
  public boolean isDefined() {
    return score.isDefined();
  }

  /** The score as a double, or empty when undefined. */
  @Override
  public OptionalDouble value() {
    return score.value();
  }

  /** The grade band with the default bounds, or empty when the score is undefined. */
  public Optional<Grade> grade() {
    return score.isDefined() ? Optional.of(Grade.of(score)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OkrScore s
        && keyResults.equals(s.keyResults)
        && weights.equals(s.weights)
        && missingCountedAsZero == s.missingCountedAsZero
        && score.equals(s.score);
  }

  @Override
  public int hashCode() {
    return keyResults.hashCode() * 31 + score.hashCode();
  }

  /**
   * {@code score 0.33, red (1 of 3) from 3 key results}, or {@code score undefined: no progress for
   * kr-2}.
   */
  @Override
  public String toString() {
    if (keyResults.isEmpty()) {
      return "score undefined: no key results";
    }
    if (!score.isDefined()) {
      return "score undefined: no progress for " + String.join(", ", undefinedKeyResults);
    }
    String s =
        "score "
            + Figures.rate(score)
            + ", "
            + grade().orElseThrow()
            + " ("
            + Figures.inputs(score)
            + ") from "
            + Figures.count(keyResults.size(), "key result", "key results");
    if (!undefinedKeyResults.isEmpty()) {
      s += "; counted as 0: " + String.join(", ", undefinedKeyResults);
    }
    return s;
  }
}
