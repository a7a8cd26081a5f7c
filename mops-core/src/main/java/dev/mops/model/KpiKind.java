package dev.mops.model;

/**
 * Whether a KPI measures an outcome (conversions, lead trajectory, movement to opportunity, click
 * rate) or an output (emails sent, campaigns launched). Outcome KPIs are the ones to be graded on.
 *
 * @since 0.1.0
 */
public enum KpiKind {
  /** Measures a result for the business. */
  OUTCOME,
  /** Counts activity or volume. */
  OUTPUT,
  /** Not declared; the checker judges by the KPI's measure. */
  UNSPECIFIED
}
