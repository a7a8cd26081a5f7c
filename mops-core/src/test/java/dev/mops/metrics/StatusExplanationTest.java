package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.model.CheckIn;
import dev.mops.model.DateRange;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An OKR's time-based status names what it lacks and explains a green grade that is at risk. */
class StatusExplanationTest {
  private static final DateRange Q1 = DateRange.parse("2027-01-01/2027-03-31");

  private static KeyResult metric(String id, double... checkIns) {
    KeyResult.Builder b =
        KeyResult.builder()
            .id(id)
            .title("Reach " + id)
            .kind(KeyResultKind.METRIC)
            .start(BigDecimal.ZERO)
            .target(new BigDecimal("100"));
    for (int i = 0; i < checkIns.length; i++) {
      b.addCheckIns(CheckIn.of(LocalDate.of(2027, 1, 10 + i), checkIns[i]));
    }
    return b.build();
  }

  private static Okr okr(KeyResult... krs) {
    return Okr.builder()
        .id("okr-email")
        .title("Make email a channel sales trusts")
        .level(OkrLevel.MOPS)
        .period(Q1)
        .keyResults(List.of(krs))
        .build();
  }

  @Test
  void anUndefinedStatusNamesTheUnmeasuredKeyResults() {
    TimeStatus s =
        Okrs.status(
            okr(metric("kr-a", 50), metric("kr-b"), metric("kr-c")), LocalDate.of(2027, 2, 1));
    assertEquals(Optional.empty(), s.status());
    assertEquals(List.of("kr-b", "kr-c"), s.unmeasuredKeyResults());
    assertEquals("status undefined: not yet measured: kr-b, kr-c", s.explanation());
    assertEquals(
        "status undefined: not yet measured: kr-b, kr-c (2027-01-01/2027-03-31 on 2027-02-01)",
        s.toString());
  }

  @Test
  void greenByGradeAndAtRiskByStatusSaysWhyBothHold() {
    Okr okr = okr(metric("kr-a", 80));
    LocalDate end = LocalDate.of(2027, 3, 31);
    assertEquals(Grade.GREEN, Okrs.score(okr, end).grade().orElseThrow());
    TimeStatus s = Okrs.status(okr, end);
    assertEquals(Optional.of(TrackStatus.AT_RISK), s.status());
    assertEquals(List.of(), s.unmeasuredKeyResults());
    assertEquals(
        "at risk: progress 80% with 100% of 2027-01-01/2027-03-31 elapsed; on track needs at least"
            + " 90%, at risk at least 75%; its grade is still GREEN, since 0.7 and up grades green"
            + " whatever the date",
        s.explanation());
  }

  @Test
  void onTrackEarlyNeedsNoGradeSentenceAndThresholdsNeverGoBelowZero() {
    TimeStatus s = Okrs.status(Ratio.of(1, 10), Q1, LocalDate.of(2027, 1, 5));
    assertEquals(
        "on track: progress 10% with 5.56% of 2027-01-01/2027-03-31 elapsed; on track needs at"
            + " least 0%, at risk at least 0%",
        s.explanation());
    assertEquals(
        "status undefined: the progress is undefined",
        Okrs.status(Ratio.of(0, 0), Q1, LocalDate.of(2027, 1, 5)).explanation());
  }
}
