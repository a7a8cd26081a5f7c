package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One "how do we know we've achieved this?" of an internal goal: a measured value against a target,
 * a checklist, or an observation the team records. Always internal.
 *
 * <pre>{@code
 * SuccessIndicator urgentShare = SuccessIndicator.builder()
 *     .id("ind-urgent-share")
 *     .description("Share of hours spent on urgent work")
 *     .kind(IndicatorKind.MEASURED)
 *     .target(Target.builder().metric("urgent work share").unit("% of hours")
 *         .baseline(new BigDecimal("35")).value(new BigDecimal("15"))
 *         .direction(Direction.DECREASE).build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class SuccessIndicator extends AbstractElement implements PlanElement
    permits ImmutableSuccessIndicator {
  SuccessIndicator() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** How we know, in words. */
  public abstract String description();

  /** How it is judged. */
  public abstract IndicatorKind kind();

  /** The target of a measured indicator, with its observations. */
  public abstract Optional<Target> target();

  /** The items of a checklist indicator. */
  public abstract List<ChecklistItem> items();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.SUCCESS_INDICATOR;
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
    return description();
  }

  @Value.Check
  final void check() {
    Checks.id("successIndicator.id", id());
    Checks.notBlank("successIndicator.description", description());
  }

  /**
   * Builds a {@link SuccessIndicator}; {@code id}, {@code description} and {@code kind} are
   * required.
   */
  public static final class Builder extends ImmutableSuccessIndicator.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code successIndicator}, replacing what was set
     * before, so that {@link #build()} makes a success indicator equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code successIndicator} is null
     */
    public Builder from(SuccessIndicator successIndicator) {
      java.util.Objects.requireNonNull(successIndicator, "successIndicator");
      return id(successIndicator.id())
          .description(successIndicator.description())
          .kind(successIndicator.kind())
          .target(successIndicator.target())
          .items(successIndicator.items())
          .extensions(successIndicator.extensions());
    }
  }
}
