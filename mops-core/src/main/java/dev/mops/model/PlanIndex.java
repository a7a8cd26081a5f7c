package dev.mops.model;

import dev.mops.core.internal.Work;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The look-up tables behind plan navigation, built once per plan on first use in time and space
 * linear in the plan's elements and references (plus a sort of the sprints and quick-win months).
 *
 * <p>One rule resolves ids everywhere: an id names the first element in document order that has it,
 * whatever its kind; a reference resolves when that element is of a kind the reference expects, and
 * otherwise resolves to nothing. Reverse links (the capabilities of an objective, the quick wins of
 * a capability) hold exactly the elements whose references resolve to the target.
 */
final class PlanIndex {
  private final List<PlanElement> elements;
  private final IdentityHashMap<PlanElement, Integer> position = new IdentityHashMap<>();
  private final Map<String, PlanElement> firstById = new HashMap<>();
  private final Map<String, List<PlanElement>> sharedIds = new HashMap<>();
  private final Set<String> duplicates;
  private final Map<String, List<PlanElement>> referrers;
  private final IdentityHashMap<PlanElement, PlanElement> containers;
  private final Map<ElementKind, List<PlanElement>> byKind;
  private final IdentityHashMap<Objective, List<Capability>> capabilitiesByObjective =
      new IdentityHashMap<>();
  private final IdentityHashMap<Capability, List<QuickWin>> quickWinsByCapability =
      new IdentityHashMap<>();
  private final IdentityHashMap<Objective, List<QuickWin>> quickWinsByClaim =
      new IdentityHashMap<>();
  private final NavigableMap<YearMonth, List<QuickWin>> quickWinsByMonth = new TreeMap<>();
  private final List<Sprint> sprintsByStart;
  private final LocalDate[] reachBy;
  private final Links<Okr> parents;
  private final Links<QuickWin> buildsOn;

  PlanIndex(Plan plan) {
    List<PlanElement> all = new ArrayList<>();
    IdentityHashMap<PlanElement, PlanElement> within = new IdentityHashMap<>();
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      for (PlanElement e : plan.elements(kind)) {
        add(e, null, all, within);
      }
    }
    this.elements = List.copyOf(all);
    this.containers = within;
    Map<ElementKind, List<PlanElement>> kinds = new EnumMap<>(ElementKind.class);
    for (PlanElement e : elements) {
      kinds.computeIfAbsent(e.elementKind(), k -> new ArrayList<>()).add(e);
    }
    kinds.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = kinds;

    Set<String> dup = new LinkedHashSet<>();
    Map<String, Set<PlanElement>> refs = new HashMap<>();
    long work = 0;
    for (PlanElement e : elements) {
      position.putIfAbsent(e, position.size());
      PlanElement first = firstById.putIfAbsent(e.id(), e);
      if (first != null) {
        dup.add(e.id());
        sharedIds.computeIfAbsent(e.id(), k -> new ArrayList<>(List.of(first))).add(e);
      }
      for (Reference r : e.references()) {
        refs.computeIfAbsent(r.targetId(), k -> new LinkedHashSet<>()).add(e);
        work++;
      }
    }
    if (firstById.containsKey(plan.id())) {
      dup.add(plan.id());
    }
    this.duplicates = Collections.unmodifiableSet(dup);
    Map<String, List<PlanElement>> frozen = new HashMap<>();
    refs.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.referrers = frozen;
    sharedIds.replaceAll((k, v) -> List.copyOf(v));

    for (Capability c : plan.capabilities()) {
      for (Objective o : resolveAll(c.objectiveIds(), Objective.class)) {
        capabilitiesByObjective.computeIfAbsent(o, k -> new ArrayList<>()).add(c);
      }
    }
    for (QuickWin q : plan.quickWins()) {
      for (Capability c : resolveAll(q.capabilityIds(), Capability.class)) {
        quickWinsByCapability.computeIfAbsent(c, k -> new ArrayList<>()).add(q);
      }
      for (Objective o : resolveAll(q.objectiveIds(), Objective.class)) {
        quickWinsByClaim.computeIfAbsent(o, k -> new ArrayList<>()).add(q);
      }
      quickWinsByMonth.computeIfAbsent(q.plannedMonth(), k -> new ArrayList<>()).add(q);
    }
    capabilitiesByObjective.replaceAll((k, v) -> List.copyOf(v));
    quickWinsByCapability.replaceAll((k, v) -> List.copyOf(v));
    quickWinsByClaim.replaceAll((k, v) -> List.copyOf(v));
    quickWinsByMonth.replaceAll((k, v) -> List.copyOf(v));

    List<Sprint> sorted = new ArrayList<>(plan.sprints());
    sorted.sort(
        Comparator.comparing((Sprint s) -> s.range().start()).thenComparing(this::positionOf));
    this.sprintsByStart = List.copyOf(sorted);
    this.reachBy = new LocalDate[sorted.size()];
    LocalDate reach = null;
    for (int i = 0; i < sorted.size(); i++) {
      LocalDate end = sorted.get(i).range().end();
      reach = reach == null || end.isAfter(reach) ? end : reach;
      reachBy[i] = reach;
    }

    this.parents =
        new Links<>(
            plan.okrs(), o -> o.parentId().flatMap(id -> resolve(id, Okr.class)).orElse(null));
    this.buildsOn =
        new Links<>(
            plan.quickWins(),
            q -> q.buildsOn().flatMap(id -> resolve(id, QuickWin.class)).orElse(null));
    Work.add(
        work
            + 2L * elements.size()
            + plan.capabilities().size()
            + plan.quickWins().size()
            + plan.sprints().size());
  }

  /**
   * Adds {@code e} held by {@code container} (null for the plan), then what it holds, depth first.
   */
  private static void add(
      PlanElement e,
      @Nullable PlanElement container,
      List<PlanElement> all,
      Map<PlanElement, PlanElement> within) {
    all.add(e);
    if (container != null) {
      within.putIfAbsent(e, container);
    }
    for (ElementKind kind : e.elementKind().holds()) {
      for (PlanElement child : kind.elementsIn(e)) {
        add(child, e, all, within);
      }
    }
  }

  List<PlanElement> elements() {
    return elements;
  }

  /** The elements of {@code kind}, in document order. */
  List<PlanElement> elements(ElementKind kind) {
    List<PlanElement> out = byKind.get(kind);
    return out == null ? List.of() : out;
  }

  Optional<PlanElement> find(String id) {
    Work.add(1);
    return Optional.ofNullable(firstById.get(java.util.Objects.requireNonNull(id, "id")));
  }

  <T extends PlanElement> Optional<T> resolve(String id, Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    return find(id).filter(type::isInstance).map(type::cast);
  }

  List<PlanElement> elementsWithId(String id) {
    List<PlanElement> shared = sharedIds.get(java.util.Objects.requireNonNull(id, "id"));
    Work.add(1);
    if (shared != null) {
      return shared;
    }
    PlanElement e = firstById.get(id);
    return e == null ? List.of() : List.of(e);
  }

  Set<String> duplicateIds() {
    return duplicates;
  }

  List<PlanElement> referrers(String id) {
    List<PlanElement> out =
        referrers.getOrDefault(java.util.Objects.requireNonNull(id, "id"), List.of());
    Work.add(1 + out.size());
    return out;
  }

  Optional<PlanElement> containerOf(PlanElement element) {
    Work.add(1);
    return Optional.ofNullable(
        containers.get(canonical(java.util.Objects.requireNonNull(element, "element"))));
  }

  int positionOf(PlanElement element) {
    return position.getOrDefault(element, Integer.MAX_VALUE);
  }

  /**
   * The elements {@code ids} resolve to, each id once, in the order of the ids; dangling ones
   * skipped.
   */
  <T extends PlanElement> List<T> resolveAll(List<String> ids, Class<T> type) {
    List<T> out = new ArrayList<>(ids.size());
    Set<String> seen = new java.util.HashSet<>();
    for (String id : ids) {
      if (seen.add(id)) {
        resolve(id, type).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  List<Capability> capabilitiesOf(Objective objective) {
    return counted(capabilitiesByObjective.getOrDefault(canonical(objective), List.of()));
  }

  List<QuickWin> quickWinsOf(Capability capability) {
    return counted(quickWinsByCapability.getOrDefault(canonical(capability), List.of()));
  }

  List<QuickWin> claimersOf(Objective objective) {
    return counted(quickWinsByClaim.getOrDefault(canonical(objective), List.of()));
  }

  /**
   * The plan's own instance of {@code element}: navigation takes elements as values, so this is the
   * first element in document order, among those with its id, that equals it (itself when the plan
   * holds it first); {@code element} itself when the plan holds nothing equal to it. Costs O(1) for
   * an element the plan holds first, else the number of elements sharing its id.
   */
  @SuppressWarnings("unchecked")
  <T extends PlanElement> T canonical(T element) {
    PlanElement first = firstById.get(element.id());
    if (first == element || first == null) {
      return element;
    }
    List<PlanElement> shared = sharedIds.get(element.id());
    for (PlanElement e : shared == null ? List.of(first) : shared) {
      Work.add(1);
      if (e == element || e.equals(element)) {
        return (T) e;
      }
    }
    return element;
  }

  List<Objective> objectivesOf(QuickWin quickWin) {
    LinkedHashSet<Objective> out =
        new LinkedHashSet<>(resolveAll(quickWin.objectiveIds(), Objective.class));
    for (Capability c : resolveAll(quickWin.capabilityIds(), Capability.class)) {
      out.addAll(resolveAll(c.objectiveIds(), Objective.class));
    }
    return List.copyOf(out);
  }

  List<QuickWin> quickWinsOf(Objective objective) {
    Set<QuickWin> found = Collections.newSetFromMap(new IdentityHashMap<>());
    found.addAll(claimersOf(objective));
    for (Capability c : capabilitiesOf(objective)) {
      found.addAll(quickWinsOf(c));
    }
    List<QuickWin> out = new ArrayList<>(found);
    out.sort(Comparator.comparingInt(this::positionOf));
    return List.copyOf(out);
  }

  List<QuickWin> quickWinsOf(Sprint sprint) {
    YearMonth from = YearMonth.from(sprint.range().start());
    YearMonth to = YearMonth.from(sprint.range().end());
    List<QuickWin> out = new ArrayList<>();
    for (List<QuickWin> wins : quickWinsByMonth.subMap(from, true, to, true).values()) {
      out.addAll(wins);
      Work.add(1);
    }
    return counted(List.copyOf(out));
  }

  List<Sprint> sprintsOf(QuickWin quickWin) {
    LocalDate first = quickWin.plannedMonth().atDay(1);
    LocalDate last = quickWin.plannedMonth().atEndOfMonth();
    // the last sprint that starts by the month's end, then back while an earlier one may reach in
    int lo = 0;
    int hi = sprintsByStart.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Work.add(1);
      if (sprintsByStart.get(mid).range().start().isAfter(last)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    List<Sprint> out = new ArrayList<>();
    for (int k = lo - 1; k >= 0 && !reachBy[k].isBefore(first); k--) {
      Work.add(1);
      Sprint s = sprintsByStart.get(k);
      if (!s.range().end().isBefore(first)) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(this::positionOf));
    return List.copyOf(out);
  }

  Optional<Okr> parentOf(Okr okr) {
    return parents.next(canonical(java.util.Objects.requireNonNull(okr, "okr")));
  }

  List<Okr> ancestorsOf(Okr okr) {
    return parents.chain(canonical(java.util.Objects.requireNonNull(okr, "okr")));
  }

  List<List<Okr>> okrCycles() {
    return parents.cycles;
  }

  Optional<QuickWin> buildsOn(QuickWin quickWin) {
    return buildsOn.next(canonical(java.util.Objects.requireNonNull(quickWin, "quickWin")));
  }

  List<QuickWin> buildsOnChain(QuickWin quickWin) {
    return buildsOn.chain(canonical(java.util.Objects.requireNonNull(quickWin, "quickWin")));
  }

  List<List<QuickWin>> buildsOnCycles() {
    return buildsOn.cycles;
  }

  private static <T> List<T> counted(List<T> list) {
    Work.add(1 + list.size());
    return list;
  }

  /**
   * Links where each node has at most one successor (OKR parents, "builds on"), resolved once:
   * every node's successor, the number of distinct nodes its chain reaches, and the cycles, all in
   * one pass over the nodes.
   */
  private static final class Links<T extends PlanElement> {
    private final List<T> nodes = new ArrayList<>();
    private final IdentityHashMap<T, Integer> index = new IdentityHashMap<>();
    private final int[] next;
    private final int[] reach;
    private final List<List<T>> cycles;
    private final Function<T, T> successor;

    Links(List<T> list, Function<T, T> successor) {
      this.successor = successor;
      for (T t : list) {
        if (index.putIfAbsent(t, nodes.size()) == null) {
          nodes.add(t);
        }
      }
      int n = nodes.size();
      this.next = new int[n];
      for (int i = 0; i < n; i++) {
        T s = successor.apply(nodes.get(i));
        Integer k = s == null ? null : index.get(s);
        next[i] = k == null ? -1 : k;
      }
      this.reach = new int[n];
      int[] walkOf = new int[n]; // 0: new; w > 0: on walk w; -1: done
      List<List<T>> found = new ArrayList<>();
      int[] path = new int[n];
      for (int start = 0; start < n; start++) {
        if (walkOf[start] != 0) {
          continue;
        }
        int walk = start + 1;
        int length = 0;
        int cur = start;
        while (cur != -1 && walkOf[cur] == 0) {
          walkOf[cur] = walk;
          path[length++] = cur;
          cur = next[cur];
        }
        Work.add(length);
        int offCycle = length;
        if (cur != -1 && walkOf[cur] == walk) {
          int from = 0;
          while (path[from] != cur) {
            from++;
          }
          int size = length - from;
          int firstAt = from;
          for (int k = from; k < length; k++) {
            firstAt = path[k] < path[firstAt] ? k : firstAt;
            reach[path[k]] = size - 1;
            walkOf[path[k]] = -1;
          }
          List<T> cycle = new ArrayList<>(size);
          for (int k = 0; k < size; k++) {
            cycle.add(nodes.get(path[from + (firstAt - from + k) % size]));
          }
          found.add(List.copyOf(cycle));
          offCycle = from;
        }
        for (int k = offCycle - 1; k >= 0; k--) {
          int i = path[k];
          reach[i] = next[i] == -1 ? 0 : 1 + reach[next[i]];
          walkOf[i] = -1;
        }
      }
      this.cycles = List.copyOf(found);
    }

    /** The successor of {@code node}; for a node outside the plan, the one its link resolves to. */
    Optional<T> next(T node) {
      Work.add(1);
      Integer i = index.get(node);
      if (i == null) {
        return Optional.ofNullable(successor.apply(node)).filter(index::containsKey);
      }
      return next[i] == -1 ? Optional.empty() : Optional.of(nodes.get(next[i]));
    }

    /**
     * The chain after {@code node}; a node outside the plan cannot repeat, so its chain is its
     * successor's plus that one.
     */
    List<T> chain(T node) {
      Work.add(1);
      Integer i = index.get(node);
      if (i != null) {
        return new Chain(i, false);
      }
      Integer s = next(node).map(index::get).orElse(null);
      return s == null ? List.of() : new Chain(s, true);
    }

    /**
     * The nodes after one, nearest first, read lazily: size in constant time, the first k in O(k).
     */
    private final class Chain extends AbstractList<T> {
      private final int from;
      private final int skip; // 1 when the chain starts with from itself

      Chain(int from, boolean withFrom) {
        this.from = from;
        this.skip = withFrom ? 1 : 0;
      }

      @Override
      public int size() {
        return reach[from] + skip;
      }

      @Override
      public T get(int k) {
        if (k < 0 || k >= size()) {
          throw new IndexOutOfBoundsException("index " + k + " of a chain of " + size());
        }
        int cur = from;
        for (int s = skip; s <= k; s++) {
          cur = next[cur];
        }
        Work.add(k + 1);
        return nodes.get(cur);
      }

      @Override
      public java.util.ListIterator<T> listIterator(int index) {
        List<T> all = new ArrayList<>(size());
        iterator().forEachRemaining(all::add);
        return Collections.unmodifiableList(all).listIterator(index);
      }

      @Override
      public Iterator<T> iterator() {
        return new Iterator<>() {
          private int cur = from;
          private int left = size();
          private boolean head = skip == 1;

          @Override
          public boolean hasNext() {
            return left > 0;
          }

          @Override
          public T next() {
            if (left == 0) {
              throw new NoSuchElementException();
            }
            left--;
            Work.add(1);
            if (head) {
              head = false;
              return nodes.get(cur);
            }
            cur = Links.this.next[cur];
            return nodes.get(cur);
          }
        };
      }
    }
  }
}
