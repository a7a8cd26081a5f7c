package dev.mops.model;

/**
 * How a success indicator is judged.
 *
 * @since 0.1.0
 */
public enum IndicatorKind {
  /** A measured value against a target ("what percent of work is urgent?"). */
  MEASURED,
  /** A checklist of things to do ("list the documentation that needs to be created"). */
  CHECKLIST,
  /** An observation judged by people ("the CMO includes MOps progress in status updates"). */
  OBSERVED
}
