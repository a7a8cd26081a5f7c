package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.CheckReport;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.json.MopsJson;
import dev.mops.model.Document;
import dev.mops.model.Plan;
import dev.mops.model.UnknownIdException;
import dev.mops.testing.SeedPlans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AutomotivePlanExampleTest {
  private final Plan plan = SeedPlans.automotivePlan();

  @Test
  void walkThroughFixesTheStaleDocumentAndRendersTheOnePager() {
    Plan[] fixed = new Plan[1];
    String out = ExampleOutput.of(o -> fixed[0] = AutomotivePlanExample.walkThrough(plan, o));
    assertTrue(out.startsWith("== Check as of 2027-03-31\nPlan mops-2027: 0 errors, "), out);
    assertTrue(out.contains("  warning documentation-stale documents[doc-map-naming]\n"), out);
    assertTrue(
        out.contains("Recorded \"MAP naming conventions\" as written on 2027-03-26.\n"), out);
    assertTrue(out.contains("documentation-stale findings: 1 before, 0 after\n"), out);
    assertTrue(out.contains("  \"id\": \"mops-2027\",\n"), out);
    assertTrue(
        out.contains(
            "== The March one-pager (public view only)\n"
                + "# Marketing operations plan 2027: stakeholder update, March 2027\n"),
        out);
    assertTrue(
        out.contains("- Webinar targeting the automotive industry, launched 2027-03-25"), out);

    // the fix changed only the document, and the fixed plan survives JSON
    assertEquals(
        LocalDate.of(2027, 3, 26),
        fixed[0].find("doc-map-naming", Document.class).orElseThrow().writtenOn().orElseThrow());
    assertEquals(Plan.builder().from(fixed[0]).documents(plan.documents()).build(), plan);
    assertTrue(
        PlanChecker.defaults()
            .check(fixed[0], AutomotivePlanExample.AS_OF)
            .withRule("documentation-stale")
            .isEmpty());
    assertEquals(
        fixed[0], MopsJson.standard().readString(MopsJson.standard().writeString(fixed[0])));
  }

  @Test
  void fixingAFindingIsOneLine() {
    Plan plan = this.plan;
    // snippet: fix-finding
    CheckReport report = PlanChecker.defaults().check(plan, LocalDate.of(2027, 3, 31));
    Finding stale = report.withRule("documentation-stale").get(0);   // documents[doc-map-naming]
    Document doc = plan.find(stale.elementId(), Document.class).orElseThrow();
    Plan fixed = plan.replacing(Document.builder().from(doc).writtenOn(LocalDate.of(2027, 3, 26)).build());
    Plan smaller = fixed.removing("kr-nps");   // an OKR's key result; what names it now dangles
    // end snippet
    assertEquals("documents[doc-map-naming]", stale.path().toString());
    assertTrue(
        PlanChecker.defaults()
            .check(fixed, LocalDate.of(2027, 3, 31))
            .withRule("documentation-stale")
            .isEmpty());
    assertEquals(plan.elements().size(), fixed.elements().size());
    assertEquals(plan.elements().size() - 1, smaller.elements().size());
    assertTrue(smaller.find("kr-nps").isEmpty());
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> smaller.removing("kr-nps"));
    assertEquals("kr-nps", e.id());
  }
}
