package dev.mops.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * What the value types of the element kinds share beyond {@link PlanElement} that is not API: how
 * the public view drops their references to removed elements. Not public; each kind's type extends
 * it, the plan does not.
 */
abstract class AbstractElement {
  AbstractElement() {}

  /**
   * Vendor data kept verbatim; none by default. Declared once here for every kind: an attribute of
   * each generated value type, with the same default.
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * This element without its references to the ids {@code gone} accepts, or empty when it cannot
   * exist without one of them (a review of a removed cadence). Types with references override it to
   * drop just those references. This default keeps an element none of whose references is gone and
   * drops any other: right for elements without references, and safe for a new kind that has not
   * said yet how to drop its references (nothing removed stays reachable through it).
   */
  Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    Objects.requireNonNull(gone, "gone");
    PlanElement self = (PlanElement) this;
    for (Reference r : self.references()) {
      if (gone.test(r.targetId())) {
        return Optional.empty();
      }
    }
    return Optional.of(self);
  }

  /** {@code ids} without those {@code gone} accepts, in order. */
  static List<String> without(List<String> ids, Predicate<String> gone) {
    Objects.requireNonNull(gone, "gone");
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (!gone.test(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** {@code id} unless {@code gone} accepts it. */
  static Optional<String> keep(Optional<String> id, Predicate<String> gone) {
    Objects.requireNonNull(gone, "gone");
    return id.filter(gone.negate());
  }
}
