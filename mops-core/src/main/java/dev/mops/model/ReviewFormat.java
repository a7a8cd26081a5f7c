package dev.mops.model;

/**
 * How a review or communication is delivered.
 *
 * @since 0.1.0
 */
public enum ReviewFormat {
  /** A meeting. */
  MEETING,
  /** An email. */
  EMAIL,
  /** A newsletter of upcoming projects and who benefits. */
  NEWSLETTER,
  /** A one-page summary. */
  ONE_PAGER,
  /** A written report, e.g. a trajectory report. */
  REPORT,
  /** Anything else. */
  OTHER
}
