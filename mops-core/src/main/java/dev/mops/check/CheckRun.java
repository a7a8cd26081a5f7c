package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Work;
import dev.mops.model.ChecklistItem;
import dev.mops.model.ElementKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.Milestone;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Review;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.WorkItem;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** The state shared by the rules of one check: inputs, tables, paths. */
final class CheckRun {
  static final Map<ElementKind, String> FIELDS = new EnumMap<>(ElementKind.class);

  static {
    FIELDS.put(ElementKind.PLAN, "plan");
    FIELDS.put(ElementKind.STAKEHOLDER, "stakeholders");
    FIELDS.put(ElementKind.TEAM_MEMBER, "teamMembers");
    FIELDS.put(ElementKind.OBJECTIVE, "objectives");
    FIELDS.put(ElementKind.CAPABILITY, "capabilities");
    FIELDS.put(ElementKind.QUICK_WIN, "quickWins");
    FIELDS.put(ElementKind.SPRINT, "sprints");
    FIELDS.put(ElementKind.OKR, "okrs");
    FIELDS.put(ElementKind.KEY_RESULT, "keyResults");
    FIELDS.put(ElementKind.MILESTONE, "milestones");
    FIELDS.put(ElementKind.KPI, "kpis");
    FIELDS.put(ElementKind.STRATEGY_STEP, "strategySteps");
    FIELDS.put(ElementKind.REVIEW_CADENCE, "reviewCadences");
    FIELDS.put(ElementKind.REVIEW, "reviews");
    FIELDS.put(ElementKind.INTERNAL_GOAL, "internalGoals");
    FIELDS.put(ElementKind.SUCCESS_INDICATOR, "indicators");
    FIELDS.put(ElementKind.CHECKLIST_ITEM, "items");
    FIELDS.put(ElementKind.WORK_ITEM, "workItems");
    FIELDS.put(ElementKind.REQUEST_TRIAGE, "requestTriages");
    FIELDS.put(ElementKind.DOCUMENT, "documents");
    FIELDS.put(ElementKind.SKILL, "skills");
    FIELDS.put(ElementKind.LEARNING_ACTIVITY, "learningActivities");
    FIELDS.put(ElementKind.NOTE, "notes");
  }

  final CheckInput input;
  final Plan plan;
  final ElementPath root;
  private final List<PlanElement> elements;
  private final List<WorkItem> workItems;
  private final List<Review> reviews;
  private final IdentityHashMap<PlanElement, ElementPath> paths = new IdentityHashMap<>();
  private final Map<Class<?>, List<?>> byType = new HashMap<>();

  CheckRun(CheckInput input) {
    this.input = input;
    this.plan = input.plan();
    this.root = ElementPath.root(plan.id());
    List<PlanElement> all = new ArrayList<>(plan.elements());
    all.addAll(input.workItems());
    all.addAll(input.reviews());
    this.elements = List.copyOf(all);
    List<WorkItem> items = new ArrayList<>(plan.workItems());
    items.addAll(input.workItems());
    this.workItems = List.copyOf(items);
    List<Review> held = new ArrayList<>(plan.reviews());
    held.addAll(input.reviews());
    this.reviews = List.copyOf(held);
    for (PlanElement e : elements) {
      if (e instanceof Okr okr) {
        ElementPath p = top(okr);
        for (KeyResult kr : okr.keyResults()) {
          ElementPath kp = p.child("keyResults", kr.id());
          paths.putIfAbsent(kr, kp);
          for (Milestone m : kr.milestones()) {
            paths.putIfAbsent(m, kp.child("milestones", m.id()));
          }
        }
      } else if (e instanceof InternalGoal goal) {
        ElementPath p = top(goal);
        for (SuccessIndicator ind : goal.indicators()) {
          ElementPath ip = p.child("indicators", ind.id());
          paths.putIfAbsent(ind, ip);
          for (ChecklistItem item : ind.items()) {
            paths.putIfAbsent(item, ip.child("items", item.id()));
          }
        }
      } else if (!paths.containsKey(e)) {
        top(e);
      }
    }
    Work.add(elements.size());
  }

  private ElementPath top(PlanElement e) {
    return paths.computeIfAbsent(e, k -> ElementPath.of(field(k.elementKind()), k.id()));
  }

  private static String field(ElementKind kind) {
    return requireNonNull(FIELDS.get(kind), "no plan list holds this kind");
  }

  ElementPath pathOf(PlanElement e) {
    if (e == plan || e.elementKind() == ElementKind.PLAN) {
      return ElementPath.root(e.id());
    }
    ElementPath p = paths.get(e);
    return p != null ? p : ElementPath.of(field(e.elementKind()), e.id());
  }

  List<PlanElement> elements() {
    return counted(elements);
  }

  List<WorkItem> workItems() {
    return counted(workItems);
  }

  List<Review> reviews() {
    return counted(reviews);
  }

  @SuppressWarnings("unchecked")
  <T> List<T> elements(Class<T> type) {
    List<T> list = (List<T>) byType.get(type);
    if (list == null) {
      List<T> out = new ArrayList<>();
      for (PlanElement e : elements) {
        if (type.isInstance(e)) {
          out.add(type.cast(e));
        }
      }
      Work.add(elements.size());
      list = List.copyOf(out);
      byType.put(type, list);
    }
    return counted(list);
  }

  <T> List<T> counted(List<T> list) {
    return new Counted<>(list);
  }

  /** A read-only view that counts every element read through it as a visit. */
  private static final class Counted<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> list;

    Counted(List<T> list) {
      this.list = list;
    }

    @Override
    public T get(int index) {
      Work.add(1);
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }
}
