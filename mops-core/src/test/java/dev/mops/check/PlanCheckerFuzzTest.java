package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.ChecklistItem;
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
import dev.mops.model.Lifecycle;
import dev.mops.model.Milestone;
import dev.mops.model.Note;
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
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;

/**
 * Fuzzes {@link PlanChecker} with structure-aware plans: the fuzzer's bytes choose what the public
 * builders build. Ids come from a small pool shared by every kind of element, so references resolve
 * more often than not, and ids repeat (duplicates), parents point back (cycles), quick wins build
 * on each other. Dates are mostly near the plan's year, sometimes anywhere in 0001..9999.
 *
 * <p>The contract: a plan that builds checks without throwing, no rule fails, and the report stays
 * within a constant times the plan's size. {@code ./mvnw verify} replays the seeds in {@code
 * PlanCheckerFuzzTestInputs/checksGeneratedPlans}; docs/fuzzing.md says how to fuzz.
 */
class PlanCheckerFuzzTest {
  /** Findings per element (plus the plan): each rule of the catalog may report an element twice. */
  private static final int FINDINGS_PER_ELEMENT = 2 * RuleSet.defaults().ids().size();

  private static final LocalDate MIN = LocalDate.of(1, 1, 1);
  private static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  @FuzzTest(maxDuration = "5m")
  void checksGeneratedPlans(FuzzedDataProvider data) {
    Plan plan;
    try {
      plan = new Gen(data).plan();
    } catch (IllegalArgumentException invariant) {
      return; // a value the builders refuse: not the checker's business
    }
    LocalDate asOf = new Gen(data).day();
    for (CheckReport report :
        new CheckReport[] {
          PlanChecker.defaults().check(plan), PlanChecker.defaults().check(plan, asOf)
        }) {
      assertEquals(plan.id(), report.planId());
      assertTrue(
          report.failedRules().isEmpty(),
          () -> "rules failed " + report.failedRules() + " on " + plan + ":\n" + report.render());
      int bound = FINDINGS_PER_ELEMENT * (plan.elements().size() + 1);
      assertTrue(
          report.findings().size() <= bound,
          () -> report.findings().size() + " findings for " + plan.elements().size() + " elements");
      assertEquals(
          report.findings().size(),
          report.counts().values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  /** Builds a plan from the fuzzer's bytes through the public builders only. */
  private static final class Gen {
    private final FuzzedDataProvider data;
    private final LocalDate base;

    Gen(FuzzedDataProvider data) {
      this.data = data;
      this.base = LocalDate.of(2027, 1, 1);
    }

    /** An id from a pool of 6 per kind, sometimes another kind's or a shared one. */
    String id(String prefix) {
      return switch (data.consumeInt(0, 7)) {
        case 0 -> "x";
        case 1 -> "obj-0";
        default -> prefix + data.consumeInt(0, 5);
      };
    }

    int count(int max) {
      return data.consumeInt(0, max);
    }

    LocalDate day() {
      if (data.consumeInt(0, 7) == 0) {
        return LocalDate.ofEpochDay(data.consumeLong(MIN.toEpochDay(), MAX.toEpochDay()));
      }
      return base.plusDays(data.consumeInt(-400, 800));
    }

    DateRange range() {
      LocalDate a = day();
      LocalDate b = data.consumeBoolean() ? a.plusDays(data.consumeInt(0, 120)) : day();
      return a.isAfter(b) ? DateRange.of(b, a) : DateRange.of(a, b);
    }

    YearMonth month() {
      return YearMonth.from(day());
    }

    Visibility visibility() {
      return data.consumeInt(0, 4) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC;
    }

    BigDecimal number() {
      return BigDecimal.valueOf(data.consumeInt(-1000, 100_000), data.consumeInt(0, 3));
    }

    String text() {
      String s = data.consumeString(12);
      return s.isBlank() ? "t" : s;
    }

    Frequency frequency() {
      return switch (data.consumeInt(0, 6)) {
        case 0 -> Frequency.weekly();
        case 1 -> Frequency.biweekly();
        case 2 -> Frequency.monthly();
        case 3 -> Frequency.quarterly();
        case 4 -> Frequency.everyDays(data.consumeInt(1, 400));
        case 5 -> Frequency.everyWeeks(data.consumeInt(1, 60));
        default -> Frequency.everyMonths(data.consumeInt(1, 24));
      };
    }

    Plan plan() {
      Plan.Builder b =
          Plan.builder()
              .id(id("plan-"))
              .name(text())
              .period(range())
              .fiscalYearStart(data.pickValue(Month.values()));
      for (int i = count(3); i > 0; i--) {
        b.addStakeholder(Stakeholder.of(id("sh-"), text()));
      }
      for (int i = count(3); i > 0; i--) {
        b.addTeamMember(TeamMember.of(id("tm-"), text()));
      }
      for (int i = count(4); i > 0; i--) {
        Objective.Builder o =
            Objective.builder()
                .id(id("obj-"))
                .title(text())
                .visibility(visibility())
                .status(data.pickValue(Lifecycle.values()));
        for (int k = count(2); k > 0; k--) {
          o.addStakeholderId(id("sh-"));
        }
        if (data.consumeBoolean()) {
          o.target(Target.of(text(), "%", number(), number(), data.pickValue(Direction.values())));
        }
        if (data.consumeBoolean()) {
          o.period(range());
        }
        b.addObjective(o.build());
      }
      for (int i = count(4); i > 0; i--) {
        Capability.Builder c =
            Capability.builder()
                .id(id("cap-"))
                .name(text())
                .visibility(visibility())
                .status(data.pickValue(Lifecycle.values()));
        for (int k = count(2); k > 0; k--) {
          c.addObjectiveId(id("obj-"));
        }
        b.addCapability(c.build());
      }
      for (int i = count(5); i > 0; i--) {
        QuickWin.Builder q =
            QuickWin.builder()
                .id(id("qw-"))
                .title(text())
                .visibility(visibility())
                .plannedMonth(month());
        for (int k = count(2); k > 0; k--) {
          q.addCapabilityId(id("cap-"));
        }
        if (data.consumeBoolean()) {
          q.addObjectiveId(id("obj-"));
        }
        if (data.consumeBoolean()) {
          q.buildsOn(id("qw-"));
        }
        switch (data.consumeInt(0, 3)) {
          case 0 -> q.launchedOn(day());
          case 1 -> q.status(QuickWinStatus.MISSED);
          default -> {}
        }
        b.addQuickWin(q.build());
      }
      for (int i = count(4); i > 0; i--) {
        b.addSprint(
            data.consumeBoolean()
                ? Sprint.ofMonth(id("sp-"), month())
                : Sprint.builder().id(id("sp-")).range(range()).build());
      }
      for (int i = count(6); i > 0; i--) {
        Okr.Builder o =
            Okr.builder()
                .id(id("okr-"))
                .title(text())
                .level(data.pickValue(OkrLevel.values()))
                .period(range())
                .visibility(visibility())
                .status(data.pickValue(Lifecycle.values()));
        switch (data.consumeInt(0, 2)) {
          case 0 -> o.parentId(id("okr-"));
          case 1 ->
              o.externalParent(
                  ExternalOkrRef.of(id("ext-"), text(), data.pickValue(OkrLevel.values())));
          default -> {}
        }
        if (data.consumeBoolean()) {
          o.addBuyIn(SignOff.of(id("sh-"), text(), day()));
        }
        for (int k = count(3); k > 0; k--) {
          o.addKeyResult(keyResult());
        }
        b.addOkr(o.build());
      }
      for (int i = count(3); i > 0; i--) {
        Kpi.Builder k =
            Kpi.builder()
                .id(id("kpi-"))
                .name(text())
                .definition(text())
                .unit("%")
                .kind(data.pickValue(KpiKind.values()));
        if (data.consumeBoolean()) {
          k.targetValue(number());
        }
        if (data.consumeBoolean()) {
          k.addAgreement(SignOff.of(id("sh-"), text(), day()));
        }
        b.addKpi(k.build());
      }
      for (int i = count(3); i > 0; i--) {
        StrategyStep.Builder s =
            StrategyStep.builder()
                .id(id("step-"))
                .title(text())
                .parentId(id("obj-"))
                .visibility(visibility());
        if (data.consumeBoolean()) {
          s.addAssigneeId(id("tm-"));
        }
        b.addStrategyStep(s.build());
      }
      for (int i = count(3); i > 0; i--) {
        CadenceKind kind = data.pickValue(CadenceKind.values());
        ReviewCadence.Builder c =
            ReviewCadence.builder()
                .id(id("cad-"))
                .name(text())
                .kind(kind)
                .frequency(frequency())
                .graceDays(data.consumeInt(0, 30))
                .visibility(visibility());
        for (int k = count(2); k > 0; k--) {
          c.addSubjectId(data.consumeBoolean() ? id("okr-") : id("ig-"));
        }
        if (data.consumeBoolean()) {
          c.startsOn(day());
        }
        b.addReviewCadence(c.build());
      }
      for (int i = count(5); i > 0; i--) {
        LocalDate held = day();
        Review.Builder r =
            Review.builder()
                .id(id("rev-"))
                .cadenceId(id("cad-"))
                .heldOn(held)
                .covers(data.consumeBoolean() ? DateRange.ofMonth(YearMonth.from(held)) : range())
                .visibility(visibility());
        if (data.consumeBoolean()) {
          r.addKpiId(id("kpi-"));
        }
        b.addReview(r.build());
      }
      for (int i = count(3); i > 0; i--) {
        InternalGoal.Builder g = InternalGoal.builder().id(id("ig-")).title(text());
        for (int k = count(2); k > 0; k--) {
          SuccessIndicator.Builder s =
              SuccessIndicator.builder()
                  .id(id("ind-"))
                  .description(text())
                  .kind(data.pickValue(IndicatorKind.values()));
          if (data.consumeBoolean()) {
            s.addItem(ChecklistItem.of(id("item-"), text()));
          }
          g.addIndicator(s.build());
        }
        b.addInternalGoal(g.build());
      }
      for (int i = count(6); i > 0; i--) {
        WorkItem.Builder w =
            WorkItem.builder()
                .id(id("wi-"))
                .createdOn(day())
                .kind(data.pickValue(WorkKind.values()))
                .urgent(data.consumeBoolean())
                .visionAligned(data.consumeBoolean());
        if (data.consumeBoolean()) {
          w.hours(BigDecimal.valueOf(data.consumeInt(0, 800), 1));
        }
        b.addWorkItem(w.build());
      }
      for (int i = count(3); i > 0; i--) {
        RequestTriage.Builder t =
            RequestTriage.builder()
                .id(id("tri-"))
                .workItemId(id("wi-"))
                .receivedOn(day())
                .decision(data.pickValue(TriageDecision.values()));
        if (data.consumeBoolean()) {
          t.purpose(text()).urgencyReason(text()).impact(text());
        }
        b.addRequestTriage(t.build());
      }
      for (int i = count(2); i > 0; i--) {
        b.addDocument(
            Document.builder()
                .id(id("doc-"))
                .title(text())
                .writtenOn(day())
                .reviewEvery(Period.ofMonths(data.consumeInt(1, 24)))
                .build());
      }
      for (int i = count(2); i > 0; i--) {
        b.addNote(Note.builder().id(id("note-")).text(text()).aboutId(id("obj-")).build());
      }
      return b.build();
    }

    KeyResult keyResult() {
      KeyResultKind kind = data.pickValue(KeyResultKind.values());
      KeyResult.Builder k = KeyResult.builder().id(id("kr-")).title(text()).kind(kind);
      switch (kind) {
        case METRIC -> {
          k.start(number()).target(number());
          if (data.consumeBoolean()) {
            k.unit("%");
          }
        }
        case QUALITATIVE -> {
          k.start(BigDecimal.ZERO).target(BigDecimal.TEN);
          if (data.consumeBoolean()) {
            k.scale(Scale.of(-100, 100, "NPS"));
          }
        }
        case THRESHOLD -> k.target(number());
        case MILESTONES -> {
          for (int i = count(2); i > 0; i--) {
            k.addMilestone(Milestone.of(id("ms-"), text()));
          }
        }
        case BINARY -> {}
      }
      return k.build();
    }
  }
}
