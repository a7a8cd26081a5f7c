package dev.mops.model;

/**
 * The kinds of element a plan holds. Used in references ("this id must name a capability") and in
 * finding paths.
 *
 * @since 0.1.0
 */
public enum ElementKind {
  /** A {@link Plan}. */
  PLAN("plan", false),
  /** A {@link Stakeholder}. */
  STAKEHOLDER("stakeholder", false),
  /** A {@link TeamMember}. */
  TEAM_MEMBER("team member", false),
  /** An {@link Objective}. */
  OBJECTIVE("objective", false),
  /** A {@link Capability}. */
  CAPABILITY("capability", false),
  /** A {@link QuickWin}. */
  QUICK_WIN("quick win", false),
  /** A {@link Sprint}. */
  SPRINT("sprint", false),
  /** An {@link Okr}. */
  OKR("okr", false),
  /** A {@link KeyResult}. */
  KEY_RESULT("key result", false),
  /** A {@link Milestone} of a key result. */
  MILESTONE("milestone", false),
  /** A {@link Kpi}. */
  KPI("kpi", false),
  /** A {@link StrategyStep}. */
  STRATEGY_STEP("strategy step", false),
  /** A {@link ReviewCadence}. */
  REVIEW_CADENCE("review cadence", false),
  /** A held {@link Review}. */
  REVIEW("review", false),
  /** An {@link InternalGoal}: always internal. */
  INTERNAL_GOAL("internal goal", true),
  /** A {@link SuccessIndicator}: always internal. */
  SUCCESS_INDICATOR("success indicator", true),
  /** A {@link ChecklistItem} of an indicator: always internal. */
  CHECKLIST_ITEM("checklist item", true),
  /** A {@link WorkItem}: always internal. */
  WORK_ITEM("work item", true),
  /** A {@link RequestTriage}: always internal. */
  REQUEST_TRIAGE("request triage", true),
  /** A {@link Document} on the documentation list: always internal. */
  DOCUMENT("document", true),
  /** A {@link Skill} on the development list: always internal. */
  SKILL("skill", true),
  /** A {@link LearningActivity}: always internal. */
  LEARNING_ACTIVITY("learning activity", true),
  /** An internal {@link Note}: always internal. */
  NOTE("note", true);

  private final String label;
  private final boolean alwaysInternal;

  ElementKind(String label, boolean alwaysInternal) {
    this.label = label;
    this.alwaysInternal = alwaysInternal;
  }

  /** A lower-case name for messages, e.g. {@code "quick win"}. */
  public String label() {
    return label;
  }

  /** Whether every element of this kind is internal, whatever its declared visibility. */
  public boolean isAlwaysInternal() {
    return alwaysInternal;
  }
}
