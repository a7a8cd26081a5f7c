package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {
  private static final DateRange MARCH = DateRange.parse("2027-03-01/2027-03-31");

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2027-03-01/2027-03-31",
        "2027-03-01/2027-03-01",
        "2024-02-01/2024-02-29",
        "2027-11-01/2028-01-31"
      })
  void parseReadsWhatToStringWrites(String text) {
    DateRange r = DateRange.parse(text);
    assertEquals(text, r.toString());
    assertEquals(r, DateRange.parse(r.toString()));
    assertEquals(r.hashCode(), DateRange.parse(text).hashCode());
  }

  @Test
  void endBeforeStartFails() {
    Expect.badValue(
        () -> DateRange.of(d("2027-03-02"), d("2027-03-01")), "end", "2027-03-02/2027-03-01");
    Expect.badValue(() -> DateRange.parse("2027-03-31/2027-03-01"), "end", "2027-03-31/2027-03-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2027-03-01",
        "2027-03-01..2027-03-31",
        "2027-03-01/",
        "2027-3-1/2027-3-31",
        "2027-02-30/2027-03-01",
        ""
      })
  void malformedTextFails(String text) {
    Expect.badValue(() -> DateRange.parse(text), "date range", "\"" + text + "\"");
  }

  @Test
  void factoriesCoverWholeMonthsYearsAndDays() {
    assertEquals(MARCH, DateRange.ofMonth(YearMonth.of(2027, 3)));
    assertEquals(DateRange.parse("2027-01-01/2027-12-31"), DateRange.ofYear(Year.of(2027)));
    assertEquals(DateRange.of(d("2027-03-05"), d("2027-03-05")), DateRange.ofDay(d("2027-03-05")));
  }

  @ParameterizedTest
  @CsvSource({
    "2027-03-01/2027-03-31, 31",
    "2027-03-05/2027-03-05, 1",
    "2027-02-01/2027-02-28, 28",
    "2024-01-01/2024-12-31, 366",
    "2027-01-01/2027-12-31, 365",
    "2027-12-31/2028-01-01, 2"
  })
  void daysCountsBothEnds(String range, long days) {
    assertEquals(days, DateRange.parse(range).days());
  }

  @Test
  void containsIncludesBothEnds() {
    assertTrue(MARCH.contains(d("2027-03-01")));
    assertTrue(MARCH.contains(d("2027-03-31")));
    assertTrue(MARCH.contains(d("2027-03-15")));
    assertFalse(MARCH.contains(d("2027-02-28")));
    assertFalse(MARCH.contains(d("2027-04-01")));
  }

  @ParameterizedTest
  @CsvSource({
    "2027-03-31/2027-04-30, true", // share one day
    "2027-02-01/2027-03-01, true",
    "2027-03-10/2027-03-12, true", // inside
    "2027-01-01/2027-12-31, true", // around
    "2027-04-01/2027-04-30, false", // adjacent after
    "2027-02-01/2027-02-28, false" // adjacent before
  })
  void overlapsWhenAtLeastOneDayIsShared(String other, boolean expected) {
    DateRange o = DateRange.parse(other);
    assertEquals(expected, MARCH.overlaps(o));
    assertEquals(expected, o.overlaps(MARCH));
    assertEquals(expected, MARCH.intersection(o).isPresent());
  }

  @Test
  void enclosesWhenEveryDayIsInside() {
    assertTrue(MARCH.encloses(MARCH));
    assertTrue(MARCH.encloses(DateRange.parse("2027-03-01/2027-03-02")));
    assertTrue(MARCH.encloses(DateRange.ofDay(d("2027-03-31"))));
    assertFalse(MARCH.encloses(DateRange.parse("2027-03-30/2027-04-01")));
    assertFalse(MARCH.encloses(DateRange.parse("2027-02-28/2027-03-01")));
    assertTrue(DateRange.ofYear(Year.of(2027)).encloses(MARCH));
    assertFalse(MARCH.encloses(DateRange.ofYear(Year.of(2027))));
  }

  @Test
  void intersectionIsTheSharedDays() {
    assertEquals(
        Optional.of(DateRange.parse("2027-03-20/2027-03-31")),
        MARCH.intersection(DateRange.parse("2027-03-20/2027-04-10")));
    assertEquals(
        Optional.of(DateRange.parse("2027-03-01/2027-03-02")),
        MARCH.intersection(DateRange.parse("2027-02-20/2027-03-02")));
    assertEquals(Optional.of(MARCH), MARCH.intersection(DateRange.ofYear(Year.of(2027))));
    assertEquals(
        Optional.of(DateRange.ofDay(d("2027-03-31"))),
        MARCH.intersection(DateRange.parse("2027-03-31/2027-04-30")));
    assertEquals(Optional.empty(), MARCH.intersection(DateRange.parse("2027-04-01/2027-04-30")));
  }

  @ParameterizedTest
  @CsvSource({
    "2027-03-01/2027-03-31, true",
    "2024-02-01/2024-02-29, true",
    "2027-02-01/2027-02-28, true",
    "2027-03-01/2027-03-30, false",
    "2027-03-02/2027-03-31, false",
    "2027-03-01/2027-04-30, false",
    "2027-03-15/2027-04-14, false",
    "2027-01-01/2027-12-31, false"
  })
  void isCalendarMonthOnlyForExactlyOneWholeMonth(String range, boolean expected) {
    assertEquals(expected, DateRange.parse(range).isCalendarMonth());
  }

  @Test
  void ordersByStartThenEnd() {
    DateRange a = DateRange.parse("2027-03-01/2027-03-10");
    DateRange b = DateRange.parse("2027-03-01/2027-03-31");
    DateRange c = DateRange.parse("2027-03-02/2027-03-03");
    assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0 && a.compareTo(c) < 0);
    assertEquals(0, b.compareTo(MARCH));
    assertNotEquals(a, b);
  }
}
