package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What work shares are measured in: ticket count, hours or story points. Always explicit, since
 * "20% of tickets are urgent" and "20% of hours are urgent" are different claims.
 *
 * @since 0.1.0
 */
public enum WorkUnit {
  /** Each work item counts 1. */
  TICKETS("ticket", "tickets"),
  /** Each work item counts its hours; items without hours are left out. */
  HOURS("hour", "hours"),
  /** Each work item counts its story points; items without points are left out. */
  STORY_POINTS("story point", "story points");

  private final String singular;
  private final String plural;

  WorkUnit(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /**
   * The amount of {@code item} in this unit: 1 ticket, its hours, or its story points; empty when
   * the item has no value for this unit.
   *
   * @throws NullPointerException if {@code item} is null
   */
  public Optional<BigDecimal> amount(WorkItem item) {
    requireNonNull(item, "item");
    return switch (this) {
      case TICKETS -> Optional.of(BigDecimal.ONE);
      case HOURS -> item.hours();
      case STORY_POINTS -> item.storyPoints();
    };
  }

  /** {@code tickets}, {@code hours} or {@code story points}. */
  @Override
  public String toString() {
    return plural;
  }

  String singular() {
    return singular;
  }
}
