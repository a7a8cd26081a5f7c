package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closed date domain 0000-01-01..9999-12-31: every factory and builder taking a date, month,
 * quarter or range accepts its edges and refuses one day beyond, and quarter arithmetic stays in it
 * or fails with a clear message.
 */
class DateDomainTest {
  private static final LocalDate FIRST = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
  private static final LocalDate BEFORE = FIRST.minusDays(1);
  private static final LocalDate AFTER = LAST.plusDays(1);

  @Test
  void theDomainIsStatedOnce() {
    assertEquals(FIRST, DateRange.MIN_DATE);
    assertEquals(LAST, DateRange.MAX_DATE);
    assertEquals("0000-01-01", DateRange.MIN_DATE.toString());
    assertEquals("9999-12-31", DateRange.MAX_DATE.toString());
  }

  /** Every way to put a day into the model, as a function that builds a value holding it. */
  static Stream<Arguments> dayHolders() {
    List<Arguments> out =
        List.of(
            Arguments.of(
                "DateRange.of start",
                (Function<LocalDate, Object>) d -> DateRange.of(d, d.isAfter(LAST) ? d : LAST)),
            Arguments.of(
                "DateRange.of end",
                (Function<LocalDate, Object>) d -> DateRange.of(d.isBefore(FIRST) ? d : FIRST, d)),
            Arguments.of("DateRange.ofDay", (Function<LocalDate, Object>) DateRange::ofDay),
            Arguments.of(
                "DateRange.ofMonth",
                (Function<LocalDate, Object>) d -> DateRange.ofMonth(YearMonth.from(d))),
            Arguments.of(
                "DateRange.ofYear",
                (Function<LocalDate, Object>) d -> DateRange.ofYear(Year.of(d.getYear()))),
            Arguments.of(
                "DateRange.parse", (Function<LocalDate, Object>) d -> DateRange.parse(d + "/" + d)),
            Arguments.of(
                "checkIn.on", (Function<LocalDate, Object>) d -> CheckIn.builder().on(d).build()),
            Arguments.of(
                "review.heldOn",
                (Function<LocalDate, Object>) d -> Models.review("r").heldOn(d).build()),
            Arguments.of(
                "workItem.createdOn",
                (Function<LocalDate, Object>) d -> Models.workItem("w").createdOn(d).build()),
            Arguments.of(
                "requestTriage.receivedOn",
                (Function<LocalDate, Object>) d -> Models.requestTriage("t").receivedOn(d).build()),
            Arguments.of(
                "requestTriage.decidedOn",
                (Function<LocalDate, Object>) d -> Models.requestTriage("t").decidedOn(d).build()),
            Arguments.of(
                "learningActivity.on",
                (Function<LocalDate, Object>) d -> Models.learningActivity("l").on(d).build()),
            Arguments.of(
                "note.on", (Function<LocalDate, Object>) d -> Models.note("n").on(d).build()),
            Arguments.of(
                "document.writtenOn",
                (Function<LocalDate, Object>) d -> Models.document("d").writtenOn(d).build()),
            Arguments.of(
                "document.lastReviewedOn",
                (Function<LocalDate, Object>) d -> Models.document("d").lastReviewedOn(d).build()),
            Arguments.of(
                "milestone.due",
                (Function<LocalDate, Object>) d -> Models.milestone("m").due(d).build()),
            Arguments.of(
                "milestone.doneOn",
                (Function<LocalDate, Object>) d -> Models.milestone("m").doneOn(d).build()),
            Arguments.of(
                "keyResult.doneOn",
                (Function<LocalDate, Object>) d -> Models.keyResult("k").doneOn(d).build()),
            Arguments.of(
                "checklistItem.doneOn",
                (Function<LocalDate, Object>) d -> Models.checklistItem("c").doneOn(d).build()),
            Arguments.of(
                "strategyStep.doneOn",
                (Function<LocalDate, Object>) d -> Models.strategyStep("s").doneOn(d).build()),
            Arguments.of(
                "reviewCadence.startsOn",
                (Function<LocalDate, Object>) d -> Models.reviewCadence("c").startsOn(d).build()),
            Arguments.of(
                "target.due", (Function<LocalDate, Object>) d -> Models.target().due(d).build()),
            Arguments.of(
                "quickWin.launchedOn",
                (Function<LocalDate, Object>)
                    d ->
                        Models.quickWin("q").status(QuickWinStatus.LAUNCHED).launchedOn(d).build()),
            Arguments.of(
                "quickWin.plannedMonth",
                (Function<LocalDate, Object>)
                    d -> Models.quickWin("q").plannedMonth(YearMonth.from(d)).build()),
            Arguments.of(
                "signOff.on",
                (Function<LocalDate, Object>) d -> SignOff.of("cmo", "Jordan Park", d)),
            Arguments.of(
                "observation.on",
                (Function<LocalDate, Object>) d -> Observation.of(d, BigDecimal.ONE)),
            Arguments.of(
                "Quarter.containing",
                (Function<LocalDate, Object>) d -> Quarter.containing(d, Month.JANUARY)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dayHolders")
  void theFirstAndLastDayAreAcceptedAndTheDaysBeyondRefused(
      String what, Function<LocalDate, Object> build) {
    assertNotNull(build.apply(FIRST));
    assertNotNull(build.apply(LAST));
    assertNotNull(build.apply(LocalDate.of(2027, 3, 1)));
    for (LocalDate outside :
        List.of(BEFORE, AFTER, LocalDate.of(-5000, 6, 1), LocalDate.of(123456, 6, 1))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> build.apply(outside),
              () -> what + " accepted " + outside);
      assertTrue(
          e.getMessage().contains(outside.toString().substring(0, 4))
              || e.getMessage().contains(String.valueOf(outside.getYear())),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+10000-01-01/+10000-01-02", "-0001-12-31/0000-01-01", "9999-12-31/+10000-01-01"})
  void rangesOutsideTheDomainAreNotParsed(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse(text));
    assertTrue(e.getMessage().contains("must be in 0000-01-01..9999-12-31"), e.getMessage());
  }

  @Test
  void theWholeDomainIsOneRange() {
    DateRange all = DateRange.of(FIRST, LAST);
    assertEquals("0000-01-01/9999-12-31", all.toString());
    assertEquals(all, DateRange.parse(all.toString()));
    assertEquals(DateRange.parse("0000-01-01/0000-01-31"), DateRange.ofMonth(YearMonth.of(0, 1)));
    assertEquals(
        DateRange.parse("9999-12-01/9999-12-31"), DateRange.ofMonth(YearMonth.of(9999, 12)));
  }

  @Test
  void quarterArithmeticStopsAtTheEdges() {
    Quarter first = Quarter.of(0, 1);
    Quarter last = Quarter.of(9999, 4);
    assertEquals(Quarter.of(0, 2), first.next());
    assertEquals(Quarter.of(9999, 3), last.previous());
    assertEquals(last, Quarter.of(9999, 3).next());
    assertEquals(first, Quarter.of(0, 2).previous());
    assertEquals(Quarter.of(9998, 4), Quarter.of(9999, 1).previous());
    IllegalArgumentException next = assertThrows(IllegalArgumentException.class, last::next);
    assertEquals("there is no quarter after 9999-Q4, the last one", next.getMessage());
    IllegalArgumentException previous =
        assertThrows(IllegalArgumentException.class, first::previous);
    assertEquals("there is no quarter before 0000-Q1, the first one", previous.getMessage());
    assertEquals(first, Quarter.parse(first.toString()));
    assertEquals(last, Quarter.parse(last.toString()));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(10000, 1));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(-1, 4));
  }

  @Test
  void everyQuarterFromTheFirstToTheLastParsesBackInJanuaryYears() {
    Quarter q = Quarter.of(0, 1);
    int count = 1;
    while (!q.equals(Quarter.of(9999, 4))) {
      q = q.next();
      count++;
      if (count % 997 == 0) {
        assertEquals(q, Quarter.parse(q.toString()));
        assertEquals(q, Quarter.containing(q.range(Month.JANUARY).end(), Month.JANUARY));
      }
    }
    assertEquals(40_000, count);
  }

  @ParameterizedTest
  @EnumSource(Month.class)
  void quartersAtTheEdgesForEveryFiscalStart(Month start) {
    // the first month of the domain is in fiscal year 0 only for a January start
    if (start == Month.JANUARY) {
      assertEquals(Quarter.of(0, 1), Quarter.containing(FIRST, start));
      assertEquals(Quarter.of(0, 1).range(start).start(), FIRST);
    } else {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Quarter.containing(FIRST, start));
      assertTrue(e.getMessage().contains("fiscal year -1, outside 0..9999"), e.getMessage());
      assertEquals(
          start.getValue() == 1 ? FIRST : LocalDate.of(0, start, 1),
          Quarter.of(0, 1).range(start).start());
    }
    // the last month of the domain is always in fiscal year 9999
    Quarter lastQuarter = Quarter.containing(LAST, start);
    assertEquals(9999, lastQuarter.year());
    DateRange lastDays = DateRange.ofMonth(YearMonth.of(9999, 12));
    for (Quarter q = Quarter.of(9999, 1); ; q = q.next()) {
      YearMonth firstMonth = YearMonth.of(9999, start).plusMonths((q.quarter() - 1) * 3L);
      Quarter beyond = q;
      if (firstMonth.isAfter(YearMonth.of(9999, 12))) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> beyond.range(start));
        assertEquals(
            q + " with a fiscal year starting in " + start + " starts after 9999-12-31",
            e.getMessage());
      } else if (firstMonth.plusMonths(2).isAfter(YearMonth.of(9999, 12))) {
        assertEquals(firstMonth, q.firstMonth(start));
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> beyond.range(start));
        assertEquals(
            q + " with a fiscal year starting in " + start + " ends after 9999-12-31",
            e.getMessage());
      } else {
        DateRange r = q.range(start);
        assertTrue(!r.end().isAfter(LAST));
        assertEquals(q, Quarter.containing(r.start(), start));
      }
      if (q.quarter() == 4) {
        break;
      }
    }
    assertTrue(lastDays.end().equals(LAST));
  }

  @Test
  void aFebruaryFiscalYearAtTheUpperEdge() {
    assertEquals(Quarter.of(9999, 4), Quarter.containing(YearMonth.of(9999, 12), Month.FEBRUARY));
    assertEquals(
        DateRange.parse("9999-08-01/9999-10-31"), Quarter.of(9999, 3).range(Month.FEBRUARY));
    assertEquals(YearMonth.of(9999, 11), Quarter.of(9999, 4).firstMonth(Month.FEBRUARY));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(9999, 4).range(Month.FEBRUARY));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Quarter.of(9999, 4).firstMonth(Month.APRIL));
    assertEquals(
        "9999-Q4 with a fiscal year starting in APRIL starts after 9999-12-31", e.getMessage());
  }
}
