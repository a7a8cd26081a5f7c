package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bottom-up goal seen only by the MOps team: "what success looks like" with its "how do we know
 * we've achieved this" indicators. Reviewed quarterly. Always internal.
 *
 * <pre>{@code
 * InternalGoal partner = InternalGoal.builder()
 *     .id("ig-strategic-partner")
 *     .title("Marketing Operations is viewed as a strategic partner")
 *     .addIndicator(SuccessIndicator.builder().id("ind-planning")
 *         .description("MOps is included in upfront planning meetings consistently")
 *         .kind(IndicatorKind.OBSERVED).build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class InternalGoal extends AbstractElement implements PlanElement
    permits ImmutableInternalGoal {
  InternalGoal() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** What success looks like. */
  public abstract String title();

  /** How we know we've achieved it. */
  public abstract List<SuccessIndicator> indicators();

  /** The team member who owns it. */
  public abstract Optional<String> owner();

  /** Where it is in its lifecycle; {@link Lifecycle#ACTIVE} by default. */
  @Value.Default
  public Lifecycle status() {
    return Lifecycle.ACTIVE;
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.INTERNAL_GOAL;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>(1);
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.id("internalGoal.id", id());
    Checks.notBlank("internalGoal.title", title());
    owner().ifPresent(m -> Checks.id("internalGoal.owner", m));
  }

  /** Builds an {@link InternalGoal}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableInternalGoal.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code internalGoal}, replacing what was set
     * before, so that {@link #build()} makes an internal goal equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code internalGoal} is null
     */
    public Builder from(InternalGoal internalGoal) {
      java.util.Objects.requireNonNull(internalGoal, "internalGoal");
      return id(internalGoal.id())
          .title(internalGoal.title())
          .indicators(internalGoal.indicators())
          .owner(internalGoal.owner())
          .status(internalGoal.status())
          .extensions(internalGoal.extensions());
    }
  }
}
