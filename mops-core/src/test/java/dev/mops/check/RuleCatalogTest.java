package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.rules.BuiltInRules;
import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.Frequency;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.KpiKind;
import dev.mops.model.LearningActivity;
import dev.mops.model.Lifecycle;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.RequestTriage;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.Scale;
import dev.mops.model.SignOff;
import dev.mops.model.Skill;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import dev.mops.model.StrategyStep;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.TriageDecision;
import dev.mops.model.Visibility;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import dev.mops.testing.GoldenFiles;
import dev.mops.testing.RuleTester;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalog: a minimal plan where it fires (id, severity, path, message naming the
 * element) and the nearest plan where it does not.
 */
class RuleCatalogTest {
  private static final GoldenFiles GOLDEN = GoldenFiles.inModule("mops-core", "src/test/resources");

  static final Year Y = Year.of(2027);

  // ---- fixtures ------------------------------------------------------------------------------

  static Plan.Builder base() {
    return Plan.builder()
        .id("p")
        .name("Plan 2027")
        .period(DateRange.ofYear(Y))
        .addStakeholder(Stakeholder.of("sales", "Sales"));
  }

  static Objective.Builder objective(String id) {
    return Objective.builder().id(id).title("Objective " + id).addStakeholderId("sales");
  }

  static Capability capability(String id, String... objectives) {
    return Capability.builder().id(id).name("Capability " + id).addObjectiveIds(objectives).build();
  }

  static QuickWin.Builder quickWin(String id, int month, String... capabilities) {
    return QuickWin.builder()
        .id(id)
        .title("Quick win " + id)
        .plannedMonth(Y.atMonth(month))
        .addCapabilityIds(capabilities);
  }

  static KeyResult binary(String id) {
    return KeyResult.builder().id(id).title("Key result " + id).kind(KeyResultKind.BINARY).build();
  }

  static Okr.Builder okr(String id, OkrLevel level) {
    return Okr.builder()
        .id(id)
        .title("OKR " + id)
        .level(level)
        .period(DateRange.parse("2027-01-01/2027-03-31"))
        .addKeyResult(binary("kr-" + id));
  }

  static Kpi.Builder kpi(String id, String name) {
    return Kpi.builder().id(id).name(name).definition("how " + name + " is counted").unit("%");
  }

  static ReviewCadence.Builder cadence(String id, CadenceKind kind, Frequency f) {
    return ReviewCadence.builder().id(id).name("Cadence " + id).kind(kind).frequency(f);
  }

  // ---- the catalog itself --------------------------------------------------------------------

  /**
   * The catalog as {@link RuleSet#describe()} renders it (ids, default severities, descriptions,
   * parameters) is the golden file {@code rule-catalog.txt}: a new or changed rule shows in its
   * diff. Ids are a contract (DESIGN §4): review that no released id disappears or changes meaning.
   */
  @Test
  void theCatalogReadsAsItsGoldenFile() {
    GOLDEN.assertMatches("dev/mops/check/rule-catalog.txt", RuleSet.defaults().describe());
  }

  @Test
  void everyRuleOfTheCatalogIsTestedHereFiringAndStayingQuiet() {
    Map<String, Class<?>> tested = new LinkedHashMap<>();
    for (Class<?> c : RuleCatalogTest.class.getDeclaredClasses()) {
      if (c.isAnnotationPresent(Nested.class)) {
        tested.put(
            c.getSimpleName().replaceAll("(?<!^)([A-Z])", "-$1").toLowerCase(Locale.ROOT), c);
      }
    }
    List<String> untested = new ArrayList<>(RuleSet.defaults().ids());
    untested.removeAll(tested.keySet());
    assertEquals(
        List.of(), untested, "rules without a nested class of tests here, named after the id");
    List<String> strays = new ArrayList<>(tested.keySet());
    strays.removeAll(RuleSet.defaults().ids());
    assertEquals(List.of(), strays, "nested classes that name no rule of the catalog");
    for (Map.Entry<String, Class<?>> e : tested.entrySet()) {
      List<String> tests =
          Arrays.stream(e.getValue().getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(Test.class))
              .map(Method::getName)
              .toList();
      assertTrue(
          tests.stream().anyMatch(n -> n.startsWith("fires")),
          () -> e.getKey() + " has no fires... test: " + tests);
      assertTrue(
          tests.stream().anyMatch(n -> n.startsWith("silent")),
          () -> e.getKey() + " has no silent... test: " + tests);
    }
  }

  @Test
  void theCatalogHoldsEachRuleOnceInOrder() {
    List<String> ids = new ArrayList<>();
    for (Rule r : BuiltInRules.all()) {
      ids.add(r.descriptor().id());
    }
    assertEquals(ids.stream().distinct().toList(), ids, "an id twice in BuiltInRules");
    assertEquals(ids, RuleSet.defaults().ids());
    assertEquals(ids, RuleSet.builtInDescriptors().stream().map(RuleDescriptor::id).toList());
    assertTrue(ids.stream().allMatch(RuleSet::isBuiltIn));
  }

  // ---- one nested class per rule -------------------------------------------------------------

  @Nested
  class DuplicateId {
    final RuleTester rule = RuleTester.of("duplicate-id");

    @Test
    void fires() {
      Plan plan =
          base().addObjective(objective("x").build()).addCapability(capability("x", "x")).build();
      rule.firesOnce(
          plan, Severity.ERROR, "capabilities[x]", "\"x\"", "Objective x", "Capability x");
    }

    @Test
    void twoElementsOfOneKindWithOneIdHaveDistinctPathsInTheMessage() {
      Plan plan =
          base()
              .addObjective(objective("x").title("Grow dealer leads").build())
              .addObjective(objective("x").title("Cut churn").build())
              .addStakeholder(Stakeholder.of("s", "Sales 2"))
              .addStakeholder(Stakeholder.of("s", "Sales 2"))
              .build();
      List<Finding> findings = rule.findings(plan);
      assertEquals(2, findings.size(), findings::toString);
      assertTrue(
          findings
              .get(0)
              .message()
              .contains(
                  "objective \"Grow dealer leads\" (objectives[x], the 1st) and objective \"Cut"
                      + " churn\" (objectives[x], the 2nd)"),
          findings.get(0)::message);
      // two equal copies too
      assertTrue(
          findings.get(1).message().contains("(stakeholders[s], the 2nd)"),
          findings.get(1)::message);
    }

    @Test
    void firesForThePlansOwnId() {
      Plan plan = base().addStakeholder(Stakeholder.of("p", "Procurement")).build();
      rule.firesOnce(plan, Severity.ERROR, "stakeholders[p]", "Procurement", "Plan 2027");
    }

    @Test
    void silentWithDistinctIds() {
      rule.staysQuiet(
          base().addObjective(objective("x").build()).addCapability(capability("y", "x")).build());
    }
  }

  @Nested
  class DanglingReference {
    final RuleTester rule = RuleTester.of("dangling-reference");

    @Test
    void firesForAMissingId() {
      Plan plan = base().addQuickWin(quickWin("qw", 1, "nope").build()).build();
      rule.firesOnce(
          plan, Severity.ERROR, "quickWins[qw]", "Quick win qw", "\"nope\"", "capabilityIds");
    }

    @Test
    void firesForAnIdOfTheWrongKind() {
      Plan plan =
          base()
              .addObjective(objective("o").build())
              .addQuickWin(quickWin("qw", 1, "o").build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "quickWins[qw]", "Quick win qw", "is an objective");
    }

    @Test
    void suggestsTheClosestIdOfAnExpectedKind() {
      Plan plan =
          base()
              .addObjective(objective("o").build())
              .addObjective(objective("sales-enablemnt").build()) // close, but not a capability
              .addCapability(capability("sales-enablement", "o"))
              .addQuickWin(quickWin("qw", 1, "sales-enablment").build())
              .addQuickWin(quickWin("qw2", 2, "finance").build())
              .build();
      List<Finding> found = rule.findings(plan);
      assertEquals(2, found.size(), found.toString());
      found =
          found.stream()
              .sorted(
                  java.util.Comparator.comparing((Finding f) -> f.message().contains("finance")))
              .toList();
      assertEquals(
          Optional.of(
              "Did you mean \"sales-enablement\"? Otherwise add a capability with the id"
                  + " \"sales-enablment\" or correct the id in capabilityIds."),
          found.get(0).hint());
      assertEquals(
          Optional.of(
              "Add a capability with the id \"finance\" or correct the id in capabilityIds."),
          found.get(1).hint());
    }

    @Test
    void suggestionsCostABoundedNumberOfComparisons() {
      Plan.Builder b = base().addObjective(objective("o").build());
      for (int i = 0; i < 300; i++) {
        b.addCapability(capability(String.format(java.util.Locale.ROOT, "cap-%04d", i), "o"));
      }
      for (int i = 0; i < 300; i++) {
        b.addQuickWin(
            quickWin(String.format(java.util.Locale.ROOT, "qw-%04d", i), 1, "zzz-" + i).build());
      }
      Plan plan = b.build();
      long work = dev.mops.core.internal.Work.count(() -> rule.findings(plan));
      // unbounded, 290 of the dangling ids would each be compared with all 300 capability ids
      // (87,000 comparisons); the rule's budget is 20,000 comparisons per check
      assertTrue(work > 20_000 && work < 25_000, "work " + work);
    }

    @Test
    void silentWhenTheCapabilityExists() {
      Plan plan =
          base()
              .addObjective(objective("o").build())
              .addCapability(capability("c", "o"))
              .addQuickWin(quickWin("qw", 1, "c").build())
              .build();
      rule.staysQuiet(plan);
    }
  }

  @Nested
  class OutsidePlanPeriod {
    final RuleTester rule = RuleTester.of("outside-plan-period");

    @Test
    void firesForASprintPastTheEnd() {
      Plan plan =
          base()
              .addSprint(
                  Sprint.builder()
                      .id("s")
                      .name("Long sprint")
                      .range(DateRange.parse("2027-12-15/2028-01-14"))
                      .build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "sprints[s]", "Long sprint", "partly outside");
    }

    @Test
    void firesForAQuickWinBeforeThePlan() {
      Plan plan =
          base()
              .addQuickWin(
                  QuickWin.builder()
                      .id("qw")
                      .title("Early bird")
                      .plannedMonth(YearMonth.of(2026, 12))
                      .build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "quickWins[qw]", "Early bird", "2026-12");
    }

    @Test
    void silentInsideThePeriod() {
      rule.staysQuiet(
          base()
              .addSprint(Sprint.ofMonth("s", Y.atMonth(12)))
              .addQuickWin(quickWin("qw", 12).build())
              .build());
    }
  }

  @Nested
  class SprintOverlap {
    final RuleTester rule = RuleTester.of("sprint-overlap");

    @Test
    void fires() {
      Plan plan =
          base()
              .addSprint(Sprint.ofMonth("jan", Y.atMonth(1)))
              .addSprint(
                  Sprint.builder()
                      .id("mid")
                      .name("Mid sprint")
                      .range(DateRange.parse("2027-01-15/2027-02-14"))
                      .build())
              .build();
      rule.firesOnce(
          plan, Severity.ERROR, "sprints[mid]", "Mid sprint", "\"jan\"", "2027-01-15/2027-01-31");
    }

    @Test
    void silentForAdjacentSprints() {
      rule.staysQuiet(
          base()
              .addSprint(Sprint.ofMonth("jan", Y.atMonth(1)))
              .addSprint(Sprint.ofMonth("feb", Y.atMonth(2)))
              .build());
    }
  }

  @Nested
  class TargetDirectionMismatch {
    final RuleTester rule = RuleTester.of("target-direction-mismatch");

    static Plan with(String value) {
      return base()
          .addObjective(
              objective("o")
                  .target(
                      Target.of(
                          "sales",
                          "USD",
                          new BigDecimal("100"),
                          new BigDecimal(value),
                          Direction.INCREASE))
                  .build())
          .build();
    }

    @Test
    void fires() {
      rule.firesOnce(
          with("90"), Severity.ERROR, "objectives[o]", "Objective o", "increase", "90", "100");
    }

    @Test
    void firesForAnEqualTarget() {
      assertEquals(1, rule.findings(with("100")).size());
    }

    @Test
    void silentWhenTheTargetIsAbove() {
      rule.staysQuiet(with("110"));
    }

    @Test
    void firesForADecreasingKeyResultThatRises() {
      Plan plan =
          base()
              .addOkr(
                  okr("k", OkrLevel.MOPS)
                      .keyResults(
                          List.of(
                              KeyResult.builder()
                                  .id("kr")
                                  .title("Churn down")
                                  .kind(KeyResultKind.METRIC)
                                  .direction(Direction.DECREASE)
                                  .start(BigDecimal.ONE)
                                  .target(BigDecimal.TEN)
                                  .unit("%")
                                  .build()))
                      .build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "okrs[k].keyResults[kr]", "Churn down");
    }
  }

  @Nested
  class ObjectiveWithoutStakeholder {
    final RuleTester rule = RuleTester.of("objective-without-stakeholder");

    @Test
    void fires() {
      Plan plan =
          base()
              .addObjective(Objective.builder().id("o").title("Orphan objective").build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "objectives[o]", "Orphan objective");
    }

    @Test
    void silentForAnInternalObjective() {
      rule.staysQuiet(
          base()
              .addObjective(
                  Objective.builder()
                      .id("o")
                      .title("Orphan")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .build());
    }

    @Test
    void silentWithAStakeholder() {
      rule.staysQuiet(base().addObjective(objective("o").build()).build());
    }
  }

  @Nested
  class ObjectiveWithoutCapability {
    final RuleTester rule = RuleTester.of("objective-without-capability");

    @Test
    void fires() {
      rule.firesOnce(
          base().addObjective(objective("o").build()).build(),
          Severity.WARNING,
          "objectives[o]",
          "Objective o");
    }

    @Test
    void silentWhenACapabilitySupportsIt() {
      rule.staysQuiet(
          base().addObjective(objective("o").build()).addCapability(capability("c", "o")).build());
    }
  }

  @Nested
  class CapabilityWithoutObjective {
    final RuleTester rule = RuleTester.of("capability-without-objective");

    @Test
    void fires() {
      rule.firesOnce(
          base().addCapability(capability("c")).build(),
          Severity.WARNING,
          "capabilities[c]",
          "Capability c");
    }

    @Test
    void silentWhenItSupportsOne() {
      rule.staysQuiet(
          base().addObjective(objective("o").build()).addCapability(capability("c", "o")).build());
    }
  }

  @Nested
  class QuickWinWithoutCapability {
    final RuleTester rule = RuleTester.of("quick-win-without-capability");

    @Test
    void fires() {
      rule.firesOnce(
          base().addQuickWin(quickWin("qw", 1).build()).build(),
          Severity.WARNING,
          "quickWins[qw]",
          "Quick win qw");
    }

    @Test
    void silentWhenItBuildsOne() {
      rule.staysQuiet(
          base()
              .addCapability(capability("c"))
              .addQuickWin(quickWin("qw", 1, "c").build())
              .build());
    }
  }

  @Nested
  class QuickWinMisaligned {
    final RuleTester rule = RuleTester.of("quick-win-misaligned");

    static Plan with(String supported) {
      return base()
          .addObjective(objective("o1").build())
          .addObjective(objective("o2").build())
          .addCapability(capability("c", supported))
          .addQuickWin(quickWin("qw-2", 1, "c").addObjectiveId("o1").build())
          .build();
    }

    @Test
    void fires() {
      rule.firesOnce(
          with("o2"),
          Severity.ERROR,
          "objectives[o1].quickWins[qw-2]",
          "Quick win qw-2",
          "Objective o1",
          "Capability c");
    }

    @Test
    void silentWhenItsCapabilitySupportsTheClaim() {
      rule.staysQuiet(with("o1"));
    }
  }

  @Nested
  class NoEarlyQuickWin {
    final RuleTester rule = RuleTester.of("no-early-quick-win");

    static Plan with(int month, Objective o) {
      return base()
          .addObjective(o)
          .addCapability(capability("c", "o"))
          .addQuickWin(quickWin("qw", month, "c").build())
          .build();
    }

    @Test
    void firesForAFirstQuickWinInJuly() {
      rule.firesOnce(
          with(7, objective("o").build()),
          Severity.WARNING,
          "objectives[o]",
          "Objective o",
          "month 7",
          "2027-07");
    }

    @Test
    void firesWithoutAnyQuickWin() {
      rule.firesOnce(
          base().addObjective(objective("o").build()).build(),
          Severity.WARNING,
          "objectives[o]",
          "Objective o");
    }

    @Test
    void silentForAFirstQuickWinInMonthOne() {
      rule.staysQuiet(with(1, objective("o").build()));
    }

    @Test
    void countsFromTheObjectivesStartWhenLater() {
      Objective april = objective("o").period(DateRange.parse("2027-04-01/2027-12-31")).build();
      rule.staysQuiet(with(4, april));
      assertEquals(1, rule.findings(with(5, april)).size());
    }

    @Test
    void monthsAreConfigurable() {
      rule.withParameter("months", 7).staysQuiet(with(7, objective("o").build()));
      rule.withParameter("months", 7).firesOnce(with(8, objective("o").build()));
    }
  }

  @Nested
  class SprintWithoutQuickWin {
    final RuleTester rule = RuleTester.of("sprint-without-quick-win");

    @Test
    void fires() {
      Plan plan =
          base()
              .addSprint(
                  Sprint.builder()
                      .id("feb")
                      .name("February sprint")
                      .range(DateRange.ofMonth(Y.atMonth(2)))
                      .build())
              .addQuickWin(quickWin("qw", 1).build())
              .build();
      rule.firesOnce(plan, Severity.WARNING, "sprints[feb]", "February sprint", "2027-02");
    }

    @Test
    void silentWhenAQuickWinIsPlanned() {
      rule.staysQuiet(
          base()
              .addSprint(Sprint.ofMonth("feb", Y.atMonth(2)))
              .addQuickWin(quickWin("qw", 2).build())
              .build());
    }

    static Plan twoWeeks(QuickWin q) {
      return base()
          .addSprint(
              Sprint.builder().id("s").range(DateRange.parse("2027-02-01/2027-02-14")).build())
          .addQuickWin(q)
          .build();
    }

    @Test
    void firesForASprintThatIsNotACalendarMonthWithoutAQuickWin() {
      rule.firesOnce(
          twoWeeks(quickWin("qw", 1).build()),
          Severity.WARNING,
          "sprints[s]",
          "2027-02-01/2027-02-14");
    }

    @Test
    void silentForASprintThatIsNotACalendarMonthInAMonthWithAQuickWin() {
      rule.staysQuiet(twoWeeks(quickWin("qw", 2).build()));
    }

    @Test
    void silentForASprintAcrossTwoMonthsWithAQuickWinInTheSecond() {
      rule.staysQuiet(
          base()
              .addSprint(
                  Sprint.builder().id("s").range(DateRange.parse("2027-01-18/2027-02-12")).build())
              .addQuickWin(quickWin("qw", 2).build())
              .build());
    }

    @Test
    void firesWhenTheMonthsQuickWinWasMissed() {
      rule.firesOnce(
          base()
              .addSprint(Sprint.ofMonth("feb", Y.atMonth(2)))
              .addQuickWin(quickWin("qw", 2).status(QuickWinStatus.MISSED).build())
              .build(),
          Severity.WARNING,
          "sprints[feb]",
          "2027-02");
    }

    @Test
    void aLaunchedQuickWinShipsInTheMonthItLaunched() {
      Plan plan =
          base()
              .addSprint(Sprint.ofMonth("feb", Y.atMonth(2)))
              .addSprint(Sprint.ofMonth("mar", Y.atMonth(3)))
              .addQuickWin(quickWin("qw", 2).launchedOn(LocalDate.of(2027, 3, 3)).build())
              .build();
      rule.firesOnce(plan, Severity.WARNING, "sprints[feb]", "2027-02");
    }
  }

  @Nested
  class QuickWinOutOfOrder {
    final RuleTester rule = RuleTester.of("quick-win-out-of-order");

    static Plan with(int nurtureMonth) {
      return base()
          .addQuickWin(quickWin("template", 2).title("Email template").build())
          .addQuickWin(
              quickWin("nurture", nurtureMonth)
                  .title("Three-email nurture")
                  .buildsOn("template")
                  .build())
          .build();
    }

    @Test
    void firesWhenEarlier() {
      rule.firesOnce(
          with(1),
          Severity.ERROR,
          "quickWins[nurture]",
          "Three-email nurture",
          "Email template",
          "2027-01");
    }

    @Test
    void firesInTheSameMonth() {
      assertTrue(rule.firesOnce(with(2)).message().contains("same month"));
    }

    @Test
    void silentWhenLater() {
      rule.staysQuiet(with(3));
    }
  }

  @Nested
  class AlignmentCycle {
    final RuleTester rule = RuleTester.of("alignment-cycle");

    @Test
    void firesOnceForAnOkrCycleListingItWhole() {
      Plan plan =
          base()
              .addOkr(okr("a", OkrLevel.MOPS).parentId("b").build())
              .addOkr(okr("b", OkrLevel.MOPS).parentId("c").build())
              .addOkr(okr("c", OkrLevel.MOPS).parentId("a").build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "okrs[a]", "a → b → c → a");
    }

    @Test
    void firesForABuildsOnCycle() {
      Plan plan =
          base()
              .addQuickWin(quickWin("q1", 1).buildsOn("q2").build())
              .addQuickWin(quickWin("q2", 2).buildsOn("q1").build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "quickWins[q1]", "q1 → q2 → q1");
    }

    @Test
    void aCycleThroughAMarketingOkrDoesNotDenyReachingIt() {
      Plan plan =
          base()
              .addOkr(okr("a", OkrLevel.MOPS).parentId("m").build())
              .addOkr(okr("m", OkrLevel.MARKETING).parentId("a").build())
              .build();
      Finding f = rule.firesOnce(plan, Severity.ERROR, "okrs[a]", "a → m → a");
      assertFalse(f.message().contains("none of them reaches"), f.message());
      assertTrue(f.message().contains("includes the marketing OKR \"OKR m\""), f.message());
    }

    @Test
    void firesForAnOkrThatIsItsOwnParent() {
      Plan plan = base().addOkr(okr("a", OkrLevel.MOPS).parentId("a").build()).build();
      assertTrue(rule.firesOnce(plan).message().contains("a → a"));
    }

    @Test
    void silentForAChain() {
      rule.staysQuiet(
          base()
              .addOkr(okr("a", OkrLevel.MOPS).parentId("b").build())
              .addOkr(okr("b", OkrLevel.MARKETING).parentId("c").build())
              .addOkr(okr("c", OkrLevel.COMPANY).build())
              .build());
    }
  }

  @Nested
  class OkrWithoutParent {
    final RuleTester rule = RuleTester.of("okr-without-parent");

    @Test
    void fires() {
      rule.firesOnce(
          base().addOkr(okr("m", OkrLevel.MOPS).build()).build(),
          Severity.WARNING,
          "okrs[m]",
          "OKR m",
          "no parent");
    }

    @Test
    void firesWhenOnlyMopsOkrsAreAbove() {
      Plan plan =
          base()
              .addOkr(okr("m", OkrLevel.MOPS).parentId("n").build())
              .addOkr(
                  okr("n", OkrLevel.MOPS)
                      .externalParent(ExternalOkrRef.of("x", "Team", OkrLevel.MOPS))
                      .build())
              .build();
      assertEquals(2, rule.findings(plan).size());
    }

    @Test
    void silentWithAMarketingParentInThePlan() {
      rule.staysQuiet(
          base()
              .addOkr(okr("m", OkrLevel.MOPS).parentId("mkt").build())
              .addOkr(okr("mkt", OkrLevel.MARKETING).build())
              .build());
    }

    @Test
    void silentWithAnExternalMarketingParent() {
      rule.staysQuiet(
          base()
              .addOkr(
                  okr("m", OkrLevel.MOPS)
                      .externalParent(
                          ExternalOkrRef.of("MKT-1", "Grow pipeline", OkrLevel.MARKETING))
                      .build())
              .build());
    }
  }

  @Nested
  class OkrWithoutKeyResults {
    final RuleTester rule = RuleTester.of("okr-without-key-results");

    @Test
    void fires() {
      rule.firesOnce(
          base().addOkr(okr("o", OkrLevel.MOPS).keyResults(List.of()).build()).build(),
          Severity.ERROR,
          "okrs[o]",
          "OKR o");
    }

    @Test
    void silentWithAKeyResult() {
      rule.staysQuiet(base().addOkr(okr("o", OkrLevel.MOPS).build()).build());
    }
  }

  @Nested
  class KeyResultNotMeasurable {
    final RuleTester rule = RuleTester.of("key-result-not-measurable");

    static Plan with(KeyResult kr) {
      return base().addOkr(okr("o", OkrLevel.MOPS).keyResults(List.of(kr)).build()).build();
    }

    static KeyResult.Builder metric() {
      return KeyResult.builder()
          .id("kr")
          .title("Churn to 0.6%")
          .kind(KeyResultKind.METRIC)
          .direction(Direction.DECREASE)
          .start(BigDecimal.ONE)
          .target(new BigDecimal("0.6"));
    }

    @Test
    void firesForAMetricWithoutUnit() {
      rule.firesOnce(
          with(metric().build()),
          Severity.ERROR,
          "okrs[o].keyResults[kr]",
          "Churn to 0.6%",
          "a unit",
          "OKR o");
    }

    @Test
    void firesForMilestonesWithoutMilestones() {
      KeyResult kr =
          KeyResult.builder().id("kr").title("Routing live").kind(KeyResultKind.MILESTONES).build();
      assertTrue(rule.firesOnce(with(kr)).message().contains("any milestone"));
    }

    @Test
    void firesForAQualitativeWithoutScale() {
      KeyResult kr =
          KeyResult.builder()
              .id("kr")
              .title("Internal NPS +30")
              .kind(KeyResultKind.QUALITATIVE)
              .start(BigDecimal.ZERO)
              .target(BigDecimal.TEN)
              .build();
      assertTrue(rule.firesOnce(with(kr)).message().contains("its scale"));
    }

    @Test
    void silentForAQualitativeThresholdOnItsScaleWithoutAStart() {
      // internal NPS >= 30 on -100..100 (DESIGN §4: a qualitative one lacks its scale)
      rule.staysQuiet(
          with(
              KeyResult.builder()
                  .id("kr")
                  .title("Internal NPS of at least 30")
                  .kind(KeyResultKind.QUALITATIVE)
                  .direction(Direction.AT_OR_ABOVE)
                  .scale(Scale.of(-100, 100, "internal NPS"))
                  .target(new BigDecimal("30"))
                  .build()));
    }

    @Test
    void silentForAQualitativeMovementWithoutAStart() {
      rule.staysQuiet(
          with(
              KeyResult.builder()
                  .id("kr")
                  .title("Internal NPS +30")
                  .kind(KeyResultKind.QUALITATIVE)
                  .scale(Scale.of(-100, 100, "internal NPS"))
                  .target(new BigDecimal("30"))
                  .build()));
    }

    @Test
    void firesForAQualitativeWithoutTarget() {
      KeyResult kr =
          KeyResult.builder()
              .id("kr")
              .title("Internal NPS up")
              .kind(KeyResultKind.QUALITATIVE)
              .scale(Scale.of(-100, 100, "internal NPS"))
              .build();
      String message = rule.firesOnce(with(kr)).message();
      assertTrue(message.contains("a target"), message);
      assertFalse(message.contains("start"), message);
    }

    @Test
    void silentForACompleteMetric() {
      rule.staysQuiet(with(metric().unit("%").build()));
    }
  }

  @Nested
  class OkrWithoutBuyIn {
    final RuleTester rule = RuleTester.of("okr-without-buy-in");

    @Test
    void fires() {
      rule.firesOnce(
          base().addOkr(okr("o", OkrLevel.MOPS).build()).build(),
          Severity.WARNING,
          "okrs[o]",
          "OKR o");
    }

    @Test
    void silentWithASignOff() {
      rule.staysQuiet(
          base()
              .addOkr(
                  okr("o", OkrLevel.MOPS)
                      .addBuyIn(SignOff.of("sales", "Dana Lee", LocalDate.of(2027, 1, 5)))
                      .build())
              .build());
    }

    @Test
    void silentForADraft() {
      rule.staysQuiet(
          base().addOkr(okr("o", OkrLevel.MOPS).status(Lifecycle.DRAFT).build()).build());
    }
  }

  @Nested
  class ReviewTooRare {
    final RuleTester rule = RuleTester.of("review-too-rare");

    static Plan with(Frequency f) {
      return base()
          .addOkr(okr("o", OkrLevel.MOPS).build())
          .addReviewCadence(cadence("rev", CadenceKind.OKR_REVIEW, f).name("OKR review").build())
          .build();
    }

    @Test
    void firesAWarningForQuarterly() {
      rule.firesOnce(
          with(Frequency.quarterly()),
          Severity.WARNING,
          "reviewCadences[rev]",
          "OKR review",
          "every 3 months");
    }

    @Test
    void firesAnInfoForMonthly() {
      rule.firesOnce(
          with(Frequency.monthly()),
          Severity.INFO,
          "reviewCadences[rev]",
          "OKR review",
          "every month");
    }

    @Test
    void silentForBiweekly() {
      rule.staysQuiet(with(Frequency.biweekly()));
    }

    @Test
    void firesForAnOkrNobodyReviews() {
      rule.firesOnce(
          base().addOkr(okr("o", OkrLevel.MOPS).build()).build(),
          Severity.WARNING,
          "okrs[o]",
          "OKR o");
    }
  }

  @Nested
  class KpiNotPreAgreed {
    final RuleTester rule = RuleTester.of("kpi-not-pre-agreed");

    static Plan with(LocalDate agreed) {
      return base()
          .addKpi(
              kpi("k", "Movement to opportunity")
                  .targetValue(BigDecimal.TEN)
                  .addAgreement(SignOff.of("sales", "Dana Lee", agreed))
                  .build())
          .addReviewCadence(
              cadence("qbr", CadenceKind.BUSINESS_REVIEW, Frequency.quarterly()).build())
          .addReview(
              Review.builder()
                  .id("qbr-q1")
                  .cadenceId("qbr")
                  .heldOn(LocalDate.of(2027, 4, 6))
                  .covers(DateRange.parse("2027-01-01/2027-03-31"))
                  .addKpiId("k")
                  .build())
          .build();
    }

    @Test
    void firesForAnAgreementAfterTheReview() {
      rule.firesOnce(
          with(LocalDate.of(2027, 4, 10)),
          Severity.WARNING,
          "kpis[k]",
          "Movement to opportunity",
          "qbr-q1",
          "2027-04-06");
    }

    @Test
    void firesForAnAgreementOnTheDayOfTheReview() {
      assertEquals(1, rule.findings(with(LocalDate.of(2027, 4, 6))).size());
    }

    @Test
    void silentForAnAgreementBefore() {
      rule.staysQuiet(with(LocalDate.of(2027, 1, 8)));
    }

    /** A KPI named by the business-review cadence's subjects, no review listing it. */
    static Plan bySubjects(LocalDate agreed) {
      return base()
          .addKpi(
              kpi("k", "Movement to opportunity")
                  .targetValue(BigDecimal.TEN)
                  .addAgreement(SignOff.of("sales", "Dana Lee", agreed))
                  .build())
          .addReviewCadence(
              cadence("qbr", CadenceKind.BUSINESS_REVIEW, Frequency.quarterly())
                  .addSubjectIds("k")
                  .build())
          .addReview(
              Review.builder()
                  .id("qbr-q2")
                  .cadenceId("qbr")
                  .heldOn(LocalDate.of(2027, 7, 6))
                  .covers(DateRange.parse("2027-04-01/2027-06-30"))
                  .build())
          .addReview(
              Review.builder()
                  .id("qbr-q1")
                  .cadenceId("qbr")
                  .heldOn(LocalDate.of(2027, 4, 6))
                  .covers(DateRange.parse("2027-01-01/2027-03-31"))
                  .addKpiId("k")
                  .build())
          .build();
    }

    @Test
    void firesForAKpiTheCadenceReviewsAsItsSubject() {
      Finding f =
          rule.firesOnce(
              bySubjects(LocalDate.of(2027, 8, 1)),
              Severity.WARNING,
              "kpis[k]",
              "Movement to opportunity",
              "qbr-q1",
              "2027-04-06");
      // two held reviews, counted once each though q1 also lists the KPI
      assertTrue(f.message().contains("(and at 1 later business review)"), f.message());
    }

    @Test
    void firesForTheSubjectReviewsHeldOnOrBeforeTheAgreement() {
      Finding f =
          rule.firesOnce(
              bySubjects(LocalDate.of(2027, 5, 1)), Severity.WARNING, "kpis[k]", "qbr-q1");
      assertFalse(f.message().contains("later business review"), f.message());
    }

    @Test
    void silentForASubjectAgreedBeforeEveryReview() {
      rule.staysQuiet(bySubjects(LocalDate.of(2027, 1, 8)));
    }
  }

  @Nested
  class OutputKpi {
    final RuleTester rule = RuleTester.of("output-kpi");

    @Test
    void firesForADeclaredOutputKpi() {
      rule.firesOnce(
          base().addKpi(kpi("k", "Campaign volume").kind(KpiKind.OUTPUT).build()).build(),
          Severity.INFO,
          "kpis[k]",
          "Campaign volume");
    }

    @Test
    void firesForAnUnspecifiedKpiOfEmailsSent() {
      Finding f =
          rule.firesOnce(
              base().addKpi(kpi("k", "Emails sent").build()).build(),
              Severity.INFO,
              "kpis[k]",
              "Emails sent");
      assertTrue(
          f.hint()
              .orElseThrow()
              .contains("conversions, lead trajectory, movement to opportunity, click rate"));
    }

    @Test
    void silentForAnOutcomeMeasure() {
      rule.staysQuiet(base().addKpi(kpi("k", "Click rate").build()).build());
    }

    @Test
    void silentForADeclaredOutcomeKpi() {
      rule.staysQuiet(base().addKpi(kpi("k", "Emails sent").kind(KpiKind.OUTCOME).build()).build());
    }

    @Test
    void theListIsConfigurable() {
      Plan plan = base().addKpi(kpi("k", "Dashboards built per quarter").build()).build();
      rule.staysQuiet(plan);
      rule.withParameter("output-measures", "dashboards built").firesOnce(plan);
    }
  }

  // snippet: rule-test
  @Nested
  class KpiWithoutTarget {
    final RuleTester rule = RuleTester.of("kpi-without-target");

    @Test
    void fires() {
      rule.firesOnce(base().addKpi(kpi("k", "Click rate").build()).build(), Severity.WARNING, "kpis[k]", "Click rate");
    }

    @Test
    void silentWithATarget() {
      rule.staysQuiet(base().addKpi(kpi("k", "Click rate").targetValue(BigDecimal.ONE).build()).build());
    }
  }
  // end snippet

  @Nested
  class InternalGoalWithoutIndicator {
    final RuleTester rule = RuleTester.of("internal-goal-without-indicator");

    @Test
    void fires() {
      rule.firesOnce(
          base()
              .addInternalGoal(InternalGoal.builder().id("g").title("Strategic partner").build())
              .build(),
          Severity.ERROR,
          "internalGoals[g]",
          "Strategic partner");
    }

    @Test
    void silentWithAnIndicator() {
      rule.staysQuiet(base().addInternalGoal(goal("g")).build());
    }
  }

  static InternalGoal goal(String id) {
    return InternalGoal.builder()
        .id(id)
        .title("Goal " + id)
        .addIndicator(
            SuccessIndicator.builder()
                .id("ind-" + id)
                .description("how we know")
                .kind(IndicatorKind.OBSERVED)
                .build())
        .build();
  }

  @Nested
  class InternalGoalWithoutReview {
    final RuleTester rule = RuleTester.of("internal-goal-without-review");

    @Test
    void fires() {
      rule.firesOnce(
          base().addInternalGoal(goal("g")).build(), Severity.WARNING, "plan", "internal goal");
    }

    @Test
    void silentWithAQuarterlyInternalGoalReview() {
      rule.staysQuiet(
          base()
              .addInternalGoal(goal("g"))
              .addReviewCadence(
                  cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly())
                      .visibility(Visibility.INTERNAL)
                      .build())
              .build());
    }

    @Test
    void firesWhenOnlyAnInternalOkrReviewListsTheGoal() {
      Plan plan =
          base()
              .addInternalGoal(goal("g"))
              .addReviewCadence(
                  cadence("okr-review", CadenceKind.OKR_REVIEW, Frequency.biweekly())
                      .name("Internal OKR review")
                      .addSubjectId("g")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .build();
      rule.firesOnce(
          plan,
          Severity.WARNING,
          "plan",
          "No cadence reviews the internal goal;",
          "\"Internal OKR review\" lists \"g\"",
          "OKR_REVIEW");
    }

    @Test
    void firesForTheGoalThatOnlyAnotherKindOfCadenceLists() {
      Plan plan =
          base()
              .addInternalGoal(goal("g1"))
              .addInternalGoal(goal("g2"))
              .addReviewCadence(
                  cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly())
                      .addSubjectId("g1")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .addReviewCadence(
                  cadence("chk", CadenceKind.TEAM_CHECKPOINT, Frequency.weekly())
                      .name("Team checkpoint")
                      .addSubjectId("g2")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .build();
      rule.firesOnce(
          plan,
          Severity.WARNING,
          "internalGoals[g2]",
          "Goal g2",
          "\"Team checkpoint\" lists \"g2\"",
          "TEAM_CHECKPOINT");
    }

    @Test
    void silentWhenTheInternalGoalReviewListsTheGoal() {
      rule.staysQuiet(
          base()
              .addInternalGoal(goal("g"))
              .addReviewCadence(
                  cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly())
                      .addSubjectId("g")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .build());
    }

    @Test
    void silentWhenTheInternalGoalReviewCoversAllAndAnotherCadenceListsTheGoal() {
      rule.staysQuiet(
          base()
              .addInternalGoal(goal("g"))
              .addReviewCadence(
                  cadence("okr-review", CadenceKind.OKR_REVIEW, Frequency.biweekly())
                      .addSubjectId("g")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .addReviewCadence(
                  cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly())
                      .visibility(Visibility.INTERNAL)
                      .build())
              .build());
    }
  }

  @Nested
  class InternalGoalExposed {
    final RuleTester rule = RuleTester.of("internal-goal-exposed");

    static Plan with(Visibility v) {
      return base()
          .addInternalGoal(goal("g"))
          .addReviewCadence(
              cadence("upd", CadenceKind.STAKEHOLDER_UPDATE, Frequency.monthly())
                  .name("Monthly update")
                  .addSubjectId("g")
                  .visibility(v)
                  .build())
          .build();
    }

    @Test
    void firesForAPublicCadenceOfAnInternalGoal() {
      rule.firesOnce(
          with(Visibility.PUBLIC),
          Severity.ERROR,
          "reviewCadences[upd]",
          "Monthly update",
          "Goal g");
    }

    @Test
    void firesForAPublicQuickWinOfAnInternalCapability() {
      Plan plan =
          base()
              .addCapability(
                  Capability.builder()
                      .id("c")
                      .name("Secret capability")
                      .visibility(Visibility.INTERNAL)
                      .build())
              .addQuickWin(quickWin("qw", 1, "c").build())
              .build();
      rule.firesOnce(plan, Severity.ERROR, "quickWins[qw]", "Quick win qw", "Secret capability");
    }

    @Test
    void silentWhenTheCadenceIsInternal() {
      rule.staysQuiet(with(Visibility.INTERNAL));
    }
  }

  @Nested
  class NoStakeholderUpdate {
    final RuleTester rule = RuleTester.of("no-stakeholder-update");

    static Plan.Builder goals() {
      return base().addObjective(objective("o").build());
    }

    @Test
    void fires() {
      rule.firesOnce(goals().build(), Severity.WARNING, "plan", "1 public goal");
    }

    @Test
    void firesForAQuarterlyUpdate() {
      assertTrue(
          rule.firesOnce(
                  goals()
                      .addReviewCadence(
                          cadence("u", CadenceKind.STAKEHOLDER_UPDATE, Frequency.quarterly())
                              .build())
                      .build())
              .message()
              .contains("every 3 months"));
    }

    @Test
    void silentWithAMonthlyUpdate() {
      rule.staysQuiet(
          goals()
              .addReviewCadence(
                  cadence("u", CadenceKind.STAKEHOLDER_UPDATE, Frequency.monthly()).build())
              .build());
    }
  }

  @Nested
  class ReviewOverdue {
    final RuleTester rule = RuleTester.of("review-overdue");

    static Plan with(int... months) {
      Plan.Builder b =
          base()
              .addReviewCadence(
                  cadence("upd", CadenceKind.STAKEHOLDER_UPDATE, Frequency.monthly())
                      .name("Monthly update")
                      .build());
      for (int m : months) {
        b.addReview(
            Review.builder()
                .id("r" + m)
                .cadenceId("upd")
                .heldOn(Y.atMonth(m).atEndOfMonth())
                .covers(DateRange.ofMonth(Y.atMonth(m)))
                .build());
      }
      return b.build();
    }

    @Test
    void firesForAMissedMonth() {
      rule.asOf(LocalDate.of(2027, 4, 1))
          .firesOnce(
              with(1, 3),
              Severity.WARNING,
              "reviewCadences[upd]",
              "Monthly update",
              "1 of 3",
              "2027-02");
    }

    @Test
    void silentWhenEveryDueWindowWasHeld() {
      rule.asOf(LocalDate.of(2027, 4, 1)).staysQuiet(with(1, 2, 3));
    }

    @Test
    void aWindowIsNotDueBeforeItEndsPlusGrace() {
      rule.asOf(LocalDate.of(2027, 3, 30)).staysQuiet(with(1, 2));
    }

    @Test
    void skippedWithoutAnAsOfDate() {
      CheckReport report = PlanChecker.defaults().check(with());
      assertTrue(report.skippedRules().contains("review-overdue"));
      assertEquals(List.of(), report.withRule("review-overdue"));
      rule.staysQuiet(with());
    }

    @Test
    void aReviewCoveringAWholeQuarterDoesNotHoldEveryWeek() {
      Plan plan =
          base()
              .addReviewCadence(
                  cadence("wk", CadenceKind.TEAM_CHECKPOINT, Frequency.weekly())
                      .name("Weekly checkpoint")
                      .startsOn(LocalDate.of(2027, 1, 4))
                      .build())
              .addReview(
                  Review.builder()
                      .id("rq")
                      .cadenceId("wk")
                      .heldOn(LocalDate.of(2027, 1, 10))
                      .covers(DateRange.parse("2027-01-01/2027-03-31"))
                      .build())
              .addReview(
                  Review.builder()
                      .id("rw")
                      .cadenceId("wk")
                      .heldOn(LocalDate.of(2027, 1, 10))
                      .covers(DateRange.parse("2027-01-04/2027-01-10"))
                      .build())
              .build();
      Finding f = rule.asOf(LocalDate.of(2027, 1, 24)).firesOnce(plan);
      assertTrue(
          f.message().contains("2 of 3")
              && f.message().contains("2027-01-11/2027-01-17")
              && !f.message().contains("2027-01-04"),
          f.message());
    }

    @Test
    void agreesWithTheReviewAdherenceMetric() {
      Plan plan = with(1, 3);
      LocalDate asOf = LocalDate.of(2027, 6, 15);
      dev.mops.metrics.ReviewAdherence adherence =
          dev.mops.metrics.PlanMetrics.reviewAdherence(plan, plan.reviewCadences().get(0), asOf);
      Finding f = rule.asOf(asOf).firesOnce(plan);
      assertTrue(
          f.message().contains(adherence.overdue().size() + " of " + adherence.due().size()),
          f.message());
    }

    @Test
    void quartersAreFiscal() {
      Plan plan =
          base()
              .fiscalYearStart(java.time.Month.FEBRUARY)
              .addReviewCadence(
                  cadence("q", CadenceKind.BUSINESS_REVIEW, Frequency.quarterly()).build())
              .build();
      // the first fiscal quarter starting in February is 2026-11..2027-01, clipped to January 2027
      Finding f = rule.asOf(LocalDate.of(2027, 2, 1)).firesOnce(plan);
      assertTrue(f.message().contains("2027-01"), f.message());
    }
  }

  @Nested
  class VisionFocusBelowTarget {
    final RuleTester rule = RuleTester.of("vision-focus-below-target");

    static Plan with(String alignedHours, String otherHours) {
      return base()
          .addWorkItem(work("w1", alignedHours, true))
          .addWorkItem(work("w2", otherHours, false))
          .build();
    }

    static WorkItem work(String id, String hours, boolean aligned) {
      return WorkItem.builder()
          .id(id)
          .createdOn(LocalDate.of(2027, 3, 2))
          .kind(WorkKind.PLANNED)
          .urgent(false)
          .hours(new BigDecimal(hours))
          .visionAligned(aligned)
          .build();
    }

    @Test
    void firesJustBelowNinetyPercentExactly() {
      rule.firesOnce(with("8.99999", "1.00001"), Severity.WARNING, "plan", "2027-03", "90%");
    }

    @Test
    void silentAtNinetyPercent() {
      rule.staysQuiet(with("9", "1"));
    }

    @Test
    void monthsWithoutHoursAreNotJudged() {
      rule.staysQuiet(
          base()
              .addWorkItem(
                  WorkItem.builder()
                      .id("w")
                      .createdOn(LocalDate.of(2027, 3, 2))
                      .kind(WorkKind.AD_HOC)
                      .urgent(true)
                      .visionAligned(false)
                      .build())
              .build());
    }

    @Test
    void workItemsCanComeFromOutsideThePlan() {
      CheckInput input =
          CheckInput.of(base().build())
              .withWorkItems(List.of(work("w1", "5", true), work("w2", "5", false)));
      rule.firesOnce(input);
    }

    @Test
    void theTargetIsConfigurable() {
      rule.firesOnce(with("8.5", "1.5"));
      rule.withParameter("target", new BigDecimal("0.85")).staysQuiet(with("8.5", "1.5"));
      rule.withParameter("target", new BigDecimal("0.85"))
          .withParameter("unit", "items")
          .firesOnce(with("8.5", "1.5"));
    }
  }

  @Nested
  class QuickWinOutcomeUnknown {
    final RuleTester rule = RuleTester.of("quick-win-outcome-unknown");

    static Plan with(QuickWin q) {
      return base().addQuickWin(q).build();
    }

    @Test
    void firesAfterTheMonthEnded() {
      rule.asOf(LocalDate.of(2027, 3, 1))
          .firesOnce(
              with(quickWin("qw", 2).title("Webinar").build()),
              Severity.WARNING,
              "quickWins[qw]",
              "Webinar",
              "2027-02");
    }

    @Test
    void silentWhileTheMonthRuns() {
      rule.asOf(LocalDate.of(2027, 2, 27)).staysQuiet(with(quickWin("qw", 2).build()));
    }

    @Test
    void silentWhenTheOutcomeIsRecorded() {
      rule.asOf(LocalDate.of(2027, 3, 1))
          .staysQuiet(with(quickWin("qw", 2).launchedOn(LocalDate.of(2027, 2, 20)).build()));
      rule.asOf(LocalDate.of(2027, 3, 1))
          .staysQuiet(with(quickWin("qw", 2).status(QuickWinStatus.MISSED).build()));
    }

    @Test
    void firesWhenTheLaunchIsDatedAfterTheAsOfDate() {
      // as of 2027-03-01 the launch of 2027-03-20 has not happened: February ended unrecorded
      rule.asOf(LocalDate.of(2027, 3, 1))
          .firesOnce(
              with(
                  quickWin("qw", 2).title("Webinar").launchedOn(LocalDate.of(2027, 3, 20)).build()),
              Severity.WARNING,
              "quickWins[qw]",
              "Webinar",
              "2027-02");
    }

    @Test
    void silentWhenTheLaunchIsOnTheAsOfDate() {
      rule.asOf(LocalDate.of(2027, 3, 1))
          .staysQuiet(with(quickWin("qw", 2).launchedOn(LocalDate.of(2027, 3, 1)).build()));
    }
  }

  @Nested
  class CapabilityWithoutQuickWin {
    final RuleTester rule = RuleTester.of("capability-without-quick-win");

    @Test
    void fires() {
      rule.firesOnce(
          base().addCapability(capability("c")).build(),
          Severity.WARNING,
          "capabilities[c]",
          "Capability c");
    }

    @Test
    void silentWithAQuickWin() {
      rule.staysQuiet(
          base()
              .addCapability(capability("c"))
              .addQuickWin(quickWin("qw", 1, "c").build())
              .build());
    }

    @Test
    void silentForADraftCapability() {
      rule.staysQuiet(
          base()
              .addCapability(Capability.builder().id("c").name("C").status(Lifecycle.DRAFT).build())
              .build());
    }
  }

  @Nested
  class UrgentRequestUntriaged {
    final RuleTester rule = RuleTester.of("urgent-request-untriaged");

    static Plan with(boolean urgent, RequestTriage.Builder t) {
      return base()
          .addWorkItem(
              WorkItem.builder()
                  .id("OPS-1")
                  .createdOn(LocalDate.of(2027, 3, 2))
                  .kind(WorkKind.AD_HOC)
                  .urgent(urgent)
                  .visionAligned(false)
                  .build())
          .addRequestTriage(
              t.id("t1")
                  .workItemId("OPS-1")
                  .receivedOn(LocalDate.of(2027, 3, 2))
                  .decision(TriageDecision.ACCEPTED)
                  .purpose("Dealer event invite")
                  .build())
          .build();
    }

    @Test
    void fires() {
      rule.firesOnce(
          with(true, RequestTriage.builder()),
          Severity.WARNING,
          "requestTriages[t1]",
          "Dealer event invite",
          "what's the impact?");
    }

    @Test
    void silentWhenAllThreeAreAnswered() {
      rule.staysQuiet(
          with(
              true,
              RequestTriage.builder()
                  .urgencyReason("Event moved up")
                  .impact("40 dealer meetings")));
    }

    @Test
    void silentForARequestThatIsNotUrgent() {
      rule.staysQuiet(with(false, RequestTriage.builder()));
    }

    @Test
    void theMessageNamesTheRequestOnce() {
      String message = rule.firesOnce(with(true, RequestTriage.builder())).message();
      assertTrue(
          message.startsWith("The urgent request \"Dealer event invite\" (work item \"OPS-1\")"),
          message);
      assertFalse(message.contains("request request"), message);
    }

    static Plan withoutTriage(boolean urgent, WorkKind kind) {
      return base()
          .addWorkItem(
              WorkItem.builder()
                  .id("OPS-2")
                  .title("Dealer event invite")
                  .createdOn(LocalDate.of(2027, 3, 2))
                  .kind(kind)
                  .urgent(urgent)
                  .visionAligned(false)
                  .build())
          .build();
    }

    @Test
    void firesForUrgentAdHocWorkWithNoTriageRecord() {
      rule.firesOnce(
          withoutTriage(true, WorkKind.AD_HOC),
          Severity.WARNING,
          "workItems[OPS-2]",
          "Dealer event invite",
          "no request triage",
          "what is it for?",
          "why do you need it so quickly?",
          "what's the impact?");
    }

    @Test
    void silentForWorkThatIsNotUrgentOrNotAdHocWithoutTriage() {
      rule.staysQuiet(withoutTriage(false, WorkKind.AD_HOC));
      rule.staysQuiet(withoutTriage(true, WorkKind.PLANNED));
    }

    @Test
    void silentForUrgentAdHocWorkWithAFullTriage() {
      rule.staysQuiet(
          with(
              true,
              RequestTriage.builder()
                  .urgencyReason("Event moved up")
                  .impact("40 dealer meetings")));
    }
  }

  @Nested
  class StrategyStepUnassigned {
    final RuleTester rule = RuleTester.of("strategy-step-unassigned");

    static Plan with(StrategyStep.Builder s) {
      return base()
          .addObjective(objective("o").build())
          .addTeamMember(TeamMember.of("ana", "Ana"))
          .addStrategyStep(s.id("step").title("Audit the email workflows").parentId("o").build())
          .build();
    }

    @Test
    void fires() {
      rule.firesOnce(
          with(StrategyStep.builder()),
          Severity.WARNING,
          "strategySteps[step]",
          "Audit the email workflows");
    }

    @Test
    void silentWhenAssigned() {
      rule.staysQuiet(with(StrategyStep.builder().addAssigneeId("ana")));
    }
  }

  @Nested
  class DocumentationStale {
    final RuleTester rule = RuleTester.of("documentation-stale");

    static Plan with(Document d) {
      return base().addDocument(d).build();
    }

    @Test
    void firesForADocumentNeverWritten() {
      rule.asOf(LocalDate.of(2027, 3, 1))
          .firesOnce(
              with(Document.builder().id("d").title("Lead routing rules").build()),
              Severity.WARNING,
              "documents[d]",
              "Lead routing rules");
    }

    @Test
    void firesForAnOverdueReview() {
      Document d =
          Document.builder()
              .id("d")
              .title("MAP naming")
              .writtenOn(LocalDate.of(2027, 1, 10))
              .reviewEvery(Period.ofMonths(6))
              .build();
      assertTrue(
          rule.asOf(LocalDate.of(2027, 8, 1)).firesOnce(with(d)).message().contains("2027-07-10"));
    }

    @Test
    void silentWithinItsSchedule() {
      Document d =
          Document.builder()
              .id("d")
              .title("MAP naming")
              .writtenOn(LocalDate.of(2027, 1, 10))
              .reviewEvery(Period.ofMonths(6))
              .build();
      rule.asOf(LocalDate.of(2027, 6, 1)).staysQuiet(with(d));
    }

    @Test
    void aReviewedDocumentWithoutAWrittenDateIsReportedForTheMissingDate() {
      Document d =
          Document.builder()
              .id("d")
              .title("MAP naming")
              .lastReviewedOn(LocalDate.of(2027, 2, 1))
              .reviewEvery(Period.ofMonths(6))
              .build();
      Finding f =
          rule.asOf(LocalDate.of(2027, 3, 1))
              .firesOnce(
                  with(d),
                  Severity.WARNING,
                  "documents[d]",
                  "MAP naming",
                  "was reviewed on 2027-02-01 but has no written date");
      assertFalse(f.message().contains("has not been written"), f.message());
      assertTrue(f.hint().orElseThrow().contains("writtenOn"), f.hint()::orElseThrow);
      // and past its schedule, the overdue review too
      String late = rule.asOf(LocalDate.of(2027, 9, 1)).firesOnce(with(d)).message();
      assertTrue(late.contains("no written date") && late.contains("2027-08-01"), late);
    }
  }

  @Nested
  class SkillWithoutActivity {
    final RuleTester rule = RuleTester.of("skill-without-activity");

    static Plan.Builder skill() {
      return base()
          .addTeamMember(TeamMember.of("ana", "Ana"))
          .addSkill(Skill.of("sql", "SQL for analytics"));
    }

    @Test
    void firesForAQuarterWithoutActivity() {
      rule.asOf(LocalDate.of(2027, 4, 1))
          .firesOnce(skill().build(), Severity.INFO, "skills[sql]", "SQL for analytics", "2027-Q1");
    }

    @Test
    void silentWithAnActivityInTheQuarter() {
      rule.asOf(LocalDate.of(2027, 4, 1))
          .staysQuiet(
              skill()
                  .addLearningActivity(
                      LearningActivity.builder()
                          .id("la")
                          .memberId("ana")
                          .addSkillId("sql")
                          .on(LocalDate.of(2027, 2, 10))
                          .kind(ActivityKind.WEBINAR)
                          .build())
                  .build());
    }

    @Test
    void silentBeforeTheFirstQuarterEnds() {
      rule.asOf(LocalDate.of(2027, 3, 30)).staysQuiet(skill().build());
    }
  }

  @Nested
  class NoWeeklyCheckpoint {
    final RuleTester rule = RuleTester.of("no-weekly-checkpoint");

    @Test
    void fires() {
      rule.firesOnce(base().build(), Severity.INFO, "plan", "weekly checkpoint");
    }

    @Test
    void firesForABiweeklyCheckpoint() {
      assertTrue(
          rule.firesOnce(
                  base()
                      .addReviewCadence(
                          cadence("c", CadenceKind.TEAM_CHECKPOINT, Frequency.biweekly()).build())
                      .build())
              .message()
              .contains("every 2 weeks"));
    }

    @Test
    void silentWithAWeeklyCheckpoint() {
      rule.staysQuiet(
          base()
              .addReviewCadence(
                  cadence("c", CadenceKind.TEAM_CHECKPOINT, Frequency.weekly()).build())
              .build());
    }
  }
}
