package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

  @ParameterizedTest
  @ValueSource(strings = {"2027-Q1", "2027-Q4", "0000-Q1", "9999-Q4", "0042-Q2"})
  void parseReadsWhatToStringWrites(String text) {
    Quarter q = Quarter.parse(text);
    assertEquals(text, q.toString());
    assertEquals(q, Quarter.parse(q.toString()));
  }

  @Test
  void ofKeepsYearAndQuarter() {
    Quarter q = Quarter.of(2027, 3);
    assertEquals(2027, q.year());
    assertEquals(3, q.quarter());
    assertEquals(Quarter.parse("2027-Q3"), q);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1})
  void quarterOutsideOneToFourFails(int quarter) {
    Expect.badValue(() -> Quarter.of(2027, quarter), "quarter", "got " + quarter);
  }

  @Test
  void quarterFiveInTextFails() {
    Expect.badValue(() -> Quarter.parse("2027-Q5"), "quarter", "got 5");
  }

  @ParameterizedTest
  @ValueSource(ints = {10000, -1})
  void yearOutsideZeroTo9999Fails(int year) {
    Expect.badValue(() -> Quarter.of(year, 1), "year", "got " + year);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027Q1", "2027-q1", "27-Q1", "10000-Q1", "2027-Q", "2027-Q12", ""})
  void malformedTextFails(String text) {
    Expect.badValue(() -> Quarter.parse(text), "quarter", "\"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource({
    "2027-01-01, 2027-Q1",
    "2027-03-31, 2027-Q1",
    "2027-04-01, 2027-Q2",
    "2027-12-31, 2027-Q4",
    "2027-07-15, 2027-Q3"
  })
  void containingWithJanuaryStartIsTheCalendarQuarter(LocalDate day, String quarter) {
    assertEquals(Quarter.parse(quarter), Quarter.containing(day, Month.JANUARY));
    assertEquals(Quarter.parse(quarter), Quarter.containing(YearMonth.from(day), Month.JANUARY));
  }

  @ParameterizedTest
  @CsvSource({
    "2027-02-01, 2027-Q1",
    "2027-04-30, 2027-Q1",
    "2027-05-01, 2027-Q2",
    "2027-10-31, 2027-Q3",
    "2027-11-01, 2027-Q4",
    "2028-01-31, 2027-Q4",
    "2027-01-15, 2026-Q4",
    "2028-02-01, 2028-Q1"
  })
  void containingWithFebruaryStartBelongsToTheFiscalYearThatBeganThatFebruary(
      LocalDate day, String quarter) {
    assertEquals(Quarter.parse(quarter), Quarter.containing(day, Month.FEBRUARY));
  }

  @ParameterizedTest
  @CsvSource({
    "2027-Q1, 2027-01-01/2027-03-31",
    "2027-Q2, 2027-04-01/2027-06-30",
    "2027-Q3, 2027-07-01/2027-09-30",
    "2027-Q4, 2027-10-01/2027-12-31"
  })
  void rangeWithJanuaryStart(String quarter, String range) {
    assertEquals(DateRange.parse(range), Quarter.parse(quarter).range(Month.JANUARY));
  }

  @ParameterizedTest
  @CsvSource({
    "2027-Q1, 2027-02-01/2027-04-30",
    "2027-Q2, 2027-05-01/2027-07-31",
    "2027-Q3, 2027-08-01/2027-10-31",
    "2027-Q4, 2027-11-01/2028-01-31",
    "2028-Q1, 2028-02-01/2028-04-30"
  })
  void rangeWithFebruaryStart(String quarter, String range) {
    Quarter q = Quarter.parse(quarter);
    DateRange r = q.range(Month.FEBRUARY);
    assertEquals(DateRange.parse(range), r);
    // every day of the range is in the quarter, and the days around it are not
    assertEquals(q, Quarter.containing(r.start(), Month.FEBRUARY));
    assertEquals(q, Quarter.containing(r.end(), Month.FEBRUARY));
    assertEquals(q.previous(), Quarter.containing(r.start().minusDays(1), Month.FEBRUARY));
    assertEquals(q.next(), Quarter.containing(r.end().plusDays(1), Month.FEBRUARY));
  }

  @Test
  void firstMonthFollowsTheFiscalStart() {
    assertEquals(YearMonth.of(2027, 11), Quarter.parse("2027-Q4").firstMonth(Month.FEBRUARY));
    assertEquals(YearMonth.of(2028, 9), Quarter.parse("2027-Q4").firstMonth(Month.DECEMBER));
  }

  @Test
  void nextAndPreviousCrossYears() {
    assertEquals(Quarter.parse("2028-Q1"), Quarter.parse("2027-Q4").next());
    assertEquals(Quarter.parse("2027-Q3"), Quarter.parse("2027-Q2").next());
    assertEquals(Quarter.parse("2026-Q4"), Quarter.parse("2027-Q1").previous());
    assertEquals(Quarter.parse("2027-Q1"), Quarter.parse("2027-Q2").previous());
    assertEquals(Quarter.parse("2027-Q2"), Quarter.parse("2027-Q2").next().previous());
  }

  @Test
  void ordersByYearThenQuarter() {
    assertTrue(Quarter.parse("2026-Q4").compareTo(Quarter.parse("2027-Q1")) < 0);
    assertTrue(Quarter.parse("2027-Q3").compareTo(Quarter.parse("2027-Q2")) > 0);
    assertEquals(0, Quarter.parse("2027-Q3").compareTo(Quarter.of(2027, 3)));
  }
}
