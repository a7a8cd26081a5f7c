package dev.mops.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamps of a column mapping into epoch seconds (email events) or {@link Dated}s
 * (work items, whose timestamps are read by the same code and dated in the reader's zone). The
 * common ISO layout {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} is parsed by hand without
 * allocating; anything else goes through {@code java.time}.
 */
final class Timestamps {
  private static final String ISO =
      "an ISO-8601 timestamp with offset, e.g. " + "2027-03-02T09:00:00+01:00";

  /** 0001-01-01T00:00:00Z, the first second accepted. */
  static final long MIN_SECOND = epochDay(1, 1, 1) * 86_400L;

  /** 9999-12-31T23:59:59Z, the last second accepted. */
  static final long MAX_SECOND = (epochDay(9999, 12, 31) + 1) * 86_400L - 1;

  private static final String MILLIS = "milliseconds since 1970-01-01T00:00Z, e.g. 1804068000000";

  private static final String YEARS =
      "expected a timestamp from 0001-01-01T00:00:00Z to"
          + " 9999-12-31T23:59:59Z (years 1 to 9999)";

  private final @Nullable DateTimeFormatter pattern;
  private final @Nullable String patternText;
  private final boolean epochMillis;
  private final @Nullable ZoneId defaultZone;

  Timestamps(ColumnMapping mapping) {
    this.pattern = mapping.formatter();
    this.patternText = mapping.timestampPattern().orElse(null);
    this.epochMillis = mapping.epochMilliseconds();
    this.defaultZone = mapping.defaultZone().orElse(null);
  }

  /**
   * The epoch second of the timestamp in {@code b[s, e)}, from 0001-01-01T00:00:00Z to
   * 9999-12-31T23:59:59Z; throws {@link CsvRun.Bad}.
   */
  long epochSecond(char[] b, int s, int e) {
    return inYears(parseSecond(b, s, e));
  }

  private static long inYears(long second) {
    if (second < MIN_SECOND || second > MAX_SECOND) {
      throw new CsvRun.Bad(YEARS);
    }
    return second;
  }

  private long parseSecond(char[] b, int s, int e) {
    if (epochMillis) {
      return Math.floorDiv(millis(b, s, e), 1000L);
    }
    if (pattern == null) {
      long fast = fastIso(b, s, e);
      if (fast != Long.MIN_VALUE) {
        return fast;
      }
    }
    String text = new String(b, s, e - s);
    TemporalAccessor t;
    try {
      t =
          pattern == null
              ? DateTimeFormatter.ISO_DATE_TIME.parseBest(
                  text, ZonedDateTime::from, LocalDateTime::from)
              : pattern.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
    } catch (DateTimeException ex) {
      throw new CsvRun.Bad("expected " + expected());
    }
    if (t instanceof ZonedDateTime zoned) {
      checkYear(zoned.getYear());
      return zoned.toEpochSecond();
    }
    if (defaultZone == null) {
      throw new CsvRun.Bad(
          "expected "
              + expected()
              + " (this one has no offset, and the column"
              + " mapping sets no default zone)");
    }
    LocalDateTime local = (LocalDateTime) t;
    checkYear(local.getYear());
    return local.atZone(defaultZone).toEpochSecond();
  }

  /** The year as written must be in 1 to 9999 too (then the second is checked in UTC). */
  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new CsvRun.Bad(YEARS);
    }
  }

  /**
   * A work item's {@code created_at}: a date as written, or an instant (whose date depends on the
   * zone the caller chooses, as an email event's month does).
   *
   * @param date the date as written, or null for an instant
   * @param second the epoch second of an instant (unused for a date)
   */
  record Dated(@Nullable LocalDate date, long second) {
    /**
     * The date in {@code zone}: a date as written stays as it is, an instant is dated in {@code
     * zone}.
     */
    LocalDate in(ZoneId zone) {
      return date != null ? date : Instant.ofEpochSecond(second).atZone(zone).toLocalDate();
    }
  }

  /**
   * The {@link Dated} of the date or timestamp in {@code b[s, e)}: a date (ISO {@code 2027-03-02},
   * or a pattern without a time) is kept as written, in the years 1 to 9999; a timestamp is read
   * exactly as {@link #epochSecond} reads an email event's, so its offset, the mapping's default
   * zone and epoch milliseconds mean the same. A timestamp without an offset when the mapping sets
   * no default zone keeps its date as written (it is read in the caller's zone).
   */
  Dated dated(char[] b, int s, int e) {
    if (epochMillis) {
      return new Dated(null, epochSecond(b, s, e));
    }
    if (pattern == null && e - s > 10) {
      long fast = fastIso(b, s, e);
      if (fast != Long.MIN_VALUE) {
        return new Dated(null, inYears(fast));
      }
    }
    String text = new String(b, s, e - s);
    TemporalAccessor t;
    try {
      t =
          pattern == null
              ? (e - s <= 10
                  ? LocalDate.parse(text)
                  : DateTimeFormatter.ISO_DATE_TIME.parseBest(
                      text, ZonedDateTime::from, LocalDateTime::from))
              : pattern.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
    } catch (DateTimeException ex) {
      throw new CsvRun.Bad(
          pattern != null
              ? "expected a date in the pattern " + patternText
              : "expected an ISO-8601 date or timestamp, e.g. 2027-03-02");
    }
    if (t instanceof ZonedDateTime zoned) {
      checkYear(zoned.getYear());
      return new Dated(null, inYears(zoned.toEpochSecond()));
    }
    LocalDate written = t instanceof LocalDateTime local ? local.toLocalDate() : LocalDate.from(t);
    if (written.getYear() < 1 || written.getYear() > 9999) {
      throw new CsvRun.Bad("expected a date in the years 1 to 9999");
    }
    if (t instanceof LocalDateTime local && defaultZone != null) {
      return new Dated(null, inYears(local.atZone(defaultZone).toEpochSecond()));
    }
    return new Dated(written, 0);
  }

  private String expected() {
    return pattern == null ? ISO : "a timestamp in the pattern " + patternText;
  }

  /** What {@link #epochSecond} expects, as in {@code "expected " + expectedSecond()}. */
  String expectedSecond() {
    return epochMillis ? MILLIS : expected();
  }

  private static long millis(char[] b, int s, int e) {
    int i = s;
    boolean negative = i < e && b[i] == '-';
    if (negative) {
      i++;
    }
    if (i == e || e - i > 18) {
      throw new CsvRun.Bad("expected " + MILLIS);
    }
    long v = 0;
    for (; i < e; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw new CsvRun.Bad("expected " + MILLIS);
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  /**
   * The epoch second of {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} in {@code b[s, e)}, or
   * {@link Long#MIN_VALUE} when the text has another layout or an invalid field (the caller then
   * asks {@code java.time}, which explains the problem).
   */
  static long fastIso(char[] b, int s, int e) {
    if (e - s < 20
        || b[s + 4] != '-'
        || b[s + 7] != '-'
        || b[s + 10] != 'T'
        || b[s + 13] != ':'
        || b[s + 16] != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(b, s, 4);
    int month = digits(b, s + 5, 2);
    int day = digits(b, s + 8, 2);
    int hour = digits(b, s + 11, 2);
    int minute = digits(b, s + 14, 2);
    int second = digits(b, s + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || year < 1
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return Long.MIN_VALUE;
    }
    int i = s + 19;
    if (i < e && b[i] == '.') {
      int f = ++i;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == f || i - f > 9) {
        return Long.MIN_VALUE;
      }
    }
    int offset;
    if (i == e - 1 && b[i] == 'Z') {
      offset = 0;
    } else if (i == e - 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
      int oh = digits(b, i + 1, 2);
      int om = digits(b, i + 4, 2);
      if ((oh | om) < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
        return Long.MIN_VALUE;
      }
      offset = (oh * 3600 + om * 60) * (b[i] == '-' ? -1 : 1);
    } else {
      return Long.MIN_VALUE;
    }
    return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offset;
  }

  private static int digits(char[] b, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
