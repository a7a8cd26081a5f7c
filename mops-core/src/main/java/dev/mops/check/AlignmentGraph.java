package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.model.Capability;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.Sprint;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The links the alignment rules walk, resolved once: objective ← capability ← quick win ← sprint,
 * OKR parent chains, and "builds on" chains between quick wins, with the cycles among the last two.
 *
 * <p>An id resolves to the first element of the plan, in document order, that has the id and the
 * expected type; ids that resolve to nothing (dangling references) are skipped. A quick win belongs
 * to every sprint whose days overlap its planned month. Every query is answered from tables built
 * in one pass over the plan, and no query loops on a cycle.
 *
 * <pre>{@code
 * AlignmentGraph graph = AlignmentGraph.of(plan);
 * graph.quickWinsOf(automotive);   // the quick wins that claim it or build its capabilities
 * graph.okrCycles();               // e.g. [[okr-a, okr-b]] for a -> b -> a
 * AlignmentGraph.describeCycle(List.of("okr-a", "okr-b"));   // "okr-a → okr-b → okr-a"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AlignmentGraph {
  private final Plan plan;
  private final Work work;
  private final Map<String, List<PlanElement>> byId = new HashMap<>();
  private final Map<PlanElement, Integer> position = new IdentityHashMap<>();
  private final Map<String, List<Capability>> capabilitiesByObjective = new HashMap<>();
  private final Map<String, List<QuickWin>> quickWinsByCapability = new HashMap<>();
  private final Map<String, List<QuickWin>> quickWinsByClaim = new HashMap<>();
  private final Map<YearMonth, List<QuickWin>> quickWinsByMonth = new HashMap<>();
  private final Map<QuickWin, List<Sprint>> sprintsByQuickWin = new IdentityHashMap<>();
  private final Map<Sprint, List<QuickWin>> quickWinsBySprint = new IdentityHashMap<>();
  private final List<List<String>> okrCycles;
  private final List<List<String>> buildsOnCycles;

  private AlignmentGraph(Plan plan, Work work) {
    this.plan = plan;
    this.work = work;
    int i = 0;
    for (PlanElement e : plan.elements()) {
      position.put(e, i++);
      byId.computeIfAbsent(e.id(), k -> new ArrayList<>(1)).add(e);
    }
    work.add(i);
    for (Capability c : plan.capabilities()) {
      for (String o : new LinkedHashSet<>(c.objectiveIds())) {
        capabilitiesByObjective.computeIfAbsent(o, k -> new ArrayList<>()).add(c);
      }
    }
    YearMonth min = null;
    YearMonth max = null;
    for (QuickWin q : plan.quickWins()) {
      for (String c : new LinkedHashSet<>(q.capabilityIds())) {
        quickWinsByCapability.computeIfAbsent(c, k -> new ArrayList<>()).add(q);
      }
      for (String o : new LinkedHashSet<>(q.objectiveIds())) {
        quickWinsByClaim.computeIfAbsent(o, k -> new ArrayList<>()).add(q);
      }
      quickWinsByMonth.computeIfAbsent(q.plannedMonth(), k -> new ArrayList<>()).add(q);
      min = min == null || q.plannedMonth().isBefore(min) ? q.plannedMonth() : min;
      max = max == null || q.plannedMonth().isAfter(max) ? q.plannedMonth() : max;
    }
    work.add(plan.capabilities().size() + plan.quickWins().size());
    for (Sprint s : plan.sprints()) {
      List<QuickWin> wins = new ArrayList<>();
      if (min != null) {
        YearMonth from = YearMonth.from(s.range().start());
        YearMonth to = YearMonth.from(s.range().end());
        from = from.isBefore(min) ? min : from;
        to = to.isAfter(max) ? max : to;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
          work.add(1);
          for (QuickWin q : quickWinsByMonth.getOrDefault(m, List.of())) {
            wins.add(q);
            sprintsByQuickWin.computeIfAbsent(q, k -> new ArrayList<>()).add(s);
          }
        }
      }
      quickWinsBySprint.put(s, List.copyOf(wins));
      work.add(1 + wins.size());
    }
    this.okrCycles = cycles(plan.okrs(), o -> o.parentId().flatMap(id -> resolve(id, Okr.class)));
    this.buildsOnCycles = cycles(plan.quickWins(), q -> q.buildsOn().flatMap(id -> resolve(id, QuickWin.class)));
  }

  /** Builds the graph of {@code plan}. */
  public static AlignmentGraph of(Plan plan) {
    return new AlignmentGraph(requireNonNull(plan, "plan"), new Work());
  }

  static AlignmentGraph of(Plan plan, Work work) {
    return new AlignmentGraph(plan, work);
  }

  /** The plan the graph was built from. */
  public Plan plan() {
    return plan;
  }

  /** The first element with {@code id} that is a {@code type}, in document order. */
  public <T extends PlanElement> Optional<T> resolve(String id, Class<T> type) {
    requireNonNull(type, "type");
    work.add(1);
    for (PlanElement e : byId.getOrDefault(requireNonNull(id, "id"), List.of())) {
      if (type.isInstance(e)) {
        return Optional.of(type.cast(e));
      }
    }
    return Optional.empty();
  }

  /** Every element with {@code id}, in document order (more than one when the id is duplicated). */
  public List<PlanElement> elementsWithId(String id) {
    return counted(byId.getOrDefault(requireNonNull(id, "id"), List.of()));
  }

  /** The capabilities that support {@code objective}. */
  public List<Capability> capabilitiesOf(Objective objective) {
    return counted(capabilitiesByObjective.getOrDefault(objective.id(), List.of()));
  }

  /** The objectives {@code capability} supports. */
  public List<Objective> objectivesOf(Capability capability) {
    return resolveAll(capability.objectiveIds(), Objective.class);
  }

  /** The capabilities {@code quickWin} builds. */
  public List<Capability> capabilitiesOf(QuickWin quickWin) {
    return resolveAll(quickWin.capabilityIds(), Capability.class);
  }

  /** The objectives {@code quickWin} claims directly. */
  public List<Objective> claimedObjectivesOf(QuickWin quickWin) {
    return resolveAll(quickWin.objectiveIds(), Objective.class);
  }

  /** The objectives {@code quickWin} serves: those it claims, then those of its capabilities. */
  public List<Objective> objectivesOf(QuickWin quickWin) {
    Set<Objective> out = new LinkedHashSet<>(claimedObjectivesOf(quickWin));
    for (Capability c : capabilitiesOf(quickWin)) {
      out.addAll(objectivesOf(c));
    }
    return List.copyOf(out);
  }

  /** The quick wins that build {@code capability}. */
  public List<QuickWin> quickWinsOf(Capability capability) {
    return counted(quickWinsByCapability.getOrDefault(capability.id(), List.of()));
  }

  /**
   * The quick wins of {@code objective}: those that claim it plus those that build a capability
   * supporting it, in document order.
   */
  public List<QuickWin> quickWinsOf(Objective objective) {
    Set<QuickWin> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(quickWinsByClaim.getOrDefault(objective.id(), List.of()));
    for (Capability c : capabilitiesOf(objective)) {
      out.addAll(quickWinsByCapability.getOrDefault(c.id(), List.of()));
    }
    return inDocumentOrder(out);
  }

  /** The quick wins planned for a month that overlaps {@code sprint}. */
  public List<QuickWin> quickWinsOf(Sprint sprint) {
    requireNonNull(sprint, "sprint");
    return counted(quickWinsBySprint.getOrDefault(sprint, List.of()));
  }

  /** The sprints whose days overlap the planned month of {@code quickWin}. */
  public List<Sprint> sprintsOf(QuickWin quickWin) {
    requireNonNull(quickWin, "quickWin");
    return counted(sprintsByQuickWin.getOrDefault(quickWin, List.of()));
  }

  /** The quick win {@code quickWin} builds on, if it resolves. */
  public Optional<QuickWin> buildsOn(QuickWin quickWin) {
    return quickWin.buildsOn().flatMap(id -> resolve(id, QuickWin.class));
  }

  /** The chain of quick wins {@code quickWin} builds on, nearest first; stops before a repeat. */
  public List<QuickWin> buildsOnChain(QuickWin quickWin) {
    List<QuickWin> chain = new ArrayList<>();
    Set<QuickWin> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(quickWin);
    Optional<QuickWin> next = buildsOn(quickWin);
    while (next.isPresent() && seen.add(next.get())) {
      chain.add(next.get());
      next = buildsOn(next.get());
    }
    return List.copyOf(chain);
  }

  /** The parent OKR of {@code okr} in the plan, if it resolves. */
  public Optional<Okr> parentOf(Okr okr) {
    return okr.parentId().flatMap(id -> resolve(id, Okr.class));
  }

  /** The chain of parents of {@code okr} in the plan, nearest first; stops before a repeat. */
  public List<Okr> parentChain(Okr okr) {
    List<Okr> chain = new ArrayList<>();
    Set<Okr> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(okr);
    Optional<Okr> next = parentOf(okr);
    while (next.isPresent() && seen.add(next.get())) {
      chain.add(next.get());
      next = parentOf(next.get());
    }
    return List.copyOf(chain);
  }

  /**
   * The cycles among OKR parents, each once, as the ids around it starting from the member that
   * comes first in the plan, e.g. {@code [okr-a, okr-b]} for okr-a → okr-b → okr-a.
   */
  public List<List<String>> okrCycles() {
    return okrCycles;
  }

  /** The cycles among "builds on" links of quick wins, each once, like {@link #okrCycles()}. */
  public List<List<String>> buildsOnCycles() {
    return buildsOnCycles;
  }

  /** The text of a cycle with its first id repeated at the end: {@code a → b → c → a}. */
  public static String describeCycle(List<String> cycle) {
    requireNonNull(cycle, "cycle");
    if (cycle.isEmpty()) {
      throw new IllegalArgumentException("cycle must not be empty");
    }
    return String.join(" → ", cycle) + " → " + cycle.get(0);
  }

  private <T extends PlanElement> List<T> resolveAll(List<String> ids, Class<T> type) {
    List<T> out = new ArrayList<>(ids.size());
    Set<String> seen = new LinkedHashSet<>();
    for (String id : ids) {
      if (seen.add(id)) {
        resolve(id, type).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  private <T extends PlanElement> List<T> counted(List<T> list) {
    work.add(1 + list.size());
    return List.copyOf(list);
  }

  private <T extends PlanElement> List<T> inDocumentOrder(Collection<T> elements) {
    List<T> out = new ArrayList<>(elements);
    out.sort(Comparator.comparingInt(e -> position.getOrDefault(e, Integer.MAX_VALUE)));
    work.add(1 + out.size());
    return List.copyOf(out);
  }

  /** Cycles of a graph where each node has at most one successor, found in one pass. */
  private <T extends PlanElement> List<List<String>> cycles(
      List<T> nodes, java.util.function.Function<T, Optional<T>> next) {
    Map<T, Integer> state = new IdentityHashMap<>(); // absent: new; -1: done; k >= 0: on walk k
    List<List<String>> found = new ArrayList<>();
    int walk = 0;
    for (T start : nodes) {
      if (state.containsKey(start)) {
        continue;
      }
      List<T> path = new ArrayList<>();
      T current = start;
      while (current != null && !state.containsKey(current)) {
        state.put(current, walk);
        path.add(current);
        current = next.apply(current).orElse(null);
      }
      work.add(path.size());
      if (current != null && state.get(current) == walk) {
        int from = 0;
        while (path.get(from) != current) {
          from++;
        }
        List<T> cycle = path.subList(from, path.size());
        int first = 0;
        for (int k = 1; k < cycle.size(); k++) {
          if (position.getOrDefault(cycle.get(k), Integer.MAX_VALUE)
              < position.getOrDefault(cycle.get(first), Integer.MAX_VALUE)) {
            first = k;
          }
        }
        List<String> ids = new ArrayList<>(cycle.size());
        for (int k = 0; k < cycle.size(); k++) {
          ids.add(cycle.get((first + k) % cycle.size()).id());
        }
        found.add(List.copyOf(ids));
      }
      for (T t : path) {
        state.put(t, -1);
      }
      walk++;
    }
    return List.copyOf(found);
  }
}
