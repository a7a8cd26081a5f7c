package dev.mops.metrics;

import dev.mops.core.internal.WindowGrid;
import dev.mops.model.DateRange;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.Collectors;

/**
 * Whether one review cadence was kept: of its windows that were due by a date, how many were held
 * on schedule, and which are overdue. Made by {@link PlanMetrics#reviewAdherence}.
 *
 * <p>A window is due when it ended (plus the cadence's grace days) on or before the as-of date; it
 * counts as held when a review of the cadence, held on or before the as-of date, covers a period
 * that falls inside the window (widened by the grace days). Reviews are judged by the period they
 * cover, not the day they were held: a Q4 review in January counts for Q4.
 *
 * <p>Windows are counted, not enumerated: a daily cadence over ten thousand years has millions of
 * due windows, and this value holds only the cadence's window arithmetic and the held windows as
 * ranges. {@link #due()} and {@link #overdue()} are read-only views computed on demand; {@link
 * #dueCount()}, {@link #overdueCount()} and {@link #latestOverdue(int)} answer the usual questions
 * without reading them.
 *
 * @since 0.1.0
 */
public final class ReviewAdherence {
  private final String cadenceId;
  private final String cadenceName;
  private final LocalDate asOf;
  private final WindowGrid grid;
  private final long dueCount;
  // the due windows without a review, as ranges of window numbers: [gapStart[j], gapEnd[j]]
  private final long[] gapStart;
  private final long[] gapEnd;
  private final long[] before; // overdue windows in the gaps before gap j
  private final long overdueCount;

  /**
   * @param held ranges {@code {lo, hi}} of window numbers that hold a review, in any order
   */
  ReviewAdherence(
      String cadenceId,
      String cadenceName,
      LocalDate asOf,
      WindowGrid grid,
      long dueCount,
      List<long[]> held) {
    this.cadenceId = cadenceId;
    this.cadenceName = cadenceName;
    this.asOf = asOf;
    this.grid = grid;
    this.dueCount = dueCount;
    List<long[]> ranges = new ArrayList<>();
    for (long[] h : held) {
      long lo = Math.max(0, h[0]);
      long hi = Math.min(dueCount - 1, h[1]);
      if (lo <= hi) {
        ranges.add(new long[] {lo, hi});
      }
    }
    ranges.sort((a, b) -> Long.compare(a[0], b[0]));
    List<long[]> gaps = new ArrayList<>();
    long next = 0; // the first window not known to be held
    for (long[] r : ranges) {
      if (r[0] > next) {
        gaps.add(new long[] {next, r[0] - 1});
      }
      next = Math.max(next, r[1] + 1);
    }
    if (next < dueCount) {
      gaps.add(new long[] {next, dueCount - 1});
    }
    this.gapStart = new long[gaps.size()];
    this.gapEnd = new long[gaps.size()];
    this.before = new long[gaps.size()];
    long total = 0;
    for (int j = 0; j < gaps.size(); j++) {
      gapStart[j] = gaps.get(j)[0];
      gapEnd[j] = gaps.get(j)[1];
      before[j] = total;
      total += gapEnd[j] - gapStart[j] + 1;
    }
    this.overdueCount = total;
  }

  /** The cadence's id. */
  public String cadenceId() {
    return cadenceId;
  }

  /** The cadence's name. */
  public String cadenceName() {
    return cadenceName;
  }

  /** The day adherence was judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The number of windows due by {@link #asOf()}. */
  public long dueCount() {
    return dueCount;
  }

  /** The number of due windows in which no review was held. */
  public long overdueCount() {
    return overdueCount;
  }

  /**
   * The windows due by {@link #asOf()}, in order: a read-only view whose size and elements take
   * constant time each.
   *
   * @throws IllegalStateException if more than {@link Integer#MAX_VALUE} windows are due (use
   *     {@link #dueCount()})
   */
  public List<DateRange> due() {
    int size = asInt(dueCount, "due");
    return new View(size) {
      @Override
      public DateRange get(int index) {
        return grid.get(Objects.checkIndex(index, size));
      }
    };
  }

  /**
   * The due windows in which no review was held, in order: a read-only view whose size takes
   * constant time and each element O(log r) for r reviews.
   *
   * @throws IllegalStateException if more than {@link Integer#MAX_VALUE} windows are overdue (use
   *     {@link #overdueCount()})
   */
  public List<DateRange> overdue() {
    int size = asInt(overdueCount, "overdue");
    return new View(size) {
      @Override
      public DateRange get(int index) {
        return grid.get(overdueWindow(Objects.checkIndex(index, size)));
      }
    };
  }

  /**
   * The latest {@code max} overdue windows (fewer when fewer are overdue), in order.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public List<DateRange> latestOverdue(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be at least 0, got " + max);
    }
    List<DateRange> out = new ArrayList<>();
    for (long i = Math.max(0, overdueCount - max); i < overdueCount; i++) {
      out.add(grid.get(overdueWindow(i)));
    }
    return List.copyOf(out);
  }

  /** Reviews held on schedule ÷ reviews due; undefined when none was due yet. */
  public Ratio onSchedule() {
    return Ratio.of(dueCount - overdueCount, dueCount);
  }

  /**
   * Reads as {@code Quarterly business review: 100% (1 of 1) held on schedule as of 2027-04-30} and
   * names the overdue windows, if any: all of them up to five, otherwise how many and the latest
   * three.
   */
  @Override
  public String toString() {
    String s = cadenceName + ": " + onSchedule() + " held on schedule as of " + asOf;
    if (overdueCount == 0) {
      return s;
    }
    if (overdueCount <= 5) {
      return s
          + "; overdue: "
          + latestOverdue(5).stream().map(DateRange::toString).collect(Collectors.joining(", "));
    }
    return s
        + "; overdue: "
        + overdueCount
        + " windows, the latest "
        + latestOverdue(3).stream().map(DateRange::toString).collect(Collectors.joining(", "));
  }

  /** The number of the {@code i}-th overdue window. */
  private long overdueWindow(long i) {
    int lo = 0;
    int hi = before.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (before[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return gapStart[lo] + (i - before[lo]);
  }

  private static int asInt(long count, String what) {
    if (count > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "more than " + Integer.MAX_VALUE + " " + what + " windows: " + count);
    }
    return (int) count;
  }

  private abstract static class View extends AbstractList<DateRange> implements RandomAccess {
    private final int size;

    View(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
