/**
 * The metrics MOps goals are judged by, computed from raw records: exact, mergeable and
 * self-explaining.
 *
 * <ul>
 *   <li>{@link dev.mops.metrics.Ratio}: an exact numerator and denominator; explicitly undefined
 *       when the denominator is 0 (never NaN, never infinite, never a silent 0); rounding
 *       (half-even) only for presentation; prints as {@code 2.35% (235 of 10,000)}.
 *   <li>{@link dev.mops.metrics.TimeSeries}: values by month or fiscal quarter, with the zone that
 *       bucketed instants (UTC by default) and a sparkline.
 *   <li>Email: {@link dev.mops.metrics.EmailMetrics}, {@link dev.mops.metrics.EmailAccumulator},
 *       {@link dev.mops.metrics.EmailReport} — monthly churn (HubSpot's definition), delivery,
 *       open, click, click-to-open and unsubscribe rates, list churn, per-message counts, and the
 *       {@link dev.mops.metrics.OutcomeComparison} of volume × rate.
 *   <li>Work mix: {@link dev.mops.metrics.WorkMetrics}, {@link dev.mops.metrics.WorkMix} — urgent
 *       share, ad-hoc share and {@link dev.mops.metrics.VisionFocus} (90% target), in an explicit
 *       {@link dev.mops.metrics.WorkUnit}.
 *   <li>Funnel: {@link dev.mops.metrics.FunnelMetrics}, {@link dev.mops.metrics.FunnelReport} —
 *       stage conversion by cohort and movement to opportunity.
 *   <li>{@link dev.mops.metrics.Nps}: internal NPS from 0–10 answers.
 *   <li>{@link dev.mops.metrics.KeyResults} and {@link dev.mops.metrics.Okrs}: key-result progress
 *       and score, OKR score and grade, time-based status.
 * </ul>
 *
 * <p>Every accumulator has {@code accept}, {@code merge} and {@code result}: split the input any
 * way, accumulate the parts (on any threads or machines), merge them in any order, and the result
 * equals that of the whole. Accumulators are not thread-safe; results are immutable.
 */
@NullMarked
package dev.mops.metrics;

import org.jspecify.annotations.NullMarked;
