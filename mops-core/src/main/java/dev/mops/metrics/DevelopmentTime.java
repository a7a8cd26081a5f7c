package dev.mops.metrics;

import dev.mops.model.Quarter;
import java.util.List;
import java.util.Map;

/**
 * Time for professional development in a quarter: learning activities per active team member
 * (members with none count, as zeros), and the skills on the development list that had at least one
 * activity. Made by {@link PlanMetrics#developmentTime}.
 *
 * @since 0.1.0
 */
public final class DevelopmentTime {
  private final Quarter quarter;
  private final Map<String, Long> activitiesByMember;
  private final int skillsListed;
  private final List<String> skillsWithoutActivity;

  DevelopmentTime(
      Quarter quarter,
      Map<String, Long> activitiesByMember,
      int skillsListed,
      List<String> skillsWithoutActivity) {
    this.quarter = quarter;
    this.activitiesByMember =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(activitiesByMember));
    this.skillsListed = skillsListed;
    this.skillsWithoutActivity = List.copyOf(skillsWithoutActivity);
  }

  /** The fiscal quarter measured. */
  public Quarter quarter() {
    return quarter;
  }

  /**
   * Learning activities in the quarter per active team member id, in team order, zeros included.
   */
  public Map<String, Long> activitiesByMember() {
    return activitiesByMember;
  }

  /** Activities ÷ active members: the mean per member; undefined without active members. */
  public Ratio perMember() {
    long total = activitiesByMember.values().stream().mapToLong(Long::longValue).sum();
    return Ratio.of(total, activitiesByMember.size());
  }

  /**
   * Skills with at least one activity in the quarter ÷ skills listed; undefined with none listed.
   */
  public Ratio skillsPractised() {
    return Ratio.of(skillsListed - skillsWithoutActivity.size(), skillsListed);
  }

  /** The ids of listed skills with no activity in the quarter, in list order. */
  public List<String> skillsWithoutActivity() {
    return skillsWithoutActivity;
  }

  /**
   * Reads as {@code development in 2027-Q1: 0.33 activities per member; 50% (1 of 2) skills
   * practised}.
   */
  @Override
  public String toString() {
    return "development in "
        + quarter
        + ": "
        + perMember().decimal(2).map(d -> d.toPlainString()).orElse("no active members, so no")
        + " activities per member; "
        + skillsPractised()
        + " skills practised";
  }
}
