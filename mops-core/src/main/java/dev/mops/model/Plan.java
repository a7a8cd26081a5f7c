package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.Format;
import dev.mops.core.internal.MopsStyle;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The root of the model: one MOps team's goals for a period (usually a year), with everything below
 * them — stakeholders and their objectives, the capabilities and quick wins that serve them,
 * monthly sprints, OKRs and KPIs, the internal goals, review cadences, work items and the rest.
 *
 * <p>A plan is an immutable value. Building one enforces only the invariants of single values
 * (valid ids, non-blank names, ranges that end after they start); whether the plan hangs together
 * (unique ids, references that resolve, quick wins early enough) is for the checker, so a plan with
 * such problems can be built, saved and checked.
 *
 * <p>Navigation: {@link #find(String)} looks up any element by id, {@link #referrers(String)} lists
 * what refers to an element, and the {@code *Of} methods follow references (quick win →
 * capabilities → objectives → stakeholders, OKR → parents, quick win → sprints). Navigation skips
 * dangling references and never loops on a cycle.
 *
 * <p><b>One look-up rule.</b> An id names the first element in document order that has it ({@link
 * #elements()} order), whatever its kind. A reference resolves when that element is of a kind the
 * reference expects; otherwise it resolves to nothing, even when a later element with the same id
 * would fit (the checker reports both the duplicate id and the dangling reference). Navigation, the
 * checker, the public view and the reports all resolve ids this way, and reverse links ({@link
 * #capabilitiesOf(Objective)}, {@link #quickWinsOf(Capability)}) hold exactly the elements whose
 * references resolve to the element asked about.
 *
 * <p><b>Elements are values.</b> Navigation that takes an element ({@link #containerOf}, {@link
 * #okrOf}, {@link #capabilitiesOf(Objective)}, {@link #parentOf} and the rest) treats it as a
 * value: a copy rebuilt through its builder stands for the plan's element it equals. When several
 * elements with its id equal it, the first in document order counts, as in the look-up rule; an
 * element the plan holds nothing equal to is outside the plan.
 *
 * <p><b>Kinds and edits.</b> The plan holds one list per kind of {@link ElementKind} it holds
 * directly; {@link #elements(ElementKind)} and {@link #elements(Class)} reach any kind, nested ones
 * included, and the typed lists ({@link #objectives()}, …) are the same lists. A plan is changed by
 * making a new one: {@link #replacing(PlanElement)} puts a changed element in place of the one its
 * id names, {@link #removing(String)} takes one out, {@link Builder#from(Plan)} starts a builder
 * from it.
 *
 * <p><b>Cost.</b> The look-up tables are built once, on first use, in time O(n log n) in the number
 * of elements and references; each navigation call then costs O(1) or O(log n) plus the size of its
 * result. Chains ({@link #ancestorsOf(Okr)}, {@link #buildsOnChain(QuickWin)}) are views whose size
 * is known at once, and cycles are found once per plan. Nothing walks the dates a plan names: a
 * sprint spanning centuries costs what a monthly one costs.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .id("mops-2027").name("MOps plan 2027")
 *     .period(DateRange.ofYear(Year.of(2027)))
 *     .addStakeholder(Stakeholder.of("sales", "Sales"))
 *     .addObjective(automotive)
 *     .build();
 * plan.find("automotive-sales");   // Optional[Objective{...}]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Plan implements PlanElement permits ImmutablePlan {
  Plan() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The plan's name, e.g. {@code "MOps plan 2027"}. */
  public abstract String name();

  /** The team whose plan it is. */
  public abstract Optional<String> team();

  /** The days the plan covers, usually a year. */
  public abstract DateRange period();

  /** The first month of the fiscal year; {@link Month#JANUARY} by default. Quarters are fiscal. */
  @Value.Default
  public Month fiscalYearStart() {
    return Month.JANUARY;
  }

  /** The team's written vision and plan of action. */
  public abstract Optional<Vision> vision();

  /** The internal partners the team serves. */
  public final List<Stakeholder> stakeholders() {
    return typed(ElementKind.STAKEHOLDER);
  }

  /** The team. */
  public final List<TeamMember> teamMembers() {
    return typed(ElementKind.TEAM_MEMBER);
  }

  /** The stakeholders' objectives. */
  public final List<Objective> objectives() {
    return typed(ElementKind.OBJECTIVE);
  }

  /** The capabilities being built. */
  public final List<Capability> capabilities() {
    return typed(ElementKind.CAPABILITY);
  }

  /** The quick wins, planned month by month. */
  public final List<QuickWin> quickWins() {
    return typed(ElementKind.QUICK_WIN);
  }

  /** The sprints, usually one per calendar month. */
  public final List<Sprint> sprints() {
    return typed(ElementKind.SPRINT);
  }

  /** The OKRs at every level the plan holds. */
  public final List<Okr> okrs() {
    return typed(ElementKind.OKR);
  }

  /** The KPIs. */
  public final List<Kpi> kpis() {
    return typed(ElementKind.KPI);
  }

  /** The actionable strategy steps. */
  public final List<StrategyStep> strategySteps() {
    return typed(ElementKind.STRATEGY_STEP);
  }

  /** The recurring reviews and communications. */
  public final List<ReviewCadence> reviewCadences() {
    return typed(ElementKind.REVIEW_CADENCE);
  }

  /** The reviews held. */
  public final List<Review> reviews() {
    return typed(ElementKind.REVIEW);
  }

  /** The internal, bottom-up goals. */
  public final List<InternalGoal> internalGoals() {
    return typed(ElementKind.INTERNAL_GOAL);
  }

  /** The team's work items. */
  public final List<WorkItem> workItems() {
    return typed(ElementKind.WORK_ITEM);
  }

  /** The triage records of incoming requests. */
  public final List<RequestTriage> requestTriages() {
    return typed(ElementKind.REQUEST_TRIAGE);
  }

  /** The documentation list. */
  public final List<Document> documents() {
    return typed(ElementKind.DOCUMENT);
  }

  /** The professional-development list. */
  public final List<Skill> skills() {
    return typed(ElementKind.SKILL);
  }

  /** Learning activities done for the development list. */
  public final List<LearningActivity> learningActivities() {
    return typed(ElementKind.LEARNING_ACTIVITY);
  }

  /** Internal notes. */
  public final List<Note> notes() {
    return typed(ElementKind.NOTE);
  }

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The plan's own lists, one per kind in kind order (empty for the kinds a plan does not hold
   * directly): the one store behind the typed lists, {@link #elements(ElementKind)} and the
   * builder.
   */
  abstract List<List<PlanElement>> byKind();

  @SuppressWarnings({"unchecked", "EnumOrdinal"}) // byKind() is indexed by the kinds' order
  private <T> List<T> typed(ElementKind kind) {
    return (List<T>) (List<?>) byKind().get(kind.ordinal());
  }

  @Value.Lazy
  PlanIndex index() {
    return new PlanIndex(this);
  }

  /**
   * Every element of the plan in document order, nested ones (key results, milestones, indicators,
   * checklist items) right after their container. The plan itself is not included.
   */
  public final List<PlanElement> elements() {
    return index().elements();
  }

  /**
   * The elements of {@code kind} in document order, nested ones included: {@code
   * elements(ElementKind.OBJECTIVE)} is {@link #objectives()}, {@code
   * elements(ElementKind.KEY_RESULT)} the key results of every OKR. Empty for {@link
   * ElementKind#PLAN}: the plan is not one of its own elements.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  @SuppressWarnings("EnumOrdinal") // byKind() is indexed by the kinds' order
  public final List<PlanElement> elements(ElementKind kind) {
    java.util.Objects.requireNonNull(kind, "kind");
    return kind.container().filter(c -> c == ElementKind.PLAN).isPresent()
        ? byKind().get(kind.ordinal())
        : index().elements(kind);
  }

  /**
   * The elements of the kind whose value type is {@code type}, typed, in document order: {@code
   * plan.elements(KeyResult.class)} holds the key results of every OKR; {@code
   * plan.elements(PlanElement.class)} is {@link #elements()}.
   *
   * <pre>{@code
   * for (Milestone m : plan.elements(Milestone.class)) { ... }
   * }</pre>
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if {@code type} is neither {@link PlanElement} nor the type of
   *     an {@link ElementKind} (or its implementation)
   */
  @SuppressWarnings("unchecked")
  public final <T extends PlanElement> List<T> elements(Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    if (type == PlanElement.class) {
      return (List<T>) elements();
    }
    ElementKind kind =
        ElementKind.ofType(type)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not the type of an element kind: " + type.getName()));
    return (List<T>) (List<?>) elements(kind);
  }

  /**
   * The first element with {@code id} in document order, whatever its kind: the look-up rule of the
   * whole SDK (see the class documentation).
   *
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<PlanElement> find(String id) {
    return index().find(id);
  }

  /**
   * The first element with {@code id} in document order, if it is a {@code type}; empty when that
   * element is of another type, even if a later element with the same id is a {@code type}.
   *
   * <pre>{@code
   * Optional<Capability> c = plan.find("lead-management", Capability.class);
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   */
  public final <T extends PlanElement> Optional<T> find(String id, Class<T> type) {
    return index().resolve(id, type);
  }

  /**
   * Every element with {@code id}, in document order: one element, none, or several when the id is
   * duplicated ({@link #find(String)} returns the first of them).
   *
   * @throws NullPointerException if {@code id} is null
   */
  public final List<PlanElement> elementsWithId(String id) {
    return index().elementsWithId(id);
  }

  /**
   * The elements that refer to {@code id}, in document order, each once.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public final List<PlanElement> referrers(String id) {
    return index().referrers(id);
  }

  /**
   * The element that directly holds {@code element} (the OKR of a key result), if it is nested in
   * this plan. {@code element} is taken as a value: a rebuilt copy of a key result has the OKR of
   * the key result it equals (the first such in document order); an element held twice belongs to
   * its first holder.
   *
   * @throws NullPointerException if {@code element} is null
   */
  public final Optional<PlanElement> containerOf(PlanElement element) {
    return index().containerOf(element);
  }

  /**
   * This plan with {@code element} in place of the element its id names — the first element in
   * document order with that id, wherever it is nested — at the same position; a nested element
   * goes into a copy of its container (a key result into its OKR). Everything else is kept as it
   * is, references included, and so are later elements that repeat the id. Fixing one finding is
   * one line:
   *
   * <pre>{@code
   * Document doc = plan.find(finding.elementId(), Document.class).orElseThrow();
   * Plan fixed = plan.replacing(Document.builder().from(doc).writtenOn(day).build());
   * }</pre>
   *
   * @throws NullPointerException if {@code element} is null
   * @throws UnknownIdException if no element of this plan has the id of {@code element}
   * @throws IllegalArgumentException if the element its id names is of another kind (the id rule
   *     looks no further), or {@code element} is a plan
   */
  public final Plan replacing(PlanElement element) {
    java.util.Objects.requireNonNull(element, "element");
    if (element.elementKind() == ElementKind.PLAN) {
      throw new IllegalArgumentException(
          "a plan replaces no element of a plan, got plan " + Checks.quote(element.id()));
    }
    PlanElement old =
        find(element.id()).orElseThrow(() -> new UnknownIdException(id(), element.id()));
    if (old.elementKind() != element.elementKind()) {
      throw new IllegalArgumentException(
          Checks.quote(element.id())
              + " names "
              + Format.withArticle(old.elementKind().label())
              + " in this plan, not "
              + Format.withArticle(element.elementKind().label()));
    }
    return Edits.edit(this, element.id(), element);
  }

  /**
   * This plan without the element {@code id} names — the first element in document order with that
   * id, wherever it is nested — and what that element holds (an OKR goes with its key results).
   * Everything else is kept as it is: later elements that repeat the id stay, and references to the
   * id stay too, so the checker reports them as {@code dangling-reference} (unless a later element
   * with the id now answers them). To remove every element with an id, repeat while {@code
   * find(id)} finds one.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownIdException if no element of this plan has {@code id} (the plan's own id
   *     included)
   */
  public final Plan removing(String id) {
    java.util.Objects.requireNonNull(id, "id");
    if (find(id).isEmpty()) {
      throw new UnknownIdException(id(), id);
    }
    return Edits.edit(this, id, null);
  }

  /** The ids used by more than one element, in document order of their second use. */
  public final Set<String> duplicateIds() {
    return index().duplicateIds();
  }

  /**
   * The capabilities a quick win builds, each once, in the order of its ids (dangling ids skipped).
   */
  public final List<Capability> capabilitiesOf(QuickWin quickWin) {
    return index().resolveAll(quickWin.capabilityIds(), Capability.class);
  }

  /**
   * The capabilities that support an objective: those whose objective ids resolve to it, in
   * document order. A later objective that repeats an earlier one's id has none.
   */
  public final List<Capability> capabilitiesOf(Objective objective) {
    return index().capabilitiesOf(java.util.Objects.requireNonNull(objective, "objective"));
  }

  /**
   * The objectives a capability supports, each once, in the order of its ids (dangling ids
   * skipped).
   */
  public final List<Objective> objectivesOf(Capability capability) {
    return index().resolveAll(capability.objectiveIds(), Objective.class);
  }

  /**
   * The objectives a quick win claims directly, each once, in the order of its ids (dangling ids
   * skipped).
   */
  public final List<Objective> claimedObjectivesOf(QuickWin quickWin) {
    return index().resolveAll(quickWin.objectiveIds(), Objective.class);
  }

  /**
   * The objectives a quick win serves: those it claims, then those of its capabilities, each once.
   */
  public final List<Objective> objectivesOf(QuickWin quickWin) {
    return index().objectivesOf(java.util.Objects.requireNonNull(quickWin, "quickWin"));
  }

  /** The stakeholders an objective names, each once (dangling ids skipped). */
  public final List<Stakeholder> stakeholdersOf(Objective objective) {
    return index().resolveAll(objective.stakeholderIds(), Stakeholder.class);
  }

  /**
   * The quick wins that claim an objective directly (whose objective ids resolve to it), in
   * document order.
   */
  public final List<QuickWin> quickWinsClaiming(Objective objective) {
    return index().claimersOf(java.util.Objects.requireNonNull(objective, "objective"));
  }

  /**
   * The quick wins of an objective: those that claim it plus those that build a capability
   * supporting it, each once, in document order.
   */
  public final List<QuickWin> quickWinsOf(Objective objective) {
    return index().quickWinsOf(java.util.Objects.requireNonNull(objective, "objective"));
  }

  /**
   * The quick wins that build a capability (whose capability ids resolve to it), in document order.
   */
  public final List<QuickWin> quickWinsOf(Capability capability) {
    return index().quickWinsOf(java.util.Objects.requireNonNull(capability, "capability"));
  }

  /**
   * The quick wins planned for a month that overlaps {@code sprint}'s days, by month, then in
   * document order. Costs O(log n) plus the months that hold a quick win and the result, however
   * long the sprint.
   *
   * @throws NullPointerException if {@code sprint} is null
   */
  public final List<QuickWin> quickWinsOf(Sprint sprint) {
    return index().quickWinsOf(java.util.Objects.requireNonNull(sprint, "sprint"));
  }

  /**
   * The sprints of this plan whose days overlap the planned month of {@code quickWin}, in document
   * order. Costs O(log n) plus the result when sprints do not overlap each other, and at most the
   * number of sprints otherwise.
   *
   * @throws NullPointerException if {@code quickWin} is null
   */
  public final List<Sprint> sprintsOf(QuickWin quickWin) {
    return index().sprintsOf(java.util.Objects.requireNonNull(quickWin, "quickWin"));
  }

  /**
   * The quick win that {@code quickWin} builds on, if its id resolves to a quick win of this plan
   * ({@code quickWin} itself may be a copy or come from elsewhere).
   *
   * @throws NullPointerException if {@code quickWin} is null
   */
  public final Optional<QuickWin> buildsOn(QuickWin quickWin) {
    return index().buildsOn(quickWin);
  }

  /**
   * The chain of quick wins {@code quickWin} builds on, nearest first; it stops before a quick win
   * would repeat, so a cycle yields a finite chain. The list is a read-only view: its size is known
   * at once and reading its first k elements costs O(k), so a long chain costs only what is read. A
   * quick win from elsewhere gets the chain of the one it builds on, that one first.
   *
   * @throws NullPointerException if {@code quickWin} is null
   */
  public final List<QuickWin> buildsOnChain(QuickWin quickWin) {
    return index().buildsOnChain(quickWin);
  }

  /**
   * The cycles among "builds on" links of quick wins, each once, as its members in link order
   * starting from the one that comes first in the plan: {@code [q1, q2]} for q1 → q2 → q1. Computed
   * once per plan.
   */
  public final List<List<QuickWin>> buildsOnCycles() {
    return index().buildsOnCycles();
  }

  /**
   * The parent OKR in this plan, if the parent id resolves to an OKR ({@code okr} itself may be a
   * copy or come from elsewhere).
   *
   * @throws NullPointerException if {@code okr} is null
   */
  public final Optional<Okr> parentOf(Okr okr) {
    return index().parentOf(okr);
  }

  /**
   * The chain of parents of an OKR within the plan, nearest first; it stops before an OKR would
   * repeat, so a cycle yields a finite chain. The list is a read-only view: its size is known at
   * once and reading its first k elements costs O(k), so a chain of thousands costs only what is
   * read. An OKR from elsewhere gets the chain of its parent in this plan, the parent first.
   *
   * @throws NullPointerException if {@code okr} is null
   */
  public final List<Okr> ancestorsOf(Okr okr) {
    return index().ancestorsOf(okr);
  }

  /**
   * The cycles among OKR parents, each once, as its members in parent order starting from the one
   * that comes first in the plan: {@code [a, b]} for a → b → a. Computed once per plan.
   */
  public final List<List<Okr>> okrCycles() {
    return index().okrCycles();
  }

  /** The OKR that holds a key result (or a copy equal to it), if it is in this plan. */
  public final Optional<Okr> okrOf(KeyResult keyResult) {
    return containerOf(keyResult).filter(Okr.class::isInstance).map(Okr.class::cast);
  }

  /** The internal goal that holds an indicator (or a copy equal to it), if it is in this plan. */
  public final Optional<InternalGoal> goalOf(SuccessIndicator indicator) {
    return containerOf(indicator)
        .filter(InternalGoal.class::isInstance)
        .map(InternalGoal.class::cast);
  }

  /**
   * What stakeholders may see: this plan without internal goals, success indicators, work items,
   * triage records, documents, skills, learning activities and notes, and without every element
   * whose visibility is {@link Visibility#INTERNAL}. References to removed elements are dropped; an
   * element that cannot exist without a removed one (a review of an internal cadence, a strategy
   * step of an internal objective) is removed with it. Extensions are kept.
   */
  @Value.Lazy
  public Plan publicView() {
    return PublicView.of(this);
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.PLAN;
  }

  /** A plan is as public as its public view. */
  @Override
  public final Visibility visibility() {
    return Visibility.PUBLIC;
  }

  @Override
  public final List<Reference> references() {
    return List.of();
  }

  @Override
  public final String displayName() {
    return name();
  }

  /**
   * A one-line summary that fits a JShell line: the id, name, team, period and how many elements of
   * each kind the plan holds, e.g. {@code Plan{id=mops-2027, name=MOps plan 2027,
   * period=2027-01-01/2027-12-31, stakeholders=3, objectives=1, capabilities=3, quickWins=4}}. Each
   * element prints itself in full.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Plan{id=").append(id()).append(", name=").append(name());
    team().ifPresent(t -> b.append(", team=").append(t));
    b.append(", period=").append(period());
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      List<PlanElement> list = elements(kind);
      if (!list.isEmpty()) {
        b.append(", ").append(kind.listName()).append('=').append(list.size());
      }
    }
    return b.append('}').toString();
  }

  @Value.Check
  final void check() {
    Checks.id("plan.id", id());
    Checks.notBlank("plan.name", name());
    team().ifPresent(t -> Checks.notBlank("plan.team", t));
  }

  /**
   * Builds a {@link Plan}; {@code id}, {@code name} and {@code period} are required. Elements go
   * into the list of their kind in the order they are added, whatever order the kinds are added in.
   */
  public static final class Builder extends ImmutablePlan.Builder {
    private final Map<ElementKind, List<PlanElement>> lists = new EnumMap<>(ElementKind.class);

    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code plan}, replacing what was set before, so
     * that {@link #build()} makes a plan equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public Builder from(Plan plan) {
      java.util.Objects.requireNonNull(plan, "plan");
      id(plan.id())
          .name(plan.name())
          .team(plan.team())
          .period(plan.period())
          .fiscalYearStart(plan.fiscalYearStart())
          .vision(plan.vision())
          .extensions(plan.extensions());
      lists.clear();
      for (ElementKind kind : ElementKind.PLAN.holds()) {
        elements(kind, plan.elements(kind));
      }
      return this;
    }

    /**
     * Adds an element of any kind the plan holds directly to the list of its kind, after those
     * added before: {@code addElement(objective)} is {@code addObjective(objective)}.
     *
     * @throws NullPointerException if {@code element} is null
     * @throws IllegalArgumentException if a plan does not hold elements of its kind directly (a key
     *     result belongs in an OKR, a plan in no plan)
     */
    public Builder addElement(PlanElement element) {
      java.util.Objects.requireNonNull(element, "element");
      return add(held(element.elementKind()), element);
    }

    /**
     * Adds every element of {@code elements}, each to the list of its kind, in order.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     * @throws IllegalArgumentException if a plan does not hold one of them directly
     */
    public Builder addAllElements(Iterable<? extends PlanElement> elements) {
      java.util.Objects.requireNonNull(elements, "elements");
      for (PlanElement e : elements) {
        addElement(e);
      }
      return this;
    }

    /**
     * Sets the list of {@code kind}, replacing the elements of that kind added before: {@code
     * elements(ElementKind.OBJECTIVE, list)} is {@code objectives(list)}.
     *
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if a plan does not hold elements of {@code kind} directly,
     *     or an element is not of {@code kind}
     */
    public Builder elements(ElementKind kind, Iterable<? extends PlanElement> elements) {
      java.util.Objects.requireNonNull(kind, "kind");
      java.util.Objects.requireNonNull(elements, "elements");
      held(kind);
      List<PlanElement> list = new ArrayList<>();
      for (PlanElement e : elements) {
        list.add(checked(kind, e));
      }
      lists.put(kind, list);
      return this;
    }

    /**
     * Adds a stakeholder after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addStakeholder(Stakeholder element) {
      return add(ElementKind.STAKEHOLDER, element);
    }

    /**
     * Adds stakeholders, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addStakeholders(Stakeholder... elements) {
      return addArray(ElementKind.STAKEHOLDER, elements);
    }

    /**
     * Adds every stakeholder of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllStakeholders(Iterable<? extends Stakeholder> elements) {
      return addAll(ElementKind.STAKEHOLDER, elements);
    }

    /**
     * Sets the stakeholders, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder stakeholders(Iterable<? extends Stakeholder> elements) {
      return elements(ElementKind.STAKEHOLDER, elements);
    }

    /**
     * Adds a team member after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addTeamMember(TeamMember element) {
      return add(ElementKind.TEAM_MEMBER, element);
    }

    /**
     * Adds team members, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addTeamMembers(TeamMember... elements) {
      return addArray(ElementKind.TEAM_MEMBER, elements);
    }

    /**
     * Adds every team member of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllTeamMembers(Iterable<? extends TeamMember> elements) {
      return addAll(ElementKind.TEAM_MEMBER, elements);
    }

    /**
     * Sets the team members, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder teamMembers(Iterable<? extends TeamMember> elements) {
      return elements(ElementKind.TEAM_MEMBER, elements);
    }

    /**
     * Adds an objective after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addObjective(Objective element) {
      return add(ElementKind.OBJECTIVE, element);
    }

    /**
     * Adds objectives, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addObjectives(Objective... elements) {
      return addArray(ElementKind.OBJECTIVE, elements);
    }

    /**
     * Adds every objective of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllObjectives(Iterable<? extends Objective> elements) {
      return addAll(ElementKind.OBJECTIVE, elements);
    }

    /**
     * Sets the objectives, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder objectives(Iterable<? extends Objective> elements) {
      return elements(ElementKind.OBJECTIVE, elements);
    }

    /**
     * Adds a capability after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addCapability(Capability element) {
      return add(ElementKind.CAPABILITY, element);
    }

    /**
     * Adds capabilities, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addCapabilities(Capability... elements) {
      return addArray(ElementKind.CAPABILITY, elements);
    }

    /**
     * Adds every capability of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllCapabilities(Iterable<? extends Capability> elements) {
      return addAll(ElementKind.CAPABILITY, elements);
    }

    /**
     * Sets the capabilities, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder capabilities(Iterable<? extends Capability> elements) {
      return elements(ElementKind.CAPABILITY, elements);
    }

    /**
     * Adds a quick win after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addQuickWin(QuickWin element) {
      return add(ElementKind.QUICK_WIN, element);
    }

    /**
     * Adds quick wins, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addQuickWins(QuickWin... elements) {
      return addArray(ElementKind.QUICK_WIN, elements);
    }

    /**
     * Adds every quick win of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllQuickWins(Iterable<? extends QuickWin> elements) {
      return addAll(ElementKind.QUICK_WIN, elements);
    }

    /**
     * Sets the quick wins, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder quickWins(Iterable<? extends QuickWin> elements) {
      return elements(ElementKind.QUICK_WIN, elements);
    }

    /**
     * Adds a sprint after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addSprint(Sprint element) {
      return add(ElementKind.SPRINT, element);
    }

    /**
     * Adds sprints, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addSprints(Sprint... elements) {
      return addArray(ElementKind.SPRINT, elements);
    }

    /**
     * Adds every sprint of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllSprints(Iterable<? extends Sprint> elements) {
      return addAll(ElementKind.SPRINT, elements);
    }

    /**
     * Sets the sprints, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder sprints(Iterable<? extends Sprint> elements) {
      return elements(ElementKind.SPRINT, elements);
    }

    /**
     * Adds an OKR after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addOkr(Okr element) {
      return add(ElementKind.OKR, element);
    }

    /**
     * Adds OKRs, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addOkrs(Okr... elements) {
      return addArray(ElementKind.OKR, elements);
    }

    /**
     * Adds every OKR of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllOkrs(Iterable<? extends Okr> elements) {
      return addAll(ElementKind.OKR, elements);
    }

    /**
     * Sets the OKRs, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder okrs(Iterable<? extends Okr> elements) {
      return elements(ElementKind.OKR, elements);
    }

    /**
     * Adds a KPI after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addKpi(Kpi element) {
      return add(ElementKind.KPI, element);
    }

    /**
     * Adds KPIs, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addKpis(Kpi... elements) {
      return addArray(ElementKind.KPI, elements);
    }

    /**
     * Adds every KPI of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllKpis(Iterable<? extends Kpi> elements) {
      return addAll(ElementKind.KPI, elements);
    }

    /**
     * Sets the KPIs, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder kpis(Iterable<? extends Kpi> elements) {
      return elements(ElementKind.KPI, elements);
    }

    /**
     * Adds a strategy step after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addStrategyStep(StrategyStep element) {
      return add(ElementKind.STRATEGY_STEP, element);
    }

    /**
     * Adds strategy steps, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addStrategySteps(StrategyStep... elements) {
      return addArray(ElementKind.STRATEGY_STEP, elements);
    }

    /**
     * Adds every strategy step of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllStrategySteps(Iterable<? extends StrategyStep> elements) {
      return addAll(ElementKind.STRATEGY_STEP, elements);
    }

    /**
     * Sets the strategy steps, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder strategySteps(Iterable<? extends StrategyStep> elements) {
      return elements(ElementKind.STRATEGY_STEP, elements);
    }

    /**
     * Adds a review cadence after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addReviewCadence(ReviewCadence element) {
      return add(ElementKind.REVIEW_CADENCE, element);
    }

    /**
     * Adds review cadences, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addReviewCadences(ReviewCadence... elements) {
      return addArray(ElementKind.REVIEW_CADENCE, elements);
    }

    /**
     * Adds every review cadence of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllReviewCadences(Iterable<? extends ReviewCadence> elements) {
      return addAll(ElementKind.REVIEW_CADENCE, elements);
    }

    /**
     * Sets the review cadences, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder reviewCadences(Iterable<? extends ReviewCadence> elements) {
      return elements(ElementKind.REVIEW_CADENCE, elements);
    }

    /**
     * Adds a review after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addReview(Review element) {
      return add(ElementKind.REVIEW, element);
    }

    /**
     * Adds reviews, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addReviews(Review... elements) {
      return addArray(ElementKind.REVIEW, elements);
    }

    /**
     * Adds every review of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllReviews(Iterable<? extends Review> elements) {
      return addAll(ElementKind.REVIEW, elements);
    }

    /**
     * Sets the reviews, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder reviews(Iterable<? extends Review> elements) {
      return elements(ElementKind.REVIEW, elements);
    }

    /**
     * Adds an internal goal after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addInternalGoal(InternalGoal element) {
      return add(ElementKind.INTERNAL_GOAL, element);
    }

    /**
     * Adds internal goals, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addInternalGoals(InternalGoal... elements) {
      return addArray(ElementKind.INTERNAL_GOAL, elements);
    }

    /**
     * Adds every internal goal of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllInternalGoals(Iterable<? extends InternalGoal> elements) {
      return addAll(ElementKind.INTERNAL_GOAL, elements);
    }

    /**
     * Sets the internal goals, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder internalGoals(Iterable<? extends InternalGoal> elements) {
      return elements(ElementKind.INTERNAL_GOAL, elements);
    }

    /**
     * Adds a work item after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addWorkItem(WorkItem element) {
      return add(ElementKind.WORK_ITEM, element);
    }

    /**
     * Adds work items, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addWorkItems(WorkItem... elements) {
      return addArray(ElementKind.WORK_ITEM, elements);
    }

    /**
     * Adds every work item of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllWorkItems(Iterable<? extends WorkItem> elements) {
      return addAll(ElementKind.WORK_ITEM, elements);
    }

    /**
     * Sets the work items, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder workItems(Iterable<? extends WorkItem> elements) {
      return elements(ElementKind.WORK_ITEM, elements);
    }

    /**
     * Adds a request triage after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addRequestTriage(RequestTriage element) {
      return add(ElementKind.REQUEST_TRIAGE, element);
    }

    /**
     * Adds request triages, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addRequestTriages(RequestTriage... elements) {
      return addArray(ElementKind.REQUEST_TRIAGE, elements);
    }

    /**
     * Adds every request triage of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllRequestTriages(Iterable<? extends RequestTriage> elements) {
      return addAll(ElementKind.REQUEST_TRIAGE, elements);
    }

    /**
     * Sets the request triages, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder requestTriages(Iterable<? extends RequestTriage> elements) {
      return elements(ElementKind.REQUEST_TRIAGE, elements);
    }

    /**
     * Adds a document after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addDocument(Document element) {
      return add(ElementKind.DOCUMENT, element);
    }

    /**
     * Adds documents, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addDocuments(Document... elements) {
      return addArray(ElementKind.DOCUMENT, elements);
    }

    /**
     * Adds every document of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllDocuments(Iterable<? extends Document> elements) {
      return addAll(ElementKind.DOCUMENT, elements);
    }

    /**
     * Sets the documents, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder documents(Iterable<? extends Document> elements) {
      return elements(ElementKind.DOCUMENT, elements);
    }

    /**
     * Adds a skill after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addSkill(Skill element) {
      return add(ElementKind.SKILL, element);
    }

    /**
     * Adds skills, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addSkills(Skill... elements) {
      return addArray(ElementKind.SKILL, elements);
    }

    /**
     * Adds every skill of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllSkills(Iterable<? extends Skill> elements) {
      return addAll(ElementKind.SKILL, elements);
    }

    /**
     * Sets the skills, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder skills(Iterable<? extends Skill> elements) {
      return elements(ElementKind.SKILL, elements);
    }

    /**
     * Adds a learning activity after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addLearningActivity(LearningActivity element) {
      return add(ElementKind.LEARNING_ACTIVITY, element);
    }

    /**
     * Adds learning activities, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addLearningActivities(LearningActivity... elements) {
      return addArray(ElementKind.LEARNING_ACTIVITY, elements);
    }

    /**
     * Adds every learning activity of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllLearningActivities(Iterable<? extends LearningActivity> elements) {
      return addAll(ElementKind.LEARNING_ACTIVITY, elements);
    }

    /**
     * Sets the learning activities, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder learningActivities(Iterable<? extends LearningActivity> elements) {
      return elements(ElementKind.LEARNING_ACTIVITY, elements);
    }

    /**
     * Adds a note after those added before.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public Builder addNote(Note element) {
      return add(ElementKind.NOTE, element);
    }

    /**
     * Adds notes, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addNotes(Note... elements) {
      return addArray(ElementKind.NOTE, elements);
    }

    /**
     * Adds every note of {@code elements}, in order, after those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder addAllNotes(Iterable<? extends Note> elements) {
      return addAll(ElementKind.NOTE, elements);
    }

    /**
     * Sets the notes, replacing those added before.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Builder notes(Iterable<? extends Note> elements) {
      return elements(ElementKind.NOTE, elements);
    }

    private Builder add(ElementKind kind, PlanElement element) {
      lists.computeIfAbsent(kind, k -> new ArrayList<>()).add(checked(kind, element));
      return this;
    }

    private Builder addArray(ElementKind kind, PlanElement[] elements) {
      return addAll(
          kind, java.util.Arrays.asList(java.util.Objects.requireNonNull(elements, "elements")));
    }

    private Builder addAll(ElementKind kind, Iterable<? extends PlanElement> elements) {
      java.util.Objects.requireNonNull(elements, "elements");
      for (PlanElement e : elements) {
        add(kind, e);
      }
      return this;
    }

    private static ElementKind held(ElementKind kind) {
      if (kind.container().orElse(null) != ElementKind.PLAN) {
        throw new IllegalArgumentException(
            kind.container()
                .map(
                    c ->
                        Format.withArticle(kind.label())
                            + " belongs in "
                            + Format.withArticle(c.label())
                            + ", not directly in a plan")
                .orElse("a plan cannot hold a plan"));
      }
      return kind;
    }

    private static PlanElement checked(ElementKind kind, PlanElement element) {
      java.util.Objects.requireNonNull(element, "element");
      if (element.elementKind() != kind) {
        throw new IllegalArgumentException(
            Checks.quote(element.id())
                + " is "
                + Format.withArticle(element.elementKind().label())
                + ", not "
                + Format.withArticle(kind.label()));
      }
      return element;
    }

    /**
     * Builds the plan.
     *
     * @throws IllegalStateException if {@code id}, {@code name} or {@code period} is not set
     * @throws IllegalArgumentException if a value breaks an invariant (a blank name, a bad id)
     */
    @Override
    public Plan build() {
      List<List<PlanElement>> all = new ArrayList<>();
      for (ElementKind kind : ElementKind.values()) {
        all.add(List.copyOf(lists.getOrDefault(kind, List.of())));
      }
      byKind(all);
      return super.build();
    }
  }
}
