package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The fast ISO-8601 path of {@link Timestamps} at each of its field limits: it takes every
 * timestamp whose fields sit exactly on a limit (and gives java.time's instant), and declines one
 * step beyond each limit, so the slow path (which refuses them with a message) decides.
 */
class TimestampsBoundaryTest {

  private static long fast(String s) {
    return Timestamps.fastIso(s.toCharArray(), 0, s.length());
  }

  @Test
  void fieldsOnTheirLimitsTakeTheFastPath() {
    for (String s :
        new String[] {
          "0001-01-01T00:00:00Z",
          "9999-12-31T23:59:59Z",
          "2027-12-31T23:59:59.999999999Z",
          "2027-01-31T00:00:00Z",
          "2027-03-31T00:00:00Z",
          "2027-04-30T00:00:00Z",
          "2027-05-31T00:00:00Z",
          "2027-06-30T00:00:00Z",
          "2027-07-31T00:00:00Z",
          "2027-08-31T00:00:00Z",
          "2027-09-30T00:00:00Z",
          "2027-10-31T00:00:00Z",
          "2027-11-30T00:00:00Z",
          "2027-02-28T00:00:00Z",
          "2000-02-29T00:00:00Z",
          "2024-02-29T00:00:00Z",
          "2027-03-02T09:00:00+18:00",
          "2027-03-02T09:00:00-18:00",
          "2027-03-02T09:00:00+17:59",
          "2027-03-02T09:00:00-00:59",
          "2027-03-02T09:00:00.5+01:00",
          "2027-03-02T09:00:00.123456789-01:30"
        }) {
      assertEquals(OffsetDateTime.parse(s).toEpochSecond(), fast(s), s);
    }
  }

  @Test
  void oneStepBeyondALimitLeavesItToTheSlowPath() {
    for (String s :
        new String[] {
          "0000-12-31T00:00:00Z",
          "2027-00-10T00:00:00Z",
          "2027-13-10T00:00:00Z",
          "2027-01-00T00:00:00Z",
          "2027-01-32T00:00:00Z",
          "2027-04-31T00:00:00Z",
          "2027-06-31T00:00:00Z",
          "2027-09-31T00:00:00Z",
          "2027-11-31T00:00:00Z",
          "1900-02-29T00:00:00Z",
          "2027-02-29T00:00:00Z",
          "2027-03-02T24:00:00Z",
          "2027-03-02T09:60:00Z",
          "2027-03-02T09:00:60Z",
          "2027-03-02T09:00:00+18:01",
          "2027-03-02T09:00:00+19:00",
          "2027-03-02T09:00:00+01:60",
          "2027-03-02T09:00:00.Z",
          "2027-03-02T09:00:00.1234567890Z",
          "2027-03-02T09:00:00Zx",
          "2027-03-02T09:00:00+01:00x",
          "2027-03-02T09:00:00*01:00",
          "2027-03-02T09:00:00+01-00",
          "2027-03-02T09:00:0aZ",
          "2027-03-02T09:00:00+0a:00",
          "2027-03-02T09:00:00.12a4Z",
          "2027-03-02T09:00:00"
        }) {
      assertEquals(Long.MIN_VALUE, fast(s), s);
    }
  }

  @Test
  void aTimestampInsideALongerLineIsReadBetweenItsBounds() {
    String line = "c-1,2027-03-02T09:00:00+01:00,open";
    assertEquals(
        OffsetDateTime.parse("2027-03-02T09:00:00+01:00").toEpochSecond(),
        Timestamps.fastIso(line.toCharArray(), 4, 29));
  }

  @Test
  void epochDaysOfMonthStartsAroundTheLeapDay() {
    assertEquals(0, Timestamps.epochDay(1970, 1, 1));
    assertEquals(59, Timestamps.epochDay(1970, 3, 1));
    assertEquals(-306, Timestamps.epochDay(1969, 3, 1));
    assertEquals(11_016, Timestamps.epochDay(2000, 2, 29));
    assertEquals(-719_162, Timestamps.epochDay(1, 1, 1));
    assertEquals(Timestamps.MIN_SECOND, -719_162L * 86_400);
    assertEquals(
        Timestamps.MAX_SECOND, OffsetDateTime.parse("9999-12-31T23:59:59Z").toEpochSecond());
  }
}
