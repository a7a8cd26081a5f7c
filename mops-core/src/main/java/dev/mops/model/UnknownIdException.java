package dev.mops.model;

import dev.mops.core.internal.Checks;

/**
 * No element of a plan has the id asked for: thrown by {@link Plan#replacing(PlanElement)} and
 * {@link Plan#removing(String)}, with the id and the plan's id for callers that want them.
 *
 * <pre>{@code
 * try {
 *   plan = plan.removing("qw-4");
 * } catch (UnknownIdException e) {
 *   System.out.println(e.id() + " is not in " + e.planId());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnknownIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String planId;
  private final String id;

  UnknownIdException(String planId, String id) {
    super("no element of plan " + Checks.quote(planId) + " has id " + Checks.quote(id));
    this.planId = planId;
    this.id = id;
  }

  /** The id no element has. */
  public String id() {
    return id;
  }

  /** The id of the plan that was searched. */
  public String planId() {
    return planId;
  }
}
