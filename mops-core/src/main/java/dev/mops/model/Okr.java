package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * An objective with key results, at a level (company, marketing, MOps). A MOps OKR aligns to a
 * marketing OKR, through a parent in the plan or an {@link ExternalOkrRef}; it needs stakeholder
 * buy-in and should be reviewed at least monthly, ideally biweekly.
 *
 * <pre>{@code
 * Okr okr = Okr.builder()
 *     .id("okr-email-health").title("Make email a channel sales trusts")
 *     .level(OkrLevel.MOPS).parentId("okr-mkt-pipeline")
 *     .period(DateRange.parse("2027-01-01/2027-03-31"))
 *     .addKeyResult(churn)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Okr extends AbstractElement implements PlanElement
    permits ImmutableOkr {
  Okr() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The objective, stated to be significant, concrete and inspiring. */
  public abstract String title();

  /** The level it is set at. */
  public abstract OkrLevel level();

  /** The parent OKR in this plan, if any. */
  public abstract Optional<String> parentId();

  /** The parent OKR held elsewhere, if any; at most one of this and {@link #parentId()}. */
  public abstract Optional<ExternalOkrRef> externalParent();

  /** The key results. */
  public abstract List<KeyResult> keyResults();

  /** The days the OKR runs, usually a quarter. */
  public abstract DateRange period();

  /** The team member who owns it. */
  public abstract Optional<String> owner();

  /** Stakeholder buy-in, dated. */
  public abstract List<SignOff> buyIn();

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

  /** Whether it aligns to a parent OKR, in the plan or elsewhere. */
  public final boolean hasParent() {
    return parentId().isPresent() || externalParent().isPresent();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.OKR;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    parentId().ifPresent(p -> refs.add(Reference.to("parentId", p, ElementKind.OKR)));
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    buyIn()
        .forEach(s -> refs.add(Reference.to("buyIn", s.stakeholderId(), ElementKind.STAKEHOLDER)));
    return List.copyOf(refs);
  }

  /** Drops its references to ids {@code gone} accepts. Its sign-offs are kept. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    return Optional.of(
        Okr.builder()
            .from(this)
            .parentId(keep(parentId(), gone))
            .owner(keep(owner(), gone))
            .build());
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.id("okr.id", id());
    Checks.notBlank("okr.title", title());
    parentId().ifPresent(p -> Checks.id("okr.parentId", p));
    owner().ifPresent(m -> Checks.id("okr.owner", m));
    Checks.argument(
        parentId().isEmpty() || externalParent().isEmpty(),
        "okr.parentId and okr.externalParent are exclusive, okr \"" + id() + "\" has both");
    BigDecimal total = BigDecimal.ZERO;
    for (KeyResult kr : keyResults()) {
      total = total.add(kr.weight());
    }
    Checks.argument(
        keyResults().isEmpty() || total.signum() > 0,
        "okr.keyResults weights must not sum to 0, okr \"" + id() + "\"");
  }

  /**
   * Builds an {@link Okr}; {@code id}, {@code title}, {@code level} and {@code period} are
   * required.
   */
  public static final class Builder extends ImmutableOkr.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code okr}, replacing what was set before, so
     * that {@link #build()} makes an OKR equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code okr} is null
     */
    public Builder from(Okr okr) {
      java.util.Objects.requireNonNull(okr, "okr");
      return id(okr.id())
          .title(okr.title())
          .level(okr.level())
          .parentId(okr.parentId())
          .externalParent(okr.externalParent())
          .keyResults(okr.keyResults())
          .period(okr.period())
          .owner(okr.owner())
          .buyIn(okr.buyIn())
          .status(okr.status())
          .visibility(okr.visibility())
          .extensions(okr.extensions());
    }
  }
}
