package dev.mops.check;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.ElementKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Random plans that can be built, for the checker's property tests. A plan is a pure function of
 * (size, seed, messy): size is the number of objectives, and every other list grows with it. A
 * messy plan has every kind of problem now and then (dangling ids, duplicate ids, cycles, internal
 * elements referenced by public ones, periods outside the plan); a tidy one has unique ids,
 * references that resolve, and internal elements referenced only by internal ones.
 */
final class ArbitraryPlans {
  private ArbitraryPlans() {}

  static Gen<Plan> messy(int maxSize) {
    return integers()
        .between(1, maxSize)
        .zip(longs().all(), (n, s) -> plan(n, s, true))
        .describedAs(p -> p.id() + " (" + p.elements().size() + " elements)");
  }

  static Gen<Plan> tidy(int maxSize) {
    return integers()
        .between(1, maxSize)
        .zip(longs().all(), (n, s) -> plan(n, s, false))
        .describedAs(p -> p.id() + " (" + p.elements().size() + " elements)");
  }

  static Plan plan(int size, long seed, boolean messy) {
    return new Maker(size, seed, messy, "").make();
  }

  /**
   * The plan of {@link #plan(int, long, boolean)} with every id and every reference suffixed by
   * {@code suffix}: copies with different suffixes can be merged into one plan without sharing an
   * id, and the merged plan has the copies' problems, each as often as the copies have them.
   */
  static Plan plan(int size, long seed, boolean messy, String suffix) {
    return new Maker(size, seed, messy, suffix).make();
  }

  /**
   * {@code k} suffixed copies of one random plan ({@code -c0}, {@code -c1}, …) merged into one
   * plan.
   */
  static Plan copies(int k, int size, long seed, boolean messy) {
    Plan first = plan(size, seed, messy, "-c0");
    Plan.Builder b = Plan.builder().from(first);
    for (int i = 1; i < k; i++) {
      Plan p = plan(size, seed, messy, "-c" + i);
      for (ElementKind kind : ElementKind.PLAN.holds()) {
        b.addAllElements(p.elements(kind));
      }
    }
    return b.build();
  }

  private static final class Maker {
    final int n;
    final Random r;
    final boolean messy;
    final Year year;
    final Plan.Builder b = Plan.builder();
    final String suffix;

    Maker(int n, long seed, boolean messy, String suffix) {
      this.suffix = suffix;
      this.n = n;
      this.r = new Random(seed);
      this.messy = messy;
      this.year = Year.of(2026 + r.nextInt(3));
      b.id("plan-" + n + "-" + Long.toHexString(seed) + (messy ? "-m" : "-t"))
          .name("Random plan")
          .period(DateRange.ofYear(year))
          .fiscalYearStart(Month.of(1 + r.nextInt(12)));
    }

    boolean rare() {
      return messy && r.nextInt(12) == 0;
    }

    String ref(String prefix, int count) {
      if (rare()) {
        return "ghost-" + r.nextInt(5) + suffix;
      }
      return prefix + r.nextInt(Math.max(1, count)) + suffix;
    }

    String id(String prefix, int i) {
      return (rare() ? prefix + Math.max(0, i - 1) : prefix + i) + suffix;
    }

    Visibility vis() {
      return r.nextInt(6) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC;
    }

    LocalDate day() {
      LocalDate d = year.atDay(1 + r.nextInt(year.length()));
      return rare() ? d.plusYears(1) : d;
    }

    YearMonth month() {
      return year.atMonth(1 + r.nextInt(12)).plusMonths(rare() ? 12 : 0);
    }

    <T> T pick(List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    Plan make() {
      int stakeholders = 1 + r.nextInt(3);
      int members = 1 + r.nextInt(3);
      int objectives = n;
      int capabilities = 2 * n;
      int quickWins = 3 * n;
      int okrs = 2 * n;
      int kpis = n;
      for (int i = 0; i < stakeholders; i++) {
        b.addStakeholder(Stakeholder.of(id("sh-", i), "Stakeholder " + i));
      }
      for (int i = 0; i < members; i++) {
        b.addTeamMember(TeamMember.of(id("tm-", i), "Member " + i));
      }
      // tidy plans keep internal objectives, capabilities and quick wins out of public references:
      // visibility is decided per index, and public elements only reference public ones
      boolean[] objInternal = new boolean[objectives];
      boolean[] capInternal = new boolean[capabilities];
      for (int i = 0; i < objectives; i++) {
        Visibility v = vis();
        objInternal[i] = v == Visibility.INTERNAL;
        Objective.Builder o =
            Objective.builder()
                .id(id("obj-", i))
                .title("Objective " + i)
                .visibility(v)
                .status(r.nextInt(10) == 0 ? Lifecycle.CANCELLED : Lifecycle.ACTIVE);
        if (!messy || r.nextInt(5) > 0) {
          o.addStakeholderId(ref("sh-", stakeholders));
        }
        if (r.nextBoolean()) {
          BigDecimal base = BigDecimal.valueOf(r.nextInt(1000));
          o.target(
              Target.of(
                  "metric",
                  "USD",
                  base,
                  base.add(BigDecimal.valueOf(r.nextInt(200) - (messy ? 50 : -1))),
                  Direction.INCREASE));
        }
        if (r.nextInt(4) == 0) {
          LocalDate s = day();
          o.period(DateRange.of(s, s.plusMonths(3)));
        }
        b.addObjective(o.build());
      }
      for (int i = 0; i < capabilities; i++) {
        Visibility v = vis();
        capInternal[i] = v == Visibility.INTERNAL;
        Capability.Builder c =
            Capability.builder().id(id("cap-", i)).name("Capability " + i).visibility(v);
        int links = r.nextInt(3);
        for (int k = 0; k < links; k++) {
          int o = r.nextInt(objectives);
          if (messy || !objInternal[o] || capInternal[i]) {
            c.addObjectiveId(messy ? ref("obj-", objectives) : "obj-" + o + suffix);
          }
        }
        if (r.nextInt(8) == 0) {
          c.status(Lifecycle.DRAFT);
        }
        b.addCapability(c.build());
      }
      boolean[] qwInternal = new boolean[quickWins];
      YearMonth[] qwMonth = new YearMonth[quickWins];
      List<Capability> caps = b.build().capabilities();
      for (int i = 0; i < quickWins; i++) {
        Visibility v = vis();
        boolean internal = v == Visibility.INTERNAL;
        qwInternal[i] = internal;
        qwMonth[i] = month();
        String own = id("qw-", i);
        QuickWin.Builder q = QuickWin.builder().id(own).title("Quick win " + i).visibility(v);
        int links = r.nextInt(3);
        List<String> claimable = new ArrayList<>();
        for (int k = 0; k < links; k++) {
          int c = r.nextInt(capabilities);
          if (messy || !capInternal[c] || internal) {
            q.addCapabilityId(messy ? ref("cap-", capabilities) : "cap-" + c + suffix);
            claimable.addAll(caps.get(c).objectiveIds());
          }
        }
        if (r.nextInt(4) == 0) {
          if (messy) {
            q.addObjectiveId("obj-" + r.nextInt(objectives) + suffix);
          } else if (!claimable.isEmpty()) {
            q.addObjectiveId(pick(claimable));
          }
        }
        if (i > 0 && r.nextInt(3) == 0) {
          int on = messy ? r.nextInt(quickWins) : r.nextInt(i);
          if (messy && !own.equals("qw-" + on + suffix)) {
            q.buildsOn("qw-" + on + suffix);
          } else if (!messy && (internal || !qwInternal[on]) && qwMonth[on].getMonthValue() < 12) {
            q.buildsOn("qw-" + on + suffix);
            qwMonth[i] = qwMonth[on].plusMonths(1 + r.nextInt(12 - qwMonth[on].getMonthValue()));
          }
        }
        q.plannedMonth(qwMonth[i]);
        switch (r.nextInt(4)) {
          case 0 -> q.launchedOn(day());
          case 1 -> q.status(QuickWinStatus.MISSED);
          default -> {}
        }
        b.addQuickWin(q.build());
      }
      for (int m = 1; m <= 12; m++) {
        b.addSprint(Sprint.ofMonth(id("sp-", m), year.atMonth(m)));
      }
      if (messy && r.nextBoolean()) {
        LocalDate d = day();
        b.addSprint(
            Sprint.builder().id("sp-x" + suffix).range(DateRange.of(d, d.plusDays(40))).build());
      }
      for (int i = 0; i < okrs; i++) {
        OkrLevel level =
            pick(List.of(OkrLevel.MOPS, OkrLevel.MOPS, OkrLevel.MARKETING, OkrLevel.COMPANY));
        Okr.Builder o =
            Okr.builder()
                .id(id("okr-", i))
                .title("OKR " + i)
                .level(level)
                .period(Quarter(r.nextInt(4)))
                .visibility(messy ? vis() : Visibility.PUBLIC);
        if (r.nextInt(3) > 0) {
          if (r.nextBoolean() && (messy || i > 0)) {
            o.parentId(messy ? ref("okr-", okrs) : "okr-" + r.nextInt(i) + suffix);
          } else {
            o.externalParent(ExternalOkrRef.of("ext-" + i, "External " + i, OkrLevel.MARKETING));
          }
        }
        if (r.nextBoolean()) {
          o.addBuyIn(SignOff.of(ref("sh-", stakeholders), "Person", day()));
        }
        int krs = messy ? r.nextInt(4) : 1 + r.nextInt(3);
        for (int k = 0; k < krs; k++) {
          o.addKeyResult(keyResult("kr-" + i + "-" + k + suffix));
        }
        b.addOkr(o.build());
      }
      for (int i = 0; i < kpis; i++) {
        Kpi.Builder k =
            Kpi.builder()
                .id(id("kpi-", i))
                .name(
                    pick(
                        List.of(
                            "Emails sent",
                            "Click rate",
                            "Movement to opportunity",
                            "Campaigns launched",
                            "Conversions")))
                .definition("d")
                .unit("%")
                .kind(pick(List.of(KpiKind.OUTCOME, KpiKind.OUTPUT, KpiKind.UNSPECIFIED)));
        if (r.nextBoolean()) {
          k.targetValue(BigDecimal.valueOf(r.nextInt(100)));
        }
        if (r.nextBoolean()) {
          k.addAgreement(SignOff.of(ref("sh-", stakeholders), "Exec", day()));
        }
        b.addKpi(k.build());
      }
      for (int i = 0; i < n; i++) {
        StrategyStep.Builder s =
            StrategyStep.builder()
                .id(id("step-", i))
                .title("Step " + i)
                .parentId("obj-" + i + suffix);
        if (objInternal[i]) {
          s.visibility(Visibility.INTERNAL);
        }
        if (r.nextBoolean()) {
          s.addAssigneeId(ref("tm-", members));
        }
        b.addStrategyStep(s.build());
      }
      int cadences = 1 + r.nextInt(5);
      for (int i = 0; i < cadences; i++) {
        CadenceKind kind = pick(List.of(CadenceKind.values()));
        ReviewCadence.Builder c =
            ReviewCadence.builder()
                .id(id("cad-", i))
                .name("Cadence " + i)
                .kind(kind)
                .frequency(
                    pick(
                        List.of(
                            Frequency.weekly(),
                            Frequency.biweekly(),
                            Frequency.monthly(),
                            Frequency.quarterly(),
                            Frequency.everyDays(10),
                            Frequency.everyMonths(5))))
                .graceDays(r.nextInt(10));
        if (kind == CadenceKind.INTERNAL_GOAL_REVIEW) {
          c.visibility(Visibility.INTERNAL);
          if (messy && r.nextBoolean()) {
            c.visibility(Visibility.PUBLIC).addSubjectId("ig-0" + suffix);
          }
        } else if (r.nextBoolean()) {
          c.addSubjectId(ref("okr-", okrs));
        }
        if (r.nextBoolean()) {
          c.startsOn(day());
        }
        b.addReviewCadence(c.build());
        int held = r.nextInt(6);
        for (int k = 0; k < held; k++) {
          YearMonth m = month();
          b.addReview(
              Review.builder()
                  .id(id("rev-" + i + "-", k))
                  .cadenceId(messy ? ref("cad-", cadences) : "cad-" + i + suffix)
                  .heldOn(m.atEndOfMonth())
                  .covers(DateRange.ofMonth(m))
                  .addKpiId(ref("kpi-", kpis))
                  .visibility(
                      kind == CadenceKind.INTERNAL_GOAL_REVIEW && !messy
                          ? Visibility.INTERNAL
                          : Visibility.PUBLIC)
                  .build());
        }
      }
      for (int i = 0; i < n; i++) {
        InternalGoal.Builder g =
            InternalGoal.builder().id(id("ig-", i)).title("Internal goal " + i);
        int inds = messy ? r.nextInt(3) : 1 + r.nextInt(2);
        for (int k = 0; k < inds; k++) {
          SuccessIndicator.Builder s =
              SuccessIndicator.builder()
                  .id("ind-" + i + "-" + k + suffix)
                  .description("how")
                  .kind(pick(List.of(IndicatorKind.values())));
          if (r.nextBoolean()) {
            s.addItem(ChecklistItem.of("item-" + i + "-" + k + suffix, "item"));
          }
          g.addIndicator(s.build());
        }
        b.addInternalGoal(g.build());
      }
      int items = 5 * n;
      for (int i = 0; i < items; i++) {
        WorkItem.Builder w =
            WorkItem.builder()
                .id(id("wi-", i))
                .createdOn(day())
                .kind(r.nextBoolean() ? WorkKind.PLANNED : WorkKind.AD_HOC)
                .urgent(r.nextInt(4) == 0)
                .visionAligned(r.nextInt(10) > 0);
        if (r.nextInt(6) > 0) {
          w.hours(BigDecimal.valueOf(r.nextInt(80), 1));
        }
        b.addWorkItem(w.build());
        if (r.nextInt(5) == 0) {
          RequestTriage.Builder t =
              RequestTriage.builder()
                  .id(id("tri-", i))
                  .workItemId("wi-" + i + suffix)
                  .receivedOn(day())
                  .decision(pick(List.of(TriageDecision.values())));
          if (r.nextBoolean()) {
            t.purpose("why").urgencyReason("soon").impact("big");
          }
          b.addRequestTriage(t.build());
        }
      }
      b.addDocument(
          Document.builder()
              .id("doc-0" + suffix)
              .title("Doc")
              .writtenOn(day())
              .reviewEvery(Period.ofMonths(3))
              .build());
      b.addSkill(Skill.of("skill-0" + suffix, "Skill"));
      b.addLearningActivity(
          LearningActivity.builder()
              .id("la-0" + suffix)
              .memberId(ref("tm-", members))
              .addSkillId("skill-0" + suffix)
              .on(day())
              .kind(ActivityKind.WEBINAR)
              .build());
      b.addNote(
          Note.builder()
              .id("note-0" + suffix)
              .text("note")
              .aboutId(messy ? ref("obj-", objectives) : "ig-0" + suffix)
              .build());
      return b.build();
    }

    DateRange Quarter(int q) {
      YearMonth first = year.atMonth(1 + 3 * q);
      DateRange range = DateRange.of(first.atDay(1), first.plusMonths(2).atEndOfMonth());
      return rare() ? DateRange.of(range.start(), range.end().plusYears(1)) : range;
    }

    KeyResult keyResult(String id) {
      KeyResultKind kind = pick(List.of(KeyResultKind.values()));
      KeyResult.Builder k = KeyResult.builder().id(id).title("KR " + id).kind(kind);
      switch (kind) {
        case METRIC -> {
          k.start(BigDecimal.valueOf(r.nextInt(50))).target(BigDecimal.valueOf(50 + r.nextInt(50)));
          if (!rare()) {
            k.unit("%");
          }
        }
        case QUALITATIVE -> {
          k.start(BigDecimal.ZERO).target(BigDecimal.TEN);
          if (!rare()) {
            k.scale(Scale.of(-100, 100, "NPS"));
          }
        }
        case THRESHOLD -> k.target(BigDecimal.TEN);
        case MILESTONES -> {
          if (!rare()) {
            k.addMilestone(Milestone.of("ms-" + id, "Milestone"));
          }
        }
        case BINARY -> {}
      }
      return k.build();
    }
  }
}
