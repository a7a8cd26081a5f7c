package dev.mops.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mops.model.Capability;
import dev.mops.model.CheckIn;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Stakeholder;
import dev.mops.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One whole monthly update, line by line, for a plan that takes every branch: objectives with and
 * without stakeholders, targets (movement, at or above, at or below, with and without baseline, due
 * day and a latest value), visions, quick wins launched early, late, cancelled and missed,
 * capabilities with no quick wins, KPIs on and off target on both sides (boundaries included), and
 * OKRs graded, at risk, unmeasured and out of the month.
 */
class MonthlyUpdateDocumentTest {
  private static final YearMonth MARCH = YearMonth.of(2027, 3);

  private static QuickWin.Builder win(
      String id, String title, String capability, YearMonth planned) {
    return QuickWin.builder().id(id).title(title).addCapabilityId(capability).plannedMonth(planned);
  }

  private static Kpi.Builder kpi(String id, String name, String unit) {
    return Kpi.builder().id(id).name(name).definition(name + " counted monthly").unit(unit);
  }

  private static KeyResult binary(String id, String title, LocalDate doneOn) {
    KeyResult.Builder b = KeyResult.builder().id(id).title(title).kind(KeyResultKind.BINARY);
    if (doneOn != null) {
      b.doneOn(doneOn);
    }
    return b.build();
  }

  static Plan plan() {
    return Plan.builder()
        .id("p")
        .name("Plan 2027")
        .team("MOps")
        .period(DateRange.ofYear(Year.of(2027)))
        .addStakeholder(Stakeholder.of("sales", "Sales"))
        .addStakeholder(Stakeholder.of("mkt", "Marketing"))
        .addObjective(
            Objective.builder()
                .id("o1")
                .title("Grow automotive sales")
                .addStakeholderIds("sales", "mkt")
                .target(
                    Target.builder()
                        .metric("automotive sales")
                        .unit("USD")
                        .baseline(new BigDecimal("1000000"))
                        .value(new BigDecimal("1500000"))
                        .direction(Direction.INCREASE)
                        .due(LocalDate.of(2027, 12, 31))
                        .addObservations(
                            Observation.of(LocalDate.of(2027, 2, 15), "1100000"),
                            Observation.of(LocalDate.of(2027, 4, 10), "1200000"))
                        .build())
                .longTermVision("Be the dealer of choice")
                .build())
        .addObjective(
            Objective.builder()
                .id("o2")
                .title("Cut churn")
                .target(
                    Target.builder()
                        .metric("monthly email churn")
                        .unit("%")
                        .value(new BigDecimal("2"))
                        .direction(Direction.AT_OR_BELOW)
                        .build())
                .build())
        .addObjective(
            Objective.builder()
                .id("o3")
                .title("Happier stakeholders")
                .addStakeholderId("mkt")
                .target(
                    Target.builder()
                        .metric("internal NPS")
                        .unit("points")
                        .value(new BigDecimal("30"))
                        .direction(Direction.AT_OR_ABOVE)
                        .build())
                .build())
        .addObjective(
            Objective.builder().id("o4").title("Calm inbox").longTermVision("Zero spam").build())
        .addCapability(
            Capability.builder().id("c1").name("Lead management").addObjectiveId("o1").build())
        .addCapability(Capability.builder().id("c2").name("Web forms").addObjectiveId("o1").build())
        .addCapability(Capability.builder().id("c3").name("Empty cap").addObjectiveId("o1").build())
        // planned for February, launched in March
        .addQuickWin(
            win("q1", "Template", "c1", MARCH.minusMonths(1))
                .launchedOn(LocalDate.of(2027, 3, 5))
                .build())
        .addQuickWin(
            win("q2", "Nurture", "c1", MARCH)
                .addCapabilityId("c2")
                .buildsOn("q1")
                .launchedOn(LocalDate.of(2027, 3, 20))
                .build())
        .addQuickWin(win("q3", "Webinar", "c2", MARCH).outcomeNote("speaker ill").build())
        .addQuickWin(win("q4", "Chatbot", "c2", MARCH.plusMonths(1)).build())
        .addQuickWin(
            win("q5", "Dropped idea", "c2", MARCH.plusMonths(1))
                .status(QuickWinStatus.CANCELLED)
                .build())
        // planned for April, launched on the last day of March
        .addQuickWin(
            win("q6", "Early bird", "c2", MARCH.plusMonths(1))
                .launchedOn(LocalDate.of(2027, 3, 31))
                .build())
        // planned for March, launched the day after the month
        .addQuickWin(win("q7", "Survey", "c1", MARCH).launchedOn(LocalDate.of(2027, 4, 1)).build())
        .addKpi(
            kpi("k1", "Leads", "leads")
                .targetValue(new BigDecimal("500"))
                .addObservation(Observation.of(LocalDate.of(2027, 3, 10), "450"))
                .build())
        .addKpi(
            kpi("k2", "Churn", "%")
                .targetValue(new BigDecimal("2"))
                .direction(Direction.AT_OR_BELOW)
                .addObservations(
                    Observation.of(LocalDate.of(2027, 3, 1), "2"),
                    Observation.of(LocalDate.of(2027, 4, 1), "3"))
                .build())
        .addKpi(
            kpi("k3", "Cost per lead", "USD")
                .targetValue(new BigDecimal("100"))
                .direction(Direction.DECREASE)
                .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "100.50"))
                .build())
        .addKpi(
            kpi("k4", "Visits", "visits")
                .addObservation(Observation.of(LocalDate.of(2027, 3, 2), "12000"))
                .build())
        .addKpi(
            kpi("k5", "Demo requests", "requests")
                .targetValue(new BigDecimal("10"))
                .direction(Direction.INCREASE)
                .addObservation(Observation.of(LocalDate.of(2027, 3, 31), "10"))
                .build())
        .addKpi(kpi("k6", "NPS", "points").targetValue(new BigDecimal("30")).build())
        .addOkr(
            Okr.builder()
                .id("okr1")
                .title("Win automotive")
                .level(OkrLevel.MOPS)
                .period(DateRange.parse("2027-03-01/2027-03-31"))
                .addKeyResult(binary("kr-a", "Launch the portal", LocalDate.of(2027, 3, 15)))
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-b")
                        .title("Dealers signed")
                        .kind(KeyResultKind.METRIC)
                        .direction(Direction.INCREASE)
                        .start(BigDecimal.ZERO)
                        .target(BigDecimal.TEN)
                        .addCheckIn(CheckIn.of(LocalDate.of(2027, 3, 10), new BigDecimal("5")))
                        .build())
                .build())
        .addOkr(
            Okr.builder()
                .id("okr2")
                .title("Half-year reach")
                .level(OkrLevel.MOPS)
                .period(DateRange.parse("2027-01-01/2027-06-30"))
                .addKeyResult(
                    KeyResult.builder()
                        .id("kr-c")
                        .title("Reach")
                        .kind(KeyResultKind.METRIC)
                        .direction(Direction.INCREASE)
                        .start(BigDecimal.ZERO)
                        .target(BigDecimal.TEN)
                        .build())
                .addKeyResult(binary("kr-d", "Press release", null))
                .build())
        .addOkr(
            Okr.builder()
                .id("okr3")
                .title("Second quarter")
                .level(OkrLevel.MOPS)
                .period(DateRange.parse("2027-04-01/2027-06-30"))
                .addKeyResult(binary("kr-e", "Later", null))
                .build())
        .build();
  }

  @Test
  void theWholeUpdateForMarch() {
    String expected =
        """
        # Plan 2027: stakeholder update, March 2027

        MOps · as of 2027-03-31

        ## Grow automotive sales

        For Sales, Marketing. Target: automotive sales from 1,000,000 USD to 1,500,000 USD by 2027-12-31; \
        latest 1,100,000 USD on 2027-02-15.

        Long-term vision: Be the dealer of choice.

        **Launched in March 2027**

        - Template, launched 2027-03-05, building Lead management
        - Nurture, launched 2027-03-20, building Lead management, Web forms; builds on “Template”
        - Early bird, launched 2027-03-31, building Web forms

        **Planned for March 2027 and not launched**

        - Webinar: speaker ill
        - Survey

        **Planned for April 2027**

        - Chatbot, building Web forms

        | Capability | Quick wins launched |
        |---|---|
        | Lead management | 2 of 3 (66.67%) |
        | Web forms | 2 of 4 (50%) |
        | Empty cap | 0 of 0 |

        ## Cut churn

        Target: monthly email churn at or below 2%.

        **Launched in March 2027**

        - No quick win launched this month.

        **Planned for April 2027**

        - Nothing planned yet.

        ## Happier stakeholders

        For Marketing. Target: internal NPS at or above 30 points.

        **Launched in March 2027**

        - No quick win launched this month.

        **Planned for April 2027**

        - Nothing planned yet.

        ## Calm inbox

        Long-term vision: Zero spam.

        **Launched in March 2027**

        - No quick win launched this month.

        **Planned for April 2027**

        - Nothing planned yet.

        ## KPIs

        | KPI | Latest | Target | |
        |---|---|---|---|
        | Leads | 450 leads (2027-03-10) | at or above 500 leads | off target |
        | Churn | 2% (2027-03-01) | at or below 2% | on target |
        | Cost per lead | 100.5 USD (2027-03-31) | at or below 100 USD | off target |
        | Visits | 12,000 visits (2027-03-02) | no target |  |
        | Demo requests | 10 requests (2027-03-31) | at or above 10 requests | on target |
        | NPS | no value yet | at or above 30 points |  |

        ## OKRs

        ### Win automotive

        Score 0.75 (green), at risk, with 100% of 2027-03-01/2027-03-31 elapsed.

        - Launch the portal: 100%
        - Dealers signed: 50%

        ### Half-year reach

        Score undefined, with 49.72% of 2027-01-01/2027-06-30 elapsed; not yet measured: kr-c.

        - Reach: not measured yet
        - Press release: 0%

        ## Quick-win delivery

        50% of the quick wins planned up to March 2027 launched (2 of 4); 1 month in a row with a launch.

        ```mermaid
        gantt
          title Quick wins and capability build-outs
          dateFormat YYYY-MM-DD
          axisFormat %b %Y
          section Quick wins
          Template (launched) :done, 2027-02-01, 2027-02-28
          Nurture (launched) :done, 2027-03-01, 2027-03-31
          Webinar (missed) :crit, 2027-03-01, 2027-03-31
          Chatbot (planned) :2027-04-01, 2027-04-30
          Early bird (launched) :done, 2027-04-01, 2027-04-30
          Survey (missed) :crit, 2027-03-01, 2027-03-31
          section Capabilities
          Lead management :2027-02-01, 2027-03-31
          Web forms :2027-03-01, 2027-04-30
        ```
        """;
    MonthlyUpdate update = MonthlyUpdate.of(plan(), MARCH);
    assertEquals(expected, update.toMarkdown());
    assertEquals(expected, update.toString());
    assertEquals(MARCH, update.month());
    assertEquals(LocalDate.of(2027, 3, 31), update.asOf());
  }

  @Test
  void aStreakOfSeveralMonthsIsCountedInMonths() {
    Plan plan =
        Plan.builder()
            .id("p")
            .name("Streak")
            .period(DateRange.ofYear(Year.of(2027)))
            .addObjective(Objective.builder().id("o").title("Ship").build())
            .addCapability(Capability.builder().id("c").name("Cap").addObjectiveId("o").build())
            .addQuickWin(
                win("a", "A", "c", MARCH.minusMonths(1))
                    .launchedOn(LocalDate.of(2027, 2, 10))
                    .build())
            .addQuickWin(win("b", "B", "c", MARCH).launchedOn(LocalDate.of(2027, 3, 10)).build())
            .build();
    String md = MonthlyUpdate.of(plan, MARCH).toMarkdown();
    // no team: the line starts with "as of"
    assertEquals(
        "# Streak: stakeholder update, March 2027\n\nas of 2027-03-31\n",
        md.substring(0, md.indexOf("\n## ")));
    assertEquals(
        "100% of the quick wins planned up to March 2027 launched (2 of 2); 2 months in a row with a launch.\n"
            + "\n```mermaid\ngantt\n"
            + "  title Quick wins and capability build-outs\n"
            + "  dateFormat YYYY-MM-DD\n"
            + "  axisFormat %b %Y\n"
            + "  section Quick wins\n"
            + "  A (launched) :done, 2027-02-01, 2027-02-28\n"
            + "  B (launched) :done, 2027-03-01, 2027-03-31\n"
            + "  section Capabilities\n"
            + "  Cap :2027-02-01, 2027-03-31\n"
            + "```\n",
        md.substring(
            md.indexOf("## Quick-win delivery\n\n") + "## Quick-win delivery\n\n".length()));
  }

  @Test
  void nullsAreRefusedByName() {
    assertEquals(
        "plan",
        assertThrows(NullPointerException.class, () -> MonthlyUpdate.of(null, MARCH)).getMessage());
    assertEquals(
        "month",
        assertThrows(NullPointerException.class, () -> MonthlyUpdate.of(plan(), null))
            .getMessage());
  }
}
