package dev.mops.check;

import dev.mops.core.internal.JsonPointers;
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
import java.util.Optional;
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
  // where the JSON writer puts each element of the plan: by identity, by path, by list and id
  private final IdentityHashMap<PlanElement, String> pointers = new IdentityHashMap<>();
  private final Map<ElementPath, String> pointerByPath = new HashMap<>();
  private final Map<String, String> pointerByListAndId = new HashMap<>();
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
      List<PlanElement> list = kind.elementsIn(plan);
      String listPointer = JsonPointers.child("", kind.listName());
      for (int i = 0; i < list.size(); i++) {
        PlanElement e = list.get(i);
        walk(e, ElementPath.of(kind.listName(), e.id()), JsonPointers.child(listPointer, i));
      }
    }
    for (PlanElement e : elements) {
      paths.putIfAbsent(e, ElementPath.of(e.elementKind().listName(), e.id()));
    }
    Work.add(elements.size());
  }

  /**
   * Gives {@code e} its path and JSON pointer, the first ones it is met at, and what it holds
   * theirs below it. The pointer follows the document as the JSON writer lays it out: each list
   * under the name {@link ElementKind#listName()} gives it, elements by their index in the list.
   */
  private void walk(PlanElement e, ElementPath path, String pointer) {
    if (paths.putIfAbsent(e, path) != null) {
      path = paths.get(e);
    }
    if (pointers.putIfAbsent(e, pointer) != null) {
      pointer = pointers.get(e);
    }
    pointerByPath.putIfAbsent(path, pointer);
    pointerByListAndId.putIfAbsent(listAndId(e.elementKind().listName(), e.id()), pointer);
    for (ElementKind kind : e.elementKind().holds()) {
      List<PlanElement> held = kind.elementsIn(e);
      String listPointer = JsonPointers.child(pointer, kind.listName());
      for (int i = 0; i < held.size(); i++) {
        PlanElement h = held.get(i);
        walk(h, path.child(kind.listName(), h.id()), JsonPointers.child(listPointer, i));
      }
    }
  }

  private static String listAndId(String listName, String id) {
    return listName + '[' + id + ']';
  }

  /**
   * The JSON pointer of {@code e} in the plan's document; a copy (equal, rebuilt) has the pointer
   * of the plan's first element equal to it; empty for the plan and for an element from elsewhere.
   */
  Optional<String> pointerOf(PlanElement e) {
    if (e == plan || e.elementKind() == ElementKind.PLAN) {
      return Optional.empty();
    }
    String p = pointers.get(e);
    if (p == null) {
      for (PlanElement x : plan.elementsWithId(e.id())) {
        if (x.equals(e)) {
          p = pointers.get(x);
          break;
        }
      }
    }
    return Optional.ofNullable(p);
  }

  /**
   * The JSON pointer of the element {@code path} ends at: the first element met at that path, else
   * (a path along alignment, such as an objective's quick win) the first element of the last step's
   * list with the last step's id; empty for the plan's path and a path the plan cannot place.
   */
  Optional<String> pointerOf(ElementPath path) {
    if (path.isRoot()) {
      return Optional.empty();
    }
    String p = pointerByPath.get(path);
    if (p == null) {
      List<String> fields = path.fields();
      p = pointerByListAndId.get(listAndId(fields.get(fields.size() - 1), path.elementId()));
    }
    return Optional.ofNullable(p);
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
