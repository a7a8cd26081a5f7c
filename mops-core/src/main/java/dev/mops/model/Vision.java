package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The MOps team's own written vision and plan of action, co-created with the team and signed off by
 * executives. At least 90% of the team's time should serve it.
 *
 * <pre>{@code
 * Vision v = Vision.builder()
 *     .statement("Marketing runs like a business, on systems sales trusts")
 *     .addPlanOfAction("Train every MOps member worldwide on the new MAP")
 *     .addSignOff(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 5)))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract class Vision {
  Vision() {}

  /** Returns a vision with only its statement. */
  public static Vision of(String statement) {
    return builder().statement(statement).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vision, in a sentence or two. */
  public abstract String statement();

  /** The plan of action, step by step. */
  public abstract List<String> planOfAction();

  /** The team members who co-created it (ids). */
  public abstract List<String> coCreatedBy();

  /** Executive sign-offs. */
  public abstract List<SignOff> signOffs();

  /** Vendor data kept verbatim. */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("vision.statement", statement());
    Checks.ids("vision.coCreatedBy", coCreatedBy());
    for (int i = 0; i < planOfAction().size(); i++) {
      Checks.notBlank("vision.planOfAction[" + i + "]", planOfAction().get(i));
    }
  }

  /** Builds a {@link Vision}; {@code statement} is required. */
  public static final class Builder extends ImmutableVision.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code vision}, replacing what was set before, so
     * that {@link #build()} makes a vision equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code vision} is null
     */
    public Builder from(Vision vision) {
      java.util.Objects.requireNonNull(vision, "vision");
      return statement(vision.statement())
          .planOfAction(vision.planOfAction())
          .coCreatedBy(vision.coCreatedBy())
          .signOffs(vision.signOffs())
          .extensions(vision.extensions());
    }
  }
}
