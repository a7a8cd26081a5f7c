package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The root of the model: one MOps team's goals for a period (usually a year), with everything
 * below them — stakeholders and their objectives, the capabilities and quick wins that serve them,
 * monthly sprints, OKRs and KPIs, the internal goals, review cadences, work items and the rest.
 *
 * <p>A plan is an immutable value. Building one enforces only the invariants of single values
 * (valid ids, non-blank names, ranges that end after they start); whether the plan hangs together
 * (unique ids, references that resolve, quick wins early enough) is for the checker, so a plan
 * with such problems can be built, saved and checked.
 *
 * <p>Navigation: {@link #find(String)} looks up any element by id, {@link #referrers(String)}
 * lists what refers to an element, and the {@code *Of} methods follow references (quick win →
 * capabilities → objectives → stakeholders, OKR → parents, quick win → sprints). Navigation skips
 * dangling references and never loops on a cycle.
 *
 * <p><b>One look-up rule.</b> An id names the first element in document order that has it
 * ({@link #elements()} order), whatever its kind. A reference resolves when that element is of a
 * kind the reference expects; otherwise it resolves to nothing, even when a later element with the
 * same id would fit (the checker reports both the duplicate id and the dangling reference).
 * Navigation, the checker, the public view and the reports all resolve ids this way, and reverse
 * links ({@link #capabilitiesOf(Objective)}, {@link #quickWinsOf(Capability)}) hold exactly the
 * elements whose references resolve to the element asked about.
 *
 * <p><b>Cost.</b> The look-up tables are built once, on first use, in time O(n log n) in the number
 * of elements and references; each navigation call then costs O(1) or O(log n) plus the size of
 * its result. Chains ({@link #ancestorsOf(Okr)}, {@link #buildsOnChain(QuickWin)}) are views whose
 * size is known at once, and cycles are found once per plan. Nothing walks the dates a plan names:
 * a sprint spanning centuries costs what a monthly one costs.
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
public abstract class Plan implements PlanElement {
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
  public abstract List<Stakeholder> stakeholders();

  /** The team. */
  public abstract List<TeamMember> teamMembers();

  /** The stakeholders' objectives. */
  public abstract List<Objective> objectives();

  /** The capabilities being built. */
  public abstract List<Capability> capabilities();

  /** The quick wins, planned month by month. */
  public abstract List<QuickWin> quickWins();

  /** The sprints, usually one per calendar month. */
  public abstract List<Sprint> sprints();

  /** The OKRs at every level the plan holds. */
  public abstract List<Okr> okrs();

  /** The KPIs. */
  public abstract List<Kpi> kpis();

  /** The actionable strategy steps. */
  public abstract List<StrategyStep> strategySteps();

  /** The recurring reviews and communications. */
  public abstract List<ReviewCadence> reviewCadences();

  /** The reviews held. */
  public abstract List<Review> reviews();

  /** The internal, bottom-up goals. */
  public abstract List<InternalGoal> internalGoals();

  /** The team's work items. */
  public abstract List<WorkItem> workItems();

  /** The triage records of incoming requests. */
  public abstract List<RequestTriage> requestTriages();

  /** The documentation list. */
  public abstract List<Document> documents();

  /** The professional-development list. */
  public abstract List<Skill> skills();

  /** Learning activities done for the development list. */
  public abstract List<LearningActivity> learningActivities();

  /** Internal notes. */
  public abstract List<Note> notes();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Lazy
  PlanIndex index() {
    return new PlanIndex(this);
  }

  /**
   * Every element of the plan in document order, nested ones (key results, milestones,
   * indicators, checklist items) right after their container. The plan itself is not included.
   */
  public final List<PlanElement> elements() {
    return index().elements();
  }

  /**
   * The first element with {@code id} in document order, whatever its kind: the look-up rule of
   * the whole SDK (see the class documentation).
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
   * The element that directly holds {@code element} (the OKR of a key result), if nested.
   *
   * @throws NullPointerException if {@code element} is null
   */
  public final Optional<PlanElement> containerOf(PlanElement element) {
    return index().containerOf(element);
  }

  /** The ids used by more than one element, in document order of their second use. */
  public final Set<String> duplicateIds() {
    return index().duplicateIds();
  }

  /** The capabilities a quick win builds, each once, in the order of its ids (dangling ids skipped). */
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

  /** The objectives a capability supports, each once, in the order of its ids (dangling ids skipped). */
  public final List<Objective> objectivesOf(Capability capability) {
    return index().resolveAll(capability.objectiveIds(), Objective.class);
  }

  /** The objectives a quick win claims directly, each once, in the order of its ids (dangling ids skipped). */
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

  /** The quick wins that build a capability (whose capability ids resolve to it), in document order. */
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
   * at once and reading its first k elements costs O(k), so a long chain costs only what is read.
   * A quick win from elsewhere gets the chain of the one it builds on, that one first.
   *
   * @throws NullPointerException if {@code quickWin} is null
   */
  public final List<QuickWin> buildsOnChain(QuickWin quickWin) {
    return index().buildsOnChain(quickWin);
  }

  /**
   * The cycles among "builds on" links of quick wins, each once, as its members in link order
   * starting from the one that comes first in the plan: {@code [q1, q2]} for q1 → q2 → q1.
   * Computed once per plan.
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

  /** The OKR that holds a key result, if it is in this plan. */
  public final Optional<Okr> okrOf(KeyResult keyResult) {
    return containerOf(keyResult).filter(Okr.class::isInstance).map(Okr.class::cast);
  }

  /** The internal goal that holds an indicator, if it is in this plan. */
  public final Optional<InternalGoal> goalOf(SuccessIndicator indicator) {
    return containerOf(indicator).filter(InternalGoal.class::isInstance).map(InternalGoal.class::cast);
  }

  /**
   * What stakeholders may see: this plan without internal goals, success indicators, work items,
   * triage records, documents, skills, learning activities and notes, and without every element
   * whose visibility is {@link Visibility#INTERNAL}. References to removed elements are dropped;
   * an element that cannot exist without a removed one (a review of an internal cadence, a
   * strategy step of an internal objective) is removed with it. Extensions are kept.
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
   * period=2027-01-01/2027-12-31, stakeholders=3, objectives=1, capabilities=3, quickWins=4}}.
   * Each element prints itself in full.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Plan{id=").append(id()).append(", name=").append(name());
    team().ifPresent(t -> b.append(", team=").append(t));
    b.append(", period=").append(period());
    count(b, "stakeholders", stakeholders());
    count(b, "teamMembers", teamMembers());
    count(b, "objectives", objectives());
    count(b, "capabilities", capabilities());
    count(b, "quickWins", quickWins());
    count(b, "sprints", sprints());
    count(b, "okrs", okrs());
    count(b, "kpis", kpis());
    count(b, "strategySteps", strategySteps());
    count(b, "reviewCadences", reviewCadences());
    count(b, "reviews", reviews());
    count(b, "internalGoals", internalGoals());
    count(b, "workItems", workItems());
    count(b, "requestTriages", requestTriages());
    count(b, "documents", documents());
    count(b, "skills", skills());
    count(b, "learningActivities", learningActivities());
    count(b, "notes", notes());
    return b.append('}').toString();
  }

  private static void count(StringBuilder b, String name, List<?> list) {
    if (!list.isEmpty()) {
      b.append(", ").append(name).append('=').append(list.size());
    }
  }

  @Value.Check
  final void check() {
    Checks.id("plan.id", id());
    Checks.notBlank("plan.name", name());
    team().ifPresent(t -> Checks.notBlank("plan.team", t));
  }

  /** Builds a {@link Plan}; {@code id}, {@code name} and {@code period} are required. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code plan}, replacing what was set before, so
     * that {@link #build()} makes a plan equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public Builder from(Plan plan) {
      java.util.Objects.requireNonNull(plan, "plan");
      return id(plan.id()).name(plan.name()).team(plan.team()).period(plan.period())
          .fiscalYearStart(plan.fiscalYearStart()).vision(plan.vision()).stakeholders(plan.stakeholders())
          .teamMembers(plan.teamMembers()).objectives(plan.objectives()).capabilities(plan.capabilities())
          .quickWins(plan.quickWins()).sprints(plan.sprints()).okrs(plan.okrs()).kpis(plan.kpis())
          .strategySteps(plan.strategySteps()).reviewCadences(plan.reviewCadences()).reviews(plan.reviews())
          .internalGoals(plan.internalGoals()).workItems(plan.workItems()).requestTriages(plan.requestTriages())
          .documents(plan.documents()).skills(plan.skills()).learningActivities(plan.learningActivities())
          .notes(plan.notes()).extensions(plan.extensions());
    }
  }
}
