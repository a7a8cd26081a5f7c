package dev.mops.core.internal;

import dev.mops.model.DateRange;
import dev.mops.model.Frequency;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The review windows of a cadence over a span, by arithmetic: window {@code i} and the window that
 * holds a day are computed in constant time, so a daily cadence over ten thousand years costs what
 * a weekly one over a year costs. Windows are numbered from 0; they tile the days from the first
 * window's start to the last one's end without gaps. Not API: the public face is {@code
 * ReviewCadence.windows} and {@code ReviewAdherence}.
 */
public final class WindowGrid {
  private final boolean months;
  private final long base;
  private final long length;
  private final long first;
  private final long size;
  private final long spanStart;
  private final long spanEnd;

  private WindowGrid(
      boolean months, long base, long length, long first, long size, long spanStart, long spanEnd) {
    this.months = months;
    this.base = base;
    this.length = length;
    this.first = first;
    this.size = size;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
  }

  /**
   * The windows of a cadence of {@code frequency} whose first window starts on {@code anchor},
   * clipped to {@code span}; see {@code ReviewCadence.windows} for the rules.
   *
   * @throws NullPointerException if an argument is null
   */
  public static WindowGrid of(
      LocalDate anchor, Frequency frequency, DateRange span, Month fiscalStart) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(fiscalStart, "fiscalStart");
    long s = span.start().toEpochDay();
    long e = span.end().toEpochDay();
    int count = frequency.count();
    if (frequency.unit() == Frequency.Unit.MONTHS) {
      long m0 = monthIndex(anchor);
      if (12 % count == 0) {
        int offset = Math.floorMod(anchor.getMonthValue() - fiscalStart.getValue(), 12);
        m0 -= offset % count;
      }
      long last =
          monthIndex(span.end()) >= m0 ? Math.floorDiv(monthIndex(span.end()) - m0, count) : -1;
      long firstK = Math.max(0, Math.floorDiv(monthIndex(span.start()) - m0, count));
      return new WindowGrid(true, m0, count, firstK, Math.max(0, last - firstK + 1), s, e);
    }
    long days = frequency.unit() == Frequency.Unit.WEEKS ? 7L * count : count;
    long a = anchor.toEpochDay();
    long firstK = a < s ? Math.floorDiv(s - a, days) : 0;
    long last = e >= a ? Math.floorDiv(e - a, days) : -1;
    return new WindowGrid(false, a, days, firstK, Math.max(0, last - firstK + 1), s, e);
  }

  /** The number of windows. */
  public long size() {
    return size;
  }

  /**
   * Window {@code i}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in 0..size-1
   */
  public DateRange get(long i) {
    Objects.checkIndex(i, size);
    Work.add(1);
    return DateRange.of(LocalDate.ofEpochDay(startOf(i)), LocalDate.ofEpochDay(endOf(i)));
  }

  /** The first day of window {@code i} as an epoch day. */
  long startOf(long i) {
    long k = first + i;
    if (months) {
      long m = base + k * length;
      return m <= monthIndex(LocalDate.ofEpochDay(spanStart)) ? spanStart : monthStart(m);
    }
    return Math.max(spanStart, base + k * length);
  }

  /** The last day of window {@code i} as an epoch day. */
  long endOf(long i) {
    long k = first + i;
    if (months) {
      long next = base + (k + 1) * length;
      return next - 1 >= monthIndex(LocalDate.ofEpochDay(spanEnd)) ? spanEnd : monthStart(next) - 1;
    }
    return Math.min(spanEnd, base + (k + 1) * length - 1);
  }

  /**
   * The window holding {@code epochDay}, clamped to 0..size-1; only meaningful when size &gt; 0.
   */
  private long clampedIndexOf(long epochDay) {
    long d = Math.max(startOf(0), Math.min(endOf(size - 1), epochDay));
    long k =
        months
            ? Math.floorDiv(monthIndex(LocalDate.ofEpochDay(d)) - base, length)
            : Math.floorDiv(d - base, length);
    return Math.max(0, Math.min(size - 1, k - first));
  }

  /** How many windows end on or before {@code epochDay}. */
  public long countEndingBy(long epochDay) {
    if (size == 0 || epochDay < endOf(0)) {
      return 0;
    }
    if (epochDay >= endOf(size - 1)) {
      return size;
    }
    long i = clampedIndexOf(epochDay);
    return endOf(i) <= epochDay ? i + 1 : i;
  }

  /**
   * The windows {@code [lo, hi]} that, widened by {@code grace} days on both sides, enclose {@code
   * covers}; {@code lo > hi} when there are none.
   */
  public long[] enclosing(DateRange covers, int grace) {
    if (size == 0) {
      return new long[] {0, -1};
    }
    long x = covers.start().toEpochDay() + grace; // a window must start on or before this day
    long y = covers.end().toEpochDay() - grace; // and end on or after this one
    long hi = x < startOf(0) ? -1 : x >= startOf(size - 1) ? size - 1 : clampedIndexOf(x);
    long lo = y > endOf(size - 1) ? size : y <= endOf(0) ? 0 : clampedIndexOf(y);
    return new long[] {lo, hi};
  }

  private static long monthIndex(LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue() - 1;
  }

  private static long monthStart(long monthIndex) {
    return LocalDate.of(
            Math.toIntExact(Math.floorDiv(monthIndex, 12)), Math.floorMod(monthIndex, 12) + 1, 1)
        .toEpochDay();
  }
}
