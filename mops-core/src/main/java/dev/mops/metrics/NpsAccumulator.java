package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.util.function.IntConsumer;

/**
 * Counts 0–10 answers into an {@link Nps}, streaming and mergeable: split the answers any way,
 * accumulate each part, merge the parts, and the result equals that of the whole.
 *
 * <pre>{@code
 * NpsAccumulator a = new NpsAccumulator();
 * a.accept(9);
 * a.accept(3);
 * NpsAccumulator b = new NpsAccumulator();
 * b.accept(10);
 * a.merge(b).result();   // NPS +33.3 (2 promoters, 0 passives, 1 detractor of 3 answers)
 * }</pre>
 *
 * <p>Not thread-safe; use one per thread and merge.
 *
 * @since 0.1.0
 */
public final class NpsAccumulator implements IntConsumer {
  private long promoters;
  private long passives;
  private long detractors;
  private long seen;

  /** An accumulator with no answers. */
  public NpsAccumulator() {}

  /**
   * Counts one answer.
   *
   * @throws IllegalArgumentException if {@code answer} is outside 0..10; the message names the
   *     answer and its zero-based position among the answers this accumulator was given
   */
  @Override
  public void accept(int answer) {
    accept(seen, answer);
  }

  void accept(long position, int answer) {
    if (answer < 0 || answer > 10) {
      throw new IllegalArgumentException(
          "answers[" + position + "] must be in 0..10, got " + answer);
    }
    if (answer >= 9) {
      promoters++;
    } else if (answer >= 7) {
      passives++;
    } else {
      detractors++;
    }
    seen++;
  }

  /**
   * Adds the answers of {@code other} to this accumulator and returns this; {@code other} is
   * unchanged.
   *
   * @throws IllegalArgumentException if {@code other} is this accumulator
   */
  public NpsAccumulator merge(NpsAccumulator other) {
    requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("cannot merge an accumulator into itself");
    }
    promoters = Math.addExact(promoters, other.promoters);
    passives = Math.addExact(passives, other.passives);
    detractors = Math.addExact(detractors, other.detractors);
    seen = Math.addExact(seen, other.seen);
    return this;
  }

  /** The NPS of the answers so far; undefined without answers. */
  public Nps result() {
    return Nps.ofCounts(promoters, passives, detractors);
  }

  /** The NPS of the answers so far, e.g. {@code NPS +5 (…)}. */
  @Override
  public String toString() {
    return result().toString();
  }
}
