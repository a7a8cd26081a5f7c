package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The copy builders: {@code X.builder().from(x)} copies every attribute of {@code x}, for every
 * Immutables type of the model, and no builder has a {@code from} for a supertype (which would copy
 * a stakeholder's id into an objective).
 *
 * <p>The builders' {@code from} methods are written by hand (the shared style switches the
 * generated ones off), so this test guards them: for each type it holds two samples that differ in
 * every attribute — checked field by field on the generated class — and copies both. An attribute
 * that {@code from} forgets makes one of the copies differ; an attribute the samples forget fails
 * the field check, so a new attribute cannot slip past.
 */
class CopyBuildersTest {
  private static final Extensions EXT = Extensions.of("acme.id", ExtensionValue.string("x"));
  private static final LocalDate OTHER_DAY = LocalDate.of(2027, 2, 20);

  /** Two samples per type, differing in every attribute. */
  static Map<Class<?>, List<Object>> samples() {
    Map<Class<?>, List<Object>> s = new LinkedHashMap<>();
    Target target =
        Target.builder()
            .metric("sales")
            .unit("USD")
            .baseline(BigDecimal.ONE)
            .value(BigDecimal.TEN)
            .direction(Direction.INCREASE)
            .due(DAY)
            .addObservation(Observation.of(DAY, BigDecimal.ONE))
            .build();
    Target otherTarget =
        Target.builder()
            .metric("leads")
            .unit("%")
            .value(BigDecimal.ONE)
            .direction(Direction.DECREASE)
            .build();
    put(s, Target.class, target, otherTarget);
    put(
        s,
        CheckIn.class,
        CheckIn.builder()
            .on(DAY)
            .value(BigDecimal.ONE)
            .confidence(new BigDecimal("0.5"))
            .note("on track")
            .build(),
        CheckIn.builder().on(OTHER_DAY).build());
    put(
        s,
        Vision.class,
        Vision.builder()
            .statement("Systems sales trusts")
            .addPlanOfAction("Train")
            .addCoCreatedBy("ana")
            .addSignOff(SignOff.of("cmo", "Jordan", DAY))
            .extensions(EXT)
            .build(),
        Vision.builder().statement("Other").build());
    put(
        s,
        Stakeholder.class,
        Stakeholder.builder()
            .id("sales")
            .name("Sales")
            .department("Sales")
            .contact("Dana")
            .extensions(EXT)
            .build(),
        Stakeholder.of("cmo", "CMO"));
    put(
        s,
        TeamMember.class,
        TeamMember.builder()
            .id("ana")
            .name("Ana")
            .role("Lead")
            .active(false)
            .extensions(EXT)
            .build(),
        TeamMember.of("ben", "Ben"));
    put(
        s,
        Objective.class,
        Models.objective("o1")
            .addStakeholderId("sales")
            .target(target)
            .longTermVision("Automotive campaign")
            .period(Models.Q1)
            .owner("ana")
            .status(Lifecycle.CLOSED)
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Models.objective("o2").title("Other").build());
    put(
        s,
        Capability.class,
        Models.capability("c1")
            .description("Routing")
            .addObjectiveId("o1")
            .estimatedBuild(Period.ofMonths(6))
            .owner("ana")
            .status(Lifecycle.DRAFT)
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Models.capability("c2").name("Other").build());
    put(
        s,
        QuickWin.class,
        Models.quickWin("q1")
            .addCapabilityId("c1")
            .addObjectiveId("o1")
            .buildsOn("q0")
            .launchedOn(LocalDate.of(2027, 1, 20))
            .outcomeNote("went well")
            .owner("ana")
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Models.quickWin("q2").title("Other").plannedMonth(YearMonth.of(2027, 2)).build());
    put(
        s,
        Sprint.class,
        Models.sprint("s1")
            .name("January")
            .goal("Ship the webinar")
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Sprint.ofMonth("s2", YearMonth.of(2027, 2)));
    Milestone milestone =
        Milestone.builder()
            .id("m1")
            .title("Brief")
            .due(DAY)
            .doneOn(DAY)
            .weight(BigDecimal.TEN)
            .extensions(EXT)
            .build();
    put(s, Milestone.class, milestone, Milestone.of("m2", "Other"));
    KeyResult keyResult =
        Models.keyResult("k1")
            .direction(Direction.DECREASE)
            .start(BigDecimal.TEN)
            .target(BigDecimal.ONE)
            .unit("%")
            .scale(Scale.of(0, 10, "score"))
            .addMilestone(milestone)
            .doneOn(DAY)
            .addCheckIn(CheckIn.of(DAY, BigDecimal.ONE))
            .weight(BigDecimal.TEN)
            .extensions(EXT)
            .build();
    put(
        s,
        KeyResult.class,
        keyResult,
        Models.keyResult("k2").title("Other").kind(KeyResultKind.BINARY).build());
    put(
        s,
        Okr.class,
        Models.okr("okr1")
            .parentId("okr0")
            .addKeyResult(keyResult)
            .owner("ana")
            .addBuyIn(SignOff.of("sales", "Dana", DAY))
            .status(Lifecycle.SCORED)
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Models.okr("okr2")
            .title("Other")
            .level(OkrLevel.MARKETING)
            .period(Models.YEAR)
            .externalParent(
                ExternalOkrRef.of(
                    "ext", "Grow", OkrLevel.COMPANY, URI.create("https://example.com")))
            .build());
    put(
        s,
        Kpi.class,
        Models.kpi("kpi1")
            .measure("emails sent")
            .kind(KpiKind.OUTPUT)
            .targetValue(BigDecimal.TEN)
            .direction(Direction.AT_OR_BELOW)
            .addAgreement(SignOff.of("cmo", "Jordan", DAY))
            .addObservation(Observation.of(DAY, BigDecimal.ONE))
            .owner("ana")
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Kpi.builder().id("kpi2").name("Other").definition("other").unit("USD").build());
    put(
        s,
        StrategyStep.class,
        Models.strategyStep("st1")
            .addStakeholderId("sales")
            .addAssigneeId("ana")
            .kpiId("kpi1")
            .expectedDirection(Direction.INCREASE)
            .doneOn(DAY)
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        StrategyStep.builder().id("st2").title("Other").parentId("c1").build());
    put(
        s,
        ReviewCadence.class,
        Models.reviewCadence("rc1")
            .format(ReviewFormat.ONE_PAGER)
            .addAudience("sales")
            .addSubjectId("kpi1")
            .startsOn(DAY)
            .graceDays(3)
            .owner("ana")
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        ReviewCadence.builder()
            .id("rc2")
            .name("Other")
            .kind(CadenceKind.TEAM_CHECKPOINT)
            .frequency(Frequency.weekly())
            .build());
    put(
        s,
        Review.class,
        Models.review("r1")
            .addKpiId("kpi1")
            .summary("fine")
            .visibility(Visibility.INTERNAL)
            .extensions(EXT)
            .build(),
        Review.builder().id("r2").cadenceId("rc2").heldOn(DAY).covers(Models.YEAR).build());
    ChecklistItem item =
        ChecklistItem.builder().id("i1").title("Write it").doneOn(DAY).extensions(EXT).build();
    put(s, ChecklistItem.class, item, ChecklistItem.of("i2", "Other"));
    SuccessIndicator indicator =
        Models.successIndicator("ind1")
            .kind(IndicatorKind.CHECKLIST)
            .target(target)
            .addItem(item)
            .extensions(EXT)
            .build();
    put(
        s,
        SuccessIndicator.class,
        indicator,
        SuccessIndicator.builder()
            .id("ind2")
            .description("Other")
            .kind(IndicatorKind.MEASURED)
            .build());
    put(
        s,
        InternalGoal.class,
        Models.internalGoal("g1")
            .addIndicator(indicator)
            .owner("ana")
            .status(Lifecycle.DRAFT)
            .extensions(EXT)
            .build(),
        Models.internalGoal("g2").title("Other").build());
    put(
        s,
        WorkItem.class,
        Models.workItem("w1")
            .title("Fix routing")
            .hours(BigDecimal.ONE)
            .storyPoints(BigDecimal.TEN)
            .requestedBy("sales")
            .assignee("ana")
            .extensions(EXT)
            .build(),
        WorkItem.builder()
            .id("w2")
            .createdOn(OTHER_DAY)
            .kind(WorkKind.PLANNED)
            .urgent(false)
            .visionAligned(true)
            .build());
    put(
        s,
        RequestTriage.class,
        Models.requestTriage("t1")
            .requestedBy("sales")
            .purpose("event")
            .urgencyReason("moved up")
            .impact("pipeline")
            .decision(TriageDecision.ACCEPTED)
            .decidedOn(DAY)
            .extensions(EXT)
            .build(),
        RequestTriage.builder().id("t2").workItemId("w2").receivedOn(OTHER_DAY).build());
    put(
        s,
        Document.class,
        Models.document("d1")
            .writtenOn(DAY)
            .lastReviewedOn(DAY)
            .reviewEvery(Period.ofMonths(3))
            .owner("ana")
            .extensions(EXT)
            .build(),
        Models.document("d2").title("Other").build());
    put(
        s,
        Skill.class,
        Skill.builder().id("sk1").name("SQL").description("queries").extensions(EXT).build(),
        Skill.of("sk2", "Other"));
    put(
        s,
        LearningActivity.class,
        Models.learningActivity("la1").addSkillId("sk1").title("Course").extensions(EXT).build(),
        LearningActivity.builder()
            .id("la2")
            .memberId("ben")
            .on(OTHER_DAY)
            .kind(ActivityKind.READING)
            .build());
    put(
        s,
        Note.class,
        Models.note("n1").aboutId("q1").on(DAY).author("ana").extensions(EXT).build(),
        Note.builder().id("n2").text("Other").build());
    put(
        s,
        Plan.class,
        Models.plan("p1").from(PublicViewTest.everything()).fiscalYearStart(Month.APRIL).build(),
        Plan.builder().id("p2").name("Other").period(Models.Q1).build());
    return s;
  }

  private static void put(Map<Class<?>, List<Object>> s, Class<?> type, Object a, Object b) {
    s.put(type, List.of(a, b));
  }

  @Test
  void everyImmutablesTypeHasSamples() throws IOException {
    assertEquals(
        new TreeSet<>(immutablesTypes()),
        new TreeSet<>(samples().keySet().stream().map(Class::getName).toList()));
  }

  @TestFactory
  Stream<DynamicTest> theSamplesDifferInEveryAttribute() {
    return samples().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().getSimpleName(),
                    () -> {
                      Object a = e.getValue().get(0);
                      Object b = e.getValue().get(1);
                      List<Field> attributes = attributes(a.getClass());
                      assertFalse(attributes.isEmpty());
                      for (Field f : attributes) {
                        assertNotEquals(
                            f.get(a),
                            f.get(b),
                            () ->
                                e.getKey().getSimpleName()
                                    + "."
                                    + f.getName()
                                    + " is the same in both samples: set it in the first");
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> fromCopiesEveryAttribute() {
    return samples().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().getSimpleName(),
                    () -> {
                      for (Object sample : e.getValue()) {
                        assertEquals(sample, copy(e.getKey(), sample));
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> fromReplacesWhatWasSet() {
    return samples().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().getSimpleName(),
                    () -> {
                      Object a = e.getValue().get(0);
                      Object b = e.getValue().get(1);
                      Object builder = invoke(e.getKey().getMethod("builder"), null);
                      Method from = builder.getClass().getMethod("from", e.getKey());
                      invoke(from, builder, a);
                      invoke(from, builder, b);
                      assertEquals(b, invoke(builder.getClass().getMethod("build"), builder));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> buildersHaveNoFromForASupertype() {
    return samples().keySet().stream()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type.getSimpleName(),
                    () -> {
                      Object builder = invoke(type.getMethod("builder"), null);
                      for (Method m : builder.getClass().getMethods()) {
                        if (m.getName().equals("from")) {
                          assertEquals(List.of(type), List.of(m.getParameterTypes()), m::toString);
                        }
                      }
                    }));
  }

  private static Object copy(Class<?> type, Object value) throws ReflectiveOperationException {
    Object builder = invoke(type.getMethod("builder"), null);
    invoke(builder.getClass().getMethod("from", type), builder, value);
    return invoke(builder.getClass().getMethod("build"), builder);
  }

  private static Object invoke(Method m, Object target, Object... args)
      throws ReflectiveOperationException {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /** The attributes of a generated class: its final instance fields. */
  private static List<Field> attributes(Class<?> generated) {
    assertTrue(generated.getSimpleName().startsWith("Immutable"), generated::getName);
    List<Field> out = new ArrayList<>();
    for (Field f : generated.getDeclaredFields()) {
      int m = f.getModifiers();
      if (!Modifier.isStatic(m) && Modifier.isFinal(m) && !Modifier.isTransient(m)) {
        f.setAccessible(true);
        out.add(f);
      }
    }
    return out;
  }

  /** The abstract types of the model with a generated {@code Immutable*} class, by name. */
  private static Set<String> immutablesTypes() throws IOException {
    Module module = Plan.class.getModule();
    Set<String> out = new TreeSet<>();
    if (module.isNamed()) {
      try (ModuleReader reader =
              module
                  .getLayer()
                  .configuration()
                  .findModule(module.getName())
                  .orElseThrow()
                  .reference()
                  .open();
          Stream<String> names = reader.list()) {
        names
            .filter(n -> n.matches("dev/mops/model/Immutable[A-Za-z]+\\.class"))
            .forEach(
                n ->
                    out.add(
                        "dev.mops.model."
                            + n.substring(
                                "dev/mops/model/Immutable".length(),
                                n.length() - ".class".length())));
      }
    } else {
      // PIT runs the tests on the class path: list the compiled classes' directory instead
      java.nio.file.Path classes;
      try {
        classes =
            java.nio.file.Path.of(
                Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new AssertionError(e);
      }
      try (Stream<java.nio.file.Path> files =
          java.nio.file.Files.list(classes.resolve("dev/mops/model"))) {
        files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.matches("Immutable[A-Za-z]+\\.class"))
            .forEach(
                n ->
                    out.add(
                        "dev.mops.model."
                            + n.substring("Immutable".length(), n.length() - ".class".length())));
      }
    }
    return out;
  }
}
