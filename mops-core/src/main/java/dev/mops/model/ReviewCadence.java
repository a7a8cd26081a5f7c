package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import dev.mops.core.internal.WindowGrid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A recurring review or communication: the weekly team checkpoint, the monthly stakeholder update,
 * the quarterly business review, the quarterly internal-goal review, the biweekly OKR review.
 *
 * <p>A cadence yields windows of its frequency starting at {@link #startsOn()} (or the plan's
 * start); a window counts as held when a {@link Review} of the cadence covers it.
 *
 * <pre>{@code
 * ReviewCadence update = ReviewCadence.builder()
 *     .id("monthly-update").name("Monthly stakeholder one-pager")
 *     .kind(CadenceKind.STAKEHOLDER_UPDATE).frequency(Frequency.monthly())
 *     .format(ReviewFormat.ONE_PAGER).addAudience("sales")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class ReviewCadence extends AbstractElement implements PlanElement
    permits ImmutableReviewCadence {
  ReviewCadence() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The name, e.g. {@code "Quarterly business review"}. */
  public abstract String name();

  /** What it is for. */
  public abstract CadenceKind kind();

  /** How often it recurs. */
  public abstract Frequency frequency();

  /** How it is delivered; {@link ReviewFormat#MEETING} by default. */
  @Value.Default
  public ReviewFormat format() {
    return ReviewFormat.MEETING;
  }

  /** The stakeholders it is for (ids). */
  public abstract List<String> audience();

  /** The elements it reviews: OKRs, KPIs, objectives, internal goals (ids). */
  public abstract List<String> subjectIds();

  /** The first day of its first window; the plan's start when absent. */
  public abstract Optional<LocalDate> startsOn();

  /** Days after a window's end in which a review still counts as on schedule; 0 by default. */
  @Value.Default
  public int graceDays() {
    return 0;
  }

  /** The team member who runs it. */
  public abstract Optional<String> owner();

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  /**
   * The windows in which a review of this cadence is expected, within {@code span} (usually the
   * plan's period), in order.
   *
   * <p>Every-N-days and every-N-weeks windows are consecutive blocks starting at {@link
   * #startsOn()} (or the span's start). Every-N-months windows follow calendar months; when N
   * divides 12 (monthly, every two months, quarterly, half-yearly, yearly) they are aligned to the
   * fiscal year that starts in {@code fiscalStart}, so a quarterly cadence yields the fiscal
   * quarters; otherwise they start at the month of {@link #startsOn()}. Windows are clipped to the
   * span, and none starts before {@link #startsOn()}'s window.
   *
   * <p>The list is a read-only view computed on demand: its size and each window take constant
   * time, so a daily cadence over ten thousand years is not materialized; copy only what you read.
   *
   * <pre>{@code
   * ReviewCadence qbr = ReviewCadence.builder().id("qbr").name("QBR")
   *     .kind(CadenceKind.BUSINESS_REVIEW).frequency(Frequency.quarterly()).build();
   * qbr.windows(DateRange.ofYear(Year.of(2027)), Month.JANUARY);
   * // [2027-01-01/2027-03-31, 2027-04-01/2027-06-30, 2027-07-01/2027-09-30, 2027-10-01/2027-12-31]
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span holds more than {@link Integer#MAX_VALUE} windows
   */
  public final List<DateRange> windows(DateRange span, java.time.Month fiscalStart) {
    java.util.Objects.requireNonNull(span, "span");
    java.util.Objects.requireNonNull(fiscalStart, "fiscalStart");
    WindowGrid grid =
        WindowGrid.of(startsOn().orElse(span.start()), frequency(), span, fiscalStart);
    if (grid.size() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "span must hold at most "
              + Integer.MAX_VALUE
              + " windows of "
              + frequency()
              + ", got "
              + grid.size()
              + " in "
              + span);
    }
    int size = (int) grid.size();
    return new WindowList(grid, size);
  }

  /** The windows of a grid as a read-only list. */
  private static final class WindowList extends java.util.AbstractList<DateRange>
      implements java.util.RandomAccess {
    private final WindowGrid grid;
    private final int size;

    WindowList(WindowGrid grid, int size) {
      this.grid = grid;
      this.size = size;
    }

    @Override
    public DateRange get(int index) {
      return grid.get(java.util.Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
      return size;
    }
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.REVIEW_CADENCE;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    audience().forEach(s -> refs.add(Reference.to("audience", s, ElementKind.STAKEHOLDER)));
    subjectIds()
        .forEach(
            s ->
                refs.add(
                    new Reference(
                        "subjectIds",
                        s,
                        java.util.EnumSet.of(
                            ElementKind.OKR,
                            ElementKind.KEY_RESULT,
                            ElementKind.KPI,
                            ElementKind.OBJECTIVE,
                            ElementKind.CAPABILITY,
                            ElementKind.INTERNAL_GOAL))));
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  /** Drops its references to ids {@code gone} accepts. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    return Optional.of(
        ReviewCadence.builder()
            .from(this)
            .audience(without(audience(), gone))
            .subjectIds(without(subjectIds(), gone))
            .owner(keep(owner(), gone))
            .build());
  }

  @Override
  public final String displayName() {
    return name();
  }

  @Value.Check
  final void check() {
    Checks.date("reviewCadence.startsOn", startsOn());
    Checks.id("reviewCadence.id", id());
    Checks.notBlank("reviewCadence.name", name());
    Checks.ids("reviewCadence.audience", audience());
    Checks.ids("reviewCadence.subjectIds", subjectIds());
    owner().ifPresent(m -> Checks.id("reviewCadence.owner", m));
    Checks.between("reviewCadence.graceDays", graceDays(), 0, 366);
  }

  /**
   * Builds a {@link ReviewCadence}; {@code id}, {@code name}, {@code kind} and {@code frequency}
   * are required.
   */
  public static final class Builder extends ImmutableReviewCadence.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code reviewCadence}, replacing what was set
     * before, so that {@link #build()} makes a review cadence equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code reviewCadence} is null
     */
    public Builder from(ReviewCadence reviewCadence) {
      java.util.Objects.requireNonNull(reviewCadence, "reviewCadence");
      return id(reviewCadence.id())
          .name(reviewCadence.name())
          .kind(reviewCadence.kind())
          .frequency(reviewCadence.frequency())
          .format(reviewCadence.format())
          .audience(reviewCadence.audience())
          .subjectIds(reviewCadence.subjectIds())
          .startsOn(reviewCadence.startsOn())
          .graceDays(reviewCadence.graceDays())
          .owner(reviewCadence.owner())
          .visibility(reviewCadence.visibility())
          .extensions(reviewCadence.extensions());
    }
  }
}
