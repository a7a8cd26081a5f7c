package dev.mops.model;

/**
 * Who may see an element. Public elements are shared with marketing and sales partners; internal
 * ones stay within the MOps team and are removed by {@link Plan#publicView()}.
 *
 * @since 0.1.0
 */
public enum Visibility {
  /** Shared with stakeholders: the top-down goals. */
  PUBLIC,
  /** Seen only by the MOps team: bottom-up goals, work items, notes. */
  INTERNAL
}
