package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants of the team's operations: work items, review cadences, documents, and the references
 * elements declare.
 */
class OperationsInvariantsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.25", "3.5", "120"})
  void workItemHoursAndStoryPointsAtLeastZeroAreKept(String amount) {
    WorkItem w =
        Models.workItem("OPS-101")
            .hours(new BigDecimal(amount))
            .storyPoints(new BigDecimal(amount))
            .build();
    assertEquals(Optional.of(new BigDecimal(amount)), w.hours());
    assertEquals(Optional.of(new BigDecimal(amount)), w.storyPoints());
  }

  @Test
  void workItemHoursAndPointsAreOptional() {
    WorkItem w = Models.workItem("OPS-101").build();
    assertEquals(Optional.empty(), w.hours());
    assertEquals(Optional.empty(), w.storyPoints());
    assertEquals(Visibility.INTERNAL, w.visibility());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-0.5"})
  void negativeWorkItemHoursFail(String hours) {
    assertTrue(
        Expect.badValue(
                () -> Models.workItem("OPS-101").hours(new BigDecimal(hours)).build(),
                "workItem.hours",
                hours)
            .getMessage()
            .contains("workItem.hours"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-13"})
  void negativeWorkItemStoryPointsFail(String points) {
    Expect.badValue(
        () -> Models.workItem("OPS-101").storyPoints(new BigDecimal(points)).build(),
        "workItem.storyPoints",
        points);
  }

  @Test
  void negativeHoursAreShownAsPlainNumbers() {
    Expect.badValue(
        () -> Models.workItem("OPS-101").hours(new BigDecimal("-1E+2")).build(),
        "workItem.hours",
        "-100");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 366})
  void reviewCadenceGraceDaysInRangeAreKept(int days) {
    assertEquals(days, Models.reviewCadence("qbr").graceDays(days).build().graceDays());
  }

  @Test
  void reviewCadenceGraceDaysDefaultToZero() {
    ReviewCadence c = Models.reviewCadence("qbr").build();
    assertEquals(0, c.graceDays());
    assertEquals(ReviewFormat.MEETING, c.format());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -30, 367})
  void reviewCadenceGraceDaysOutOfRangeFail(int days) {
    Expect.badValue(
        () -> Models.reviewCadence("qbr").graceDays(days).build(),
        "reviewCadence.graceDays",
        "got " + days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P6M", "P1Y", "P90D"})
  void documentReviewEveryPositiveIsKept(String period) {
    Document d = Models.document("doc-lead-routing").reviewEvery(Period.parse(period)).build();
    assertEquals(Optional.of(Period.parse(period)), d.reviewEvery());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P-1M", "P0D", "P-6M"})
  void documentReviewEveryZeroOrNegativeFails(String period) {
    Expect.badValue(
        () -> Models.document("doc-lead-routing").reviewEvery(Period.parse(period)).build(),
        "document.reviewEvery",
        Period.parse(period).toString());
  }

  @Test
  void documentLastTouchedIsTheLaterOfWrittenAndReviewed() {
    LocalDate written = LocalDate.of(2027, 2, 1);
    assertEquals(Optional.empty(), Models.document("d").build().lastTouchedOn());
    assertEquals(
        Optional.of(written), Models.document("d").writtenOn(written).build().lastTouchedOn());
    assertEquals(
        Optional.of(written),
        Models.document("d")
            .writtenOn(written)
            .lastReviewedOn(written.minusDays(3))
            .build()
            .lastTouchedOn());
    assertEquals(
        Optional.of(written.plusDays(3)),
        Models.document("d")
            .writtenOn(written)
            .lastReviewedOn(written.plusDays(3))
            .build()
            .lastTouchedOn());
  }

  @Test
  void triageIsFullyAnsweredOnlyWithThreeNonBlankAnswers() {
    RequestTriage t =
        Models.requestTriage("tri-1")
            .purpose("Dealer event")
            .urgencyReason("Moved up")
            .impact("40 meetings")
            .build();
    assertTrue(t.isFullyAnswered());
    assertEquals(TriageDecision.PENDING, t.decision());
    assertEquals(
        false,
        Models.requestTriage("tri-2")
            .purpose("x")
            .urgencyReason(" ")
            .impact("y")
            .build()
            .isFullyAnswered());
  }

  @Test
  void referenceNeedsAtLeastOneExpectedKind() {
    Reference r = Reference.to("parentId", "okr-mkt", ElementKind.OKR, ElementKind.OKR);
    assertEquals(Set.of(ElementKind.OKR), r.expected());
    Expect.badValue(
        () -> new Reference("capabilityIds", "cap", EnumSet.noneOf(ElementKind.class)),
        "expected",
        "[]");
    IllegalArgumentException e =
        Expect.badValue(() -> new Reference("capabilityIds", "cap", Set.of()), "expected", "[]");
    assertTrue(e.getMessage().contains("capabilityIds"), e::getMessage);
  }

  @Test
  void referenceCopiesTheExpectedKinds() {
    EnumSet<ElementKind> kinds = EnumSet.of(ElementKind.OBJECTIVE);
    Reference r = new Reference("parentId", "o", kinds);
    kinds.add(ElementKind.CAPABILITY);
    assertEquals(Set.of(ElementKind.OBJECTIVE), r.expected());
  }

  @Test
  void learningActivityAndNoteReferToWhatTheyName() {
    LearningActivity a = Models.learningActivity("la-1").addSkillId("skill-sql").build();
    assertEquals(
        "[memberId -> ana [TEAM_MEMBER], skillIds -> skill-sql [SKILL]]",
        a.references().toString());
    Note n = Models.note("note-1").aboutId("qw-webinar").on(DAY).build();
    Set<ElementKind> expected = n.references().get(0).expected();
    assertTrue(
        expected.contains(ElementKind.QUICK_WIN)
            && !expected.contains(ElementKind.NOTE)
            && !expected.contains(ElementKind.PLAN),
        expected::toString);
  }
}
