package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit of delivery: one calendar month by default ("monthly sprints"). Each sprint should ship at
 * least one quick win and advance capabilities.
 *
 * <pre>{@code
 * Sprint january = Sprint.ofMonth("sprint-2027-01", YearMonth.of(2027, 1));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Sprint extends AbstractElement implements PlanElement
    permits ImmutableSprint {
  Sprint() {}

  /** Returns a sprint covering the whole calendar month. */
  public static Sprint ofMonth(String id, YearMonth month) {
    return builder().id(id).range(DateRange.ofMonth(month)).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** A name, e.g. {@code "January sprint"}. */
  public abstract Optional<String> name();

  /** The days of the sprint, both ends included. */
  public abstract DateRange range();

  /** What the sprint aims to deliver. */
  public abstract Optional<String> goal();

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  /** The calendar month, when the sprint is exactly one calendar month. */
  public final Optional<YearMonth> month() {
    return range().isCalendarMonth()
        ? Optional.of(YearMonth.from(range().start()))
        : Optional.empty();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.SPRINT;
  }

  @Override
  public final List<Reference> references() {
    return List.of();
  }

  @Override
  public final String displayName() {
    return name().orElse(id());
  }

  @Value.Check
  final void check() {
    Checks.id("sprint.id", id());
    name().ifPresent(n -> Checks.notBlank("sprint.name", n));
  }

  /** Builds a {@link Sprint}; {@code id} and {@code range} are required. */
  public static final class Builder extends ImmutableSprint.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code sprint}, replacing what was set before, so
     * that {@link #build()} makes a sprint equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code sprint} is null
     */
    public Builder from(Sprint sprint) {
      java.util.Objects.requireNonNull(sprint, "sprint");
      return id(sprint.id())
          .name(sprint.name())
          .range(sprint.range())
          .goal(sprint.goal())
          .visibility(sprint.visibility())
          .extensions(sprint.extensions());
    }
  }
}
