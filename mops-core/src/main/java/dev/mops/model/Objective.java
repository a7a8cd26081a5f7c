package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A stakeholder's measurable objective that the MOps team serves, such as "increase sales in the
 * automotive sector by 5%", with its target and the long-term vision behind it ("inbound and
 * outbound multi-channel campaign targeting the automotive industry").
 *
 * <p>Capabilities support objectives; quick wins claim them directly or through capabilities.
 *
 * <pre>{@code
 * Objective automotive = Objective.builder()
 *     .id("automotive-sales")
 *     .title("Increase sales in the automotive sector by 5%")
 *     .addStakeholderId("sales")
 *     .longTermVision("Inbound and outbound multi-channel campaign targeting the automotive industry")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Objective extends AbstractElement implements PlanElement
    permits ImmutableObjective {
  Objective() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The objective as the stakeholder states it. */
  public abstract String title();

  /** The stakeholders whose objective this is; a public objective should name at least one. */
  public abstract List<String> stakeholderIds();

  /** The measurable target, if set. */
  public abstract Optional<Target> target();

  /** The long-term vision the objective leads to. */
  public abstract Optional<String> longTermVision();

  /** The days the objective runs, if narrower than the plan's period. */
  public abstract Optional<DateRange> period();

  /** The team member who owns it. */
  public abstract Optional<String> owner();

  /** Where it is in its lifecycle; {@link Lifecycle#ACTIVE} by default. */
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
    return ElementKind.OBJECTIVE;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    stakeholderIds()
        .forEach(s -> refs.add(Reference.to("stakeholderIds", s, ElementKind.STAKEHOLDER)));
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  /** Drops its references to ids {@code gone} accepts. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    return Optional.of(
        Objective.builder()
            .from(this)
            .stakeholderIds(without(stakeholderIds(), gone))
            .owner(keep(owner(), gone))
            .build());
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.id("objective.id", id());
    Checks.notBlank("objective.title", title());
    Checks.ids("objective.stakeholderIds", stakeholderIds());
    owner().ifPresent(m -> Checks.id("objective.owner", m));
  }

  /** Builds an {@link Objective}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code objective}, replacing what was set before,
     * so that {@link #build()} makes an objective equal to it unless something is changed in
     * between.
     *
     * @throws NullPointerException if {@code objective} is null
     */
    public Builder from(Objective objective) {
      java.util.Objects.requireNonNull(objective, "objective");
      return id(objective.id())
          .title(objective.title())
          .stakeholderIds(objective.stakeholderIds())
          .target(objective.target())
          .longTermVision(objective.longTermVision())
          .period(objective.period())
          .owner(objective.owner())
          .status(objective.status())
          .visibility(objective.visibility())
          .extensions(objective.extensions());
    }
  }
}
