package dev.mops.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the public view of a plan: what stakeholders may see. It goes over the kinds of the {@link
 * ElementKind} registry, so a new kind is covered as soon as it is registered: its elements go when
 * the kind is always internal or they are marked internal, and each kept element drops its own
 * references to removed ones ({@link AbstractElement#withoutReferencesTo}).
 */
final class PublicView {
  private PublicView() {}

  static Plan of(Plan plan) {
    // the ids of removed elements; an id shared by a kept and a removed element (a duplicate id)
    // counts as removed, so that nothing internal is ever reachable from the view
    Set<String> removed = new HashSet<>();
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      collectRemoved(kind.elementsIn(plan), false, removed);
    }
    Predicate<String> gone = removed::contains;
    Plan.Builder view = Plan.builder().from(plan);
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      view.elements(kind, kept(kind.elementsIn(plan), gone));
    }
    return view.build();
  }

  /** Whether {@code e} is internal on its own: by kind or by its visibility. */
  private static boolean internal(PlanElement e) {
    return e.elementKind().isAlwaysInternal() || e.visibility() != Visibility.PUBLIC;
  }

  /**
   * Adds the ids of the removed elements among {@code elements} to {@code removed}: the internal
   * ones and, when their container is removed, all of them (a key result reports PUBLIC on its own,
   * but one of an internal OKR is internal).
   */
  private static void collectRemoved(
      List<PlanElement> elements, boolean containerRemoved, Set<String> removed) {
    for (PlanElement e : elements) {
      boolean gone = containerRemoved || internal(e);
      if (gone) {
        removed.add(e.id());
      }
      for (ElementKind nested : e.elementKind().holds()) {
        collectRemoved(nested.elementsIn(e), gone, removed);
      }
    }
  }

  /**
   * The elements not removed, each without its references to removed ones and holding only its own
   * kept elements; an element that cannot exist without a removed one is left out.
   */
  private static List<PlanElement> kept(List<PlanElement> elements, Predicate<String> gone) {
    List<PlanElement> out = new ArrayList<>(elements.size());
    for (PlanElement e : elements) {
      if (internal(e)) {
        continue;
      }
      Optional<PlanElement> stripped = ((AbstractElement) e).withoutReferencesTo(gone);
      if (stripped.isEmpty()) {
        continue;
      }
      PlanElement k = stripped.get();
      for (ElementKind nested : k.elementKind().holds()) {
        List<PlanElement> held = nested.elementsIn(k);
        List<PlanElement> keep = kept(held, gone);
        if (!keep.equals(held)) {
          k = nested.withElementsIn(k, keep);
        }
      }
      out.add(k);
    }
    return out;
  }
}
