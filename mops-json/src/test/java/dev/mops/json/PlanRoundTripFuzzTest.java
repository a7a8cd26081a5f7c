package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mops.check.CheckReport;
import dev.mops.check.PlanChecker;
import dev.mops.model.Plan;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Fuzzes read → check → write → read: a document that reads checks without throwing (no rule
 * fails), writes, reads back equal, and writes the same text again. Bytes that do not read are
 * refused with a {@link MopsJsonException} (the plain read contract is {@link
 * PlanReaderFuzzTest}'s). {@code ./mvnw verify} replays {@code
 * PlanRoundTripFuzzTestInputs/readCheckWriteRead}; docs/fuzzing.md says how to fuzz.
 */
class PlanRoundTripFuzzTest {
  private static final MopsJson JSON = MopsJson.standard();

  @FuzzTest(maxDuration = "5m")
  void readCheckWriteRead(byte[] input) {
    Plan plan;
    try {
      plan = JSON.read(new ByteArrayInputStream(input));
    } catch (MopsJsonException refused) {
      return;
    }
    LocalDate asOf = plan.period().start().plusDays(plan.period().days() / 2);
    for (CheckReport report :
        new CheckReport[] {
          PlanChecker.defaults().check(plan), PlanChecker.defaults().check(plan, asOf)
        }) {
      assertTrue(report.failedRules().isEmpty(), () -> "rules failed: " + report.render());
    }
    String text = JSON.writeString(plan);
    Plan again = JSON.readString(text);
    assertEquals(plan, again);
    assertEquals(text, JSON.writeString(again));
    Plan publicView = JSON.readString(JSON.writePublicString(plan));
    assertEquals(plan.publicView(), publicView);
  }
}
