package dev.mops.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.InternalGoal;
import dev.mops.model.Kpi;
import dev.mops.model.Note;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.PlanGens;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Stakeholder;
import dev.mops.model.Visibility;
import dev.mops.testing.TestScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthlyUpdateTest {
  static Plan plan() {
    return Plan.builder()
        .id("p")
        .name("Plan 2027")
        .period(DateRange.ofYear(Year.of(2027)))
        .addStakeholder(Stakeholder.of("sales", "Sales"))
        .addObjective(
            Objective.builder()
                .id("o1")
                .title("Grow automotive sales")
                .addStakeholderId("sales")
                .build())
        .addObjective(
            Objective.builder()
                .id("o-secret")
                .title("Replace the agency")
                .addStakeholderId("sales")
                .visibility(Visibility.INTERNAL)
                .build())
        .addCapability(
            Capability.builder().id("c1").name("Lead management").addObjectiveId("o1").build())
        .addCapability(
            Capability.builder()
                .id("c-hidden")
                .name("Hidden capability")
                .addObjectiveId("o1")
                .visibility(Visibility.INTERNAL)
                .build())
        .addQuickWin(
            QuickWin.builder()
                .id("q1")
                .title("Template")
                .addCapabilityId("c1")
                .plannedMonth(YearMonth.of(2027, 1))
                .launchedOn(LocalDate.of(2027, 1, 20))
                .build())
        .addQuickWin(
            QuickWin.builder()
                .id("q2")
                .title("Nurture")
                .addCapabilityId("c1")
                .plannedMonth(YearMonth.of(2027, 2))
                .status(QuickWinStatus.MISSED)
                .outcomeNote("vendor delay")
                .build())
        .addQuickWin(
            QuickWin.builder()
                .id("q3")
                .title("Webinar")
                .addCapabilityIds("c1", "c-hidden")
                .plannedMonth(YearMonth.of(2027, 3))
                .build())
        .addKpi(
            Kpi.builder()
                .id("k1")
                .name("Emails sent")
                .definition("count")
                .unit("emails")
                .targetValue(new BigDecimal("1000"))
                .addObservation(Observation.of(LocalDate.of(2027, 2, 1), "1200"))
                .build())
        .addInternalGoal(InternalGoal.builder().id("ig").title("Strategic partner").build())
        .addNote(Note.builder().id("n").text("Sales lead is difficult").aboutId("o1").build())
        .build();
  }

  @Test
  void launchedMissedAndNextMonthAreListed() {
    String jan = MonthlyUpdate.of(plan(), YearMonth.of(2027, 1)).toMarkdown();
    assertTrue(jan.contains("- Template, launched 2027-01-20, building Lead management\n"), jan);
    assertTrue(
        jan.contains("**Planned for February 2027**\n\n- Nurture, building Lead management\n"),
        jan);
    String feb = MonthlyUpdate.of(plan(), YearMonth.of(2027, 2)).toMarkdown();
    assertTrue(feb.contains("- No quick win launched this month.\n"), feb);
    assertTrue(
        feb.contains("**Planned for February 2027 and not launched**\n\n- Nurture: vendor delay\n"),
        feb);
    assertTrue(feb.contains("| Lead management | 1 of 3 (33.33%) |"), feb);
    assertTrue(
        feb.contains(
            "50% of the quick wins planned up to February 2027 launched (1 of 2); 0 months in a row"),
        feb);
    assertTrue(
        feb.contains(
            "| Emails sent | 1,200 emails (2027-02-01) | at or above 1,000 emails | on target |"),
        feb);
  }

  @Test
  void internalElementsNeverAppear() {
    String md = MonthlyUpdate.of(plan(), YearMonth.of(2027, 3)).toMarkdown();
    for (String secret :
        new String[] {
          "Replace the agency", "Hidden capability", "Strategic partner", "difficult"
        }) {
      assertFalse(md.contains(secret), secret);
    }
    assertTrue(md.contains("**Planned for March 2027 and not launched**\n\n- Webinar\n"), md);
  }

  @Test
  void sameInputSameBytesAndNothingInternalForRandomPlans() {
    qt().withExamples(TestScale.examples(40))
        .forAll(PlanGens.plans(8))
        .checkAssert(
            plan -> {
              YearMonth month = YearMonth.from(plan.period().start()).plusMonths(2);
              String md = MonthlyUpdate.of(plan, month).toMarkdown();
              assertEquals(md, MonthlyUpdate.of(plan, month).toMarkdown());
              assertFalse(md.contains("secret"), md);
              for (PlanElement e : plan.elements()) {
                if (e.visibility() == Visibility.INTERNAL && e instanceof Objective o) {
                  assertFalse(md.contains("## " + o.title() + "\n"), o.title());
                }
              }
              assertTrue(md.endsWith("\n") && md.startsWith("# "), md);
            });
  }
}
