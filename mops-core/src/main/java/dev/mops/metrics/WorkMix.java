package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The mix of team work — urgent, ad hoc, vision-aligned — per month (of each item's creation day)
 * and over all work, in any {@link WorkUnit}. Made by {@link WorkMixAccumulator} and {@link
 * WorkMetrics}.
 *
 * <p>An item without hours (or story points) is left out of that unit's shares and counted as left
 * out; it still counts for tickets. Complementary shares of the same work (urgent and non-urgent,
 * ad hoc and planned) add up to exactly 1.
 *
 * <pre>{@code
 * WorkMix mix = WorkMetrics.mix(items);
 * mix.urgentShare(WorkUnit.HOURS);                 // 25% urgent by hours (10 of 40 hours)
 * mix.visionFocusByMonth(WorkUnit.HOURS).sparkline();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkMix {
  private final WorkTally all;
  private final NavigableMap<YearMonth, WorkTally> months;

  WorkMix(WorkTally all, NavigableMap<YearMonth, WorkTally> months) {
    this.all = all;
    this.months = months;
  }

  /** The number of work items. */
  public long items() {
    return all.items;
  }

  /**
   * Urgent work ÷ all work, in {@code unit}.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public WorkShare urgentShare(WorkUnit unit) {
    return all.share("urgent", unit, Optional.empty(), WorkTally.URGENT);
  }

  /**
   * Non-urgent work ÷ all work, in {@code unit}; adds up to 1 with {@link #urgentShare(WorkUnit)}.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public WorkShare nonUrgentShare(WorkUnit unit) {
    return all.share("non-urgent", unit, Optional.empty(), WorkTally.NOT_URGENT);
  }

  /**
   * Ad-hoc work ÷ all work (ad hoc and planned), in {@code unit}.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public WorkShare adHocShare(WorkUnit unit) {
    return all.share("ad-hoc", unit, Optional.empty(), WorkTally.AD_HOC);
  }

  /**
   * Planned roadmap work ÷ all work, in {@code unit}; adds up to 1 with {@link
   * #adHocShare(WorkUnit)}.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public WorkShare plannedShare(WorkUnit unit) {
    return all.share("planned", unit, Optional.empty(), WorkTally.PLANNED);
  }

  /**
   * Vision-aligned work ÷ all work, in {@code unit}, against the default 90% target.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public VisionFocus visionFocus(WorkUnit unit) {
    return visionFocus(unit, VisionFocus.DEFAULT_TARGET);
  }

  /**
   * Vision-aligned work ÷ all work, in {@code unit}, against {@code target} (0…1).
   *
   * @throws IllegalArgumentException if {@code target} is outside 0..1
   * @throws NullPointerException if an argument is null
   */
  public VisionFocus visionFocus(WorkUnit unit, BigDecimal target) {
    VisionFocus.checkTarget(target);
    return new VisionFocus(
        all.share("vision-aligned", unit, Optional.empty(), WorkTally.VISION), target);
  }

  /**
   * {@link #urgentShare(WorkUnit)} per month.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public TimeSeries<YearMonth, WorkShare> urgentShareByMonth(WorkUnit unit) {
    requireNonNull(unit, "unit");
    return byMonth(
        "urgent share by " + unit, (m, t) -> t.share("urgent", unit, m, WorkTally.URGENT));
  }

  /**
   * {@link #adHocShare(WorkUnit)} per month.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public TimeSeries<YearMonth, WorkShare> adHocShareByMonth(WorkUnit unit) {
    requireNonNull(unit, "unit");
    return byMonth(
        "ad-hoc share by " + unit, (m, t) -> t.share("ad-hoc", unit, m, WorkTally.AD_HOC));
  }

  /**
   * {@link #visionFocus(WorkUnit)} per month, against the default 90% target.
   *
   * @throws NullPointerException if {@code unit} is null
   */
  public TimeSeries<YearMonth, VisionFocus> visionFocusByMonth(WorkUnit unit) {
    requireNonNull(unit, "unit");
    return visionFocusByMonth(unit, VisionFocus.DEFAULT_TARGET);
  }

  /**
   * {@link #visionFocus(WorkUnit, BigDecimal)} per month.
   *
   * @throws IllegalArgumentException if {@code target} is outside 0..1
   * @throws NullPointerException if an argument is null
   */
  public TimeSeries<YearMonth, VisionFocus> visionFocusByMonth(WorkUnit unit, BigDecimal target) {
    requireNonNull(unit, "unit");
    VisionFocus.checkTarget(target);
    return byMonth(
        "vision focus by " + unit,
        (m, t) -> new VisionFocus(t.share("vision-aligned", unit, m, WorkTally.VISION), target));
  }

  private <V> TimeSeries<YearMonth, V> byMonth(
      String name, BiFunction<Optional<YearMonth>, WorkTally, V> f) {
    Map<YearMonth, V> out = new TreeMap<>();
    months.forEach((m, t) -> out.put(m, f.apply(Optional.of(m), t)));
    return TimeSeries.of(name, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkMix w && all.equals(w.all) && months.equals(w.months);
  }

  @Override
  public int hashCode() {
    return all.hashCode() * 31 + months.hashCode();
  }

  /** Every share of all work in every unit, one line per unit. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("work mix of " + Figures.count(all.items, "item", "items"));
    for (WorkUnit u : WorkUnit.values()) {
      sb.append('\n')
          .append(urgentShare(u))
          .append("; ")
          .append(adHocShare(u))
          .append("; ")
          .append(visionFocus(u));
    }
    return sb.toString();
  }

  static WorkMix of(WorkTally all, Map<YearMonth, WorkTally> months) {
    requireNonNull(all, "all");
    TreeMap<YearMonth, WorkTally> copy = new TreeMap<>();
    months.forEach((m, t) -> copy.put(m, t.copy()));
    return new WorkMix(all.copy(), copy);
  }
}
