package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Streams work items into exact sums per unit and month, and merges: split the items any way,
 * accumulate each part, merge the parts, and the result equals that of the whole. An item counts in
 * the month of its creation day.
 *
 * <pre>{@code
 * WorkMixAccumulator acc = new WorkMixAccumulator();
 * items.forEach(acc);
 * acc.result().adHocShare(WorkUnit.STORY_POINTS);
 * }</pre>
 *
 * <p>Not thread-safe; use one per thread and merge.
 *
 * @since 0.1.0
 */
public final class WorkMixAccumulator implements Consumer<WorkItem> {
  private final WorkTally all = new WorkTally();
  private final Map<YearMonth, WorkTally> months = new TreeMap<>();

  /** An accumulator with no work items. */
  public WorkMixAccumulator() {}

  /**
   * Counts {@code item}.
   *
   * @throws NullPointerException if {@code item} is null
   */
  @Override
  public void accept(WorkItem item) {
    requireNonNull(item, "item");
    all.add(item);
    months.computeIfAbsent(YearMonth.from(item.createdOn()), m -> new WorkTally()).add(item);
  }

  /**
   * Counts, at once, {@code items} work items of {@code month} that share their flags, given as
   * sums made elsewhere (e.g. by a distributed engine, mops-spark): the same counts as accepting
   * each item. Each counts 1 ticket; {@code itemsWithHours} of them have hours, summing to {@code
   * hours}, and {@code itemsWithPoints} have story points, summing to {@code storyPoints}; the
   * others are left out of that unit, as an item without hours is. Returns this.
   *
   * @throws IllegalArgumentException if a count is negative, or {@code itemsWithHours} or {@code
   *     itemsWithPoints} exceeds {@code items}
   * @throws NullPointerException if an object argument is null
   * @since 0.2
   */
  public WorkMixAccumulator acceptSums(
      YearMonth month,
      boolean urgent,
      WorkKind kind,
      boolean visionAligned,
      long items,
      long itemsWithHours,
      BigDecimal hours,
      long itemsWithPoints,
      BigDecimal storyPoints) {
    requireNonNull(month, "month");
    requireNonNull(kind, "kind");
    requireNonNull(hours, "hours");
    requireNonNull(storyPoints, "storyPoints");
    if (items < 0 || itemsWithHours < 0 || itemsWithPoints < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, got "
              + items
              + ", "
              + itemsWithHours
              + ", "
              + itemsWithPoints);
    }
    if (itemsWithHours > items || itemsWithPoints > items) {
      throw new IllegalArgumentException(
          "items with hours or points must not exceed the "
              + items
              + " items, got "
              + itemsWithHours
              + " and "
              + itemsWithPoints);
    }
    all.addGroup(
        urgent, kind, visionAligned, items, itemsWithHours, hours, itemsWithPoints, storyPoints);
    months
        .computeIfAbsent(month, m -> new WorkTally())
        .addGroup(
            urgent,
            kind,
            visionAligned,
            items,
            itemsWithHours,
            hours,
            itemsWithPoints,
            storyPoints);
    return this;
  }

  /**
   * Adds everything {@code other} counted to this accumulator and returns this; {@code other} is
   * unchanged.
   *
   * @throws IllegalArgumentException if {@code other} is this accumulator
   * @throws NullPointerException if {@code other} is null
   */
  public WorkMixAccumulator merge(WorkMixAccumulator other) {
    requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("cannot merge an accumulator into itself");
    }
    all.addAll(other.all);
    other.months.forEach((m, t) -> months.computeIfAbsent(m, k -> new WorkTally()).addAll(t));
    return this;
  }

  /** The work mix so far. */
  public WorkMix result() {
    return WorkMix.of(all, months);
  }

  /** Reads as {@code work-mix accumulator: 3 months}, the months seen so far. */
  @Override
  public String toString() {
    return "work-mix accumulator: " + Figures.count(months.size(), "month", "months");
  }
}
