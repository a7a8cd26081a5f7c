package dev.mops.testing;

import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.CheckIn;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
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
import dev.mops.model.Milestone;
import dev.mops.model.Note;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.RequestTriage;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.ReviewFormat;
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
import dev.mops.model.Vision;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random, well-formed plans for property tests: every element is built through the public builders,
 * ids are unique, and every reference names an element of the expected kind. A plan is a pure
 * function of (size, seed), so a failing case is reproducible from its description.
 *
 * <p>Size is the number of objectives; the other lists grow with it (about 2 capabilities, 3 quick
 * wins, 2 OKRs with 1–4 key results, 1 KPI, 1 internal goal and 5 work items per objective), so a
 * plan of size N has roughly 25·N elements.
 */
public final class RandomPlans {
  private RandomPlans() {}

  /**
   * The plan of {@code size} objectives made from {@code seed}: the same arguments always give an
   * equal plan, on every platform.
   *
   * <p>With a property-testing library, draw the two numbers and map them, e.g. with QuickTheories
   * {@code integers().between(1, 20).zip(longs().all(), RandomPlans::plan)}.
   *
   * @throws IllegalArgumentException if {@code size} is not in {@code [1, 10_000]}
   */
  public static Plan plan(int size, long seed) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "], got " + size);
    }
    return new Maker(size, seed).make();
  }

  /** The largest size {@link #plan(int, long)} accepts: about 250,000 elements. */
  public static final int MAX_SIZE = 10_000;

  /**
   * A short description of a random plan for a failing property's report: its id (which names the
   * size and seed) and its number of elements.
   */
  public static String describe(Plan plan) {
    return plan.id() + " (" + plan.elements().size() + " elements)";
  }

  /**
   * Quick win {@code i} of a random plan, drawn from {@code r}: a month of {@code year}, one of
   * {@code capabilities} capabilities, for a third one of {@code objectives} objectives directly,
   * for half an earlier quick win to build on, and a quarter each launched, missed or cancelled;
   * {@code afterMonth} adds what a caller draws between the month and the rest (so that each caller
   * keeps its own sequence of draws). Shared by this class and {@link QuickWinPlans}.
   */
  static QuickWin.Builder randomQuickWin(
      Random r,
      Year year,
      int i,
      int capabilities,
      int objectives,
      UnaryOperator<QuickWin.Builder> afterMonth) {
    YearMonth month = year.atMonth(1 + r.nextInt(12));
    QuickWin.Builder q =
        afterMonth.apply(
            QuickWin.builder()
                .id("qw-" + i)
                .title("Quick win " + i)
                .addCapabilityId("cap-" + r.nextInt(capabilities))
                .plannedMonth(month));
    if (r.nextInt(3) == 0) {
      q.addObjectiveId("obj-" + r.nextInt(objectives));
    }
    if (i > 0 && r.nextBoolean()) {
      q.buildsOn("qw-" + r.nextInt(i));
    }
    switch (r.nextInt(4)) {
      case 0 -> q.launchedOn(month.atDay(1 + r.nextInt(28)));
      case 1 -> q.status(QuickWinStatus.MISSED).outcomeNote("slipped");
      case 2 -> q.status(QuickWinStatus.CANCELLED);
      default -> {}
    }
    return q;
  }

  private static final class Maker {
    private final int size;
    private final long seed;
    private final Random r;
    private final Year year;
    private final Plan.Builder b = Plan.builder();

    Maker(int size, long seed) {
      this.size = size;
      this.seed = seed;
      this.r = new Random(seed);
      this.year = Year.of(2025 + r.nextInt(5));
    }

    Plan make() {
      b.id("plan-" + size + "-" + Long.toHexString(seed))
          .name("Random plan " + size)
          .period(DateRange.ofYear(year))
          .fiscalYearStart(Month.of(1 + r.nextInt(12)));
      if (r.nextBoolean()) {
        b.team("MOps");
      }
      int stakeholders = 1 + r.nextInt(3);
      for (int i = 0; i < stakeholders; i++) {
        b.addStakeholder(
            Stakeholder.builder()
                .id("sh-" + i)
                .name("Stakeholder " + i)
                .department(pick("sales", "marketing", "sales-ops", "procurement"))
                .build());
      }
      int members = 1 + r.nextInt(4);
      for (int i = 0; i < members; i++) {
        b.addTeamMember(
            TeamMember.builder()
                .id("tm-" + i)
                .name("Member " + i)
                .active(r.nextInt(5) > 0)
                .build());
      }
      b.vision(
          Vision.builder()
              .statement("Vision " + seed)
              .addPlanOfAction("step one", "step two")
              .addSignOff(SignOff.of("sh-0", "Exec", year.atDay(1 + r.nextInt(20))))
              .extensions(randomExtensions())
              .build());
      for (int m = 1; m <= 12; m++) {
        b.addSprint(
            Sprint.builder()
                .id("sp-" + m)
                .range(DateRange.ofMonth(year.atMonth(m)))
                .visibility(visibility())
                .build());
      }
      for (int i = 0; i < size; i++) {
        objective(i, stakeholders, members);
      }
      for (int i = 0; i < 2 * size; i++) {
        capability(i, members);
      }
      for (int i = 0; i < 3 * size; i++) {
        quickWin(i);
      }
      for (int i = 0; i < 2 * size; i++) {
        okr(i, stakeholders);
      }
      for (int i = 0; i < size; i++) {
        kpi(i, stakeholders);
        internalGoal(i, members);
        step(i, stakeholders, members);
      }
      cadences();
      for (int i = 0; i < 5 * size; i++) {
        work(i, stakeholders, members);
      }
      for (int i = 0; i < size; i++) {
        b.addDocument(
            Document.builder()
                .id("doc-" + i)
                .title("Doc " + i)
                .writtenOn(
                    r.nextBoolean() ? java.util.Optional.of(day()) : java.util.Optional.empty())
                .reviewEvery(Period.ofMonths(1 + r.nextInt(12)))
                .build());
        b.addSkill(Skill.of("skill-" + i, "Skill " + i));
        b.addLearningActivity(
            LearningActivity.builder()
                .id("la-" + i)
                .memberId("tm-" + r.nextInt(members))
                .addSkillId("skill-" + i)
                .on(day())
                .kind(oneOf(ActivityKind.values()))
                .build());
        b.addNote(
            Note.builder()
                .id("note-" + i)
                .text("secret note " + i)
                .aboutId("obj-" + r.nextInt(size))
                .build());
      }
      return b.extensions(randomExtensions()).build();
    }

    private void objective(int i, int stakeholders, int members) {
      Objective.Builder o =
          Objective.builder()
              .id("obj-" + i)
              .title("Objective " + i)
              .addStakeholderId("sh-" + r.nextInt(stakeholders))
              .visibility(visibility())
              .status(oneOf(Lifecycle.values()));
      if (r.nextBoolean()) {
        BigDecimal base = BigDecimal.valueOf(r.nextInt(1000));
        o.target(
            Target.builder()
                .metric("metric " + i)
                .unit("%")
                .baseline(base)
                .value(base.add(BigDecimal.valueOf(1 + r.nextInt(100))))
                .direction(Direction.INCREASE)
                .addObservation(Observation.of(day(), BigDecimal.valueOf(r.nextInt(1000), 1)))
                .build());
      }
      if (r.nextBoolean()) {
        o.longTermVision("Long-term vision " + i);
      }
      if (r.nextBoolean()) {
        o.owner("tm-" + r.nextInt(members));
      }
      b.addObjective(o.extensions(randomExtensions()).build());
    }

    private void capability(int i, int members) {
      Capability.Builder c =
          Capability.builder()
              .id("cap-" + i)
              .name("Capability " + i)
              .addObjectiveId("obj-" + r.nextInt(size))
              .visibility(visibility());
      if (r.nextBoolean()) {
        c.estimatedBuild(Period.ofMonths(1 + r.nextInt(9)));
      }
      if (r.nextBoolean()) {
        c.owner("tm-" + r.nextInt(members));
      }
      b.addCapability(c.build());
    }

    private void quickWin(int i) {
      QuickWin.Builder q =
          randomQuickWin(r, year, i, 2 * size, size, w -> w.visibility(visibility()));
      b.addQuickWin(q.extensions(randomExtensions()).build());
    }

    private void okr(int i, int stakeholders) {
      LocalDate start = year.atMonth(1 + 3 * r.nextInt(4)).atDay(1);
      Okr.Builder o =
          Okr.builder()
              .id("okr-" + i)
              .title("OKR " + i)
              .level(
                  i == 0
                      ? OkrLevel.MARKETING
                      : oneOf(OkrLevel.COMPANY, OkrLevel.MARKETING, OkrLevel.MOPS))
              .period(DateRange.of(start, start.plusMonths(3).minusDays(1)))
              .visibility(visibility());
      if (i > 0 && r.nextBoolean()) {
        o.parentId("okr-" + r.nextInt(i));
      } else if (r.nextBoolean()) {
        o.externalParent(ExternalOkrRef.of("ext-" + i, "Marketing OKR " + i, OkrLevel.MARKETING));
      }
      if (r.nextBoolean()) {
        o.addBuyIn(SignOff.of("sh-" + r.nextInt(stakeholders), "Person", start));
      }
      int krs = 1 + r.nextInt(4);
      for (int k = 0; k < krs; k++) {
        o.addKeyResult(keyResult("kr-" + i + "-" + k, start));
      }
      b.addOkr(o.build());
    }

    private KeyResult keyResult(String id, LocalDate start) {
      KeyResultKind kind = oneOf(KeyResultKind.values());
      KeyResult.Builder k =
          KeyResult.builder()
              .id(id)
              .title("Key result " + id)
              .kind(kind)
              .weight(BigDecimal.valueOf(1 + r.nextInt(3)));
      switch (kind) {
        case METRIC -> {
          boolean up = r.nextBoolean();
          k.direction(up ? Direction.INCREASE : Direction.DECREASE)
              .unit("%")
              .start(BigDecimal.valueOf(50))
              .target(BigDecimal.valueOf(up ? 80 : 20))
              .addCheckIn(
                  CheckIn.builder()
                      .on(start.plusDays(r.nextInt(80)))
                      .value(BigDecimal.valueOf(r.nextInt(100)))
                      .confidence(new BigDecimal("0.5"))
                      .build());
        }
        case THRESHOLD ->
            k.direction(r.nextBoolean() ? Direction.AT_OR_ABOVE : Direction.AT_OR_BELOW)
                .target(BigDecimal.TEN)
                .unit("points");
        case BINARY -> {
          if (r.nextBoolean()) {
            k.doneOn(start.plusDays(r.nextInt(80)));
          }
        }
        case MILESTONES -> {
          for (int m = 0; m < 1 + r.nextInt(3); m++) {
            k.addMilestone(
                Milestone.builder()
                    .id(id + "-m" + m)
                    .title("Milestone " + m)
                    .doneOn(
                        r.nextBoolean()
                            ? java.util.Optional.of(start.plusDays(m))
                            : java.util.Optional.empty())
                    .build());
          }
        }
        case QUALITATIVE ->
            k.scale(Scale.of(-100, 100, "internal NPS"))
                .start(BigDecimal.ZERO)
                .target(BigDecimal.valueOf(30));
      }
      return k.build();
    }

    private void kpi(int i, int stakeholders) {
      Kpi.Builder k =
          Kpi.builder()
              .id("kpi-" + i)
              .name("KPI " + i)
              .definition("defined " + i)
              .measure(pick("emails sent", "movement to opportunity", "click rate", "conversions"))
              .unit("%")
              .kind(oneOf(KpiKind.OUTCOME, KpiKind.OUTPUT, KpiKind.UNSPECIFIED))
              .visibility(visibility());
      if (r.nextBoolean()) {
        k.targetValue(BigDecimal.valueOf(r.nextInt(50)));
      }
      if (r.nextBoolean()) {
        k.addAgreement(SignOff.of("sh-" + r.nextInt(stakeholders), "Boss", year.atDay(1)));
      }
      k.addObservation(Observation.of(day(), BigDecimal.valueOf(r.nextInt(100))));
      b.addKpi(k.build());
    }

    private void internalGoal(int i, int members) {
      InternalGoal.Builder g =
          InternalGoal.builder()
              .id("ig-" + i)
              .title("Internal goal " + i)
              .owner("tm-" + r.nextInt(members));
      int indicators = r.nextInt(3);
      for (int k = 0; k < indicators; k++) {
        SuccessIndicator.Builder ind =
            SuccessIndicator.builder()
                .id("ind-" + i + "-" + k)
                .description("secret indicator " + i + "-" + k)
                .kind(oneOf(IndicatorKind.values()));
        if (r.nextBoolean()) {
          ind.addItem(ChecklistItem.of("item-" + i + "-" + k, "Item"));
        }
        g.addIndicator(ind.build());
      }
      b.addInternalGoal(g.build());
    }

    private void step(int i, int stakeholders, int members) {
      b.addStrategyStep(
          StrategyStep.builder()
              .id("step-" + i)
              .title("Step " + i)
              .parentId(r.nextBoolean() ? "obj-" + r.nextInt(size) : "cap-" + r.nextInt(2 * size))
              .addStakeholderId("sh-" + r.nextInt(stakeholders))
              .assigneeIds(r.nextBoolean() ? List.of("tm-" + r.nextInt(members)) : List.of())
              .kpiId("kpi-" + r.nextInt(size))
              .expectedDirection(Direction.INCREASE)
              .visibility(visibility())
              .build());
    }

    private void cadences() {
      b.addReviewCadence(
          ReviewCadence.builder()
              .id("rc-update")
              .name("Monthly update")
              .kind(CadenceKind.STAKEHOLDER_UPDATE)
              .frequency(Frequency.monthly())
              .format(ReviewFormat.ONE_PAGER)
              .addAudience("sh-0")
              .build());
      b.addReviewCadence(
          ReviewCadence.builder()
              .id("rc-qbr")
              .name("QBR")
              .kind(CadenceKind.BUSINESS_REVIEW)
              .frequency(Frequency.quarterly())
              .addSubjectId("kpi-0")
              .build());
      b.addReviewCadence(
          ReviewCadence.builder()
              .id("rc-internal")
              .name("Internal goals")
              .kind(CadenceKind.INTERNAL_GOAL_REVIEW)
              .frequency(Frequency.quarterly())
              .visibility(Visibility.INTERNAL)
              .addSubjectId("ig-0")
              .build());
      b.addReview(
          Review.builder()
              .id("rv-qbr-1")
              .cadenceId("rc-qbr")
              .heldOn(year.atMonth(4).atDay(5))
              .covers(DateRange.of(year.atDay(1), year.atMonth(3).atEndOfMonth()))
              .addKpiId("kpi-0")
              .build());
      b.addReview(
          Review.builder()
              .id("rv-internal-1")
              .cadenceId("rc-internal")
              .heldOn(year.atMonth(4).atDay(9))
              .covers(DateRange.of(year.atDay(1), year.atMonth(3).atEndOfMonth()))
              .visibility(Visibility.INTERNAL)
              .build());
    }

    private void work(int i, int stakeholders, int members) {
      WorkItem.Builder w =
          WorkItem.builder()
              .id("wi-" + i)
              .createdOn(day())
              .kind(r.nextBoolean() ? WorkKind.PLANNED : WorkKind.AD_HOC)
              .urgent(r.nextInt(4) == 0)
              .visionAligned(r.nextInt(10) > 0);
      if (r.nextInt(5) > 0) {
        w.hours(BigDecimal.valueOf(r.nextInt(40), 1));
      }
      if (r.nextBoolean()) {
        w.storyPoints(BigDecimal.valueOf(1 + r.nextInt(8)));
      }
      if (r.nextBoolean()) {
        w.requestedBy("sh-" + r.nextInt(stakeholders)).assignee("tm-" + r.nextInt(members));
      }
      WorkItem item = w.build();
      b.addWorkItem(item);
      if (item.urgent()) {
        b.addRequestTriage(
            RequestTriage.builder()
                .id("tri-" + i)
                .workItemId(item.id())
                .receivedOn(item.createdOn())
                .purpose("secret purpose")
                .decision(TriageDecision.ACCEPTED)
                .build());
      }
    }

    private LocalDate day() {
      return year.atDay(1 + r.nextInt(year.length()));
    }

    private Visibility visibility() {
      return r.nextInt(4) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC;
    }

    @SafeVarargs
    private <T> T oneOf(T... options) {
      return options[r.nextInt(options.length)];
    }

    private String pick(String... options) {
      return options[r.nextInt(options.length)];
    }

    private Extensions randomExtensions() {
      if (r.nextInt(3) > 0) {
        return Extensions.empty();
      }
      List<ExtensionValue> arr = new ArrayList<>();
      arr.add(ExtensionValue.number("1.50"));
      arr.add(ExtensionValue.nullValue());
      arr.add(ExtensionValue.bool(r.nextBoolean()));
      return Extensions.of(Map.of("acme.id", ExtensionValue.string("x-" + r.nextInt(1000))))
          .with("acme.data", ExtensionValue.object(Map.of("list", ExtensionValue.array(arr))));
    }
  }
}
