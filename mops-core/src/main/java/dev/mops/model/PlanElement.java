package dev.mops.model;

import java.util.List;

/**
 * Anything in a plan that has an id: the common view the checker, navigation and the public view
 * work on.
 *
 * <p>Ids are case-sensitive strings matching {@code [A-Za-z0-9._-]{1,64}}, meant to be unique
 * across the whole plan (the checker reports duplicates as {@code duplicate-id}).
 *
 * <p>The hierarchy is sealed: the permitted types are exactly the types of the {@link
 * ElementKind}s, in the kinds' order, so a {@code switch} or an {@code instanceof} chain over them
 * can be complete, and nothing outside mops poses as an element of a plan. Each permitted type is
 * itself sealed to its generated implementation.
 *
 * @since 0.1.0
 */
public sealed interface PlanElement
    permits Plan,
        Stakeholder,
        TeamMember,
        Objective,
        Capability,
        QuickWin,
        Sprint,
        Okr,
        KeyResult,
        Milestone,
        Kpi,
        StrategyStep,
        ReviewCadence,
        Review,
        InternalGoal,
        SuccessIndicator,
        ChecklistItem,
        WorkItem,
        RequestTriage,
        Document,
        Skill,
        LearningActivity,
        Note {

  /** The id, unique within the plan. */
  String id();

  /** What kind of element this is. */
  ElementKind elementKind();

  /**
   * Who may see it. Elements of an {@linkplain ElementKind#isAlwaysInternal() always-internal} kind
   * return {@link Visibility#INTERNAL}.
   */
  Visibility visibility();

  /** Vendor data kept verbatim. */
  Extensions extensions();

  /** The references this element makes to others by id, in field order. */
  List<Reference> references();

  /** A short human name for messages: the title or name, or the id when there is none. */
  String displayName();
}
