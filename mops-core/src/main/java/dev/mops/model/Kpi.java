package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * An ongoing health metric with a definition and a target, pre-agreed with leadership before it is
 * reviewed at a quarterly business review.
 *
 * <pre>{@code
 * Kpi movement = Kpi.builder()
 *     .id("kpi-mql-to-opp").name("Movement to opportunity")
 *     .definition("opportunities created / marketing qualified leads, per quarter")
 *     .measure("movement to opportunity").unit("%").kind(KpiKind.OUTCOME)
 *     .targetValue(new BigDecimal("12")).direction(Direction.AT_OR_ABOVE)
 *     .addAgreement(SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 8)))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Kpi extends AbstractElement implements PlanElement
    permits ImmutableKpi {
  Kpi() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The name, e.g. {@code "Movement to opportunity"}. */
  public abstract String name();

  /** How it is computed, in words. */
  public abstract String definition();

  /** What is counted, e.g. {@code "emails sent"}; the name is used when absent. */
  public abstract Optional<String> measure();

  /** The unit, e.g. {@code "%"}. */
  public abstract String unit();

  /** Outcome, output, or unspecified (the default). */
  @Value.Default
  public KpiKind kind() {
    return KpiKind.UNSPECIFIED;
  }

  /** The target value, if set. */
  public abstract Optional<BigDecimal> targetValue();

  /** Which side of the target is good; {@link Direction#AT_OR_ABOVE} by default. */
  @Value.Default
  public Direction direction() {
    return Direction.AT_OR_ABOVE;
  }

  /** Who agreed to the KPI, and when. */
  public abstract List<SignOff> agreements();

  /** Dated values of the KPI. */
  public abstract List<Observation> observations();

  /** The team member who owns it. */
  public abstract Optional<String> owner();

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  /** The measure, or the name when no measure is given. */
  public final String effectiveMeasure() {
    return measure().orElse(name());
  }

  /** The latest observation on or before {@code asOf}. */
  public final Optional<Observation> latestOn(LocalDate asOf) {
    return Observations.latestOn(observations(), asOf);
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.KPI;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    agreements()
        .forEach(
            s -> refs.add(Reference.to("agreements", s.stakeholderId(), ElementKind.STAKEHOLDER)));
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  /** Drops its references to ids {@code gone} accepts. Its sign-offs are kept. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    return Optional.of(Kpi.builder().from(this).owner(keep(owner(), gone)).build());
  }

  @Override
  public final String displayName() {
    return name();
  }

  @Value.Check
  final void check() {
    Checks.id("kpi.id", id());
    Checks.notBlank("kpi.name", name());
    Checks.notBlank("kpi.definition", definition());
    Checks.notBlank("kpi.unit", unit());
    measure().ifPresent(m -> Checks.notBlank("kpi.measure", m));
    owner().ifPresent(m -> Checks.id("kpi.owner", m));
  }

  /**
   * Builds a {@link Kpi}; {@code id}, {@code name}, {@code definition} and {@code unit} are
   * required.
   */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code kpi}, replacing what was set before, so
     * that {@link #build()} makes a KPI equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code kpi} is null
     */
    public Builder from(Kpi kpi) {
      java.util.Objects.requireNonNull(kpi, "kpi");
      return id(kpi.id())
          .name(kpi.name())
          .definition(kpi.definition())
          .measure(kpi.measure())
          .unit(kpi.unit())
          .kind(kpi.kind())
          .targetValue(kpi.targetValue())
          .direction(kpi.direction())
          .agreements(kpi.agreements())
          .observations(kpi.observations())
          .owner(kpi.owner())
          .visibility(kpi.visibility())
          .extensions(kpi.extensions());
    }
  }
}
