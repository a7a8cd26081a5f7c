package dev.mops.examples;

import dev.mops.metrics.Figures;
import dev.mops.metrics.KeyResults;
import dev.mops.metrics.OkrScore;
import dev.mops.metrics.Okrs;
import dev.mops.metrics.Progress;
import dev.mops.metrics.TimeStatus;
import dev.mops.model.KeyResult;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.testing.SeedPlans;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The MOps OKR of the seed articles ("Make email a channel sales trusts", aligned to the marketing
 * OKR "Grow automotive pipeline 20%") scored through the first quarter of 2027, as a biweekly OKR
 * review would see it: for each date, the OKR's score (the mean of its key-result scores; undefined
 * while a key result has no measurement yet, so the score that counts those as 0 is shown beside
 * it), its grade (red, yellow, green) and its time-based status (progress against the elapsed share
 * of the quarter), then each key result's score.
 *
 * <p>Run it with {@code ./mvnw -q -pl mops-examples -am compile exec:java
 * -Dmops.main=dev.mops.examples.OkrQuarterExample}.
 */
public final class OkrQuarterExample {
  /** The days the OKR is scored on. */
  public static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2027, 1, 15),
          LocalDate.of(2027, 2, 15),
          LocalDate.of(2027, 2, 28),
          LocalDate.of(2027, 3, 15),
          LocalDate.of(2027, 3, 31));

  private OkrQuarterExample() {}

  /** Prints the scores of the bundled plan's MOps OKR to standard output. */
  public static void main(String[] args) {
    Plan plan = SeedPlans.automotivePlan();
    print(plan.find("okr-mops-email", Okr.class).orElseThrow(), System.out);
  }

  /**
   * Prints the score, grade and time-based status of {@code okr} on each of {@link #DATES} to
   * {@code out}.
   */
  public static void print(Okr okr, PrintStream out) {
    out.println("OKR " + okr.id() + " (" + okr.level() + ", " + okr.period() + "): " + okr.title());
    okr.externalParent().ifPresent(p -> out.println("  aligns to " + p));
    for (LocalDate day : DATES) {
      OkrScore score = Okrs.score(okr, day);
      TimeStatus status = Okrs.status(okr, day);
      out.println();
      String notMeasured =
          score.undefinedKeyResults().isEmpty()
              ? ""
              : " (not yet measured: "
                  + String.join(", ", score.undefinedKeyResults())
                  + "; counting those as 0: "
                  + decimal(Okrs.scoreCountingMissingAsZero(okr, day))
                  + ")";
      out.println(
          "As of "
              + day
              + ": score "
              + decimal(score)
              + notMeasured
              + ", grade "
              + score.grade().map(Object::toString).orElse("none yet")
              + ", status "
              + status.status().map(Object::toString).orElse("not yet known")
              + " ("
              + Figures.percent(status.elapsed())
              + " of the quarter elapsed)");
      for (KeyResult kr : okr.keyResults()) {
        Progress p = KeyResults.progress(kr, day);
        out.println(
            "  "
                + kr.id()
                + ": "
                + (p.isDefined() ? Figures.rate(p.score()) : "not measured yet")
                + "  "
                + kr.title());
      }
    }
  }

  private static String decimal(OkrScore score) {
    return Figures.rate(score.score());
  }
}
