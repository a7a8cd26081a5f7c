package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.core.internal.Work;
import dev.mops.model.CadenceKind;
import dev.mops.model.DateRange;
import dev.mops.model.Frequency;
import dev.mops.model.Plan;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.Stakeholder;
import dev.mops.testing.TestScale;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Review windows and adherence are computed arithmetically; these tests hold them to the plain
 * enumeration they replace, on thousands of random cadences, and show that a span of ten thousand
 * years is counted, not listed.
 */
class ReviewWindowsArithmeticTest {
  private static final List<Frequency> FREQUENCIES =
      List.of(
          Frequency.everyDays(1),
          Frequency.everyDays(10),
          Frequency.weekly(),
          Frequency.biweekly(),
          Frequency.everyWeeks(5),
          Frequency.monthly(),
          Frequency.everyMonths(2),
          Frequency.quarterly(),
          Frequency.everyMonths(5),
          Frequency.everyMonths(6),
          Frequency.everyMonths(7),
          Frequency.everyMonths(12),
          Frequency.everyMonths(18));

  /** The enumeration the arithmetic replaced, kept as the reference. */
  static List<DateRange> enumerated(ReviewCadence c, DateRange span, Month fiscalStart) {
    LocalDate anchor = c.startsOn().orElse(span.start());
    List<DateRange> out = new ArrayList<>();
    int count = c.frequency().count();
    if (c.frequency().unit() == Frequency.Unit.MONTHS) {
      YearMonth first = YearMonth.from(anchor);
      if (12 % count == 0) {
        int offset = Math.floorMod(first.getMonthValue() - fiscalStart.getValue(), 12);
        first = first.minusMonths(offset % count);
      }
      for (YearMonth m = first; !m.atDay(1).isAfter(span.end()); m = m.plusMonths(count)) {
        add(out, m.atDay(1), m.plusMonths(count - 1L).atEndOfMonth(), span);
      }
    } else {
      long days = c.frequency().unit() == Frequency.Unit.WEEKS ? 7L * count : count;
      LocalDate first = anchor;
      if (anchor.isBefore(span.start())) {
        first = anchor.plusDays(ChronoUnit.DAYS.between(anchor, span.start()) / days * days);
      }
      for (LocalDate d = first; !d.isAfter(span.end()); d = d.plusDays(days)) {
        add(out, d, d.plusDays(days - 1), span);
      }
    }
    return out;
  }

  private static void add(List<DateRange> out, LocalDate start, LocalDate end, DateRange span) {
    LocalDate s = start.isBefore(span.start()) ? span.start() : start;
    LocalDate e = end.isAfter(span.end()) ? span.end() : end;
    if (!e.isBefore(s)) {
      out.add(DateRange.of(s, e));
    }
  }

  @Test
  void windowsAndAdherenceMatchThePlainEnumeration() {
    Random r = new Random(20261202);
    for (int trial = 0, trials = TestScale.examples(3000); trial < trials; trial++) {
      LocalDate start = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(900));
      DateRange span = DateRange.of(start, start.plusDays(r.nextInt(1200)));
      Month fiscal = Month.of(1 + r.nextInt(12));
      int grace = r.nextInt(4) == 0 ? r.nextInt(40) : 0;
      ReviewCadence.Builder cb =
          ReviewCadence.builder()
              .id("c")
              .name("Cadence")
              .kind(CadenceKind.TEAM_CHECKPOINT)
              .frequency(FREQUENCIES.get(r.nextInt(FREQUENCIES.size())))
              .graceDays(grace);
      if (r.nextBoolean()) {
        cb.startsOn(span.start().plusDays(r.nextInt(1400) - 700));
      }
      ReviewCadence c = cb.build();
      List<DateRange> expected = enumerated(c, span, fiscal);
      List<DateRange> windows = c.windows(span, fiscal);
      assertEquals(expected, windows, () -> c + " over " + span + " fiscal " + fiscal);
      assertEquals(expected.size(), windows.size());

      Plan.Builder pb =
          Plan.builder().id("p").name("P").period(span).fiscalYearStart(fiscal).addReviewCadence(c);
      int reviews = r.nextInt(12);
      for (int k = 0; k < reviews; k++) {
        LocalDate from = span.start().plusDays(r.nextInt(1300) - 50);
        DateRange covers =
            DateRange.of(from, from.plusDays(r.nextInt(4) == 0 ? r.nextInt(120) : r.nextInt(8)));
        pb.addReview(
            Review.builder()
                .id("r" + k)
                .cadenceId(r.nextInt(10) == 0 ? "other" : "c")
                .heldOn(from.plusDays(r.nextInt(60)))
                .covers(covers)
                .build());
      }
      Plan plan = pb.build();
      LocalDate asOf = span.start().plusDays(r.nextInt(1500) - 100);
      // the reference: every window due by the as-of date, held when a review's period fits in it
      List<DateRange> due = new ArrayList<>();
      List<DateRange> overdue = new ArrayList<>();
      for (DateRange w : expected) {
        if (w.end().plusDays(grace).isAfter(asOf)) {
          break;
        }
        due.add(w);
        DateRange widened = DateRange.of(w.start().minusDays(grace), w.end().plusDays(grace));
        boolean held =
            plan.reviews().stream()
                .anyMatch(
                    rv ->
                        rv.cadenceId().equals("c")
                            && !rv.heldOn().isAfter(asOf)
                            && widened.encloses(rv.covers()));
        if (!held) {
          overdue.add(w);
        }
      }
      ReviewAdherence a = PlanMetrics.reviewAdherence(plan, c, asOf);
      String why = c + " over " + span + " as of " + asOf + " with " + plan.reviews();
      assertEquals(due, a.due(), why);
      assertEquals(overdue, a.overdue(), why);
      assertEquals(due.size(), a.dueCount(), why);
      assertEquals(overdue.size(), a.overdueCount(), why);
      assertEquals(
          overdue.subList(Math.max(0, overdue.size() - 3), overdue.size()),
          a.latestOverdue(3),
          why);
      assertEquals(PlanMetrics.reviewAdherence(plan, asOf).get(0).overdue(), a.overdue(), why);
    }
  }

  @Test
  void tenThousandYearsOfDailyWindowsAreCountedNotListed() {
    DateRange ages = DateRange.parse("0001-01-01/9999-12-31");
    ReviewCadence daily =
        ReviewCadence.builder()
            .id("d")
            .name("Daily")
            .kind(CadenceKind.TEAM_CHECKPOINT)
            .frequency(Frequency.everyDays(1))
            .build();
    Plan plan =
        Plan.builder()
            .id("p")
            .name("P")
            .period(ages)
            .addStakeholder(Stakeholder.of("s", "S"))
            .addReviewCadence(daily)
            .addReview(
                Review.builder()
                    .id("r")
                    .cadenceId("d")
                    .heldOn(LocalDate.of(5000, 6, 1))
                    .covers(DateRange.ofDay(LocalDate.of(5000, 6, 1)))
                    .build())
            .build();
    ReviewAdherence[] out = new ReviewAdherence[1];
    long work =
        Work.count(
            () -> {
              List<DateRange> windows = daily.windows(ages, Month.JANUARY);
              assertEquals(ages.days(), windows.size());
              assertEquals(
                  DateRange.ofDay(LocalDate.of(9999, 12, 31)), windows.get(windows.size() - 1));
              out[0] = PlanMetrics.reviewAdherence(plan, daily, LocalDate.of(9999, 12, 31));
              assertFalse(out[0].toString().isEmpty());
              out[0].latestOverdue(3);
            });
    ReviewAdherence a = out[0];
    assertEquals(ages.days(), a.dueCount());
    assertEquals(ages.days() - 1, a.overdueCount());
    assertEquals(
        DateRange.ofDay(LocalDate.of(5000, 6, 2)),
        a.overdue().get(a.overdue().indexOf(DateRange.ofDay(LocalDate.of(5000, 5, 31))) + 1),
        "the held day is not overdue");
    assertTrue(work < 100, "work " + work);
    assertTrue(a.toString().length() < 300, a::toString);
    assertTrue(a.toString().contains("3652058 windows, the latest"), a::toString);
  }

  @Test
  void latestOverdueRefusesANegativeCount() {
    Plan plan =
        Plan.builder().id("p").name("P").period(DateRange.parse("2027-01-01/2027-12-31")).build();
    ReviewCadence c =
        ReviewCadence.builder()
            .id("c")
            .name("C")
            .kind(CadenceKind.TEAM_CHECKPOINT)
            .frequency(Frequency.weekly())
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlanMetrics.reviewAdherence(plan, c, LocalDate.of(2027, 6, 1)).latestOverdue(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void aCadenceWhoseIdAnEarlierElementHoldsGetsNoReviews() {
    ReviewCadence first =
        ReviewCadence.builder()
            .id("c")
            .name("First")
            .kind(CadenceKind.TEAM_CHECKPOINT)
            .frequency(Frequency.monthly())
            .build();
    ReviewCadence second =
        ReviewCadence.builder()
            .id("c")
            .name("Second")
            .kind(CadenceKind.TEAM_CHECKPOINT)
            .frequency(Frequency.quarterly())
            .build();
    Plan plan =
        Plan.builder()
            .id("p")
            .name("P")
            .period(DateRange.parse("2027-01-01/2027-12-31"))
            .addReviewCadences(first, second)
            .addReview(
                Review.builder()
                    .id("r")
                    .cadenceId("c")
                    .heldOn(LocalDate.of(2027, 1, 31))
                    .covers(DateRange.parse("2027-01-01/2027-01-31"))
                    .build())
            .build();
    LocalDate asOf = LocalDate.of(2027, 3, 31);
    assertEquals(2, PlanMetrics.reviewAdherence(plan, first, asOf).overdueCount());
    assertEquals(
        1,
        PlanMetrics.reviewAdherence(plan, second, asOf).overdueCount(),
        "the review belongs to the first element with the id");
  }
}
