package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.Stakeholder;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code of the README's model tour. {@link ReadmeSnippetsTest} checks that the README shows
 * exactly the code between the snippet markers.
 */
class ReadmeTourTest {

  @Test
  void tour() {
    // snippet: model-tour
    Plan plan = Plan.builder()
        .id("mops-2027").name("MOps plan 2027")
        .period(DateRange.ofYear(Year.of(2027)))
        .addStakeholder(Stakeholder.of("sales", "Sales"))
        .addObjective(Objective.builder()
            .id("automotive-sales")
            .title("Increase sales in the automotive sector by 5%")
            .addStakeholderId("sales")
            .build())
        .addCapability(Capability.builder()
            .id("sales-enablement").name("Sales enablement")
            .addObjectiveId("automotive-sales")
            .build())
        .addQuickWin(QuickWin.builder()
            .id("qw-template").title("Email template sales can send on their own")
            .addCapabilityId("sales-enablement")
            .plannedMonth(YearMonth.of(2027, 1))
            .launchedOn(LocalDate.of(2027, 1, 22))
            .build())
        .build();

    QuickWin template = plan.find("qw-template", QuickWin.class).orElseThrow();
    List<Objective> served = plan.objectivesOf(template);   // [automotive-sales]
    List<Stakeholder> who = plan.stakeholdersOf(served.get(0)); // [Sales]
    // end snippet
    assertEquals("automotive-sales", served.get(0).id());
    assertEquals("Sales", who.get(0).name());
    assertTrue(template.isLaunched());
  }

  @Test
  void invariants() {
    // snippet: invariants
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DateRange.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 1)));
    // e.getMessage(): "end must not be before start, got 2027-03-31/2027-03-01"
    // end snippet
    assertEquals("end must not be before start, got 2027-03-31/2027-03-01", e.getMessage());
  }
}
