package dev.mops.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the public view of a plan: what stakeholders may see. It goes over the kinds of the
 * {@link ElementKind} registry, so a new kind is covered as soon as it is registered: its elements go
 * when the kind is always internal or they are marked internal, and each kept element drops its own
 * references to removed ones ({@link AbstractElement#withoutReferencesTo}).
 */
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
    Plan.Builder view = Plan.builder().from(plan);
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      view.elements(kind, kept(kind.elementsIn(plan), removedElements, gone));
    }
    return view.build();
  }

  /**
   * The elements not removed, each without its references to removed ones and holding only its own
   * kept elements; an element that cannot exist without a removed one is left out.
   */
  private static List<PlanElement> kept(List<? extends PlanElement> elements, Set<PlanElement> removed,
      Predicate<String> gone) {
    List<PlanElement> out = new ArrayList<>(elements.size());
    for (PlanElement e : elements) {
      if (removed.contains(e)) {
        continue;
      }
      Optional<PlanElement> stripped = ((AbstractElement) e).withoutReferencesTo(gone);
      if (stripped.isEmpty()) {
        continue;
      }
      PlanElement k = stripped.get();
      for (ElementKind nested : k.elementKind().holds()) {
        List<? extends PlanElement> held = nested.elementsIn(k);
        List<PlanElement> keep = kept(held, removed, gone);
        if (!keep.equals(held)) {
          k = nested.withElementsIn(k, keep);
        }
      }
      out.add(k);
    }
    return out;
  }
}
