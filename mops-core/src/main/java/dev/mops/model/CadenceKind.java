package dev.mops.model;

/**
 * What a recurring review or communication is for.
 *
 * @since 0.1.0
 */
public enum CadenceKind {
  /** Weekly team checkpoint, often with a trajectory report shared with sales ops. */
  TEAM_CHECKPOINT,
  /** Monthly stakeholder update: an email, newsletter or one-pager of quick wins. */
  STAKEHOLDER_UPDATE,
  /** Quarterly business review with pre-agreed KPIs. */
  BUSINESS_REVIEW,
  /** Quarterly review of the team's internal goals. */
  INTERNAL_GOAL_REVIEW,
  /** Review of OKR progress: at least monthly, ideally biweekly. */
  OKR_REVIEW,
  /** Anything else. */
  OTHER
}
