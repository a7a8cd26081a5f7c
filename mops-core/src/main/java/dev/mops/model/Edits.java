package dev.mops.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replaces or removes one element of a plan in place, going over the kinds of the registry: the
 * element is the first in document order with the id, wherever it is nested, and only the lists on
 * the way to it are copied.
 */
final class Edits {
  private Edits() {}

  /**
   * {@code plan} with its first element with {@code id} replaced by {@code replacement}, or removed
   * if null.
   */
  static Plan edit(Plan plan, String id, @Nullable PlanElement replacement) {
    Plan.Builder b = Plan.builder().from(plan);
    Edit edit = new Edit(id, replacement);
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      List<PlanElement> edited = edit.list(kind.elementsIn(plan));
      if (edit.done) {
        return b.elements(kind, edited).build();
      }
    }
    throw new IllegalStateException("no element with id " + id);
  }

  private static final class Edit {
    private final String id;
    private final @Nullable PlanElement replacement;
    private boolean done;

    Edit(String id, @Nullable PlanElement replacement) {
      this.id = id;
      this.replacement = replacement;
    }

    /** {@code list} with the edit made in it or below, once it is; else {@code list} itself. */
    List<PlanElement> list(List<PlanElement> list) {
      for (int i = 0; i < list.size(); i++) {
        PlanElement e = list.get(i);
        @Nullable PlanElement edited = element(e);
        if (done) {
          List<PlanElement> copy = new ArrayList<>(list);
          if (edited == null) {
            copy.remove(i);
          } else {
            copy.set(i, edited);
          }
          return copy;
        }
      }
      return list;
    }

    /**
     * {@code e} edited (null when removed) if it or something it holds has the id first; else
     * {@code e}.
     */
    private @Nullable PlanElement element(PlanElement e) {
      if (e.id().equals(id)) {
        done = true;
        return replacement;
      }
      for (ElementKind nested : e.elementKind().holds()) {
        List<PlanElement> edited = list(nested.elementsIn(e));
        if (done) {
          return nested.withElementsIn(e, edited);
        }
      }
      return e;
    }
  }
}
