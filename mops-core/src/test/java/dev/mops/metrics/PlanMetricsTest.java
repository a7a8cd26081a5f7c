package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.CheckIn;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.Frequency;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.LearningActivity;
import dev.mops.model.Milestone;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.Skill;
import dev.mops.model.TeamMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metrics computed from the plan model: key results, OKRs, quick wins, reviews, docs, skills. */
class PlanMetricsTest {
  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

  private static Plan.Builder plan() {
    return Plan.builder().id("p").name("Plan").period(DateRange.ofYear(Year.of(2027)));
  }

  private static KeyResult decrease(String id, String current) {
    return KeyResult.builder()
        .id(id)
        .title("Churn down")
        .kind(KeyResultKind.METRIC)
        .direction(Direction.DECREASE)
        .start(new BigDecimal("100"))
        .target(new BigDecimal("60"))
        .unit("contacts")
        .addCheckIn(CheckIn.of(LocalDate.of(2027, 2, 1), new BigDecimal(current)))
        .build();
  }

  @Test
  void decreasingKeyResultVectorsOfDesign() {
    Progress at80 = KeyResults.progress(decrease("kr", "80"), LocalDate.of(2027, 2, 1));
    assertEquals(0, at80.score().compareValueTo(Ratio.of(1, 2)));
    Progress at50 = KeyResults.progress(decrease("kr", "50"), LocalDate.of(2027, 2, 1));
    assertTrue(
        at50.raw().hasSameValueAs(Ratio.of(new BigDecimal("1.25"), BigDecimal.ONE)),
        at50::toString);
    assertTrue(at50.score().hasSameValueAs(Ratio.of(1, 1)), at50::toString);
  }

  @Test
  void currentValueIsTheLatestCheckInOnOrBeforeAsOf() {
    KeyResult kr =
        KeyResult.builder()
            .from(decrease("kr", "80"))
            .addCheckIn(CheckIn.of(LocalDate.of(2027, 3, 1), new BigDecimal("60")))
            .build();
    assertTrue(
        KeyResults.progress(kr, LocalDate.of(2027, 2, 28)).score().hasSameValueAs(Ratio.of(1, 2)));
    assertTrue(
        KeyResults.progress(kr, LocalDate.of(2027, 3, 1)).score().hasSameValueAs(Ratio.of(1, 1)));
    Progress before = KeyResults.progress(kr, LocalDate.of(2027, 1, 31));
    assertFalse(before.isDefined(), "no check-in yet is undefined, not 0");
    assertTrue(before.basis().contains("no check-in"), before::basis);
  }

  @Test
  void everyKindOfKeyResultIsScored() {
    LocalDate asOf = LocalDate.of(2027, 3, 1);
    KeyResult binary =
        KeyResult.builder()
            .id("b")
            .title("Live")
            .kind(KeyResultKind.BINARY)
            .doneOn(LocalDate.of(2027, 2, 10))
            .build();
    assertTrue(KeyResults.progress(binary, asOf).score().hasSameValueAs(Ratio.of(1, 1)));
    assertTrue(
        KeyResults.progress(binary, LocalDate.of(2027, 2, 9))
            .score()
            .hasSameValueAs(Ratio.of(0, 1)));
    KeyResult threshold =
        KeyResult.builder()
            .id("t")
            .title("Stay up")
            .kind(KeyResultKind.THRESHOLD)
            .direction(Direction.AT_OR_ABOVE)
            .target(new BigDecimal("30"))
            .unit("NPS")
            .addCheckIn(CheckIn.of(JAN_1, new BigDecimal("30")))
            .build();
    assertTrue(
        KeyResults.progress(threshold, asOf).score().hasSameValueAs(Ratio.of(1, 1)), "inclusive");
    KeyResult milestones =
        KeyResult.builder()
            .id("m")
            .title("Routing")
            .kind(KeyResultKind.MILESTONES)
            .addMilestone(
                Milestone.builder()
                    .id("m1")
                    .title("One")
                    .weight(new BigDecimal("3"))
                    .doneOn(LocalDate.of(2027, 2, 1))
                    .build())
            .addMilestone(Milestone.of("m2", "Two"))
            .build();
    assertTrue(KeyResults.progress(milestones, asOf).score().hasSameValueAs(Ratio.of(3, 4)));
    KeyResult noMilestones =
        KeyResult.builder().id("m0").title("None").kind(KeyResultKind.MILESTONES).build();
    assertFalse(KeyResults.progress(noMilestones, asOf).isDefined());
    KeyResult nps =
        KeyResult.builder()
            .id("q")
            .title("NPS +30")
            .kind(KeyResultKind.QUALITATIVE)
            .scale(dev.mops.model.Scale.of(-100, 100, "internal NPS"))
            .start(BigDecimal.ZERO)
            .target(new BigDecimal("30"))
            .addCheckIn(CheckIn.of(JAN_1, new BigDecimal("15")))
            .build();
    assertTrue(KeyResults.progress(nps, asOf).score().hasSameValueAs(Ratio.of(1, 2)));
    KeyResult noStart =
        KeyResult.builder()
            .id("n")
            .title("No start")
            .kind(KeyResultKind.METRIC)
            .target(BigDecimal.TEN)
            .build();
    assertTrue(KeyResults.progress(noStart, asOf).basis().contains("no start"));
  }

  @Test
  void okrScoreOfOneZeroZeroIsOneThird() {
    LocalDate asOf = LocalDate.of(2027, 3, 1);
    Okr okr =
        Okr.builder()
            .id("o")
            .title("OKR")
            .level(OkrLevel.MOPS)
            .period(DateRange.parse("2027-01-01/2027-03-31"))
            .addKeyResult(
                KeyResult.builder()
                    .id("k1")
                    .title("done")
                    .kind(KeyResultKind.BINARY)
                    .doneOn(JAN_1)
                    .build())
            .addKeyResult(
                KeyResult.builder().id("k2").title("not").kind(KeyResultKind.BINARY).build())
            .addKeyResult(
                KeyResult.builder().id("k3").title("not").kind(KeyResultKind.BINARY).build())
            .build();
    OkrScore score = Okrs.score(okr, asOf);
    assertTrue(score.score().hasSameValueAs(Ratio.of(1, 3)), score::toString);
    assertEquals(Grade.RED, score.grade().orElseThrow());
    assertEquals(List.of("k1", "k2", "k3"), List.copyOf(score.keyResults().keySet()));
    TimeStatus status = Okrs.status(okr, asOf);
    assertEquals(TrackStatus.OFF_TRACK, status.status().orElseThrow(), status::toString);
  }

  @Test
  void okrWithAnUndefinedKeyResultIsUndefinedUnlessMissingCountsAsZero() {
    LocalDate asOf = LocalDate.of(2027, 1, 15);
    Okr okr =
        Okr.builder()
            .id("o")
            .title("OKR")
            .level(OkrLevel.MOPS)
            .period(DateRange.parse("2027-01-01/2027-03-31"))
            .addKeyResult(
                KeyResult.builder()
                    .id("k1")
                    .title("done")
                    .kind(KeyResultKind.BINARY)
                    .doneOn(JAN_1)
                    .weight(new BigDecimal("3"))
                    .build())
            .addKeyResult(decrease("k2", "80"))
            .build();
    OkrScore strict = Okrs.score(okr, asOf);
    assertFalse(strict.isDefined());
    assertEquals(List.of("k2"), strict.undefinedKeyResults());
    OkrScore lenient = Okrs.scoreCountingMissingAsZero(okr, asOf);
    assertTrue(lenient.score().hasSameValueAs(Ratio.of(3, 4)), lenient::toString);
  }

  @Test
  void quickWinDeliveryCountsLaunchesAgainstThePlannedMonthAndLeavesOutCancelled() {
    Plan p =
        plan()
            .addQuickWin(win("q1", 1).launchedOn(LocalDate.of(2027, 1, 20)).build())
            .addQuickWin(win("q2", 2).launchedOn(LocalDate.of(2027, 3, 2)).build())
            .addQuickWin(win("q3", 3).launchedOn(LocalDate.of(2027, 3, 25)).build())
            .addQuickWin(win("q4", 3).status(QuickWinStatus.CANCELLED).build())
            .addQuickWin(win("q5", 4).build())
            .addQuickWin(win("q6", 6).build())
            .build();
    QuickWinDelivery d = PlanMetrics.quickWinDelivery(p, LocalDate.of(2027, 4, 30));
    assertTrue(d.overall().hasSameValueAs(Ratio.of(3, 4)), d::toString);
    assertEquals(
        List.of(
            YearMonth.of(2027, 1),
            YearMonth.of(2027, 2),
            YearMonth.of(2027, 3),
            YearMonth.of(2027, 4)),
        d.byPlannedMonth().periods());
    assertTrue(
        d.byPlannedMonth().get(YearMonth.of(2027, 2)).orElseThrow().hasSameValueAs(Ratio.of(1, 1)),
        "q2 launched late but counts for its planned month");
    assertEquals(List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 3)), d.launchMonths());
    assertEquals(0, d.currentStreak(), "April is over without a launch");
    assertEquals(
        1,
        PlanMetrics.quickWinDelivery(p, LocalDate.of(2027, 4, 15)).currentStreak(),
        "April is still running: March launched, February did not");
    assertEquals(1, d.longestStreak());
    QuickWinDelivery early = PlanMetrics.quickWinDelivery(p, LocalDate.of(2027, 1, 10));
    assertTrue(early.overall().hasSameValueAs(Ratio.of(0, 1)), early::toString);
    assertEquals(0, early.currentStreak());
  }

  private static QuickWin.Builder win(String id, int month) {
    return QuickWin.builder()
        .id(id)
        .title("Win " + id)
        .addCapabilityId("c")
        .plannedMonth(YearMonth.of(2027, month));
  }

  @Test
  void quarterlyWindowsFollowTheFiscalYear() {
    ReviewCadence qbr =
        ReviewCadence.builder()
            .id("qbr")
            .name("QBR")
            .kind(CadenceKind.BUSINESS_REVIEW)
            .frequency(Frequency.quarterly())
            .build();
    assertEquals(
        List.of(
            DateRange.parse("2027-01-01/2027-03-31"),
            DateRange.parse("2027-04-01/2027-06-30"),
            DateRange.parse("2027-07-01/2027-09-30"),
            DateRange.parse("2027-10-01/2027-12-31")),
        qbr.windows(DateRange.ofYear(Year.of(2027)), Month.JANUARY));
    List<DateRange> feb = qbr.windows(DateRange.ofYear(Year.of(2027)), Month.FEBRUARY);
    assertEquals(DateRange.parse("2027-01-01/2027-01-31"), feb.get(0), "clipped fiscal 2026-Q4");
    assertEquals(DateRange.parse("2027-02-01/2027-04-30"), feb.get(1));
    ReviewCadence biweekly =
        ReviewCadence.builder()
            .id("okr")
            .name("OKR review")
            .kind(CadenceKind.OKR_REVIEW)
            .frequency(Frequency.biweekly())
            .startsOn(LocalDate.of(2027, 1, 4))
            .build();
    List<DateRange> w = biweekly.windows(DateRange.ofYear(Year.of(2027)), Month.JANUARY);
    assertEquals(DateRange.parse("2027-01-04/2027-01-17"), w.get(0));
    assertEquals(
        DateRange.parse("2027-12-20/2027-12-31"),
        w.get(w.size() - 1),
        "Jan 4 + 25 × 14 days, clipped");
    assertEquals(26, w.size());
  }

  @Test
  void reviewAdherenceJudgesThePeriodCoveredNotTheDayHeld() {
    ReviewCadence qbr =
        ReviewCadence.builder()
            .id("qbr")
            .name("QBR")
            .kind(CadenceKind.BUSINESS_REVIEW)
            .frequency(Frequency.quarterly())
            .build();
    Plan p =
        plan()
            .addReviewCadence(qbr)
            .addReview(
                Review.builder()
                    .id("r1")
                    .cadenceId("qbr")
                    .heldOn(LocalDate.of(2027, 4, 6))
                    .covers(Quarter.parse("2027-Q1").range(Month.JANUARY))
                    .build())
            .addReview(
                Review.builder()
                    .id("r3")
                    .cadenceId("qbr")
                    .heldOn(LocalDate.of(2028, 1, 10))
                    .covers(Quarter.parse("2027-Q3").range(Month.JANUARY))
                    .build())
            .build();
    ReviewAdherence before = PlanMetrics.reviewAdherence(p, qbr, LocalDate.of(2027, 3, 30));
    assertFalse(before.onSchedule().isDefined(), "nothing due before the first quarter ends");
    ReviewAdherence q3 = PlanMetrics.reviewAdherence(p, qbr, LocalDate.of(2027, 10, 1));
    assertEquals(3, q3.due().size());
    assertEquals(
        List.of(DateRange.parse("2027-04-01/2027-06-30"), DateRange.parse("2027-07-01/2027-09-30")),
        q3.overdue(),
        "the Q3 review is only held in January");
    ReviewAdherence year = PlanMetrics.reviewAdherence(p, qbr, LocalDate.of(2028, 1, 31));
    assertEquals(
        List.of(DateRange.parse("2027-04-01/2027-06-30"), DateRange.parse("2027-10-01/2027-12-31")),
        year.overdue());
    assertTrue(year.onSchedule().hasSameValueAs(Ratio.of(2, 4)), year::toString);
    assertTrue(year.toString().contains("overdue: 2027-04-01/2027-06-30"), year::toString);
  }

  @Test
  void graceDaysDelayDueAndWidenTheWindow() {
    ReviewCadence monthly =
        ReviewCadence.builder()
            .id("m")
            .name("Monthly")
            .kind(CadenceKind.STAKEHOLDER_UPDATE)
            .frequency(Frequency.monthly())
            .graceDays(5)
            .build();
    Plan p =
        plan()
            .addReviewCadence(monthly)
            .addReview(
                Review.builder()
                    .id("r")
                    .cadenceId("m")
                    .heldOn(LocalDate.of(2027, 2, 3))
                    .covers(DateRange.parse("2027-01-05/2027-02-03"))
                    .build())
            .build();
    assertEquals(0, PlanMetrics.reviewAdherence(p, monthly, LocalDate.of(2027, 2, 4)).due().size());
    ReviewAdherence a = PlanMetrics.reviewAdherence(p, monthly, LocalDate.of(2027, 2, 5));
    assertEquals(1, a.due().size());
    assertTrue(a.overdue().isEmpty(), a::toString);
  }

  @Test
  void documentationFreshness() {
    Plan p =
        plan()
            .addDocument(
                Document.builder()
                    .id("fresh")
                    .title("Fresh")
                    .writtenOn(LocalDate.of(2027, 1, 1))
                    .lastReviewedOn(LocalDate.of(2027, 6, 1))
                    .reviewEvery(Period.ofMonths(6))
                    .build())
            .addDocument(
                Document.builder()
                    .id("old")
                    .title("Old")
                    .writtenOn(LocalDate.of(2026, 1, 1))
                    .reviewEvery(Period.ofMonths(6))
                    .build())
            .addDocument(Document.builder().id("never").title("Never written").build())
            .addDocument(
                Document.builder()
                    .id("noschedule")
                    .title("Written")
                    .writtenOn(LocalDate.of(2026, 1, 1))
                    .build())
            .build();
    DocumentationFreshness f = PlanMetrics.documentationFreshness(p, LocalDate.of(2027, 12, 1));
    assertEquals(List.of("old", "never"), f.stale());
    assertTrue(f.fresh().hasSameValueAs(Ratio.of(2, 4)), f::toString);
    assertEquals(
        List.of("fresh", "old", "never"),
        PlanMetrics.documentationFreshness(p, LocalDate.of(2027, 12, 2)).stale());
    Plan reviewedLater =
        plan()
            .addDocument(
                Document.builder()
                    .id("d")
                    .title("Doc")
                    .writtenOn(LocalDate.of(2026, 1, 1))
                    .lastReviewedOn(LocalDate.of(2027, 12, 1))
                    .reviewEvery(Period.ofMonths(6))
                    .build())
            .build();
    assertEquals(
        List.of("d"),
        PlanMetrics.documentationFreshness(reviewedLater, LocalDate.of(2027, 9, 1)).stale(),
        "a review after the as-of date does not make the document current yet");
  }

  @Test
  void developmentTimeCountsEveryActiveMemberIncludingZeros() {
    Plan p =
        plan()
            .addTeamMembers(
                TeamMember.of("ana", "Ana"),
                TeamMember.of("bo", "Bo"),
                TeamMember.builder().id("cy").name("Cy").active(false).build())
            .addSkills(Skill.of("sql", "SQL"), Skill.of("ai", "AI"))
            .addLearningActivity(activity("a1", "ana", "sql", LocalDate.of(2027, 2, 10)))
            .addLearningActivity(activity("a2", "ana", "sql", LocalDate.of(2027, 3, 10)))
            .addLearningActivity(activity("a3", "bo", "ai", LocalDate.of(2027, 4, 10)))
            .addLearningActivity(activity("a4", "cy", "ai", LocalDate.of(2027, 3, 1)))
            .build();
    DevelopmentTime q1 = PlanMetrics.developmentTime(p, Quarter.parse("2027-Q1"));
    assertEquals(Map.of("ana", 2L, "bo", 0L), q1.activitiesByMember());
    assertTrue(q1.perMember().hasSameValueAs(Ratio.of(1, 1)), q1::toString);
    assertEquals(
        List.of("ai"), q1.skillsWithoutActivity(), "an inactive member's activity does not count");
    assertTrue(q1.skillsPractised().hasSameValueAs(Ratio.of(1, 2)));
  }

  private static LearningActivity activity(String id, String member, String skill, LocalDate on) {
    return LearningActivity.builder()
        .id(id)
        .memberId(member)
        .addSkillId(skill)
        .on(on)
        .kind(ActivityKind.WEBINAR)
        .build();
  }
}
