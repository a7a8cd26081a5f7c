package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/** Exact sums of work per unit: all, urgent, not urgent, ad hoc, planned, vision-aligned. */
// rows are indexed by WorkUnit.ordinal(): a fixed, package-private layout, cheaper than EnumMaps
// on the per-item path
@SuppressWarnings("EnumOrdinal")
final class WorkTally {
  static final int ALL = 0;
  static final int URGENT = 1;
  static final int NOT_URGENT = 2;
  static final int AD_HOC = 3;
  static final int PLANNED = 4;
  static final int VISION = 5;
  private static final int MEASURES = 6;
  private static final WorkUnit[] UNITS = WorkUnit.values();

  long items;
  final BigDecimal[][] sums = new BigDecimal[UNITS.length][MEASURES];
  final long[] counted = new long[UNITS.length];
  final long[] leftOut = new long[UNITS.length];

  WorkTally() {
    for (BigDecimal[] row : sums) {
      Arrays.fill(row, BigDecimal.ZERO);
    }
  }

  void add(WorkItem item) {
    items++;
    for (WorkUnit u : UNITS) {
      Optional<BigDecimal> amount = u.amount(item);
      int i = u.ordinal();
      if (amount.isEmpty()) {
        leftOut[i]++;
        continue;
      }
      BigDecimal a = amount.get();
      counted[i]++;
      BigDecimal[] row = sums[i];
      row[ALL] = row[ALL].add(a);
      row[item.urgent() ? URGENT : NOT_URGENT] = row[item.urgent() ? URGENT : NOT_URGENT].add(a);
      int kind = item.kind() == WorkKind.AD_HOC ? AD_HOC : PLANNED;
      row[kind] = row[kind].add(a);
      if (item.visionAligned()) {
        row[VISION] = row[VISION].add(a);
      }
    }
  }

  /**
   * Adds {@code items} items of the same flags at once: each counts 1 ticket; {@code withHours} of
   * them have hours summing to {@code hours}, {@code withPoints} have points summing to {@code
   * points}; the others are left out of that unit.
   */
  void addGroup(
      boolean urgent,
      WorkKind kind,
      boolean visionAligned,
      long items,
      long withHours,
      BigDecimal hours,
      long withPoints,
      BigDecimal points) {
    this.items += items;
    group(WorkUnit.TICKETS, urgent, kind, visionAligned, items, items, BigDecimal.valueOf(items));
    group(WorkUnit.HOURS, urgent, kind, visionAligned, items, withHours, hours);
    group(WorkUnit.STORY_POINTS, urgent, kind, visionAligned, items, withPoints, points);
  }

  private void group(
      WorkUnit unit,
      boolean urgent,
      WorkKind kind,
      boolean visionAligned,
      long items,
      long with,
      BigDecimal amount) {
    int i = unit.ordinal();
    counted[i] += with;
    leftOut[i] += items - with;
    BigDecimal[] row = sums[i];
    row[ALL] = row[ALL].add(amount);
    row[urgent ? URGENT : NOT_URGENT] = row[urgent ? URGENT : NOT_URGENT].add(amount);
    int k = kind == WorkKind.AD_HOC ? AD_HOC : PLANNED;
    row[k] = row[k].add(amount);
    if (visionAligned) {
      row[VISION] = row[VISION].add(amount);
    }
  }

  void addAll(WorkTally o) {
    items += o.items;
    for (int u = 0; u < UNITS.length; u++) {
      counted[u] += o.counted[u];
      leftOut[u] += o.leftOut[u];
      for (int m = 0; m < MEASURES; m++) {
        sums[u][m] = sums[u][m].add(o.sums[u][m]);
      }
    }
  }

  WorkTally copy() {
    WorkTally t = new WorkTally();
    t.addAll(this);
    return t;
  }

  WorkShare share(String kind, WorkUnit unit, Optional<YearMonth> month, int measure) {
    requireNonNull(unit, "unit");
    int u = unit.ordinal();
    return new WorkShare(
        kind, unit, month, Ratio.of(sums[u][measure], sums[u][ALL]), counted[u], leftOut[u]);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WorkTally t)
        || t.items != items
        || !Arrays.equals(counted, t.counted)
        || !Arrays.equals(leftOut, t.leftOut)) {
      return false;
    }
    for (int u = 0; u < UNITS.length; u++) {
      for (int m = 0; m < MEASURES; m++) {
        if (sums[u][m].compareTo(t.sums[u][m]) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(items) * 31 + Arrays.hashCode(counted);
  }
}
