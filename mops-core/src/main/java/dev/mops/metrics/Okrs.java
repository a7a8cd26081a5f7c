package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.model.DateRange;
import dev.mops.model.KeyResult;
import dev.mops.model.Okr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OKR arithmetic: the score of an objective from its key results, and the time-based status of
 * progress within a period. The model's OKR types delegate here.
 *
 * <pre>{@code
 * Okrs.score(List.of(KeyResults.binary(true), KeyResults.binary(false), KeyResults.binary(false)))
 *     .score();   // 33.33% (1 of 3)
 * Okrs.status(Ratio.of(1, 2), DateRange.parse("2027-01-01/2027-01-10"), LocalDate.parse("2027-01-06"))
 *     .status();  // Optional[on track]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Okrs {
  /** Progress may trail the elapsed share by this much and still be on track: 0.10. */
  public static final BigDecimal DEFAULT_ON_TRACK_MARGIN = new BigDecimal("0.10");

  /** Progress may trail the elapsed share by this much and still be at risk: 0.25. */
  public static final BigDecimal DEFAULT_AT_RISK_MARGIN = new BigDecimal("0.25");

  private Okrs() {}

  /**
   * The score of an OKR of the model as of {@code asOf}: the weighted mean of its key results'
   * scores ({@link KeyResults#progress(KeyResult, LocalDate)}), keyed by key-result id. Undefined,
   * naming the key results, when one of them is undefined (no check-in yet, no milestones).
   *
   * @throws NullPointerException if an argument is null
   */
  public static OkrScore score(Okr okr, LocalDate asOf) {
    return score(okr, asOf, false);
  }

  /**
   * Like {@link #score(Okr, LocalDate)}, but an undefined key result counts as 0 (Perdoo's
   * behaviour); the result still names it.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OkrScore scoreCountingMissingAsZero(Okr okr, LocalDate asOf) {
    return score(okr, asOf, true);
  }

  /**
   * The time-based status of an OKR as of {@code asOf}: its score against the elapsed share of its
   * period, with the default margins. The status is absent when the score is undefined, and then
   * {@link TimeStatus#unmeasuredKeyResults()} names the key results without a measurement. A
   * score's grade and this status can differ (green and at risk at a quarter's end); {@link
   * TimeStatus#explanation()} says why in one sentence.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TimeStatus status(Okr okr, LocalDate asOf) {
    OkrScore score = score(okr, asOf);
    TimeStatus t = status(score.score(), okr.period(), asOf);
    return new TimeStatus(
        t.progress(),
        t.period(),
        t.asOf(),
        t.elapsed(),
        t.onTrackMargin(),
        t.atRiskMargin(),
        t.status(),
        score.undefinedKeyResults());
  }

  private static OkrScore score(Okr okr, LocalDate asOf, boolean missingAsZero) {
    requireNonNull(okr, "okr");
    requireNonNull(asOf, "asOf");
    Map<String, Progress> krs = new LinkedHashMap<>();
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (KeyResult kr : okr.keyResults()) {
      // a repeated key-result id keeps its first entry; the checker reports the duplicate
      if (!krs.containsKey(kr.id())) {
        krs.put(kr.id(), KeyResults.progress(kr, asOf));
        weights.put(kr.id(), kr.weight());
      }
    }
    return score(krs, weights, missingAsZero);
  }

  /**
   * The equally weighted score of {@code keyResults}, named {@code key result 1}, {@code key result
   * 2}… in order.
   *
   * @throws NullPointerException if the list or an element is null
   */
  public static OkrScore score(List<Progress> keyResults) {
    requireNonNull(keyResults, "keyResults");
    Map<String, Progress> named = new LinkedHashMap<>();
    for (int i = 0; i < keyResults.size(); i++) {
      named.put(
          "key result " + (i + 1), requireNonNull(keyResults.get(i), "keyResults[" + i + "]"));
    }
    return score(named);
  }

  /**
   * The equally weighted score of the named key results; undefined, naming them, when a key
   * result's progress is undefined.
   *
   * @throws NullPointerException if the map, a name or a progress is null
   */
  public static OkrScore score(Map<String, Progress> keyResults) {
    requireNonNull(keyResults, "keyResults");
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    keyResults
        .keySet()
        .forEach(k -> weights.put(requireNonNull(k, "key result name"), BigDecimal.ONE));
    return score(keyResults, weights, false);
  }

  /**
   * The weighted mean of the key-result scores: (Σ weight × score) ÷ (Σ weight), exact. Undefined,
   * naming them, when a key result's progress is undefined.
   *
   * <pre>{@code
   * Okrs.score(
   *     Map.of("kr-1", KeyResults.binary(true), "kr-2", KeyResults.binary(false)),
   *     Map.of("kr-1", new BigDecimal("3"), "kr-2", BigDecimal.ONE)).score();   // 75% (3 of 4)
   * }</pre>
   *
   * @throws IllegalArgumentException if a weight is negative, every weight is 0, or the weights do
   *     not name exactly the key results
   * @throws NullPointerException if a map, a name, a progress or a weight is null
   */
  public static OkrScore score(Map<String, Progress> keyResults, Map<String, BigDecimal> weights) {
    return score(keyResults, weights, false);
  }

  /**
   * Like {@link #score(Map, Map)}, but a key result with undefined progress counts as 0 (Perdoo's
   * behaviour); the result still names it.
   *
   * @throws IllegalArgumentException as for {@link #score(Map, Map)}
   * @throws NullPointerException as for {@link #score(Map, Map)}
   */
  public static OkrScore scoreCountingMissingAsZero(
      Map<String, Progress> keyResults, Map<String, BigDecimal> weights) {
    return score(keyResults, weights, true);
  }

  private static OkrScore score(
      Map<String, Progress> keyResults, Map<String, BigDecimal> weights, boolean missingAsZero) {
    requireNonNull(keyResults, "keyResults");
    requireNonNull(weights, "weights");
    Map<String, Progress> krs = new LinkedHashMap<>();
    keyResults.forEach(
        (k, p) ->
            krs.put(
                requireNonNull(k, "key result name"), requireNonNull(p, "keyResults[" + k + "]")));
    Map<String, BigDecimal> ws = new LinkedHashMap<>();
    for (String k : krs.keySet()) {
      BigDecimal w = weights.get(k);
      if (w == null) {
        throw new IllegalArgumentException("weights must name every key result, missing " + k);
      }
      if (w.signum() < 0) {
        throw new IllegalArgumentException(
            "weights[" + k + "] must be >= 0, got " + w.toPlainString());
      }
      ws.put(k, w);
    }
    for (String k : weights.keySet()) {
      if (!krs.containsKey(k)) {
        throw new IllegalArgumentException("weights name an unknown key result, got " + k);
      }
    }
    List<String> undefined = new ArrayList<>();
    krs.forEach(
        (k, p) -> {
          if (!p.isDefined()) {
            undefined.add(k);
          }
        });
    Map<String, Progress> krsView = Collections.unmodifiableMap(krs);
    Map<String, BigDecimal> wsView = Collections.unmodifiableMap(ws);
    if (krs.isEmpty()) {
      return new OkrScore(krsView, wsView, List.of(), missingAsZero, Ratio.of(0, 0));
    }
    BigDecimal totalWeight = ws.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (totalWeight.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be 0, got " + ws);
    }
    if (!undefined.isEmpty() && !missingAsZero) {
      return new OkrScore(krsView, wsView, List.copyOf(undefined), false, Ratio.of(0, 0));
    }
    Ratio sum = Ratio.of(0, 1);
    for (Map.Entry<String, Progress> e : krs.entrySet()) {
      Ratio s = e.getValue().isDefined() ? e.getValue().score() : Ratio.of(0, 1);
      sum = sum.plusValue(s.times(requireNonNull(ws.get(e.getKey()), "weight")));
    }
    return new OkrScore(
        krsView, wsView, List.copyOf(undefined), missingAsZero, sum.dividedBy(totalWeight));
  }

  /**
   * The share of {@code period} elapsed on {@code asOf}: days elapsed, {@code asOf} included, of
   * the days in the period; 0 before the period starts and all days after it ends.
   *
   * <pre>{@code
   * Okrs.elapsed(DateRange.parse("2027-01-01/2027-01-10"), LocalDate.parse("2027-01-06"));   // 60% (6 of 10)
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public static Ratio elapsed(DateRange period, LocalDate asOf) {
    requireNonNull(period, "period");
    requireNonNull(asOf, "asOf");
    long days = period.days();
    long done;
    if (asOf.isBefore(period.start())) {
      done = 0;
    } else if (asOf.isAfter(period.end())) {
      done = days;
    } else {
      done = ChronoUnit.DAYS.between(period.start(), asOf) + 1;
    }
    return Ratio.of(done, days);
  }

  /**
   * The time-based status of {@code progress} with the default margins: on track if progress ≥
   * elapsed − 0.10, at risk if ≥ elapsed − 0.25, else off track; compared exactly. The status is
   * empty when the progress is undefined.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TimeStatus status(Ratio progress, DateRange period, LocalDate asOf) {
    return status(progress, period, asOf, DEFAULT_ON_TRACK_MARGIN, DEFAULT_AT_RISK_MARGIN);
  }

  /**
   * The time-based status of a key result's score (its progress clamped to 0…1), with the default
   * margins.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TimeStatus status(Progress progress, DateRange period, LocalDate asOf) {
    requireNonNull(progress, "progress");
    return status(progress.score(), period, asOf);
  }

  /**
   * The time-based status of {@code progress}: on track if progress ≥ elapsed − {@code
   * onTrackMargin}, at risk if ≥ elapsed − {@code atRiskMargin}, else off track.
   *
   * @throws IllegalArgumentException unless 0 ≤ {@code onTrackMargin} ≤ {@code atRiskMargin}
   * @throws NullPointerException if an argument is null
   */
  public static TimeStatus status(
      Ratio progress,
      DateRange period,
      LocalDate asOf,
      BigDecimal onTrackMargin,
      BigDecimal atRiskMargin) {
    requireNonNull(progress, "progress");
    requireNonNull(onTrackMargin, "onTrackMargin");
    requireNonNull(atRiskMargin, "atRiskMargin");
    if (onTrackMargin.signum() < 0) {
      throw new IllegalArgumentException(
          "onTrackMargin must be >= 0, got " + onTrackMargin.toPlainString());
    }
    if (atRiskMargin.compareTo(onTrackMargin) < 0) {
      throw new IllegalArgumentException(
          "atRiskMargin must be >= onTrackMargin "
              + onTrackMargin.toPlainString()
              + ", got "
              + atRiskMargin.toPlainString());
    }
    Ratio elapsed = elapsed(period, asOf);
    Optional<TrackStatus> status = Optional.empty();
    if (progress.isDefined()) {
      if (progress.compareValueTo(minus(elapsed, onTrackMargin)) >= 0) {
        status = Optional.of(TrackStatus.ON_TRACK);
      } else if (progress.compareValueTo(minus(elapsed, atRiskMargin)) >= 0) {
        status = Optional.of(TrackStatus.AT_RISK);
      } else {
        status = Optional.of(TrackStatus.OFF_TRACK);
      }
    }
    return new TimeStatus(progress, period, asOf, elapsed, onTrackMargin, atRiskMargin, status);
  }

  /** The least progress that meets {@code elapsed − margin}, never below 0. */
  static Ratio threshold(Ratio elapsed, BigDecimal margin) {
    Ratio t = minus(elapsed, margin);
    return t.numerator().signum() < 0 ? Ratio.of(0, 1) : t;
  }

  private static Ratio minus(Ratio r, BigDecimal d) {
    return Ratio.of(r.numerator().subtract(d.multiply(r.denominator())), r.denominator());
  }
}
