package dev.mops.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.model.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The writer formats dates, months and ranges without {@code toString()}'s builder; the text must
 * be exactly {@code toString()}'s, for every year (the years outside 0 to 9999 fall back to it).
 */
class DateFormattingTest {
  @Test
  void datesMonthsAndRangesAreWrittenAsTheirToString() {
    int[] years = {-10000, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1970, 2027, 9999, 10000, 123456};
    for (int y : years) {
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(y, m);
        assertEquals(month.toString(), Codecs.formatMonth(month));
        for (int d : new int[] {1, 9, 10, 28, month.lengthOfMonth()}) {
          LocalDate date = month.atDay(d);
          assertEquals(date.toString(), Codecs.formatDate(date));
          if (y >= 0 && y < 9999) { // a range holds years 0 to 9999 only
            DateRange range = DateRange.of(date, date.plusDays(40));
            assertEquals(range.toString(), Codecs.formatRange(range));
          }
        }
      }
    }
    LocalDate day = LocalDate.of(2027, 3, 1);
    assertEquals("2027-03-01", Codecs.formatDate(day));
    assertEquals("2027-03", Codecs.formatMonth(YearMonth.of(2027, 3)));
    assertEquals(
        "2027-03-01/2027-03-31", Codecs.formatRange(DateRange.ofMonth(YearMonth.of(2027, 3))));
  }
}
