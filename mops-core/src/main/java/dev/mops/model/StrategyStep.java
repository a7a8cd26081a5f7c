package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * An actionable step of the strategy: the objective or capability it belongs to, the stakeholders
 * it serves, the KPI it should move and which way, the team members assigned, and the day it was
 * checked off.
 *
 * <pre>{@code
 * StrategyStep audit = StrategyStep.builder()
 *     .id("step-audit-workflows").title("Audit the current email workflows")
 *     .parentId("automotive-sales").addStakeholderId("sales")
 *     .addAssigneeId("ana").kpiId("kpi-email-churn").expectedDirection(Direction.DECREASE)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class StrategyStep extends AbstractElement implements PlanElement
    permits ImmutableStrategyStep {
  StrategyStep() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** What is to be done. */
  public abstract String title();

  /** The objective or capability the step belongs to. */
  public abstract String parentId();

  /** The stakeholders it serves. */
  public abstract List<String> stakeholderIds();

  /** The team members assigned. */
  public abstract List<String> assigneeIds();

  /** The KPI it should move. */
  public abstract Optional<String> kpiId();

  /** Which way the KPI should move. */
  public abstract Optional<Direction> expectedDirection();

  /** The day it was checked off. */
  public abstract Optional<LocalDate> doneOn();

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.STRATEGY_STEP;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(
        new Reference(
            "parentId", parentId(), EnumSet.of(ElementKind.OBJECTIVE, ElementKind.CAPABILITY)));
    stakeholderIds()
        .forEach(s -> refs.add(Reference.to("stakeholderIds", s, ElementKind.STAKEHOLDER)));
    assigneeIds().forEach(m -> refs.add(Reference.to("assigneeIds", m, ElementKind.TEAM_MEMBER)));
    kpiId().ifPresent(k -> refs.add(Reference.to("kpiId", k, ElementKind.KPI)));
    return List.copyOf(refs);
  }

  /**
   * Gone with the objective or capability it belongs to; otherwise drops its other references to
   * ids {@code gone} accepts.
   */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    if (gone.test(parentId())) {
      return Optional.empty();
    }
    return Optional.of(
        StrategyStep.builder()
            .from(this)
            .stakeholderIds(without(stakeholderIds(), gone))
            .assigneeIds(without(assigneeIds(), gone))
            .kpiId(keep(kpiId(), gone))
            .build());
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.date("strategyStep.doneOn", doneOn());
    Checks.id("strategyStep.id", id());
    Checks.notBlank("strategyStep.title", title());
    Checks.id("strategyStep.parentId", parentId());
    Checks.ids("strategyStep.stakeholderIds", stakeholderIds());
    Checks.ids("strategyStep.assigneeIds", assigneeIds());
    kpiId().ifPresent(k -> Checks.id("strategyStep.kpiId", k));
  }

  /** Builds a {@link StrategyStep}; {@code id}, {@code title} and {@code parentId} are required. */
  public static final class Builder extends ImmutableStrategyStep.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code strategyStep}, replacing what was set
     * before, so that {@link #build()} makes a strategy step equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code strategyStep} is null
     */
    public Builder from(StrategyStep strategyStep) {
      java.util.Objects.requireNonNull(strategyStep, "strategyStep");
      return id(strategyStep.id())
          .title(strategyStep.title())
          .parentId(strategyStep.parentId())
          .stakeholderIds(strategyStep.stakeholderIds())
          .assigneeIds(strategyStep.assigneeIds())
          .kpiId(strategyStep.kpiId())
          .expectedDirection(strategyStep.expectedDirection())
          .doneOn(strategyStep.doneOn())
          .visibility(strategyStep.visibility())
          .extensions(strategyStep.extensions());
    }
  }
}
