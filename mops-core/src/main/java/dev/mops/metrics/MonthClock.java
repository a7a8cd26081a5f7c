package dev.mops.metrics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Buckets epoch seconds into calendar months of a zone without allocating per call: the month is
 * computed arithmetically from the local epoch day, and the zone's offsets are cached as the
 * intervals between offset transitions met so far (a sorted table, binary-searched), so each DST
 * period costs one {@link ZoneRules} look-up. Month keys are {@code year * 12 + month - 1}.
 *
 * <p>Not thread-safe.
 */
final class MonthClock {
  /** Leaves a day of slack inside the {@link Instant} range so offsets never overflow it. */
  static final long MIN_SECOND = Instant.MIN.getEpochSecond() + 2 * 86_400L;

  static final long MAX_SECOND = Instant.MAX.getEpochSecond() - 2 * 86_400L;

  private final ZoneRules rules;
  // the interval used last
  private long from = 1;
  private long to = 0;
  private long offset;
  // every interval met so far, sorted by start: [starts[i], ends[i]) has offsets[i]
  private long[] starts = new long[8];
  private long[] ends = new long[8];
  private int[] offsets = new int[8];
  private int count;

  MonthClock(ZoneId zone) {
    this.rules = zone.getRules();
    if (rules.isFixedOffset()) {
      from = Long.MIN_VALUE;
      to = Long.MAX_VALUE;
      offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    }
  }

  /** The month key of {@code epochSecond} in this clock's zone. */
  long monthKey(long epochSecond) {
    if (epochSecond < from || epochSecond >= to) {
      locate(epochSecond);
    }
    return monthKeyOfEpochDay(Math.floorDiv(epochSecond + offset, 86_400L));
  }

  private void locate(long s) {
    if (s < MIN_SECOND || s > MAX_SECOND) {
      throw new IllegalArgumentException(
          "epochSecond must be in " + MIN_SECOND + ".." + MAX_SECOND + ", got " + s);
    }
    int i = Arrays.binarySearch(starts, 0, count, s);
    int floor = i >= 0 ? i : -i - 2;
    if (floor >= 0 && s < ends[floor]) {
      from = starts[floor];
      to = ends[floor];
      offset = offsets[floor];
      return;
    }
    Instant instant = Instant.ofEpochSecond(s);
    int off = rules.getOffset(instant).getTotalSeconds();
    ZoneOffsetTransition next = rules.nextTransition(instant);
    ZoneOffsetTransition prev = rules.previousTransition(instant.plusSeconds(1));
    long end = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    long start = prev == null ? Long.MIN_VALUE : Math.min(prev.toEpochSecond(), s);
    if (end <= s) {
      end = s + 1; // never expected; keeps the cache correct if the rules surprise us
    }
    insert(floor + 1, start, end, off);
    from = start;
    to = end;
    offset = off;
  }

  private void insert(int at, long start, long end, int off) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      offsets = Arrays.copyOf(offsets, count * 2);
    }
    System.arraycopy(starts, at, starts, at + 1, count - at);
    System.arraycopy(ends, at, ends, at + 1, count - at);
    System.arraycopy(offsets, at, offsets, at + 1, count - at);
    starts[at] = start;
    ends[at] = end;
    offsets[at] = off;
    count++;
  }

  /** Year and month of an epoch day (proleptic Gregorian), as {@code year * 12 + month - 1}. */
  static long monthKeyOfEpochDay(long epochDay) {
    // Howard Hinnant's civil_from_days
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long year = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2) {
      year++;
    }
    return year * 12 + month - 1;
  }

  static YearMonth yearMonth(long monthKey) {
    return YearMonth.of((int) Math.floorDiv(monthKey, 12), Math.floorMod(monthKey, 12) + 1);
  }

  static long monthKey(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue() - 1;
  }
}
