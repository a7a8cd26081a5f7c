package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A skill or topic on the team's professional-development list. Always internal.
 *
 * <pre>{@code
 * Skill s = Skill.of("skill-sql", "SQL for marketing analytics");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Skill extends AbstractElement implements PlanElement
    permits ImmutableSkill {
  Skill() {}

  /** Returns a skill with an id and a name. */
  public static Skill of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The skill or topic. */
  public abstract String name();

  /** Why the team wants it. */
  public abstract Optional<String> description();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.SKILL;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
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
    Checks.id("skill.id", id());
    Checks.notBlank("skill.name", name());
  }

  /** Builds a {@link Skill}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableSkill.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code skill}, replacing what was set before, so
     * that {@link #build()} makes a skill equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code skill} is null
     */
    public Builder from(Skill skill) {
      java.util.Objects.requireNonNull(skill, "skill");
      return id(skill.id())
          .name(skill.name())
          .description(skill.description())
          .extensions(skill.extensions());
    }
  }
}
