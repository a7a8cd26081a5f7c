package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A small deliverable shipped within one monthly sprint while capabilities are built in the
 * background. Its success is binary: it launched or it did not.
 *
 * <p>A quick win builds capabilities, may claim objectives directly, is planned for a month, and
 * may build on an earlier quick win (the three-email nurture builds on the single template).
 * Setting {@code launchedOn} makes the status {@link QuickWinStatus#LAUNCHED} unless stated.
 *
 * <pre>{@code
 * QuickWin template = QuickWin.builder()
 *     .id("qw-template").title("Email template sales can send to automotive prospects")
 *     .addCapabilityId("sales-enablement")
 *     .plannedMonth(YearMonth.of(2027, 1))
 *     .launchedOn(LocalDate.of(2027, 1, 24))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class QuickWin extends AbstractElement implements PlanElement
    permits ImmutableQuickWin {
  QuickWin() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** What ships, e.g. {@code "Launch a webinar targeting the automotive industry"}. */
  public abstract String title();

  /** The capabilities this quick win builds. */
  public abstract List<String> capabilityIds();

  /** Objectives the quick win claims to serve directly (besides those of its capabilities). */
  public abstract List<String> objectiveIds();

  /** The month it is planned to ship in. */
  public abstract YearMonth plannedMonth();

  /** The earlier quick win this one builds on, if any. */
  public abstract Optional<String> buildsOn();

  /** The day it launched, when it did. */
  public abstract Optional<LocalDate> launchedOn();

  /**
   * The outcome; {@link QuickWinStatus#LAUNCHED} when launched, else {@link QuickWinStatus#PLANNED}
   * by default.
   */
  @Value.Default
  public QuickWinStatus status() {
    return launchedOn().isPresent() ? QuickWinStatus.LAUNCHED : QuickWinStatus.PLANNED;
  }

  /** Why it was missed or cancelled, if said. */
  public abstract Optional<String> outcomeNote();

  /** The team member who owns it. */
  public abstract Optional<String> owner();

  /** Who may see it; {@link Visibility#PUBLIC} by default. */
  @Override
  @Value.Default
  public Visibility visibility() {
    return Visibility.PUBLIC;
  }

  /** Whether it launched. */
  public final boolean isLaunched() {
    return status() == QuickWinStatus.LAUNCHED;
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.QUICK_WIN;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    capabilityIds()
        .forEach(c -> refs.add(Reference.to("capabilityIds", c, ElementKind.CAPABILITY)));
    objectiveIds().forEach(o -> refs.add(Reference.to("objectiveIds", o, ElementKind.OBJECTIVE)));
    buildsOn().ifPresent(q -> refs.add(Reference.to("buildsOn", q, ElementKind.QUICK_WIN)));
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  /** Drops its references to ids {@code gone} accepts. */
  @Override
  final Optional<PlanElement> withoutReferencesTo(Predicate<String> gone) {
    return Optional.of(
        QuickWin.builder()
            .from(this)
            .capabilityIds(without(capabilityIds(), gone))
            .objectiveIds(without(objectiveIds(), gone))
            .buildsOn(keep(buildsOn(), gone))
            .owner(keep(owner(), gone))
            .build());
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.month("quickWin.plannedMonth", plannedMonth());
    Checks.date("quickWin.launchedOn", launchedOn());
    Checks.id("quickWin.id", id());
    Checks.notBlank("quickWin.title", title());
    Checks.ids("quickWin.capabilityIds", capabilityIds());
    Checks.ids("quickWin.objectiveIds", objectiveIds());
    buildsOn().ifPresent(q -> Checks.id("quickWin.buildsOn", q));
    owner().ifPresent(m -> Checks.id("quickWin.owner", m));
    Checks.argument(
        !buildsOn().equals(Optional.of(id())),
        "quickWin.buildsOn must name another quick win, got its own id \"" + id() + "\"");
    boolean launched = status() == QuickWinStatus.LAUNCHED;
    if (launched && launchedOn().isEmpty()) {
      throw new IllegalArgumentException(
          "quickWin.launchedOn is required when status is LAUNCHED, quick win \"" + id() + "\"");
    }
    if (!launched && launchedOn().isPresent()) {
      throw new IllegalArgumentException(
          "quickWin.launchedOn must be empty when status is "
              + status()
              + ", got "
              + launchedOn().get());
    }
  }

  /** Builds a {@link QuickWin}; {@code id}, {@code title} and {@code plannedMonth} are required. */
  public static final class Builder extends ImmutableQuickWin.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code quickWin}, replacing what was set before,
     * so that {@link #build()} makes a quick win equal to it unless something is changed in
     * between.
     *
     * @throws NullPointerException if {@code quickWin} is null
     */
    public Builder from(QuickWin quickWin) {
      java.util.Objects.requireNonNull(quickWin, "quickWin");
      return id(quickWin.id())
          .title(quickWin.title())
          .capabilityIds(quickWin.capabilityIds())
          .objectiveIds(quickWin.objectiveIds())
          .plannedMonth(quickWin.plannedMonth())
          .buildsOn(quickWin.buildsOn())
          .launchedOn(quickWin.launchedOn())
          .status(quickWin.status())
          .outcomeNote(quickWin.outcomeNote())
          .owner(quickWin.owner())
          .visibility(quickWin.visibility())
          .extensions(quickWin.extensions());
    }
  }
}
