package dev.mops.check;

import dev.mops.core.internal.Work;
import dev.mops.model.ElementKind;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Review;
import dev.mops.model.WorkItem;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** The state shared by the rules of one check: inputs, tables, paths. */
final class CheckRun {
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
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      for (PlanElement e : kind.elementsIn(plan)) {
        walk(e, ElementPath.of(kind.listName(), e.id()));
      }
    }
    for (PlanElement e : elements) {
      paths.putIfAbsent(e, ElementPath.of(e.elementKind().listName(), e.id()));
    }
    Work.add(elements.size());
  }

  /** Gives {@code e} its path, the first one it is met at, and what it holds theirs below it. */
  private void walk(PlanElement e, ElementPath path) {
    if (paths.putIfAbsent(e, path) != null) {
      path = paths.get(e);
    }
    for (ElementKind kind : e.elementKind().holds()) {
      for (PlanElement held : kind.elementsIn(e)) {
        walk(held, path.child(kind.listName(), held.id()));
      }
    }
  }

  ElementPath pathOf(PlanElement e) {
    if (e == plan || e.elementKind() == ElementKind.PLAN) {
      return ElementPath.root(e.id());
    }
    ElementPath p = paths.get(e);
    if (p == null) {
      // a copy: the path of the plan's first element equal to it, as navigation has it
      for (PlanElement x : plan.elementsWithId(e.id())) {
        if (x.equals(e)) {
          p = paths.get(x);
          break;
        }
      }
    }
    return p != null ? p : ElementPath.of(e.elementKind().listName(), e.id());
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
