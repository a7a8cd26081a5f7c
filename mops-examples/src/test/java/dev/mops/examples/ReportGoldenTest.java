package dev.mops.examples;

import dev.mops.model.Quarter;
import dev.mops.report.MonthlyUpdate;
import dev.mops.report.QuarterlyReview;
import dev.mops.testing.GoldenFiles;
import dev.mops.testing.SeedPlans;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The reports of the seed plan, compared with their golden files. */
class ReportGoldenTest {
  private static final GoldenFiles GOLDEN =
      GoldenFiles.inModule("mops-examples", "src/test/resources/golden");

  @Test
  void monthlyUpdateForMarch() {
    GOLDEN.assertMatches(
        "monthly-update-2027-03.md",
        MonthlyUpdate.of(SeedPlans.automotivePlan(), YearMonth.of(2027, 3)).toMarkdown());
  }

  @Test
  void monthlyUpdateForApril() {
    GOLDEN.assertMatches(
        "monthly-update-2027-04.md",
        MonthlyUpdate.of(SeedPlans.automotivePlan(), YearMonth.of(2027, 4)).toMarkdown());
  }

  @Test
  void quarterlyReviewForTheFirstQuarter() {
    GOLDEN.assertMatches(
        "quarterly-review-2027-Q1.md",
        QuarterlyReview.of(SeedPlans.automotivePlan(), Quarter.parse("2027-Q1")).toMarkdown());
  }

  @Test
  void monthlyUpdateForMarchAsHtml() {
    GOLDEN.assertMatches(
        "monthly-update-2027-03.html",
        MonthlyUpdate.of(SeedPlans.automotivePlan(), YearMonth.of(2027, 3)).toHtml());
  }

  @Test
  void quarterlyReviewForTheFirstQuarterAsHtml() {
    GOLDEN.assertMatches(
        "quarterly-review-2027-Q1.html",
        QuarterlyReview.of(SeedPlans.automotivePlan(), Quarter.parse("2027-Q1")).toHtml());
  }
}
