package dev.mops.check;

import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.DateRange;
import dev.mops.model.Frequency;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.SignOff;
import dev.mops.model.Skill;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

/**
 * Plans built to make a checker do far more work than their size: long OKR chains and rings,
 * cadences over ten thousand years, sprints spanning centuries, many sprints and quick wins in one
 * month, heavily shared ids and links. Each is a pure function of its arguments.
 */
final class HostilePlans {
  static final DateRange AGES = DateRange.parse("0001-01-01/9999-12-31");
  static final LocalDate END_OF_AGES = LocalDate.of(9999, 12, 31);

  private HostilePlans() {}

  static Plan.Builder base() {
    return Plan.builder()
        .id("hostile")
        .name("Hostile plan")
        .period(AGES)
        .addStakeholder(Stakeholder.of("sales", "Sales"));
  }

  static Okr okr(String id, OkrLevel level, String parent) {
    Okr.Builder b =
        Okr.builder()
            .id(id)
            .title("OKR " + id)
            .level(level)
            .period(DateRange.parse("2027-01-01/2027-03-31"))
            .addKeyResult(
                KeyResult.builder().id(id + "-kr").title("KR").kind(KeyResultKind.BINARY).build());
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  /** One ring of {@code n} MOps OKRs: o0 → o1 → … → o(n-1) → o0. */
  static Plan ring(int n) {
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      b.addOkr(okr("o" + i, OkrLevel.MOPS, "o" + ((i + 1) % n)));
    }
    return b.build();
  }

  /** {@code n} MOps OKRs in rings of {@code size} (self-loops for size 1). */
  static Plan rings(int n, int size) {
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      int ring = i / size;
      int next = ring * size + (i % size + 1) % size;
      b.addOkr(okr("o" + i, OkrLevel.MOPS, "o" + Math.min(next, n - 1)));
    }
    return b.build();
  }

  /**
   * A chain of {@code tail} OKRs leading into a ring of {@code ring}, in shuffled document order.
   */
  static Plan rho(int tail, int ring, long seed) {
    int n = tail + ring;
    Okr[] okrs = new Okr[n];
    for (int i = 0; i < n; i++) {
      int next = i + 1 < n ? i + 1 : tail;
      okrs[i] = okr("o" + i, OkrLevel.MOPS, "o" + next);
    }
    shuffle(okrs, seed);
    return base().addOkrs(okrs).build();
  }

  /** A chain of {@code n} MOps OKRs without a cycle, topped by a MOps or a marketing OKR. */
  static Plan chain(int n, boolean alignedAtTop) {
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      boolean top = i == n - 1;
      b.addOkr(
          okr(
              "o" + i,
              top && alignedAtTop ? OkrLevel.MARKETING : OkrLevel.MOPS,
              top ? null : "o" + (i + 1)));
    }
    return b.build();
  }

  /** {@code n} OKRs in a random forest of MOps OKRs (each OKR's parent comes later in the plan). */
  static Plan forest(int n, long seed) {
    Random r = new Random(seed);
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      String parent =
          i + 1 < n && r.nextInt(20) > 0 ? "o" + (i + 1 + r.nextInt(Math.min(3, n - i - 1))) : null;
      b.addOkr(okr("o" + i, OkrLevel.MOPS, parent));
    }
    return b.build();
  }

  /**
   * {@code n} cadences of {@code frequency} over the ages, each with {@code reviews} reviews
   * scattered over them.
   */
  static Plan cadences(int n, Frequency frequency, int reviews, int grace, long seed) {
    Random r = new Random(seed);
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      b.addReviewCadence(
          ReviewCadence.builder()
              .id("c" + i)
              .name("Cadence " + i)
              .kind(CadenceKind.TEAM_CHECKPOINT)
              .frequency(frequency)
              .graceDays(grace)
              .build());
      for (int k = 0; k < reviews; k++) {
        LocalDate day = AGES.start().plusDays(r.nextInt((int) AGES.days()));
        b.addReview(
            Review.builder()
                .id("r" + i + "-" + k)
                .cadenceId("c" + i)
                .heldOn(day)
                .covers(DateRange.ofDay(day))
                .build());
      }
    }
    return b.build();
  }

  /** {@code n} sprints spanning the ages and {@code n} quick wins in scattered months. */
  static Plan centuries(int n, long seed) {
    Random r = new Random(seed);
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      int from = 1 + r.nextInt(5000);
      b.addSprint(
          Sprint.builder()
              .id("s" + i)
              .range(
                  DateRange.of(
                      LocalDate.of(from, 1, 1), LocalDate.of(from + r.nextInt(4999), 12, 31)))
              .build());
      b.addQuickWin(
          QuickWin.builder()
              .id("q" + i)
              .title("Quick win " + i)
              .plannedMonth(YearMonth.of(1 + r.nextInt(9999), 1 + r.nextInt(12)))
              .build());
    }
    return b.build();
  }

  /** {@code n} monthly sprints and {@code n} quick wins all in one month (some cancelled). */
  static Plan sameMonth(int n, boolean cancelled) {
    Plan.Builder b = base();
    YearMonth march = YearMonth.of(2027, 3);
    for (int i = 0; i < n; i++) {
      b.addSprint(Sprint.ofMonth("s" + i, march));
      b.addQuickWin(
          QuickWin.builder()
              .id("q" + i)
              .title("Quick win " + i)
              .plannedMonth(march)
              .status(cancelled ? QuickWinStatus.CANCELLED : QuickWinStatus.PLANNED)
              .build());
    }
    return b.build();
  }

  /**
   * {@code n} objectives all supported by one capability that {@code n} quick wins build; {@code n}
   * duplicated ids.
   */
  static Plan shared(int n) {
    Plan.Builder b = base();
    Capability.Builder cap = Capability.builder().id("cap").name("Shared capability");
    for (int i = 0; i < n; i++) {
      b.addObjective(
          Objective.builder()
              .id("obj" + i)
              .title("Objective " + i)
              .addStakeholderId("sales")
              .build());
      cap.addObjectiveId("obj" + i);
      b.addQuickWin(
          QuickWin.builder()
              .id("q" + i)
              .title("Quick win " + i)
              .plannedMonth(YearMonth.of(2027, 5))
              .addCapabilityId("cap")
              .addObjectiveId("obj" + ((i + 1) % n))
              .buildsOn("q" + ((i + 1) % n))
              .build());
      b.addSkill(Skill.of("dup", "Duplicate " + i));
      b.addKpi(
          Kpi.builder()
              .id("k" + i)
              .name("Kpi " + i)
              .definition("d")
              .unit("%")
              .addAgreement(SignOff.of("sales", "Exec", LocalDate.of(2027, 1, 1).plusDays(i)))
              .build());
    }
    b.addCapability(cap.build());
    b.addReviewCadence(
        ReviewCadence.builder()
            .id("qbr")
            .name("QBR")
            .kind(CadenceKind.BUSINESS_REVIEW)
            .frequency(Frequency.quarterly())
            .build());
    for (int i = 0; i < n; i++) {
      b.addReview(
          Review.builder()
              .id("br" + i)
              .cadenceId("qbr")
              .heldOn(LocalDate.of(2026, 12, 1))
              .covers(DateRange.parse("2026-10-01/2026-12-31"))
              .addKpiId("k" + (i % 3))
              .addKpiId("dup")
              .build());
    }
    return b.build();
  }

  /** Skills and learning on a plan over the ages: {@code n} skills with no activity at all. */
  static Plan skills(int n) {
    Plan.Builder b = base();
    for (int i = 0; i < n; i++) {
      b.addSkill(Skill.of("sk" + i, "Skill " + i));
    }
    return b.build();
  }

  /** The size of a document: its elements plus their references, plus one for the plan. */
  static long size(Plan plan) {
    long n = 1;
    for (PlanElement e : plan.elements()) {
      n += 1 + e.references().size();
    }
    return n;
  }

  private static <T> void shuffle(T[] a, long seed) {
    Random r = new Random(seed);
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
