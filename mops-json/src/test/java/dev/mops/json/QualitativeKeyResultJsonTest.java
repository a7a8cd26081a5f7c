package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.metrics.KeyResults;
import dev.mops.metrics.Ratio;
import dev.mops.model.Direction;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Plan;
import dev.mops.model.Scale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A qualitative key result with a threshold on its declared scale (internal NPS of at least 30 on
 * −100..100, DESIGN §9 "A qualitative key result is scored like a metric one on its declared
 * scale") is read, written back the same, valid against the schema, and scored.
 */
class QualitativeKeyResultJsonTest {
  private static final String DOCUMENT =
      StrictReadingTest.plan(
          """
          "okrs":[{"id":"o","title":"Partners trust MOps","level":"MOPS",\
          "period":"2027-01-01/2027-03-31","keyResults":[{"id":"kr-nps",\
          "title":"Internal NPS of at least 30","kind":"QUALITATIVE","direction":"AT_OR_ABOVE",\
          "target":30,"scale":{"min":-100,"max":100,"label":"internal NPS"},\
          "checkIns":[{"on":"2027-03-15","value":31}]}]}]""");

  @Test
  void readsWritesAndScoresAThresholdOnItsScaleWithoutAStart() {
    MopsJson json = MopsJson.standard();
    Plan plan = json.readString(DOCUMENT);
    KeyResult kr = plan.okrs().get(0).keyResults().get(0);
    assertEquals(KeyResultKind.QUALITATIVE, kr.kind());
    assertEquals(Direction.AT_OR_ABOVE, kr.direction());
    assertEquals(Optional.empty(), kr.start());
    assertEquals(Optional.of(Scale.of(-100, 100, "internal NPS")), kr.scale());
    assertEquals(Optional.of(new BigDecimal("30")), kr.target());

    String written = json.writeString(plan);
    assertTrue(written.contains("\"direction\": \"AT_OR_ABOVE\""), written);
    assertEquals(plan, json.readString(written));
    assertEquals(List.of(), SchemaTest.validate(written));

    assertTrue(
        KeyResults.progress(kr, LocalDate.of(2027, 3, 31)).score().hasSameValueAs(Ratio.of(1, 1)));
  }
}
