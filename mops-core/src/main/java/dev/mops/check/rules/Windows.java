package dev.mops.check.rules;

import dev.mops.model.DateRange;
import dev.mops.model.Frequency;
import dev.mops.model.Plan;
import dev.mops.model.ReviewCadence;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The windows of a review cadence: every N days or weeks from its start; calendar months; blocks of
 * N months aligned to the fiscal year (quarters are fiscal quarters) when N divides 12. The first
 * window starts at the cadence's start (or the plan's) and may be shorter than the others.
 */
final class Windows {
  private Windows() {}

  /** The windows due as of {@code asOf}: ended (plus grace days) by then, starting within the plan. */
  static List<DateRange> due(ReviewCadence c, Plan plan, LocalDate asOf, int max) {
    List<DateRange> out = new ArrayList<>();
    LocalDate start = c.startsOn().orElse(plan.period().start());
    LocalDate last = plan.period().end();
    LocalDate s = start;
    while (!s.isAfter(last) && out.size() < max) {
      LocalDate e = end(c.frequency(), s, plan.fiscalYearStart());
      if (e.plusDays(c.graceDays()).isAfter(asOf)) {
        break;
      }
      out.add(DateRange.of(s, e));
      if (e.equals(LocalDate.MAX) || e.getYear() >= 9999) {
        break;
      }
      s = e.plusDays(1);
    }
    return out;
  }

  /** The last day of the window that starts on {@code s}. */
  static LocalDate end(Frequency f, LocalDate s, Month fiscalStart) {
    switch (f.unit()) {
      case DAYS:
        return s.plusDays(f.count() - 1L);
      case WEEKS:
        return s.plusDays(7L * f.count() - 1L);
      default:
        int n = f.count();
        YearMonth m = YearMonth.from(s);
        if (12 % n == 0) {
          int index = Math.floorMod(m.getMonthValue() - fiscalStart.getValue(), 12);
          int left = n - 1 - index % n;
          return m.plusMonths(left).atEndOfMonth();
        }
        return m.plusMonths(n - 1L).atEndOfMonth();
    }
  }

  /** {@code 2027-03} for a calendar month, else the range. */
  static String text(DateRange w) {
    return w.isCalendarMonth() ? YearMonth.from(w.start()).toString() : w.toString();
  }
}
