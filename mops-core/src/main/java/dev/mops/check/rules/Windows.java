package dev.mops.check.rules;

import dev.mops.model.DateRange;
import java.time.YearMonth;

/**
 * How review windows read in messages; the windows themselves are {@code ReviewCadence.windows}.
 */
final class Windows {
  private Windows() {}

  /** {@code 2027-03} for a calendar month, {@code 2027-03-04} for a single day, else the range. */
  static String text(DateRange w) {
    return w.isCalendarMonth()
        ? YearMonth.from(w.start()).toString()
        : w.days() == 1 ? w.start().toString() : w.toString();
  }
}
