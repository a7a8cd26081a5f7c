package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequencyTest {

  @ParameterizedTest
  @ValueSource(strings = {"P1W", "P2W", "P14D", "P1M", "P3M", "P1D", "P9999D"})
  void parseReadsWhatToStringWrites(String text) {
    Frequency f = Frequency.parse(text);
    assertEquals(text, f.toString());
    assertEquals(f, Frequency.parse(f.toString()));
  }

  @Test
  void namedFactoriesMatchTheirText() {
    assertEquals(Frequency.parse("P1W"), Frequency.weekly());
    assertEquals(Frequency.parse("P2W"), Frequency.biweekly());
    assertEquals(Frequency.parse("P1M"), Frequency.monthly());
    assertEquals(Frequency.parse("P3M"), Frequency.quarterly());
    assertEquals(Frequency.parse("P10D"), Frequency.everyDays(10));
    assertEquals(Frequency.Unit.WEEKS, Frequency.weekly().unit());
    assertEquals(2, Frequency.biweekly().count());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10000})
  void countOutsideOneTo9999Fails(int count) {
    Expect.badValue(() -> Frequency.of(count, Frequency.Unit.WEEKS), "count", "got " + count);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "P0W", "weekly", "P1Y", "p1w", "P1.5W", "P-1D", "P10000D", "PT24H", "P1W1D", "P01W", ""
      })
  void malformedTextFails(String text) {
    Expect.badValue(() -> Frequency.parse(text), "frequency", "\"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "P1D, 1, 1",
    "P2W, 14, 14",
    "P1M, 28, 31",
    "P2M, 59, 62",
    "P3M, 89, 92",
    "P12M, 365, 366"
  })
  void minAndMaxDays(String text, long min, long max) {
    Frequency f = Frequency.parse(text);
    assertEquals(min, f.minDays());
    assertEquals(max, f.maxDays());
  }

  @ParameterizedTest
  @CsvSource({
    "P1M, false",
    "P2M, true",
    "P3M, true",
    "P5W, true",
    "P4W, false",
    "P31D, false",
    "P32D, true",
    "P1W, false"
  })
  void isLongerThanAMonth(String text, boolean expected) {
    assertEquals(expected, Frequency.parse(text).isLongerThanAMonth());
  }

  @ParameterizedTest
  @CsvSource({"P2W, false", "P14D, false", "P15D, true", "P1M, true", "P1W, false", "P3W, true"})
  void isLongerThan14Days(String text, boolean expected) {
    assertEquals(expected, Frequency.parse(text).isLongerThanDays(14));
  }

  @Test
  void ordersByLongestWindow() {
    assertTrue(Frequency.weekly().compareTo(Frequency.biweekly()) < 0);
    assertTrue(Frequency.biweekly().compareTo(Frequency.monthly()) < 0);
    assertTrue(Frequency.monthly().compareTo(Frequency.quarterly()) < 0);
    assertTrue(Frequency.everyDays(7).compareTo(Frequency.weekly()) < 0);
  }
}
