package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ticket of team work: planned or ad hoc, urgent or not, with the hours and story points it took,
 * and whether it served the team's vision. The raw data behind "what percent of work is urgent?"
 * and the 90% vision-focus target. Always internal.
 *
 * <p>Hours and story points are optional: a ticket without hours is left out of hour-based shares
 * (and counted as left out), not counted as zero.
 *
 * <pre>{@code
 * WorkItem item = WorkItem.builder()
 *     .id("OPS-101").createdOn(LocalDate.of(2027, 3, 2))
 *     .kind(WorkKind.AD_HOC).urgent(true).hours(new BigDecimal("3.5"))
 *     .visionAligned(false)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class WorkItem extends AbstractElement implements PlanElement
    permits ImmutableWorkItem {
  WorkItem() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** A short title, e.g. {@code "Build webinar landing page"}. */
  public abstract Optional<String> title();

  /** The day the ticket was created; it decides the month the work counts in. */
  public abstract LocalDate createdOn();

  /** Planned roadmap work or an ad-hoc request. */
  public abstract WorkKind kind();

  /** Whether the work was urgent. */
  public abstract boolean urgent();

  /** Hours spent, if tracked; at least 0. */
  public abstract Optional<BigDecimal> hours();

  /** Story points, if estimated; at least 0. */
  public abstract Optional<BigDecimal> storyPoints();

  /** Whether the work served the team's written vision. */
  public abstract boolean visionAligned();

  /** The stakeholder who asked for it, if known. */
  public abstract Optional<String> requestedBy();

  /** The team member who did it, if known. */
  public abstract Optional<String> assignee();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.WORK_ITEM;
  }

  /** Work items are always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>(2);
    requestedBy().ifPresent(s -> refs.add(Reference.to("requestedBy", s, ElementKind.STAKEHOLDER)));
    assignee().ifPresent(m -> refs.add(Reference.to("assignee", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  @Override
  public final String displayName() {
    return title().orElse(id());
  }

  @Value.Check
  final void check() {
    Checks.date("workItem.createdOn", createdOn());
    Checks.id("workItem.id", id());
    hours().ifPresent(h -> Checks.nonNegative("workItem.hours", h));
    storyPoints().ifPresent(p -> Checks.nonNegative("workItem.storyPoints", p));
    requestedBy().ifPresent(s -> Checks.id("workItem.requestedBy", s));
    assignee().ifPresent(m -> Checks.id("workItem.assignee", m));
  }

  /**
   * Builds a {@link WorkItem}; {@code id}, {@code createdOn}, {@code kind}, {@code urgent} and
   * {@code visionAligned} are required.
   */
  public static final class Builder extends ImmutableWorkItem.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code workItem}, replacing what was set before,
     * so that {@link #build()} makes a work item equal to it unless something is changed in
     * between.
     *
     * @throws NullPointerException if {@code workItem} is null
     */
    public Builder from(WorkItem workItem) {
      java.util.Objects.requireNonNull(workItem, "workItem");
      return id(workItem.id())
          .title(workItem.title())
          .createdOn(workItem.createdOn())
          .kind(workItem.kind())
          .urgent(workItem.urgent())
          .hours(workItem.hours())
          .storyPoints(workItem.storyPoints())
          .visionAligned(workItem.visionAligned())
          .requestedBy(workItem.requestedBy())
          .assignee(workItem.assignee())
          .extensions(workItem.extensions());
    }
  }
}
