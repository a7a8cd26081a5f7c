package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of quick wins (launch status, building on another) and capabilities (build time). */
class QuickWinAndCapabilityInvariantsTest {

  @Test
  void plannedQuickWinWithoutLaunchDateBuilds() {
    QuickWin q = Models.quickWin("qw-template").build();
    assertEquals(QuickWinStatus.PLANNED, q.status());
    assertEquals(Optional.empty(), q.launchedOn());
    assertFalse(q.isLaunched());
  }

  @ParameterizedTest
  @EnumSource(
      value = QuickWinStatus.class,
      names = {"PLANNED", "MISSED", "CANCELLED"})
  void notLaunchedQuickWinWithoutLaunchDateBuilds(QuickWinStatus status) {
    QuickWin q = Models.quickWin("qw-a").status(status).outcomeNote("speaker cancelled").build();
    assertEquals(status, q.status());
    assertFalse(q.isLaunched());
  }

  @Test
  void launchDateMakesTheQuickWinLaunched() {
    QuickWin q = Models.quickWin("qw-template").launchedOn(LocalDate.of(2027, 1, 24)).build();
    assertEquals(QuickWinStatus.LAUNCHED, q.status());
    assertTrue(q.isLaunched());
    QuickWin stated =
        Models.quickWin("qw-b").status(QuickWinStatus.LAUNCHED).launchedOn(DAY).build();
    assertTrue(stated.isLaunched());
  }

  @Test
  void launchedQuickWinWithoutLaunchDateFails() {
    IllegalArgumentException e =
        Expect.badValue(
            () -> Models.quickWin("qw-webinar").status(QuickWinStatus.LAUNCHED).build(),
            "quickWin.launchedOn",
            "LAUNCHED");
    assertTrue(e.getMessage().contains("qw-webinar"), e::getMessage);
  }

  @ParameterizedTest
  @EnumSource(
      value = QuickWinStatus.class,
      names = {"PLANNED", "MISSED", "CANCELLED"})
  void launchDateWithAStatusOtherThanLaunchedFails(QuickWinStatus status) {
    IllegalArgumentException e =
        Expect.badValue(
            () ->
                Models.quickWin("qw-a")
                    .status(status)
                    .launchedOn(LocalDate.of(2027, 1, 24))
                    .build(),
            "quickWin.launchedOn",
            "2027-01-24");
    assertTrue(e.getMessage().contains(status.name()), e::getMessage);
  }

  @Test
  void quickWinMayBuildOnAnotherOne() {
    QuickWin nurture = Models.quickWin("qw-nurture").buildsOn("qw-template").build();
    assertEquals(Optional.of("qw-template"), nurture.buildsOn());
  }

  @Test
  void quickWinBuildingOnItselfFails() {
    Expect.badValue(
        () -> Models.quickWin("qw-nurture").buildsOn("qw-nurture").build(),
        "quickWin.buildsOn",
        "\"qw-nurture\"");
  }

  @Test
  void quickWinReferencesAreListedInFieldOrder() {
    QuickWin q =
        Models.quickWin("q")
            .addCapabilityId("cap")
            .addObjectiveId("obj")
            .buildsOn("q0")
            .owner("ana")
            .build();
    assertEquals(
        "[capabilityIds -> cap [CAPABILITY], objectiveIds -> obj [OBJECTIVE], "
            + "buildsOn -> q0 [QUICK_WIN], owner -> ana [TEAM_MEMBER]]",
        q.references().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P6M", "P1D", "P1Y", "P2W"})
  void capabilityEstimatedBuildMayBeAnyPositivePeriod(String period) {
    Capability c = Models.capability("lead-mgmt").estimatedBuild(Period.parse(period)).build();
    assertEquals(Optional.of(Period.parse(period)), c.estimatedBuild());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "P0M", "P-1M", "P1M-40D"})
  void capabilityEstimatedBuildZeroOrNegativeFails(String period) {
    Expect.badValue(
        () -> Models.capability("lead-mgmt").estimatedBuild(Period.parse(period)).build(),
        "capability.estimatedBuild",
        Period.parse(period).toString());
  }

  @Test
  void sprintIsOneCalendarMonthByDefault() {
    Sprint jan = Sprint.ofMonth("sprint-2027-01", YearMonth.of(2027, 1));
    assertEquals(DateRange.parse("2027-01-01/2027-01-31"), jan.range());
    assertEquals(Optional.of(YearMonth.of(2027, 1)), jan.month());
    assertEquals("sprint-2027-01", jan.displayName());
    Sprint odd = Models.sprint("s").range(DateRange.parse("2027-01-04/2027-01-29")).build();
    assertEquals(Optional.empty(), odd.month());
  }

  @Test
  void objectiveTargetValidatesItsTexts() {
    Objective o =
        Models.objective("automotive-sales")
            .addStakeholderId("sales")
            .target(Models.target().build())
            .build();
    assertEquals("automotive sales", o.target().orElseThrow().metric());
    Expect.badValue(() -> Models.target().metric(" ").build(), "target.metric", "\" \"");
  }

  @Test
  void targetFactoryValidatesLikeTheBuilder() {
    Target t =
        Target.of(
            "automotive sales",
            "USD",
            new java.math.BigDecimal("2000000"),
            new java.math.BigDecimal("2100000"),
            Direction.INCREASE);
    assertEquals(Optional.of(new java.math.BigDecimal("2000000")), t.baseline());
    assertEquals(Direction.INCREASE, t.direction());
    Expect.badValue(
        () ->
            Target.of(
                "automotive sales",
                "",
                java.math.BigDecimal.ONE,
                java.math.BigDecimal.TEN,
                Direction.INCREASE),
        "target.unit",
        "\"\"");
    Expect.nullValue(
        () -> Target.of("m", "u", null, java.math.BigDecimal.TEN, Direction.INCREASE), "baseline");
  }
}
