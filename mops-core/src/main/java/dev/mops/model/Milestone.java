package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One milestone of a milestone key result: done on a day, or not yet; weighted 1 by default.
 *
 * <pre>{@code
 * Milestone m = Milestone.of("ms-brief", "Brief approved");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Milestone extends AbstractElement implements PlanElement
    permits ImmutableMilestone {
  Milestone() {}

  /** Returns a milestone not yet done, weight 1. */
  public static Milestone of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** What is reached. */
  public abstract String title();

  /** When it is due. */
  public abstract Optional<LocalDate> due();

  /** When it was done, if it was. */
  public abstract Optional<LocalDate> doneOn();

  /** Its weight among the milestones of its key result; at least 0, 1 by default. */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** Whether it was done on or before {@code asOf}. */
  public final boolean isDoneOn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return doneOn().filter(d -> !d.isAfter(asOf)).isPresent();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.MILESTONE;
  }

  /** Milestones are as visible as their OKR; on their own they are public. */
  @Override
  public final Visibility visibility() {
    return Visibility.PUBLIC;
  }

  @Override
  public final List<Reference> references() {
    return List.of();
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.date("milestone.due", due());
    Checks.date("milestone.doneOn", doneOn());
    Checks.id("milestone.id", id());
    Checks.notBlank("milestone.title", title());
    Checks.nonNegative("milestone.weight", weight());
  }

  /** Builds a {@link Milestone}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code milestone}, replacing what was set before,
     * so that {@link #build()} makes a milestone equal to it unless something is changed in
     * between.
     *
     * @throws NullPointerException if {@code milestone} is null
     */
    public Builder from(Milestone milestone) {
      java.util.Objects.requireNonNull(milestone, "milestone");
      return id(milestone.id())
          .title(milestone.title())
          .due(milestone.due())
          .doneOn(milestone.doneOn())
          .weight(milestone.weight())
          .extensions(milestone.extensions());
    }
  }
}
