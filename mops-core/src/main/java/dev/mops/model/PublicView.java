package dev.mops.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the public view of a plan: what stakeholders may see. */
final class PublicView {
  private PublicView() {}

  static Plan of(Plan plan) {
    // the ids of removed elements; an id shared by a kept and a removed element (a duplicate id)
    // counts as removed, so that nothing internal is ever reachable from the view
    // nested elements (key results, milestones) go with their container: a key result reports
    // PUBLIC on its own, but one of an internal OKR is internal; containers precede them
    Set<String> removed = new HashSet<>();
    Set<PlanElement> removedElements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PlanElement e : plan.elements()) {
      if (e.elementKind().isAlwaysInternal() || e.visibility() != Visibility.PUBLIC
          || plan.containerOf(e).filter(removedElements::contains).isPresent()) {
        removed.add(e.id());
        removedElements.add(e);
      }
    }
    Predicate<String> gone = removed::contains;

    List<Objective> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      if (o.visibility() == Visibility.PUBLIC) {
        objectives.add(Objective.builder().from(o)
            .stakeholderIds(without(o.stakeholderIds(), gone))
            .owner(keep(o.owner(), gone)).build());
      }
    }
    List<Capability> capabilities = new ArrayList<>();
    for (Capability c : plan.capabilities()) {
      if (c.visibility() == Visibility.PUBLIC) {
        capabilities.add(Capability.builder().from(c)
            .objectiveIds(without(c.objectiveIds(), gone))
            .owner(keep(c.owner(), gone)).build());
      }
    }
    List<QuickWin> quickWins = new ArrayList<>();
    for (QuickWin q : plan.quickWins()) {
      if (q.visibility() == Visibility.PUBLIC) {
        quickWins.add(QuickWin.builder().from(q)
            .capabilityIds(without(q.capabilityIds(), gone))
            .objectiveIds(without(q.objectiveIds(), gone))
            .buildsOn(keep(q.buildsOn(), gone))
            .owner(keep(q.owner(), gone)).build());
      }
    }
    List<Sprint> sprints = new ArrayList<>();
    for (Sprint s : plan.sprints()) {
      if (s.visibility() == Visibility.PUBLIC) {
        sprints.add(s);
      }
    }
    List<Okr> okrs = new ArrayList<>();
    for (Okr okr : plan.okrs()) {
      if (okr.visibility() == Visibility.PUBLIC) {
        okrs.add(Okr.builder().from(okr)
            .parentId(keep(okr.parentId(), gone))
            .owner(keep(okr.owner(), gone)).build());
      }
    }
    List<Kpi> kpis = new ArrayList<>();
    for (Kpi k : plan.kpis()) {
      if (k.visibility() == Visibility.PUBLIC) {
        kpis.add(Kpi.builder().from(k).owner(keep(k.owner(), gone)).build());
      }
    }
    List<StrategyStep> steps = new ArrayList<>();
    for (StrategyStep s : plan.strategySteps()) {
      if (s.visibility() == Visibility.PUBLIC && !gone.test(s.parentId())) {
        steps.add(StrategyStep.builder().from(s)
            .stakeholderIds(without(s.stakeholderIds(), gone))
            .assigneeIds(without(s.assigneeIds(), gone))
            .kpiId(keep(s.kpiId(), gone)).build());
      }
    }
    List<ReviewCadence> cadences = new ArrayList<>();
    for (ReviewCadence c : plan.reviewCadences()) {
      if (c.visibility() == Visibility.PUBLIC) {
        cadences.add(ReviewCadence.builder().from(c)
            .audience(without(c.audience(), gone))
            .subjectIds(without(c.subjectIds(), gone))
            .owner(keep(c.owner(), gone)).build());
      }
    }
    List<Review> reviews = new ArrayList<>();
    for (Review r : plan.reviews()) {
      if (r.visibility() == Visibility.PUBLIC && !gone.test(r.cadenceId())) {
        reviews.add(Review.builder().from(r).kpiIds(without(r.kpiIds(), gone)).build());
      }
    }
    return Plan.builder()
        .id(plan.id())
        .name(plan.name())
        .team(plan.team())
        .period(plan.period())
        .fiscalYearStart(plan.fiscalYearStart())
        .vision(plan.vision())
        .stakeholders(plan.stakeholders())
        .teamMembers(plan.teamMembers())
        .objectives(objectives)
        .capabilities(capabilities)
        .quickWins(quickWins)
        .sprints(sprints)
        .okrs(okrs)
        .kpis(kpis)
        .strategySteps(steps)
        .reviewCadences(cadences)
        .reviews(reviews)
        .extensions(plan.extensions())
        .build();
  }

  private static List<String> without(List<String> ids, Predicate<String> gone) {
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (!gone.test(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static Optional<String> keep(Optional<String> id, Predicate<String> gone) {
    return id.filter(gone.negate());
  }
}
