package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.mops.model.ActivityKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalog: a minimal plan where it fires (id, severity, path, message naming the
 * element) and the nearest plan where it does not.
 */
class RuleCatalogTest {
  static final Year Y = Year.of(2027);

  // ---- fixtures ------------------------------------------------------------------------------

  static Plan.Builder base() {
    return Plan.builder().id("p").name("Plan 2027").period(DateRange.ofYear(Y))
        .addStakeholder(Stakeholder.of("sales", "Sales"));
  }

  static Objective.Builder objective(String id) {
    return Objective.builder().id(id).title("Objective " + id).addStakeholderId("sales");
  }

  static Capability capability(String id, String... objectives) {
    return Capability.builder().id(id).name("Capability " + id).addObjectiveIds(objectives).build();
  }

  static QuickWin.Builder quickWin(String id, int month, String... capabilities) {
    return QuickWin.builder().id(id).title("Quick win " + id).plannedMonth(Y.atMonth(month))
        .addCapabilityIds(capabilities);
  }

  static KeyResult binary(String id) {
    return KeyResult.builder().id(id).title("Key result " + id).kind(KeyResultKind.BINARY).build();
  }

  static Okr.Builder okr(String id, OkrLevel level) {
    return Okr.builder().id(id).title("OKR " + id).level(level).period(DateRange.parse("2027-01-01/2027-03-31"))
        .addKeyResult(binary("kr-" + id));
  }

  static Kpi.Builder kpi(String id, String name) {
    return Kpi.builder().id(id).name(name).definition("how " + name + " is counted").unit("%");
  }

  static ReviewCadence.Builder cadence(String id, CadenceKind kind, Frequency f) {
    return ReviewCadence.builder().id(id).name("Cadence " + id).kind(kind).frequency(f);
  }

  static List<Finding> run(String rule, Plan plan) {
    return PlanChecker.defaults().check(plan).withRule(rule);
  }

  static List<Finding> run(String rule, Plan plan, LocalDate asOf) {
    return PlanChecker.defaults().check(plan, asOf).withRule(rule);
  }

  static Finding one(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
    return findings.get(0);
  }

  static void none(List<Finding> findings) {
    assertEquals(List.of(), findings);
  }

  static void expect(Finding f, String rule, Severity severity, String path, String... inMessage) {
    assertEquals(rule, f.ruleId());
    assertEquals(severity, f.severity());
    assertEquals(path, f.path().toString());
    for (String s : inMessage) {
      assertTrue(f.message().contains(s), () -> "message lacks \"" + s + "\": " + f.message());
    }
    assertTrue(f.hint().isPresent(), () -> "no hint: " + f);
  }

  // ---- the catalog itself --------------------------------------------------------------------

  @Test
  void catalogIdsAndDefaultSeveritiesAreExactlyDesignSection4() {
    Map<String, Severity> expected = new LinkedHashMap<>();
    String[] errors = {"duplicate-id", "dangling-reference", "outside-plan-period", "sprint-overlap",
        "target-direction-mismatch", "objective-without-stakeholder", "quick-win-misaligned", "quick-win-out-of-order",
        "alignment-cycle", "okr-without-key-results", "key-result-not-measurable", "internal-goal-without-indicator",
        "internal-goal-exposed"};
    String[] infos = {"output-kpi", "skill-without-activity", "no-weekly-checkpoint"};
    String[] all = {"duplicate-id", "dangling-reference", "outside-plan-period", "sprint-overlap",
        "target-direction-mismatch", "objective-without-stakeholder", "objective-without-capability",
        "capability-without-objective", "quick-win-without-capability", "quick-win-misaligned", "no-early-quick-win",
        "sprint-without-quick-win", "quick-win-out-of-order", "alignment-cycle", "okr-without-parent",
        "okr-without-key-results", "key-result-not-measurable", "okr-without-buy-in", "review-too-rare",
        "kpi-not-pre-agreed", "output-kpi", "kpi-without-target", "internal-goal-without-indicator",
        "internal-goal-without-review", "internal-goal-exposed", "no-stakeholder-update", "review-overdue",
        "vision-focus-below-target", "quick-win-outcome-unknown", "capability-without-quick-win",
        "urgent-request-untriaged", "strategy-step-unassigned", "documentation-stale", "skill-without-activity",
        "no-weekly-checkpoint"};
    for (String id : all) {
      expected.put(id, Severity.WARNING);
    }
    for (String id : errors) {
      expected.put(id, Severity.ERROR);
    }
    for (String id : infos) {
      expected.put(id, Severity.INFO);
    }
    Map<String, Severity> actual = new LinkedHashMap<>();
    for (RuleDescriptor d : RuleSet.builtInDescriptors()) {
      actual.put(d.id(), d.defaultSeverity());
    }
    assertEquals(35, actual.size());
    assertEquals(expected, actual);
  }

  // ---- one nested class per rule -------------------------------------------------------------

  @Nested
  class DuplicateId {
    @Test
    void fires() {
      Plan plan = base().addObjective(objective("x").build()).addCapability(capability("x", "x")).build();
      expect(one(run("duplicate-id", plan)), "duplicate-id", Severity.ERROR, "capabilities[x]",
          "\"x\"", "Objective x", "Capability x");
    }

    @Test
    void firesForThePlansOwnId() {
      Plan plan = base().addStakeholder(Stakeholder.of("p", "Procurement")).build();
      expect(one(run("duplicate-id", plan)), "duplicate-id", Severity.ERROR, "stakeholders[p]", "Procurement",
          "Plan 2027");
    }

    @Test
    void silentWithDistinctIds() {
      none(run("duplicate-id", base().addObjective(objective("x").build()).addCapability(capability("y", "x")).build()));
    }
  }

  @Nested
  class DanglingReference {
    @Test
    void firesForAMissingId() {
      Plan plan = base().addQuickWin(quickWin("qw", 1, "nope").build()).build();
      expect(one(run("dangling-reference", plan)), "dangling-reference", Severity.ERROR, "quickWins[qw]",
          "Quick win qw", "\"nope\"", "capabilityIds");
    }

    @Test
    void firesForAnIdOfTheWrongKind() {
      Plan plan = base().addObjective(objective("o").build()).addQuickWin(quickWin("qw", 1, "o").build()).build();
      expect(one(run("dangling-reference", plan)), "dangling-reference", Severity.ERROR, "quickWins[qw]",
          "Quick win qw", "is an objective");
    }

    @Test
    void silentWhenTheCapabilityExists() {
      Plan plan = base().addObjective(objective("o").build()).addCapability(capability("c", "o"))
          .addQuickWin(quickWin("qw", 1, "c").build()).build();
      none(run("dangling-reference", plan));
    }
  }

  @Nested
  class OutsidePlanPeriod {
    @Test
    void firesForASprintPastTheEnd() {
      Plan plan = base().addSprint(Sprint.builder().id("s").name("Long sprint")
          .range(DateRange.parse("2027-12-15/2028-01-14")).build()).build();
      expect(one(run("outside-plan-period", plan)), "outside-plan-period", Severity.ERROR, "sprints[s]",
          "Long sprint", "partly outside");
    }

    @Test
    void firesForAQuickWinBeforeThePlan() {
      Plan plan = base().addQuickWin(QuickWin.builder().id("qw").title("Early bird")
          .plannedMonth(YearMonth.of(2026, 12)).build()).build();
      expect(one(run("outside-plan-period", plan)), "outside-plan-period", Severity.ERROR, "quickWins[qw]",
          "Early bird", "2026-12");
    }

    @Test
    void silentInsideThePeriod() {
      none(run("outside-plan-period", base().addSprint(Sprint.ofMonth("s", Y.atMonth(12)))
          .addQuickWin(quickWin("qw", 12).build()).build()));
    }
  }

  @Nested
  class SprintOverlap {
    @Test
    void fires() {
      Plan plan = base().addSprint(Sprint.ofMonth("jan", Y.atMonth(1)))
          .addSprint(Sprint.builder().id("mid").name("Mid sprint").range(DateRange.parse("2027-01-15/2027-02-14")).build())
          .build();
      expect(one(run("sprint-overlap", plan)), "sprint-overlap", Severity.ERROR, "sprints[mid]",
          "Mid sprint", "\"jan\"", "2027-01-15/2027-01-31");
    }

    @Test
    void silentForAdjacentSprints() {
      none(run("sprint-overlap", base().addSprint(Sprint.ofMonth("jan", Y.atMonth(1)))
          .addSprint(Sprint.ofMonth("feb", Y.atMonth(2))).build()));
    }
  }

  @Nested
  class TargetDirectionMismatch {
    static Plan with(String value) {
      return base().addObjective(objective("o").target(Target.of("sales", "USD", new BigDecimal("100"),
          new BigDecimal(value), Direction.INCREASE)).build()).build();
    }

    @Test
    void fires() {
      expect(one(run("target-direction-mismatch", with("90"))), "target-direction-mismatch", Severity.ERROR,
          "objectives[o]", "Objective o", "increase", "90", "100");
    }

    @Test
    void firesForAnEqualTarget() {
      assertEquals(1, run("target-direction-mismatch", with("100")).size());
    }

    @Test
    void silentWhenTheTargetIsAbove() {
      none(run("target-direction-mismatch", with("110")));
    }

    @Test
    void firesForADecreasingKeyResultThatRises() {
      Plan plan = base().addOkr(okr("k", OkrLevel.MOPS).keyResults(List.of(KeyResult.builder().id("kr")
          .title("Churn down").kind(KeyResultKind.METRIC).direction(Direction.DECREASE)
          .start(BigDecimal.ONE).target(BigDecimal.TEN).unit("%").build())).build()).build();
      expect(one(run("target-direction-mismatch", plan)), "target-direction-mismatch", Severity.ERROR,
          "okrs[k].keyResults[kr]", "Churn down");
    }
  }

  @Nested
  class ObjectiveWithoutStakeholder {
    @Test
    void fires() {
      Plan plan = base().addObjective(Objective.builder().id("o").title("Orphan objective").build()).build();
      expect(one(run("objective-without-stakeholder", plan)), "objective-without-stakeholder", Severity.ERROR,
          "objectives[o]", "Orphan objective");
    }

    @Test
    void silentForAnInternalObjective() {
      none(run("objective-without-stakeholder", base().addObjective(Objective.builder().id("o").title("Orphan")
          .visibility(Visibility.INTERNAL).build()).build()));
    }

    @Test
    void silentWithAStakeholder() {
      none(run("objective-without-stakeholder", base().addObjective(objective("o").build()).build()));
    }
  }

  @Nested
  class ObjectiveWithoutCapability {
    @Test
    void fires() {
      expect(one(run("objective-without-capability", base().addObjective(objective("o").build()).build())),
          "objective-without-capability", Severity.WARNING, "objectives[o]", "Objective o");
    }

    @Test
    void silentWhenACapabilitySupportsIt() {
      none(run("objective-without-capability", base().addObjective(objective("o").build())
          .addCapability(capability("c", "o")).build()));
    }
  }

  @Nested
  class CapabilityWithoutObjective {
    @Test
    void fires() {
      expect(one(run("capability-without-objective", base().addCapability(capability("c")).build())),
          "capability-without-objective", Severity.WARNING, "capabilities[c]", "Capability c");
    }

    @Test
    void silentWhenItSupportsOne() {
      none(run("capability-without-objective", base().addObjective(objective("o").build())
          .addCapability(capability("c", "o")).build()));
    }
  }

  @Nested
  class QuickWinWithoutCapability {
    @Test
    void fires() {
      expect(one(run("quick-win-without-capability", base().addQuickWin(quickWin("qw", 1).build()).build())),
          "quick-win-without-capability", Severity.WARNING, "quickWins[qw]", "Quick win qw");
    }

    @Test
    void silentWhenItBuildsOne() {
      none(run("quick-win-without-capability", base().addCapability(capability("c"))
          .addQuickWin(quickWin("qw", 1, "c").build()).build()));
    }
  }

  @Nested
  class QuickWinMisaligned {
    static Plan with(String supported) {
      return base().addObjective(objective("o1").build()).addObjective(objective("o2").build())
          .addCapability(capability("c", supported))
          .addQuickWin(quickWin("qw-2", 1, "c").addObjectiveId("o1").build()).build();
    }

    @Test
    void fires() {
      expect(one(run("quick-win-misaligned", with("o2"))), "quick-win-misaligned", Severity.ERROR,
          "objectives[o1].quickWins[qw-2]", "Quick win qw-2", "Objective o1", "Capability c");
    }

    @Test
    void silentWhenItsCapabilitySupportsTheClaim() {
      none(run("quick-win-misaligned", with("o1")));
    }
  }

  @Nested
  class NoEarlyQuickWin {
    static Plan with(int month, Objective o) {
      return base().addObjective(o).addCapability(capability("c", "o"))
          .addQuickWin(quickWin("qw", month, "c").build()).build();
    }

    @Test
    void firesForAFirstQuickWinInJuly() {
      expect(one(run("no-early-quick-win", with(7, objective("o").build()))), "no-early-quick-win",
          Severity.WARNING, "objectives[o]", "Objective o", "month 7", "2027-07");
    }

    @Test
    void firesWithoutAnyQuickWin() {
      expect(one(run("no-early-quick-win", base().addObjective(objective("o").build()).build())),
          "no-early-quick-win", Severity.WARNING, "objectives[o]", "Objective o");
    }

    @Test
    void silentForAFirstQuickWinInMonthOne() {
      none(run("no-early-quick-win", with(1, objective("o").build())));
    }

    @Test
    void countsFromTheObjectivesStartWhenLater() {
      Objective april = objective("o").period(DateRange.parse("2027-04-01/2027-12-31")).build();
      none(run("no-early-quick-win", with(4, april)));
      assertEquals(1, run("no-early-quick-win", with(5, april)).size());
    }

    @Test
    void monthsAreConfigurable() {
      RuleSet rules = RuleSet.builder().parameter("no-early-quick-win", "months", 7).build();
      assertEquals(List.of(), PlanChecker.of(rules).check(with(7, objective("o").build())).withRule("no-early-quick-win"));
      assertEquals(1, PlanChecker.of(rules).check(with(8, objective("o").build())).withRule("no-early-quick-win").size());
    }
  }

  @Nested
  class SprintWithoutQuickWin {
    @Test
    void fires() {
      Plan plan = base().addSprint(Sprint.builder().id("feb").name("February sprint")
          .range(DateRange.ofMonth(Y.atMonth(2))).build()).addQuickWin(quickWin("qw", 1).build()).build();
      expect(one(run("sprint-without-quick-win", plan)), "sprint-without-quick-win", Severity.WARNING,
          "sprints[feb]", "February sprint", "2027-02");
    }

    @Test
    void silentWhenAQuickWinIsPlanned() {
      none(run("sprint-without-quick-win", base().addSprint(Sprint.ofMonth("feb", Y.atMonth(2)))
          .addQuickWin(quickWin("qw", 2).build()).build()));
    }

    @Test
    void silentForASprintThatIsNotACalendarMonth() {
      none(run("sprint-without-quick-win", base().addSprint(Sprint.builder().id("s")
          .range(DateRange.parse("2027-02-01/2027-02-14")).build()).build()));
    }
  }

  @Nested
  class QuickWinOutOfOrder {
    static Plan with(int nurtureMonth) {
      return base().addQuickWin(quickWin("template", 2).title("Email template").build())
          .addQuickWin(quickWin("nurture", nurtureMonth).title("Three-email nurture").buildsOn("template").build())
          .build();
    }

    @Test
    void firesWhenEarlier() {
      expect(one(run("quick-win-out-of-order", with(1))), "quick-win-out-of-order", Severity.ERROR,
          "quickWins[nurture]", "Three-email nurture", "Email template", "2027-01");
    }

    @Test
    void firesInTheSameMonth() {
      assertTrue(one(run("quick-win-out-of-order", with(2))).message().contains("same month"));
    }

    @Test
    void silentWhenLater() {
      none(run("quick-win-out-of-order", with(3)));
    }
  }

  @Nested
  class AlignmentCycle {
    @Test
    void firesOnceForAnOkrCycleListingItWhole() {
      Plan plan = base().addOkr(okr("a", OkrLevel.MOPS).parentId("b").build())
          .addOkr(okr("b", OkrLevel.MOPS).parentId("c").build())
          .addOkr(okr("c", OkrLevel.MOPS).parentId("a").build()).build();
      expect(one(run("alignment-cycle", plan)), "alignment-cycle", Severity.ERROR, "okrs[a]", "a → b → c → a");
    }

    @Test
    void firesForABuildsOnCycle() {
      Plan plan = base().addQuickWin(quickWin("q1", 1).buildsOn("q2").build())
          .addQuickWin(quickWin("q2", 2).buildsOn("q1").build()).build();
      expect(one(run("alignment-cycle", plan)), "alignment-cycle", Severity.ERROR, "quickWins[q1]", "q1 → q2 → q1");
    }

    @Test
    void firesForAnOkrThatIsItsOwnParent() {
      Plan plan = base().addOkr(okr("a", OkrLevel.MOPS).parentId("a").build()).build();
      assertTrue(one(run("alignment-cycle", plan)).message().contains("a → a"));
    }

    @Test
    void silentForAChain() {
      none(run("alignment-cycle", base().addOkr(okr("a", OkrLevel.MOPS).parentId("b").build())
          .addOkr(okr("b", OkrLevel.MARKETING).parentId("c").build())
          .addOkr(okr("c", OkrLevel.COMPANY).build()).build()));
    }
  }

  @Nested
  class OkrWithoutParent {
    @Test
    void fires() {
      expect(one(run("okr-without-parent", base().addOkr(okr("m", OkrLevel.MOPS).build()).build())),
          "okr-without-parent", Severity.WARNING, "okrs[m]", "OKR m", "no parent");
    }

    @Test
    void firesWhenOnlyMopsOkrsAreAbove() {
      Plan plan = base().addOkr(okr("m", OkrLevel.MOPS).parentId("n").build())
          .addOkr(okr("n", OkrLevel.MOPS).externalParent(ExternalOkrRef.of("x", "Team", OkrLevel.MOPS)).build()).build();
      assertEquals(2, run("okr-without-parent", plan).size());
    }

    @Test
    void silentWithAMarketingParentInThePlan() {
      none(run("okr-without-parent", base().addOkr(okr("m", OkrLevel.MOPS).parentId("mkt").build())
          .addOkr(okr("mkt", OkrLevel.MARKETING).build()).build()));
    }

    @Test
    void silentWithAnExternalMarketingParent() {
      none(run("okr-without-parent", base().addOkr(okr("m", OkrLevel.MOPS)
          .externalParent(ExternalOkrRef.of("MKT-1", "Grow pipeline", OkrLevel.MARKETING)).build()).build()));
    }
  }

  @Nested
  class OkrWithoutKeyResults {
    @Test
    void fires() {
      expect(one(run("okr-without-key-results", base().addOkr(okr("o", OkrLevel.MOPS).keyResults(List.of()).build())
          .build())), "okr-without-key-results", Severity.ERROR, "okrs[o]", "OKR o");
    }

    @Test
    void silentWithAKeyResult() {
      none(run("okr-without-key-results", base().addOkr(okr("o", OkrLevel.MOPS).build()).build()));
    }
  }

  @Nested
  class KeyResultNotMeasurable {
    static Plan with(KeyResult kr) {
      return base().addOkr(okr("o", OkrLevel.MOPS).keyResults(List.of(kr)).build()).build();
    }

    static KeyResult.Builder metric() {
      return KeyResult.builder().id("kr").title("Churn to 0.6%").kind(KeyResultKind.METRIC)
          .direction(Direction.DECREASE).start(BigDecimal.ONE).target(new BigDecimal("0.6"));
    }

    @Test
    void firesForAMetricWithoutUnit() {
      expect(one(run("key-result-not-measurable", with(metric().build()))), "key-result-not-measurable",
          Severity.ERROR, "okrs[o].keyResults[kr]", "Churn to 0.6%", "a unit", "OKR o");
    }

    @Test
    void firesForMilestonesWithoutMilestones() {
      KeyResult kr = KeyResult.builder().id("kr").title("Routing live").kind(KeyResultKind.MILESTONES).build();
      assertTrue(one(run("key-result-not-measurable", with(kr))).message().contains("any milestone"));
    }

    @Test
    void firesForAQualitativeWithoutScale() {
      KeyResult kr = KeyResult.builder().id("kr").title("Internal NPS +30").kind(KeyResultKind.QUALITATIVE)
          .start(BigDecimal.ZERO).target(BigDecimal.TEN).build();
      assertTrue(one(run("key-result-not-measurable", with(kr))).message().contains("its scale"));
    }

    @Test
    void silentForACompleteMetric() {
      none(run("key-result-not-measurable", with(metric().unit("%").build())));
    }
  }

  @Nested
  class OkrWithoutBuyIn {
    @Test
    void fires() {
      expect(one(run("okr-without-buy-in", base().addOkr(okr("o", OkrLevel.MOPS).build()).build())),
          "okr-without-buy-in", Severity.WARNING, "okrs[o]", "OKR o");
    }

    @Test
    void silentWithASignOff() {
      none(run("okr-without-buy-in", base().addOkr(okr("o", OkrLevel.MOPS)
          .addBuyIn(SignOff.of("sales", "Dana Lee", LocalDate.of(2027, 1, 5))).build()).build()));
    }

    @Test
    void silentForADraft() {
      none(run("okr-without-buy-in", base().addOkr(okr("o", OkrLevel.MOPS).status(Lifecycle.DRAFT).build()).build()));
    }
  }

  @Nested
  class ReviewTooRare {
    static Plan with(Frequency f) {
      return base().addOkr(okr("o", OkrLevel.MOPS).build())
          .addReviewCadence(cadence("rev", CadenceKind.OKR_REVIEW, f).name("OKR review").build()).build();
    }

    @Test
    void warnsForQuarterly() {
      expect(one(run("review-too-rare", with(Frequency.quarterly()))), "review-too-rare", Severity.WARNING,
          "reviewCadences[rev]", "OKR review", "every 3 months");
    }

    @Test
    void infoForMonthly() {
      expect(one(run("review-too-rare", with(Frequency.monthly()))), "review-too-rare", Severity.INFO,
          "reviewCadences[rev]", "OKR review", "every month");
    }

    @Test
    void silentForBiweekly() {
      none(run("review-too-rare", with(Frequency.biweekly())));
    }

    @Test
    void warnsForAnOkrNobodyReviews() {
      expect(one(run("review-too-rare", base().addOkr(okr("o", OkrLevel.MOPS).build()).build())), "review-too-rare",
          Severity.WARNING, "okrs[o]", "OKR o");
    }
  }

  @Nested
  class KpiNotPreAgreed {
    static Plan with(LocalDate agreed) {
      return base().addKpi(kpi("k", "Movement to opportunity").targetValue(BigDecimal.TEN)
              .addAgreement(SignOff.of("sales", "Dana Lee", agreed)).build())
          .addReviewCadence(cadence("qbr", CadenceKind.BUSINESS_REVIEW, Frequency.quarterly()).build())
          .addReview(Review.builder().id("qbr-q1").cadenceId("qbr").heldOn(LocalDate.of(2027, 4, 6))
              .covers(DateRange.parse("2027-01-01/2027-03-31")).addKpiId("k").build())
          .build();
    }

    @Test
    void firesForAnAgreementAfterTheReview() {
      expect(one(run("kpi-not-pre-agreed", with(LocalDate.of(2027, 4, 10)))), "kpi-not-pre-agreed",
          Severity.WARNING, "kpis[k]", "Movement to opportunity", "qbr-q1", "2027-04-06");
    }

    @Test
    void firesForAnAgreementOnTheDayOfTheReview() {
      assertEquals(1, run("kpi-not-pre-agreed", with(LocalDate.of(2027, 4, 6))).size());
    }

    @Test
    void silentForAnAgreementBefore() {
      none(run("kpi-not-pre-agreed", with(LocalDate.of(2027, 1, 8))));
    }
  }

  @Nested
  class OutputKpi {
    @Test
    void firesForADeclaredOutputKpi() {
      expect(one(run("output-kpi", base().addKpi(kpi("k", "Campaign volume").kind(KpiKind.OUTPUT).build()).build())),
          "output-kpi", Severity.INFO, "kpis[k]", "Campaign volume");
    }

    @Test
    void firesForAnUnspecifiedKpiOfEmailsSent() {
      Finding f = one(run("output-kpi", base().addKpi(kpi("k", "Emails sent").build()).build()));
      expect(f, "output-kpi", Severity.INFO, "kpis[k]", "Emails sent");
      assertTrue(f.hint().orElseThrow().contains("conversions, lead trajectory, movement to opportunity, click rate"));
    }

    @Test
    void silentForAnOutcomeMeasure() {
      none(run("output-kpi", base().addKpi(kpi("k", "Click rate").build()).build()));
    }

    @Test
    void silentForADeclaredOutcomeKpi() {
      none(run("output-kpi", base().addKpi(kpi("k", "Emails sent").kind(KpiKind.OUTCOME).build()).build()));
    }

    @Test
    void theListIsConfigurable() {
      RuleSet rules = RuleSet.builder().parameter("output-kpi", "output-measures", "dashboards built").build();
      Plan plan = base().addKpi(kpi("k", "Dashboards built per quarter").build()).build();
      assertEquals(1, PlanChecker.of(rules).check(plan).withRule("output-kpi").size());
    }
  }

  @Nested
  class KpiWithoutTarget {
    @Test
    void fires() {
      expect(one(run("kpi-without-target", base().addKpi(kpi("k", "Click rate").build()).build())),
          "kpi-without-target", Severity.WARNING, "kpis[k]", "Click rate");
    }

    @Test
    void silentWithATarget() {
      none(run("kpi-without-target", base().addKpi(kpi("k", "Click rate").targetValue(BigDecimal.ONE).build()).build()));
    }
  }

  @Nested
  class InternalGoalWithoutIndicator {
    @Test
    void fires() {
      expect(one(run("internal-goal-without-indicator", base().addInternalGoal(InternalGoal.builder().id("g")
          .title("Strategic partner").build()).build())), "internal-goal-without-indicator", Severity.ERROR,
          "internalGoals[g]", "Strategic partner");
    }

    @Test
    void silentWithAnIndicator() {
      none(run("internal-goal-without-indicator", base().addInternalGoal(goal("g")).build()));
    }
  }

  static InternalGoal goal(String id) {
    return InternalGoal.builder().id(id).title("Goal " + id).addIndicator(SuccessIndicator.builder()
        .id("ind-" + id).description("how we know").kind(IndicatorKind.OBSERVED).build()).build();
  }

  @Nested
  class InternalGoalWithoutReview {
    @Test
    void fires() {
      expect(one(run("internal-goal-without-review", base().addInternalGoal(goal("g")).build())),
          "internal-goal-without-review", Severity.WARNING, "plan", "internal goal");
    }

    @Test
    void silentWithAQuarterlyInternalGoalReview() {
      none(run("internal-goal-without-review", base().addInternalGoal(goal("g")).addReviewCadence(
          cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly()).visibility(Visibility.INTERNAL)
              .build()).build()));
    }

    @Test
    void firesWhenOnlyAnInternalOkrReviewListsTheGoal() {
      Plan plan = base().addInternalGoal(goal("g")).addReviewCadence(cadence("okr-review", CadenceKind.OKR_REVIEW,
          Frequency.biweekly()).name("Internal OKR review").addSubjectId("g").visibility(Visibility.INTERNAL).build())
          .build();
      expect(one(run("internal-goal-without-review", plan)), "internal-goal-without-review", Severity.WARNING, "plan",
          "No cadence reviews the internal goal;", "\"Internal OKR review\" lists \"g\"", "OKR_REVIEW");
    }

    @Test
    void firesForTheGoalThatOnlyAnotherKindOfCadenceLists() {
      Plan plan = base().addInternalGoal(goal("g1")).addInternalGoal(goal("g2"))
          .addReviewCadence(cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly()).addSubjectId("g1")
              .visibility(Visibility.INTERNAL).build())
          .addReviewCadence(cadence("chk", CadenceKind.TEAM_CHECKPOINT, Frequency.weekly()).name("Team checkpoint")
              .addSubjectId("g2").visibility(Visibility.INTERNAL).build())
          .build();
      expect(one(run("internal-goal-without-review", plan)), "internal-goal-without-review", Severity.WARNING,
          "internalGoals[g2]", "Goal g2", "\"Team checkpoint\" lists \"g2\"", "TEAM_CHECKPOINT");
    }

    @Test
    void silentWhenTheInternalGoalReviewListsTheGoal() {
      none(run("internal-goal-without-review", base().addInternalGoal(goal("g")).addReviewCadence(
          cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly()).addSubjectId("g")
              .visibility(Visibility.INTERNAL).build()).build()));
    }

    @Test
    void silentWhenTheInternalGoalReviewCoversAllAndAnotherCadenceListsTheGoal() {
      none(run("internal-goal-without-review", base().addInternalGoal(goal("g"))
          .addReviewCadence(cadence("okr-review", CadenceKind.OKR_REVIEW, Frequency.biweekly()).addSubjectId("g")
              .visibility(Visibility.INTERNAL).build())
          .addReviewCadence(cadence("igr", CadenceKind.INTERNAL_GOAL_REVIEW, Frequency.quarterly())
              .visibility(Visibility.INTERNAL).build()).build()));
    }
  }

  @Nested
  class InternalGoalExposed {
    static Plan with(Visibility v) {
      return base().addInternalGoal(goal("g")).addReviewCadence(cadence("upd", CadenceKind.STAKEHOLDER_UPDATE,
          Frequency.monthly()).name("Monthly update").addSubjectId("g").visibility(v).build()).build();
    }

    @Test
    void firesForAPublicCadenceOfAnInternalGoal() {
      expect(one(run("internal-goal-exposed", with(Visibility.PUBLIC))), "internal-goal-exposed", Severity.ERROR,
          "reviewCadences[upd]", "Monthly update", "Goal g");
    }

    @Test
    void firesForAPublicQuickWinOfAnInternalCapability() {
      Plan plan = base().addCapability(Capability.builder().id("c").name("Secret capability")
          .visibility(Visibility.INTERNAL).build()).addQuickWin(quickWin("qw", 1, "c").build()).build();
      expect(one(run("internal-goal-exposed", plan)), "internal-goal-exposed", Severity.ERROR, "quickWins[qw]",
          "Quick win qw", "Secret capability");
    }

    @Test
    void silentWhenTheCadenceIsInternal() {
      none(run("internal-goal-exposed", with(Visibility.INTERNAL)));
    }
  }

  @Nested
  class NoStakeholderUpdate {
    static Plan.Builder goals() {
      return base().addObjective(objective("o").build());
    }

    @Test
    void fires() {
      expect(one(run("no-stakeholder-update", goals().build())), "no-stakeholder-update", Severity.WARNING, "plan",
          "1 public goal");
    }

    @Test
    void firesForAQuarterlyUpdate() {
      assertTrue(one(run("no-stakeholder-update", goals().addReviewCadence(cadence("u", CadenceKind.STAKEHOLDER_UPDATE,
          Frequency.quarterly()).build()).build())).message().contains("every 3 months"));
    }

    @Test
    void silentWithAMonthlyUpdate() {
      none(run("no-stakeholder-update", goals().addReviewCadence(cadence("u", CadenceKind.STAKEHOLDER_UPDATE,
          Frequency.monthly()).build()).build()));
    }
  }

  @Nested
  class ReviewOverdue {
    static Plan with(int... months) {
      Plan.Builder b = base().addReviewCadence(cadence("upd", CadenceKind.STAKEHOLDER_UPDATE, Frequency.monthly())
          .name("Monthly update").build());
      for (int m : months) {
        b.addReview(Review.builder().id("r" + m).cadenceId("upd").heldOn(Y.atMonth(m).atEndOfMonth())
            .covers(DateRange.ofMonth(Y.atMonth(m))).build());
      }
      return b.build();
    }

    @Test
    void firesForAMissedMonth() {
      expect(one(run("review-overdue", with(1, 3), LocalDate.of(2027, 4, 1))), "review-overdue", Severity.WARNING,
          "reviewCadences[upd]", "Monthly update", "1 of 3", "2027-02");
    }

    @Test
    void silentWhenEveryDueWindowWasHeld() {
      none(run("review-overdue", with(1, 2, 3), LocalDate.of(2027, 4, 1)));
    }

    @Test
    void aWindowIsNotDueBeforeItEndsPlusGrace() {
      none(run("review-overdue", with(1, 2), LocalDate.of(2027, 3, 30)));
    }

    @Test
    void skippedWithoutAnAsOfDate() {
      CheckReport report = PlanChecker.defaults().check(with());
      assertTrue(report.skippedRules().contains("review-overdue"));
      none(report.withRule("review-overdue"));
    }

    @Test
    void aReviewCoveringAWholeQuarterDoesNotHoldEveryWeek() {
      Plan plan = base().addReviewCadence(cadence("wk", CadenceKind.TEAM_CHECKPOINT, Frequency.weekly())
              .name("Weekly checkpoint").startsOn(LocalDate.of(2027, 1, 4)).build())
          .addReview(Review.builder().id("rq").cadenceId("wk").heldOn(LocalDate.of(2027, 1, 10))
              .covers(DateRange.parse("2027-01-01/2027-03-31")).build())
          .addReview(Review.builder().id("rw").cadenceId("wk").heldOn(LocalDate.of(2027, 1, 10))
              .covers(DateRange.parse("2027-01-04/2027-01-10")).build())
          .build();
      Finding f = one(run("review-overdue", plan, LocalDate.of(2027, 1, 24)));
      assertTrue(f.message().contains("2 of 3") && f.message().contains("2027-01-11/2027-01-17")
          && !f.message().contains("2027-01-04"), f.message());
    }

    @Test
    void agreesWithTheReviewAdherenceMetric() {
      Plan plan = with(1, 3);
      LocalDate asOf = LocalDate.of(2027, 6, 15);
      dev.mops.metrics.ReviewAdherence adherence = dev.mops.metrics.PlanMetrics.reviewAdherence(
          plan, plan.reviewCadences().get(0), asOf);
      Finding f = one(run("review-overdue", plan, asOf));
      assertTrue(f.message().contains(adherence.overdue().size() + " of " + adherence.due().size()), f.message());
    }

    @Test
    void quartersAreFiscal() {
      Plan plan = base().fiscalYearStart(java.time.Month.FEBRUARY)
          .addReviewCadence(cadence("q", CadenceKind.BUSINESS_REVIEW, Frequency.quarterly()).build()).build();
      // the first fiscal quarter starting in February is 2026-11..2027-01, clipped to January 2027
      Finding f = one(run("review-overdue", plan, LocalDate.of(2027, 2, 1)));
      assertTrue(f.message().contains("2027-01"), f.message());
    }
  }

  @Nested
  class VisionFocusBelowTarget {
    static Plan with(String alignedHours, String otherHours) {
      return base().addWorkItem(work("w1", alignedHours, true)).addWorkItem(work("w2", otherHours, false)).build();
    }

    static WorkItem work(String id, String hours, boolean aligned) {
      return WorkItem.builder().id(id).createdOn(LocalDate.of(2027, 3, 2)).kind(WorkKind.PLANNED).urgent(false)
          .hours(new BigDecimal(hours)).visionAligned(aligned).build();
    }

    @Test
    void firesJustBelowNinetyPercentExactly() {
      expect(one(run("vision-focus-below-target", with("8.99999", "1.00001"))), "vision-focus-below-target",
          Severity.WARNING, "plan", "2027-03", "90%");
    }

    @Test
    void silentAtNinetyPercent() {
      none(run("vision-focus-below-target", with("9", "1")));
    }

    @Test
    void monthsWithoutHoursAreNotJudged() {
      none(run("vision-focus-below-target", base().addWorkItem(WorkItem.builder().id("w").createdOn(LocalDate.of(2027, 3, 2))
          .kind(WorkKind.AD_HOC).urgent(true).visionAligned(false).build()).build()));
    }

    @Test
    void workItemsCanComeFromOutsideThePlan() {
      CheckInput input = CheckInput.of(base().build()).withWorkItems(List.of(work("w1", "5", true), work("w2", "5", false)));
      assertEquals(1, PlanChecker.defaults().check(input).withRule("vision-focus-below-target").size());
    }

    @Test
    void theTargetIsConfigurable() {
      RuleSet rules = RuleSet.builder().parameter("vision-focus-below-target", "target", new BigDecimal("0.85")).build();
      assertEquals(List.of(), PlanChecker.of(rules).check(with("8.5", "1.5")).withRule("vision-focus-below-target"));
    }
  }

  @Nested
  class QuickWinOutcomeUnknown {
    static Plan with(QuickWin q) {
      return base().addQuickWin(q).build();
    }

    @Test
    void firesAfterTheMonthEnded() {
      expect(one(run("quick-win-outcome-unknown", with(quickWin("qw", 2).title("Webinar").build()),
          LocalDate.of(2027, 3, 1))), "quick-win-outcome-unknown", Severity.WARNING, "quickWins[qw]", "Webinar", "2027-02");
    }

    @Test
    void silentWhileTheMonthRuns() {
      none(run("quick-win-outcome-unknown", with(quickWin("qw", 2).build()), LocalDate.of(2027, 2, 27)));
    }

    @Test
    void silentWhenTheOutcomeIsRecorded() {
      none(run("quick-win-outcome-unknown", with(quickWin("qw", 2).launchedOn(LocalDate.of(2027, 2, 20)).build()),
          LocalDate.of(2027, 3, 1)));
      none(run("quick-win-outcome-unknown", with(quickWin("qw", 2).status(QuickWinStatus.MISSED).build()),
          LocalDate.of(2027, 3, 1)));
    }
  }

  @Nested
  class CapabilityWithoutQuickWin {
    @Test
    void fires() {
      expect(one(run("capability-without-quick-win", base().addCapability(capability("c")).build())),
          "capability-without-quick-win", Severity.WARNING, "capabilities[c]", "Capability c");
    }

    @Test
    void silentWithAQuickWin() {
      none(run("capability-without-quick-win", base().addCapability(capability("c"))
          .addQuickWin(quickWin("qw", 1, "c").build()).build()));
    }

    @Test
    void silentForADraftCapability() {
      none(run("capability-without-quick-win", base().addCapability(Capability.builder().id("c").name("C")
          .status(Lifecycle.DRAFT).build()).build()));
    }
  }

  @Nested
  class UrgentRequestUntriaged {
    static Plan with(boolean urgent, RequestTriage.Builder t) {
      return base().addWorkItem(WorkItem.builder().id("OPS-1").createdOn(LocalDate.of(2027, 3, 2)).kind(WorkKind.AD_HOC)
              .urgent(urgent).visionAligned(false).build())
          .addRequestTriage(t.id("t1").workItemId("OPS-1").receivedOn(LocalDate.of(2027, 3, 2))
              .decision(TriageDecision.ACCEPTED).purpose("Dealer event invite").build()).build();
    }

    @Test
    void fires() {
      expect(one(run("urgent-request-untriaged", with(true, RequestTriage.builder()))), "urgent-request-untriaged",
          Severity.WARNING, "requestTriages[t1]", "Dealer event invite", "what's the impact?");
    }

    @Test
    void silentWhenAllThreeAreAnswered() {
      none(run("urgent-request-untriaged", with(true, RequestTriage.builder().urgencyReason("Event moved up")
          .impact("40 dealer meetings"))));
    }

    @Test
    void silentForARequestThatIsNotUrgent() {
      none(run("urgent-request-untriaged", with(false, RequestTriage.builder())));
    }
  }

  @Nested
  class StrategyStepUnassigned {
    static Plan with(StrategyStep.Builder s) {
      return base().addObjective(objective("o").build())
          .addTeamMember(TeamMember.of("ana", "Ana"))
          .addStrategyStep(s.id("step").title("Audit the email workflows").parentId("o").build()).build();
    }

    @Test
    void fires() {
      expect(one(run("strategy-step-unassigned", with(StrategyStep.builder()))), "strategy-step-unassigned",
          Severity.WARNING, "strategySteps[step]", "Audit the email workflows");
    }

    @Test
    void silentWhenAssigned() {
      none(run("strategy-step-unassigned", with(StrategyStep.builder().addAssigneeId("ana"))));
    }
  }

  @Nested
  class DocumentationStale {
    static Plan with(Document d) {
      return base().addDocument(d).build();
    }

    @Test
    void firesForADocumentNeverWritten() {
      expect(one(run("documentation-stale", with(Document.builder().id("d").title("Lead routing rules").build()),
          LocalDate.of(2027, 3, 1))), "documentation-stale", Severity.WARNING, "documents[d]", "Lead routing rules");
    }

    @Test
    void firesForAnOverdueReview() {
      Document d = Document.builder().id("d").title("MAP naming").writtenOn(LocalDate.of(2027, 1, 10))
          .reviewEvery(Period.ofMonths(6)).build();
      assertTrue(one(run("documentation-stale", with(d), LocalDate.of(2027, 8, 1))).message().contains("2027-07-10"));
    }

    @Test
    void silentWithinItsSchedule() {
      Document d = Document.builder().id("d").title("MAP naming").writtenOn(LocalDate.of(2027, 1, 10))
          .reviewEvery(Period.ofMonths(6)).build();
      none(run("documentation-stale", with(d), LocalDate.of(2027, 6, 1)));
    }
  }

  @Nested
  class SkillWithoutActivity {
    static Plan.Builder skill() {
      return base().addTeamMember(TeamMember.of("ana", "Ana")).addSkill(Skill.of("sql", "SQL for analytics"));
    }

    @Test
    void firesForAQuarterWithoutActivity() {
      expect(one(run("skill-without-activity", skill().build(), LocalDate.of(2027, 4, 1))), "skill-without-activity",
          Severity.INFO, "skills[sql]", "SQL for analytics", "2027-Q1");
    }

    @Test
    void silentWithAnActivityInTheQuarter() {
      none(run("skill-without-activity", skill().addLearningActivity(LearningActivity.builder().id("la").memberId("ana")
          .addSkillId("sql").on(LocalDate.of(2027, 2, 10)).kind(ActivityKind.WEBINAR).build()).build(),
          LocalDate.of(2027, 4, 1)));
    }

    @Test
    void silentBeforeTheFirstQuarterEnds() {
      none(run("skill-without-activity", skill().build(), LocalDate.of(2027, 3, 30)));
    }
  }

  @Nested
  class NoWeeklyCheckpoint {
    @Test
    void fires() {
      expect(one(run("no-weekly-checkpoint", base().build())), "no-weekly-checkpoint", Severity.INFO, "plan",
          "weekly checkpoint");
    }

    @Test
    void firesForABiweeklyCheckpoint() {
      assertTrue(one(run("no-weekly-checkpoint", base().addReviewCadence(cadence("c", CadenceKind.TEAM_CHECKPOINT,
          Frequency.biweekly()).build()).build())).message().contains("every 2 weeks"));
    }

    @Test
    void silentWithAWeeklyCheckpoint() {
      none(run("no-weekly-checkpoint", base().addReviewCadence(cadence("c", CadenceKind.TEAM_CHECKPOINT,
          Frequency.weekly()).build()).build()));
    }
  }
}
