package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.model.WorkItem;
import java.util.stream.Collector;

/**
 * Entry points for work-mix metrics ("what percent of work is urgent? what percent is ad hoc? is
 * 90% of our time spent on the vision?"), short enough for JShell. The unit is always explicit.
 *
 * <pre>{@code
 * WorkMetrics.urgentShare(items, WorkUnit.HOURS);    // 25% urgent by hours (10 of 40 hours)
 * WorkMetrics.visionFocus(items, WorkUnit.HOURS).isMet();
 * items.stream().collect(WorkMetrics.collector()).adHocShareByMonth(WorkUnit.TICKETS);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkMetrics {
  private WorkMetrics() {}

  /** A new, empty accumulator. */
  public static WorkMixAccumulator accumulator() {
    return new WorkMixAccumulator();
  }

  /** A collector of work items into a {@link WorkMix}; parallel streams merge. */
  public static Collector<WorkItem, WorkMixAccumulator, WorkMix> collector() {
    return Collector.of(
        WorkMixAccumulator::new,
        WorkMixAccumulator::accept,
        WorkMixAccumulator::merge,
        WorkMixAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The work mix of {@code items}.
   *
   * @throws NullPointerException if {@code items} or an item is null
   */
  public static WorkMix mix(Iterable<WorkItem> items) {
    requireNonNull(items, "items");
    WorkMixAccumulator acc = new WorkMixAccumulator();
    items.forEach(acc);
    return acc.result();
  }

  /**
   * Urgent work ÷ all work in {@code unit}, over all items.
   *
   * @throws NullPointerException if an argument or an item is null
   */
  public static WorkShare urgentShare(Iterable<WorkItem> items, WorkUnit unit) {
    requireNonNull(unit, "unit");
    return mix(items).urgentShare(unit);
  }

  /**
   * Ad-hoc work ÷ all work in {@code unit}, over all items.
   *
   * @throws NullPointerException if an argument or an item is null
   */
  public static WorkShare adHocShare(Iterable<WorkItem> items, WorkUnit unit) {
    requireNonNull(unit, "unit");
    return mix(items).adHocShare(unit);
  }

  /**
   * Vision-aligned work ÷ all work in {@code unit}, over all items, against the 90% target.
   *
   * @throws NullPointerException if an argument or an item is null
   */
  public static VisionFocus visionFocus(Iterable<WorkItem> items, WorkUnit unit) {
    requireNonNull(unit, "unit");
    return mix(items).visionFocus(unit);
  }
}
