package dev.mops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.json.MopsJson;
import dev.mops.metrics.Figures;
import dev.mops.metrics.Ratio;
import dev.mops.model.DateRange;
import dev.mops.model.InternalGoal;
import dev.mops.model.Plan;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One share, 27 of 32, reads the same in a rule's message ({@code mops check}), in the quarterly
 * review ({@code mops review}) and in the churn table ({@code mops churn}): as {@link Figures}
 * writes it.
 */
class SameFiguresEverywhereTest {
  @TempDir Path dir;

  private static WorkItem work(String id, boolean urgentAndAligned, String hours) {
    return WorkItem.builder()
        .id(id)
        .createdOn(LocalDate.of(2027, 3, 10))
        .kind(WorkKind.AD_HOC)
        .urgent(urgentAndAligned)
        .visionAligned(urgentAndAligned)
        .hours(new BigDecimal(hours))
        .build();
  }

  @Test
  void aShareReadsTheSameInCheckReviewAndChurn() throws IOException {
    String share = Figures.percent(Ratio.of(27, 32));
    assertEquals("84.38%", share, "27/32 = 0.84375, half-even to two decimals");
    // March 2027: 27 of 32 hours urgent, the same 27 hours serve the vision (below its 90% target)
    Plan plan =
        Plan.builder()
            .id("p")
            .name("Plan 2027")
            .period(DateRange.ofYear(Year.of(2027)))
            .addInternalGoal(InternalGoal.builder().id("ig").title("Strategic partner").build())
            .addWorkItem(work("w1", true, "27"))
            .addWorkItem(work("w2", false, "5"))
            .build();
    Path file = dir.resolve("plan.json");
    MopsJson.standard().write(plan, file);

    MopsCommandLineTest.Run check =
        MopsCommandLineTest.run("check", file.toString(), "--as-of", "2027-03-31");
    assertTrue(
        check.out().contains("  In 2027-03, " + share + " of tracked hours (27 of 32) went to"),
        check.out());

    MopsCommandLineTest.Run review =
        MopsCommandLineTest.run("review", file.toString(), "--quarter", "2027-Q1");
    assertEquals(0, review.code(), review.err());
    assertTrue(
        review.out().contains("- Urgent work: " + share + " by hours (27 of 32 hours)"),
        review.out());

    // 32 contacts emailed in March, 27 of them unsubscribed
    StringBuilder csv = new StringBuilder("contact_id,event,occurred_at\n");
    for (int i = 0; i < 32; i++) {
      csv.append("c").append(i).append(",sent,2027-03-02T09:00:00Z\n");
      if (i < 27) {
        csv.append("c").append(i).append(",unsubscribe,2027-03-05T09:00:00Z\n");
      }
    }
    Path events = dir.resolve("events.csv");
    Files.writeString(events, csv);
    MopsCommandLineTest.Run churn = MopsCommandLineTest.run("churn", events.toString());
    assertEquals(0, churn.code(), churn.err());
    assertTrue(churn.out().contains("2027-03  " + share + " (27 of 32)"), churn.out());
    assertTrue(
        churn.out().contains("2027-03          32            27  " + share + " "), churn.out());
  }

  @Test
  void reviewTakesTheRulesOfTheCommandLine() throws IOException {
    Path file = dir.resolve("sample.json");
    MopsJson.standard()
        .write(
            Plan.builder()
                .id("p")
                .name("P")
                .period(DateRange.ofYear(Year.of(2027)))
                .addInternalGoal(InternalGoal.builder().id("ig").title("Strategic partner").build())
                .build(),
            file);
    MopsCommandLineTest.Run review =
        MopsCommandLineTest.run(
            "review",
            file.toString(),
            "--quarter",
            "2027-Q1",
            "--param",
            "no-early-quick-win.months=2");
    assertEquals(0, review.code(), review.err());
    assertTrue(review.out().contains("- error internal-goal-without-indicator: "), review.out());
  }
}
