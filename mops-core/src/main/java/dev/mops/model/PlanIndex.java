package dev.mops.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The look-up tables behind plan navigation, built once per plan on first use. */
final class PlanIndex {
  private final List<PlanElement> elements;
  private final Map<String, PlanElement> firstById;
  private final Set<String> duplicates;
  private final Map<String, List<PlanElement>> referrers;
  private final Map<PlanElement, PlanElement> containers;
  private final Map<String, List<Capability>> capabilitiesByObjective;
  private final Map<String, List<QuickWin>> quickWinsByCapability;
  private final Map<String, List<QuickWin>> quickWinsByClaim;
  private final Map<QuickWin, Integer> quickWinPosition;

  PlanIndex(Plan plan) {
    List<PlanElement> all = new ArrayList<>();
    Map<PlanElement, PlanElement> within = new IdentityHashMap<>();
    all.addAll(plan.stakeholders());
    all.addAll(plan.teamMembers());
    all.addAll(plan.objectives());
    all.addAll(plan.capabilities());
    all.addAll(plan.quickWins());
    all.addAll(plan.sprints());
    for (Okr okr : plan.okrs()) {
      all.add(okr);
      for (KeyResult kr : okr.keyResults()) {
        all.add(kr);
        within.put(kr, okr);
        for (Milestone m : kr.milestones()) {
          all.add(m);
          within.put(m, kr);
        }
      }
    }
    all.addAll(plan.kpis());
    all.addAll(plan.strategySteps());
    all.addAll(plan.reviewCadences());
    all.addAll(plan.reviews());
    for (InternalGoal goal : plan.internalGoals()) {
      all.add(goal);
      for (SuccessIndicator ind : goal.indicators()) {
        all.add(ind);
        within.put(ind, goal);
        for (ChecklistItem item : ind.items()) {
          all.add(item);
          within.put(item, ind);
        }
      }
    }
    all.addAll(plan.workItems());
    all.addAll(plan.requestTriages());
    all.addAll(plan.documents());
    all.addAll(plan.skills());
    all.addAll(plan.learningActivities());
    all.addAll(plan.notes());
    this.elements = List.copyOf(all);
    this.containers = within;

    Map<String, PlanElement> first = new HashMap<>();
    Set<String> dup = new LinkedHashSet<>();
    Map<String, Set<PlanElement>> refs = new HashMap<>();
    for (PlanElement e : elements) {
      if (first.putIfAbsent(e.id(), e) != null) {
        dup.add(e.id());
      }
      for (Reference r : e.references()) {
        refs.computeIfAbsent(r.targetId(), k -> new LinkedHashSet<>()).add(e);
      }
    }
    if (first.containsKey(plan.id())) {
      dup.add(plan.id());
    }
    this.firstById = first;
    this.duplicates = Collections.unmodifiableSet(dup);
    Map<String, List<PlanElement>> frozen = new HashMap<>();
    refs.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.referrers = frozen;

    Map<String, List<Capability>> capsByObjective = new LinkedHashMap<>();
    for (Capability c : plan.capabilities()) {
      for (String o : new LinkedHashSet<>(c.objectiveIds())) {
        capsByObjective.computeIfAbsent(o, k -> new ArrayList<>()).add(c);
      }
    }
    this.capabilitiesByObjective = capsByObjective;
    Map<String, List<QuickWin>> winsByCapability = new LinkedHashMap<>();
    Map<String, List<QuickWin>> winsByClaim = new HashMap<>();
    Map<QuickWin, Integer> winPosition = new IdentityHashMap<>();
    for (QuickWin q : plan.quickWins()) {
      winPosition.put(q, winPosition.size());
      for (String c : new LinkedHashSet<>(q.capabilityIds())) {
        winsByCapability.computeIfAbsent(c, k -> new ArrayList<>()).add(q);
      }
      for (String o : new LinkedHashSet<>(q.objectiveIds())) {
        winsByClaim.computeIfAbsent(o, k -> new ArrayList<>()).add(q);
      }
    }
    this.quickWinsByCapability = winsByCapability;
    this.quickWinsByClaim = winsByClaim;
    this.quickWinPosition = winPosition;
  }

  List<PlanElement> elements() {
    return elements;
  }

  Optional<PlanElement> find(String id) {
    return Optional.ofNullable(firstById.get(java.util.Objects.requireNonNull(id, "id")));
  }

  Set<String> duplicateIds() {
    return duplicates;
  }

  List<PlanElement> referrers(String id) {
    return referrers.getOrDefault(java.util.Objects.requireNonNull(id, "id"), List.of());
  }

  Optional<PlanElement> containerOf(PlanElement element) {
    return Optional.ofNullable(containers.get(java.util.Objects.requireNonNull(element, "element")));
  }

  <T extends PlanElement> List<T> resolve(List<String> ids, Class<T> type) {
    List<T> out = new ArrayList<>(ids.size());
    Set<String> seen = new LinkedHashSet<>();
    for (String id : ids) {
      PlanElement e = firstById.get(id);
      if (seen.add(id) && type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return List.copyOf(out);
  }

  List<Capability> capabilitiesOf(String objectiveId) {
    return List.copyOf(capabilitiesByObjective.getOrDefault(objectiveId, List.of()));
  }

  List<QuickWin> quickWinsOfCapability(String capabilityId) {
    return List.copyOf(quickWinsByCapability.getOrDefault(capabilityId, List.of()));
  }

  List<Objective> objectivesOf(QuickWin quickWin) {
    LinkedHashSet<Objective> out = new LinkedHashSet<>(resolve(quickWin.objectiveIds(), Objective.class));
    for (Capability c : resolve(quickWin.capabilityIds(), Capability.class)) {
      out.addAll(resolve(c.objectiveIds(), Objective.class));
    }
    return List.copyOf(out);
  }

  List<QuickWin> quickWinsOf(String objectiveId) {
    // claimers plus builders of the objective's capabilities, from the maps, in document order
    Map<QuickWin, Boolean> found = new IdentityHashMap<>();
    quickWinsByClaim.getOrDefault(objectiveId, List.of()).forEach(q -> found.put(q, true));
    for (Capability c : capabilitiesByObjective.getOrDefault(objectiveId, List.of())) {
      // a capability counts only as the element its id resolves to, as navigation resolves ids
      if (firstById.get(c.id()) == c) {
        quickWinsByCapability.getOrDefault(c.id(), List.of()).forEach(q -> found.put(q, true));
      }
    }
    List<QuickWin> out = new ArrayList<>(found.keySet());
    out.sort(java.util.Comparator.comparingInt(quickWinPosition::get));
    return List.copyOf(out);
  }

  List<Okr> ancestorsOf(Okr okr) {
    List<Okr> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(okr.id());
    Okr current = okr;
    while (current.parentId().isPresent()) {
      PlanElement parent = firstById.get(current.parentId().get());
      if (!(parent instanceof Okr p) || !seen.add(p.id())) {
        break;
      }
      chain.add(p);
      current = p;
    }
    return List.copyOf(chain);
  }
}
