package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the MOps team: owner of goals, assignee of strategy steps, learner on the development
 * list.
 *
 * <pre>{@code
 * TeamMember ana = TeamMember.of("ana", "Ana Ruiz");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class TeamMember extends AbstractElement implements PlanElement
    permits ImmutableTeamMember {
  TeamMember() {}

  /** Returns an active team member with an id and a name. */
  public static TeamMember of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The member's name. */
  public abstract String name();

  /** The role, e.g. {@code "marketing automation specialist"}. */
  public abstract Optional<String> role();

  /** Whether the member is currently on the team (development time counts active members). */
  @Value.Default
  public boolean active() {
    return true;
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.TEAM_MEMBER;
  }

  /** Team members are public (owners are shown to stakeholders). */
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
    return name();
  }

  @Value.Check
  final void check() {
    Checks.id("teamMember.id", id());
    Checks.notBlank("teamMember.name", name());
  }

  /** Builds a {@link TeamMember}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code teamMember}, replacing what was set
     * before, so that {@link #build()} makes a team member equal to it unless something is changed
     * in between.
     *
     * @throws NullPointerException if {@code teamMember} is null
     */
    public Builder from(TeamMember teamMember) {
      java.util.Objects.requireNonNull(teamMember, "teamMember");
      return id(teamMember.id())
          .name(teamMember.name())
          .role(teamMember.role())
          .active(teamMember.active())
          .extensions(teamMember.extensions());
    }
  }
}
