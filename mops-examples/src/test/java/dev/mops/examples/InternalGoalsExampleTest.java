package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.report.QuarterlyReview;
import dev.mops.testing.SeedPlans;
import org.junit.jupiter.api.Test;

class InternalGoalsExampleTest {
  private final String out =
      ExampleOutput.of(o -> InternalGoalsExample.print(SeedPlans.automotivePlan(), o));

  @Test
  void printsTheInternalGoalsTableOneRowPerIndicator() {
    assertTrue(
        out.startsWith(
            "| What success looks like | How do we know we've achieved this |\n|---|---|\n"
                + "| Marketing Operations is viewed as a strategic partner | MOps is included in upfront planning meetings"
                + " consistently (observed) |\n"),
        out);
    assertTrue(
        out.contains(
            "| Decreasing the number of urgent requests that come to the team | What percent of work"
                + " is urgent, by hours (measured: urgent work share, target 15% of hours) |\n"),
        out);
    assertTrue(
        out.contains(
            "|  | The CMO regularly includes bullet points about MOps progress in their own status"
                + " updates (observed) |\n"),
        out);
    assertTrue(
        out.contains(
            " on the back burner | List the documentation to create and schedule regular reviews to"
                + " keep it up to date (checklist: Lead routing rules; MAP naming conventions) |\n"),
        out);
    assertEquals(8, out.lines().takeWhile(l -> l.startsWith("|")).count(), out);
  }

  @Test
  void thenPrintsTheQuarterlyReviewOfTheFirstQuarter() {
    String review =
        QuarterlyReview.of(SeedPlans.automotivePlan(), InternalGoalsExample.QUARTER).toMarkdown();
    assertTrue(out.endsWith("\n\n" + review), out);
    assertTrue(
        out.contains(
            "- Keep a list of skills to develop and track the activities done for each: 1 of 2 done;"
                + " open: AI-assisted personalization.\n"),
        out);
    assertTrue(
        out.contains(
            "- Urgent work: 18.42% by hours (14 of 76 hours) of the work created in the quarter.\n"),
        out);
  }
}
