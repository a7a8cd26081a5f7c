package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A net promoter score from 0–10 answers, such as an internal NPS asked of marketing partners:
 * percent promoters (9–10) minus percent detractors (0–6), from −100 to 100. The counts are kept,
 * so the score is exact; with no answers it is undefined.
 *
 * <pre>{@code
 * Nps nps = Nps.of(9, 10, 6, 8);
 * nps.promoters();      // 2
 * nps.detractors();     // 1
 * nps.score(1);         // Optional[25.0]
 * nps.toString();       // "NPS +25 (2 promoters, 1 passive, 1 detractor of 4 answers)"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Nps implements Measured {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long promoters;
  private final long passives;
  private final long detractors;

  private Nps(long promoters, long passives, long detractors) {
    this.promoters = promoters;
    this.passives = passives;
    this.detractors = detractors;
  }

  /**
   * The NPS of {@code answers}, each 0 to 10.
   *
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if an answer is outside 0..10; the message names the answer
   *     and its zero-based position, e.g. {@code answers[3] must be in 0..10, got 11}
   */
  public static Nps of(int... answers) {
    requireNonNull(answers, "answers");
    NpsAccumulator acc = new NpsAccumulator();
    for (int i = 0; i < answers.length; i++) {
      acc.accept(i, answers[i]);
    }
    return acc.result();
  }

  /**
   * The NPS of {@code answers}, each 0 to 10.
   *
   * @throws NullPointerException if {@code answers} or an answer is null (naming its position)
   * @throws IllegalArgumentException if an answer is outside 0..10; the message names the answer
   *     and its zero-based position
   */
  public static Nps of(Iterable<Integer> answers) {
    requireNonNull(answers, "answers");
    NpsAccumulator acc = new NpsAccumulator();
    long i = 0;
    for (Integer a : answers) {
      acc.accept(i, requireNonNull(a, "answers[" + i + "]"));
      i++;
    }
    return acc.result();
  }

  /**
   * The NPS of already-counted answers.
   *
   * <pre>{@code
   * Nps.ofCounts(25, 55, 20).score(0);   // Optional[5]
   * }</pre>
   *
   * @throws IllegalArgumentException if a count is negative or the counts add up to more than
   *     {@code Long.MAX_VALUE}
   */
  public static Nps ofCounts(long promoters, long passives, long detractors) {
    checkCount("promoters", promoters);
    checkCount("passives", passives);
    checkCount("detractors", detractors);
    if (promoters > Long.MAX_VALUE - passives - detractors) {
      throw new IllegalArgumentException(
          "answers must not exceed "
              + Long.MAX_VALUE
              + ", got "
              + promoters
              + " + "
              + passives
              + " + "
              + detractors);
    }
    return new Nps(promoters, passives, detractors);
  }

  private static void checkCount(String name, long n) {
    if (n < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + n);
    }
  }

  /** Answers of 9 or 10. */
  public long promoters() {
    return promoters;
  }

  /** Answers of 7 or 8. */
  public long passives() {
    return passives;
  }

  /** Answers of 0 to 6. */
  public long detractors() {
    return detractors;
  }

  /** All answers. */
  public long answers() {
    return promoters + passives + detractors;
  }

  /** Whether there is at least one answer. */
  public boolean isDefined() {
    return answers() > 0;
  }

  /**
   * The exact NPS as a fraction: (promoters − detractors) of answers, from −1 to 1; its {@link
   * Ratio#percent(int)} is the NPS in points. Undefined with no answers.
   */
  public Ratio ratio() {
    return Ratio.of(promoters - detractors, answers());
  }

  /** The share of promoters among the answers. */
  public Ratio promoterShare() {
    return Ratio.of(promoters, answers());
  }

  /** The share of detractors among the answers. */
  public Ratio detractorShare() {
    return Ratio.of(detractors, answers());
  }

  /**
   * The NPS in points (−100 to 100) rounded half-even to {@code scale} decimals, or empty with no
   * answers.
   *
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public Optional<BigDecimal> score(int scale) {
    return ratio().percent(scale);
  }

  /**
   * The NPS in points (−100 to 100) as a double, or empty with no answers: the double nearest to
   * the exact 100 × (promoters − detractors) ÷ answers, computed from the counts with no
   * floating-point step in between, so 29 promoters of 100 answers is exactly {@code 29.0}.
   */
  @Override
  public OptionalDouble value() {
    return ratio().times(HUNDRED).value();
  }

  /**
   * Whether the exact NPS is at least {@code points} (e.g. {@code 30}).
   *
   * @throws IllegalStateException if there are no answers
   * @throws NullPointerException if {@code points} is null
   */
  public boolean isAtLeast(BigDecimal points) {
    requireNonNull(points, "points");
    return ratio().isAtLeast(points.divide(HUNDRED));
  }

  /** Adds the counts of two scores, as if their answers were pooled. */
  public Nps plus(Nps other) {
    requireNonNull(other, "other");
    return ofCounts(
        Math.addExact(promoters, other.promoters),
        Math.addExact(passives, other.passives),
        Math.addExact(detractors, other.detractors));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nps n
        && n.promoters == promoters
        && n.passives == passives
        && n.detractors == detractors;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(promoters) * 961
        + Long.hashCode(passives) * 31
        + Long.hashCode(detractors);
  }

  /**
   * {@code NPS +5 (25 promoters, 55 passives, 20 detractors of 100 answers)}; the points are
   * rounded half-even to at most one decimal; {@code NPS undefined (no answers)} without answers.
   */
  @Override
  public String toString() {
    if (!isDefined()) {
      return "NPS undefined (no answers)";
    }
    BigDecimal points = ratio().percent(1).orElseThrow().setScale(1, RoundingMode.HALF_EVEN);
    String shown = Figures.amount(points);
    return "NPS "
        + (points.signum() > 0 ? "+" : "")
        + shown
        + " ("
        + Figures.count(promoters, "promoter", "promoters")
        + ", "
        + Figures.count(passives, "passive", "passives")
        + ", "
        + Figures.count(detractors, "detractor", "detractors")
        + " of "
        + Figures.count(answers(), "answer", "answers")
        + ")";
  }
}
