package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * What the MOps team must build to serve objectives: sales enablement, personalized content, lead
 * management. A capability may take six months or more; quick wins show progress on it meanwhile.
 *
 * <pre>{@code
 * Capability leadManagement = Capability.builder()
 *     .id("lead-management").name("Lead management")
 *     .addObjectiveId("automotive-sales")
 *     .estimatedBuild(Period.ofMonths(6))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Capability extends AbstractElement implements PlanElement
    permits ImmutableCapability {
  Capability() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The name, e.g. {@code "Lead management"}. */
  public abstract String name();

  /** What it is and what it enables. */
  public abstract Optional<String> description();

  /** The objectives this capability supports. */
  public abstract List<String> objectiveIds();

  /** How long building it is expected to take, e.g. six months. */
  public abstract Optional<Period> estimatedBuild();

  /** The team member who owns it. */
  public abstract Optional<String> owner();

  /** Where it is in its lifecycle; {@link Lifecycle#ACTIVE} (being built) by default. */
  @Value.Default
  public Lifecycle status() {
    return Lifecycle.ACTIVE;
  }

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.CAPABILITY;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    objectiveIds().forEach(o -> refs.add(Reference.to("objectiveIds", o, ElementKind.OBJECTIVE)));
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  /** Drops its references to ids {@code gone} accepts. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    return Optional.of(
        Capability.builder()
            .from(this)
            .objectiveIds(without(objectiveIds(), gone))
            .owner(keep(owner(), gone))
            .build());
  }

  @Override
  public final String displayName() {
    return name();
  }

  @Value.Check
  final void check() {
    Checks.id("capability.id", id());
    Checks.notBlank("capability.name", name());
    Checks.ids("capability.objectiveIds", objectiveIds());
    owner().ifPresent(m -> Checks.id("capability.owner", m));
    estimatedBuild()
        .ifPresent(
            p ->
                Checks.argument(
                    !p.isNegative() && !p.isZero(),
                    "capability.estimatedBuild must be positive, got " + p));
  }

  /** Builds a {@link Capability}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableCapability.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code capability}, replacing what was set
     * before, so that {@link #build()} makes a capability equal to it unless something is changed
     * in between.
     *
     * @throws NullPointerException if {@code capability} is null
     */
    public Builder from(Capability capability) {
      java.util.Objects.requireNonNull(capability, "capability");
      return id(capability.id())
          .name(capability.name())
          .description(capability.description())
          .objectiveIds(capability.objectiveIds())
          .estimatedBuild(capability.estimatedBuild())
          .owner(capability.owner())
          .status(capability.status())
          .visibility(capability.visibility())
          .extensions(capability.extensions());
    }
  }
}
