package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Okr;
import dev.mops.testing.SeedPlans;
import org.junit.jupiter.api.Test;

class OkrQuarterExampleTest {
  private final String out =
      ExampleOutput.of(
          o ->
              OkrQuarterExample.print(
                  SeedPlans.automotivePlan().find("okr-mops-email", Okr.class).orElseThrow(), o));

  @Test
  void scoresTheOkrOnEachDate() {
    assertTrue(
        out.startsWith(
            "OKR okr-mops-email (MOPS, 2027-01-01/2027-03-31): Make email a channel sales trusts\n"
                + "  aligns to MARKETING OKR MKT-2027-1"),
        out);
    assertEquals(
        OkrQuarterExample.DATES.size(),
        out.lines().filter(l -> l.startsWith("As of ")).count(),
        out);
    // 2027-02-15 is day 46 of the 90 days of the quarter: 51.11% elapsed
    assertTrue(
        out.contains(
            "As of 2027-02-15: score undefined (not yet measured: kr-churn, kr-nps; counting those as 0:"
                + " 0.12), grade none yet, status not yet known (51.11% of the quarter elapsed)\n"),
        out);
    // (0.5 + 5/30 + 1 + 0.5) / 4 = 0.54: yellow, and behind the 100% of the quarter elapsed
    assertTrue(
        out.contains(
            "As of 2027-03-31: score 0.54, grade yellow, status off track"
                + " (100% of the quarter elapsed)\n"),
        out);
  }

  @Test
  void listsEachKeyResultScore() {
    assertTrue(
        out.contains("  kr-churn: 0.5  Reduce monthly email churn from 1.0% to 0.6%\n"), out);
    assertTrue(out.contains("  kr-nps: 0.17  Internal NPS from marketing partners of +30\n"), out);
    assertTrue(out.contains("  kr-lead-routing: 0.5  Lead routing for automotive in place\n"), out);
  }
}
