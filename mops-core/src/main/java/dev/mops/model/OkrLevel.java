package dev.mops.model;

/**
 * The level an OKR is set at. A MOps OKR should align to a marketing (or company) OKR.
 *
 * @since 0.1.0
 */
public enum OkrLevel {
  /** The company's OKRs. */
  COMPANY,
  /** The marketing department's OKRs. */
  MARKETING,
  /** The marketing-operations team's OKRs. */
  MOPS
}
