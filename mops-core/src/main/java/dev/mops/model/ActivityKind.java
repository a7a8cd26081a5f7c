package dev.mops.model;

/**
 * What kind of learning activity a team member did.
 *
 * @since 0.1.0
 */
public enum ActivityKind {
  /** A webinar attended. */
  WEBINAR,
  /** A conference attended. */
  CONFERENCE,
  /** A free product trial tested. */
  PRODUCT_TRIAL,
  /** A course or certification. */
  COURSE,
  /** Reading: a book, an article series. */
  READING,
  /** Anything else. */
  OTHER
}
