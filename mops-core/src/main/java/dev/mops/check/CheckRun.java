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
import org.jspecify.annotations.Nullable;

/**
 * The state shared by the rules of one check: inputs, tables, paths.
 *
 * <p>Building it costs one visit per element: the walk records where each element sits (its
 * holder's place, its list and index), and the paths, pointers and path tables findings need are
 * made only when a finding asks, so a plan with few findings pays for few of them.
 */
final class CheckRun {
  final CheckInput input;
  final Plan plan;
  final ElementPath root;
  private final List<PlanElement> elements;
  private final List<WorkItem> workItems;
  private final List<Review> reviews;
  // where each element is first met: its place in the document, by identity
  private final IdentityHashMap<PlanElement, Place> places = new IdentityHashMap<>();
  // the places of the walk in document order, for the tables below
  private final List<Place> walked = new ArrayList<>();
  // where the JSON writer puts the first element met at each path, and of each list and id:
  // made from the walk on the first look-up
  private @Nullable Map<PathStep, Place> firstAtPath;
  private @Nullable Map<String, Map<String, Place>> firstByListAndId;
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
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), null, kind.listName(), i);
      }
    }
    for (PlanElement e : elements) {
      if (!places.containsKey(e)) {
        // met outside the document (the input's work items and reviews): a path, no pointer
        places.put(e, new Place(null, e.elementKind().listName(), e.id(), -1));
      }
    }
    Work.add(elements.size());
  }

  /**
   * Gives {@code e} its place, the first one it is met at, and what it holds theirs below it. An
   * element met again (the same instance twice in the document) keeps its first place, and so does
   * all it holds, so the walk does not go below it again. The pointer follows the document as the
   * JSON writer lays it out: each list under the name {@link ElementKind#listName()} gives it,
   * elements by their index in the list.
   */
  private void walk(PlanElement e, @Nullable Place holder, String listName, int index) {
    if (places.containsKey(e)) {
      return;
    }
    Place place = new Place(holder, listName, e.id(), index);
    places.put(e, place);
    walked.add(place);
    for (ElementKind kind : e.elementKind().holds()) {
      List<PlanElement> held = kind.elementsIn(e);
      for (int i = 0; i < held.size(); i++) {
        walk(held.get(i), place, kind.listName(), i);
      }
    }
  }

  /**
   * The JSON pointer of {@code e} in the plan's document; a copy (equal, rebuilt) has the pointer
   * of the plan's first element equal to it; empty for the plan and for an element from elsewhere.
   */
  Optional<String> pointerOf(PlanElement e) {
    if (e == plan || e.elementKind() == ElementKind.PLAN) {
      return Optional.empty();
    }
    Place p = places.get(e);
    if (p == null || !p.inDocument()) {
      p = null;
      for (PlanElement x : plan.elementsWithId(e.id())) {
        if (x.equals(e)) {
          p = places.get(x);
          break;
        }
      }
    }
    return p == null || !p.inDocument() ? Optional.empty() : Optional.of(p.pointer());
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
    Map<PathStep, Place> atPath = firstAtPath();
    List<String> fields = path.fields();
    List<String> ids = path.ids();
    Place p = null;
    int holder = 0;
    for (int k = 0; k < fields.size(); k++) {
      p = atPath.get(new PathStep(holder, fields.get(k), ids.get(k)));
      if (p == null) {
        break;
      }
      holder = p.pathNumber;
    }
    if (p == null) {
      Map<String, Place> inList = firstByListAndId().get(fields.get(fields.size() - 1));
      p = inList == null ? null : inList.get(path.elementId());
    }
    return p == null ? Optional.empty() : Optional.of(p.pointer());
  }

  /**
   * The first place met at each path, keyed by its holder's path number and its own step; numbers
   * the paths of the walk on the way (the plan's is 0), so that places at equal paths share one.
   */
  private Map<PathStep, Place> firstAtPath() {
    Map<PathStep, Place> m = firstAtPath;
    if (m == null) {
      m = new HashMap<>();
      for (Place p : walked) {
        Place first =
            m.putIfAbsent(
                new PathStep(
                    p.holder == null ? 0 : p.holder.pathNumber, p.listName(), p.elementId()),
                p);
        p.pathNumber = first == null ? m.size() : first.pathNumber;
      }
      Work.add(walked.size());
      firstAtPath = m;
    }
    return m;
  }

  /**
   * The first place met of each list name and id (an element's list is its kind's {@link
   * ElementKind#listName()}).
   */
  private Map<String, Map<String, Place>> firstByListAndId() {
    Map<String, Map<String, Place>> m = firstByListAndId;
    if (m == null) {
      m = new HashMap<>();
      for (Place p : walked) {
        m.computeIfAbsent(p.listName(), k -> new HashMap<>()).putIfAbsent(p.elementId(), p);
      }
      Work.add(walked.size());
      firstByListAndId = m;
    }
    return m;
  }

  ElementPath pathOf(PlanElement e) {
    if (e == plan || e.elementKind() == ElementKind.PLAN) {
      return ElementPath.root(e.id());
    }
    Place p = places.get(e);
    if (p == null) {
      // a copy: the path of the plan's first element equal to it, as navigation has it
      for (PlanElement x : plan.elementsWithId(e.id())) {
        if (x.equals(e)) {
          p = places.get(x);
          break;
        }
      }
    }
    return p != null ? p.path() : ElementPath.of(e.elementKind().listName(), e.id());
  }

  /** How many elements have their path made so far (for tests: paths are made for findings). */
  int pathsMade() {
    int n = 0;
    for (Place p : places.values()) {
      n += p.path == null ? 0 : 1;
    }
    return n;
  }

  /** How many elements have their pointer made so far (for tests, as {@link #pathsMade()}). */
  int pointersMade() {
    int n = 0;
    for (Place p : places.values()) {
      n += p.pointer == null ? 0 : 1;
    }
    return n;
  }

  /** Where an element sits: its holder's place (none at the top), its list and its index there. */
  private static final class Place {
    private final @Nullable Place holder;
    private final String listName;
    private final String elementId;
    // the index in the list; -1 for an element outside the document, which has no pointer
    private final int index;
    // equal for places at equal paths; set when the path table is made
    int pathNumber;
    private @Nullable ElementPath path;
    private @Nullable String pointer;

    Place(@Nullable Place holder, String listName, String elementId, int index) {
      this.holder = holder;
      this.listName = listName;
      this.elementId = elementId;
      this.index = index;
    }

    String listName() {
      return listName;
    }

    String elementId() {
      return elementId;
    }

    boolean inDocument() {
      return index >= 0;
    }

    ElementPath path() {
      ElementPath p = path;
      if (p == null) {
        p =
            holder == null
                ? ElementPath.of(listName, elementId)
                : holder.path().child(listName, elementId);
        path = p;
      }
      return p;
    }

    /** The JSON pointer; only for a place in the document. */
    String pointer() {
      String p = pointer;
      if (p == null) {
        p =
            JsonPointers.child(
                JsonPointers.child(holder == null ? "" : holder.pointer(), listName), index);
        pointer = p;
      }
      return p;
    }
  }

  /** One step of a path below the path numbered {@code holder}. */
  private record PathStep(int holder, String field, String id) {}

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
