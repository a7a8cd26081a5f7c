package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An internal partner whose objectives the MOps team serves: sales, the CMO, sales ops,
 * procurement.
 *
 * <pre>{@code
 * Stakeholder sales = Stakeholder.of("sales", "Sales");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Stakeholder extends AbstractElement implements PlanElement
    permits ImmutableStakeholder {
  Stakeholder() {}

  /** Returns a stakeholder with an id and a name. */
  public static Stakeholder of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The name, e.g. {@code "Sales"} or {@code "CMO"}. */
  public abstract String name();

  /** The department or function, e.g. {@code "sales"}. */
  public abstract Optional<String> department();

  /** The person to talk to, e.g. {@code "Dana Lee, VP Sales"}. */
  public abstract Optional<String> contact();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.STAKEHOLDER;
  }

  /** Stakeholders are public. */
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
    Checks.id("stakeholder.id", id());
    Checks.notBlank("stakeholder.name", name());
  }

  /** Builds a {@link Stakeholder}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code stakeholder}, replacing what was set
     * before, so that {@link #build()} makes a stakeholder equal to it unless something is changed
     * in between.
     *
     * @throws NullPointerException if {@code stakeholder} is null
     */
    public Builder from(Stakeholder stakeholder) {
      java.util.Objects.requireNonNull(stakeholder, "stakeholder");
      return id(stakeholder.id())
          .name(stakeholder.name())
          .department(stakeholder.department())
          .contact(stakeholder.contact())
          .extensions(stakeholder.extensions());
    }
  }
}
