package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A review that was held: which cadence it belongs to, the day it was held, and the period it
 * covers. Reviews are checked against the period they cover, not the day held: a Q4 review held in
 * January counts for Q4.
 *
 * <pre>{@code
 * Review q1 = Review.builder()
 *     .id("qbr-2027-q1").cadenceId("qbr").heldOn(LocalDate.of(2027, 4, 6))
 *     .covers(Quarter.parse("2027-Q1").range(Month.JANUARY))
 *     .addKpiId("kpi-mql-to-opp")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Review extends AbstractElement implements PlanElement
    permits ImmutableReview {
  Review() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The cadence this review belongs to. */
  public abstract String cadenceId();

  /** The day it was held. */
  public abstract LocalDate heldOn();

  /** The period it covers. */
  public abstract DateRange covers();

  /** The KPIs reviewed at it. */
  public abstract List<String> kpiIds();

  /** What was said or decided. */
  public abstract Optional<String> summary();

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.REVIEW;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(Reference.to("cadenceId", cadenceId(), ElementKind.REVIEW_CADENCE));
    kpiIds().forEach(k -> refs.add(Reference.to("kpiIds", k, ElementKind.KPI)));
    return List.copyOf(refs);
  }

  /** Gone with its cadence; otherwise drops its other references to ids {@code gone} accepts. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    if (gone.test(cadenceId())) {
      return Optional.empty();
    }
    return Optional.of(Review.builder().from(this).kpiIds(without(kpiIds(), gone)).build());
  }

  @Override
  public final String displayName() {
    return id();
  }

  @Value.Check
  final void check() {
    Checks.date("review.heldOn", heldOn());
    Checks.id("review.id", id());
    Checks.id("review.cadenceId", cadenceId());
    Checks.ids("review.kpiIds", kpiIds());
  }

  /**
   * Builds a {@link Review}; {@code id}, {@code cadenceId}, {@code heldOn} and {@code covers} are
   * required.
   */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code review}, replacing what was set before, so
     * that {@link #build()} makes a review equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code review} is null
     */
    public Builder from(Review review) {
      java.util.Objects.requireNonNull(review, "review");
      return id(review.id())
          .cadenceId(review.cadenceId())
          .heldOn(review.heldOn())
          .covers(review.covers())
          .kpiIds(review.kpiIds())
          .summary(review.summary())
          .visibility(review.visibility())
          .extensions(review.extensions());
    }
  }
}
