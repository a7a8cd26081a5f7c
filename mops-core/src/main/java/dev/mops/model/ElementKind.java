package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of element a plan holds, and the one registry of them: each kind names its value type,
 * its list (the name of the list that holds it, as in {@code plan.quickWins()}, the JSON document
 * and finding paths), the kind that holds it, and whether it is always internal.
 *
 * <p>Everything in mops that goes over every kind — the plan's lists and its builder, navigation,
 * the public view, finding paths, the JSON format and its schema — reads this enum, so a new kind
 * of element is one constant here plus its value type (see CONTRIBUTING.md, "Adding an element
 * kind"). The constants are in document order: a kind's elements come after those of the kinds
 * above it, and nested elements (key results, milestones, indicators, checklist items) right after
 * their container.
 *
 * <pre>{@code
 * for (ElementKind kind : ElementKind.PLAN.holds()) {
 *   System.out.println(kind.listName() + ": " + plan.elements(kind).size());
 * }
 * List<KeyResult> all = plan.elements(KeyResult.class);   // across every OKR
 * }</pre>
 *
 * @since 0.1.0
 */
// holds is set once, in the static initializer, before any use; Nesting holds only functions
@SuppressWarnings("ImmutableEnumChecker")
public enum ElementKind {
  /** A {@link Plan}: the root, which no other element holds. */
  PLAN(Plan.class, "plan", "plan", null, false, null),
  /** A {@link Stakeholder}. */
  STAKEHOLDER(Stakeholder.class, "stakeholder", "stakeholders", PLAN, false, null),
  /** A {@link TeamMember}. */
  TEAM_MEMBER(TeamMember.class, "team member", "teamMembers", PLAN, false, null),
  /** An {@link Objective}. */
  OBJECTIVE(Objective.class, "objective", "objectives", PLAN, false, null),
  /** A {@link Capability}. */
  CAPABILITY(Capability.class, "capability", "capabilities", PLAN, false, null),
  /** A {@link QuickWin}. */
  QUICK_WIN(QuickWin.class, "quick win", "quickWins", PLAN, false, null),
  /** A {@link Sprint}. */
  SPRINT(Sprint.class, "sprint", "sprints", PLAN, false, null),
  /** An {@link Okr}. */
  OKR(Okr.class, "OKR", "okrs", PLAN, false, null),
  /** A {@link KeyResult} of an OKR. */
  KEY_RESULT(
      KeyResult.class,
      "key result",
      "keyResults",
      OKR,
      false,
      in(Okr.class, Okr::keyResults, (o, list) -> Okr.builder().from(o).keyResults(list).build())),
  /** A {@link Milestone} of a key result. */
  MILESTONE(
      Milestone.class,
      "milestone",
      "milestones",
      KEY_RESULT,
      false,
      in(
          KeyResult.class,
          KeyResult::milestones,
          (k, list) -> KeyResult.builder().from(k).milestones(list).build())),
  /** A {@link Kpi}. */
  KPI(Kpi.class, "KPI", "kpis", PLAN, false, null),
  /** A {@link StrategyStep}. */
  STRATEGY_STEP(StrategyStep.class, "strategy step", "strategySteps", PLAN, false, null),
  /** A {@link ReviewCadence}. */
  REVIEW_CADENCE(ReviewCadence.class, "review cadence", "reviewCadences", PLAN, false, null),
  /** A held {@link Review}. */
  REVIEW(Review.class, "review", "reviews", PLAN, false, null),
  /** An {@link InternalGoal}: always internal. */
  INTERNAL_GOAL(InternalGoal.class, "internal goal", "internalGoals", PLAN, true, null),
  /** A {@link SuccessIndicator} of an internal goal: always internal. */
  SUCCESS_INDICATOR(
      SuccessIndicator.class,
      "success indicator",
      "indicators",
      INTERNAL_GOAL,
      true,
      in(
          InternalGoal.class,
          InternalGoal::indicators,
          (g, list) -> InternalGoal.builder().from(g).indicators(list).build())),
  /** A {@link ChecklistItem} of an indicator: always internal. */
  CHECKLIST_ITEM(
      ChecklistItem.class,
      "checklist item",
      "items",
      SUCCESS_INDICATOR,
      true,
      in(
          SuccessIndicator.class,
          SuccessIndicator::items,
          (i, list) -> SuccessIndicator.builder().from(i).items(list).build())),
  /** A {@link WorkItem}: always internal. */
  WORK_ITEM(WorkItem.class, "work item", "workItems", PLAN, true, null),
  /** A {@link RequestTriage}: always internal. */
  REQUEST_TRIAGE(RequestTriage.class, "request triage", "requestTriages", PLAN, true, null),
  /** A {@link Document} on the documentation list: always internal. */
  DOCUMENT(Document.class, "document", "documents", PLAN, true, null),
  /** A {@link Skill} on the development list: always internal. */
  SKILL(Skill.class, "skill", "skills", PLAN, true, null),
  /** A {@link LearningActivity}: always internal. */
  LEARNING_ACTIVITY(
      LearningActivity.class, "learning activity", "learningActivities", PLAN, true, null),
  /** An internal {@link Note}: always internal. */
  NOTE(Note.class, "note", "notes", PLAN, true, null);

  private final Class<? extends PlanElement> type;
  private final String label;
  private final String listName;
  private final @Nullable ElementKind container;
  private final boolean alwaysInternal;
  private final @Nullable Nesting nesting;
  private List<ElementKind> holds = List.of();

  static {
    for (ElementKind k : values()) {
      if ((k.container != null && k.container != PLAN) != (k.nesting != null)) {
        throw new IllegalStateException(
            k + ": a kind held by an element other than the plan needs to say how");
      }
      List<ElementKind> held = new ArrayList<>();
      for (ElementKind n : values()) {
        if (n.container == k) {
          held.add(n);
        }
      }
      k.holds = List.copyOf(held);
    }
  }

  ElementKind(
      Class<? extends PlanElement> type,
      String label,
      String listName,
      @Nullable ElementKind container,
      boolean alwaysInternal,
      @Nullable Nesting nesting) {
    this.type = type;
    this.label = label;
    this.listName = listName;
    this.container = container;
    this.alwaysInternal = alwaysInternal;
    this.nesting = nesting;
  }

  /** The value type of elements of this kind, e.g. {@code QuickWin.class}. */
  public Class<? extends PlanElement> type() {
    return type;
  }

  /** The name as a sentence writes it, e.g. {@code "quick win"}, {@code "OKR"}. */
  public String label() {
    return label;
  }

  /**
   * The name of the list that holds elements of this kind in their container, e.g. {@code
   * "quickWins"} (a plan's), {@code "keyResults"} (an OKR's): the accessor's name, the JSON
   * property and the segment of a finding's path. {@code "plan"} for {@link #PLAN}, which no list
   * holds.
   */
  public String listName() {
    return listName;
  }

  /**
   * The kind whose elements hold elements of this one: {@link #PLAN} for the plan's own lists,
   * {@link #OKR} for key results; empty for {@link #PLAN} itself.
   */
  public Optional<ElementKind> container() {
    return Optional.ofNullable(container);
  }

  /**
   * The kinds an element of this kind holds directly, in document order: the plan's lists for
   * {@link #PLAN}, {@code [KEY_RESULT]} for {@link #OKR}, none for most kinds.
   */
  public List<ElementKind> holds() {
    return holds;
  }

  /** Whether every element of this kind is internal, whatever its declared visibility. */
  public boolean isAlwaysInternal() {
    return alwaysInternal;
  }

  /**
   * The kind whose value type {@code type} is or extends (a generated implementation); empty if
   * none.
   */
  static Optional<ElementKind> ofType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (ElementKind k : values()) {
        if (k.type == c) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The elements of this kind that {@code holder} holds directly, in order: {@code
   * KEY_RESULT.elementsIn(okr)} is {@code okr.keyResults()}, {@code OBJECTIVE.elementsIn(plan)} is
   * {@code plan.objectives()}. With {@link #holds()} it walks a plan as a tree.
   *
   * @throws NullPointerException if {@code holder} is null
   * @throws IllegalArgumentException if {@code holder} is not of the kind that holds this one
   */
  @SuppressWarnings("unchecked")
  public List<PlanElement> elementsIn(PlanElement holder) {
    Objects.requireNonNull(holder, "holder");
    if (container == null || holder.elementKind() != container) {
      throw new IllegalArgumentException(
          container == null
              ? "no element holds a plan"
              : Format.withArticle(label)
                  + " is held by "
                  + Format.withArticle(container.label)
                  + ", not by "
                  + Format.withArticle(holder.elementKind().label())
                  + " ("
                  + Checks.quote(holder.id())
                  + ")");
    }
    if (container == PLAN) {
      return ((Plan) holder).elements(this);
    }
    return (List<PlanElement>) nested().get.apply(holder);
  }

  /**
   * A copy of {@code holder}, of the kind that holds this one, that holds {@code elements} of this
   * kind instead of its own.
   */
  PlanElement withElementsIn(PlanElement holder, List<PlanElement> elements) {
    elementsIn(holder);
    if (container == PLAN) {
      return Plan.builder().from((Plan) holder).elements(this, elements).build();
    }
    return nested().with.apply(holder, elements);
  }

  private Nesting nested() {
    return Objects.requireNonNull(
        nesting, "a kind held by an element other than the plan says how");
  }

  /** How a nested kind is read from and put into its container. */
  private static final class Nesting {
    final Function<PlanElement, List<? extends PlanElement>> get;
    final BiFunction<PlanElement, List<PlanElement>, PlanElement> with;

    Nesting(
        Function<PlanElement, List<? extends PlanElement>> get,
        BiFunction<PlanElement, List<PlanElement>, PlanElement> with) {
      this.get = get;
      this.with = with;
    }
  }

  private static <C extends PlanElement, E extends PlanElement> Nesting in(
      Class<C> holder, Function<C, List<E>> get, BiFunction<C, List<E>, C> with) {
    return new Nesting(
        h -> get.apply(holder.cast(h)), (h, list) -> with.apply(holder.cast(h), cast(list)));
  }

  @SuppressWarnings("unchecked")
  private static <E> List<E> cast(List<PlanElement> list) {
    return (List<E>) (List<?>) Objects.requireNonNull(list, "elements");
  }
}
