package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static dev.mops.model.Models.Q1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A builder missing a required attribute fails with {@link IllegalStateException} naming it; a null
 * passed anywhere fails with {@link NullPointerException} naming the parameter.
 */
class RequiredAttributesTest {

  static Stream<Arguments> missingAttributes() {
    return Stream.of(
        missing("Plan", "id", () -> Plan.builder().name("n").period(Q1).build()),
        missing("Plan", "name", () -> Plan.builder().id("p").period(Q1).build()),
        missing("Plan", "period", () -> Plan.builder().id("p").name("n").build()),
        missing("Stakeholder", "name", () -> Stakeholder.builder().id("s").build()),
        missing("TeamMember", "name", () -> TeamMember.builder().id("t").build()),
        missing("Objective", "title", () -> Objective.builder().id("o").build()),
        missing("Objective", "id", () -> Objective.builder().title("t").build()),
        missing("Capability", "name", () -> Capability.builder().id("c").build()),
        missing("QuickWin", "plannedMonth", () -> QuickWin.builder().id("q").title("t").build()),
        missing("Sprint", "range", () -> Sprint.builder().id("s").build()),
        missing("Okr", "level", () -> Okr.builder().id("k").title("t").period(Q1).build()),
        missing(
            "Okr", "period", () -> Okr.builder().id("k").title("t").level(OkrLevel.MOPS).build()),
        missing("KeyResult", "kind", () -> KeyResult.builder().id("kr").title("t").build()),
        missing("Milestone", "title", () -> Milestone.builder().id("m").build()),
        missing("CheckIn", "on", () -> CheckIn.builder().value(BigDecimal.ONE).build()),
        missing("Kpi", "definition", () -> Kpi.builder().id("k").name("n").unit("%").build()),
        missing("Kpi", "unit", () -> Kpi.builder().id("k").name("n").definition("d").build()),
        missing(
            "Target",
            "direction",
            () -> Target.builder().metric("m").unit("u").value(BigDecimal.ONE).build()),
        missing(
            "Target",
            "value",
            () -> Target.builder().metric("m").unit("u").direction(Direction.INCREASE).build()),
        missing(
            "StrategyStep", "parentId", () -> StrategyStep.builder().id("s").title("t").build()),
        missing(
            "ReviewCadence",
            "frequency",
            () -> ReviewCadence.builder().id("r").name("n").kind(CadenceKind.OKR_REVIEW).build()),
        missing(
            "ReviewCadence",
            "kind",
            () ->
                ReviewCadence.builder().id("r").name("n").frequency(Frequency.biweekly()).build()),
        missing(
            "Review", "covers", () -> Review.builder().id("r").cadenceId("c").heldOn(DAY).build()),
        missing(
            "Review", "heldOn", () -> Review.builder().id("r").cadenceId("c").covers(Q1).build()),
        missing("InternalGoal", "title", () -> InternalGoal.builder().id("g").build()),
        missing(
            "SuccessIndicator",
            "kind",
            () -> SuccessIndicator.builder().id("i").description("d").build()),
        missing("ChecklistItem", "title", () -> ChecklistItem.builder().id("c").build()),
        missing(
            "WorkItem",
            "urgent",
            () ->
                WorkItem.builder()
                    .id("w")
                    .createdOn(DAY)
                    .kind(WorkKind.PLANNED)
                    .visionAligned(true)
                    .build()),
        missing(
            "WorkItem",
            "visionAligned",
            () ->
                WorkItem.builder()
                    .id("w")
                    .createdOn(DAY)
                    .kind(WorkKind.PLANNED)
                    .urgent(false)
                    .build()),
        missing(
            "WorkItem",
            "createdOn",
            () ->
                WorkItem.builder()
                    .id("w")
                    .kind(WorkKind.PLANNED)
                    .urgent(false)
                    .visionAligned(true)
                    .build()),
        missing(
            "RequestTriage",
            "receivedOn",
            () -> RequestTriage.builder().id("t").workItemId("w").build()),
        missing("Document", "title", () -> Document.builder().id("d").build()),
        missing("Skill", "name", () -> Skill.builder().id("s").build()),
        missing(
            "LearningActivity",
            "kind",
            () -> LearningActivity.builder().id("l").memberId("m").on(DAY).build()),
        missing("Note", "text", () -> Note.builder().id("n").build()),
        missing("Vision", "statement", () -> Vision.builder().addPlanOfAction("x").build()));
  }

  private static Arguments missing(String type, String attribute, Executable build) {
    return Arguments.of(type, attribute, build);
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("missingAttributes")
  void builderWithoutRequiredAttributeFails(String type, String attribute, Executable build) {
    Expect.missing(build, type, attribute);
  }

  @Test
  void minimalBuildersSucceed() {
    assertNotNull(Models.plan("p").build());
    assertNotNull(Models.okr("k").build());
    assertNotNull(Models.workItem("w").build());
    assertNotNull(Models.review("r").build());
    assertNotNull(Models.target().build());
    assertNotNull(CheckIn.builder().on(DAY).build());
    assertNotNull(Vision.of("Run like a business"));
  }

  static Stream<Arguments> nulls() {
    LocalDate d = DAY;
    return Stream.of(
        nul("start", () -> DateRange.of(null, d)),
        nul("end", () -> DateRange.of(d, null)),
        nul("month", () -> DateRange.ofMonth(null)),
        nul("year", () -> DateRange.ofYear(null)),
        nul("text", () -> DateRange.parse(null)),
        nul("day", () -> Q1.contains(null)),
        nul("other", () -> Q1.overlaps(null)),
        nul("other", () -> Q1.encloses(null)),
        nul("text", () -> Quarter.parse(null)),
        nul("fiscalStart", () -> Quarter.containing(YearMonth.of(2027, 1), null)),
        nul("month", () -> Quarter.containing((YearMonth) null, java.time.Month.JANUARY)),
        nul("day", () -> Quarter.containing((LocalDate) null, java.time.Month.JANUARY)),
        nul("on", () -> CheckIn.of(null, BigDecimal.ONE)),
        nul("id", () -> Models.plan("p").build().find(null)),
        nul("id", () -> Models.plan("p").build().referrers(null)),
        nul("element", () -> Models.plan("p").build().containerOf(null)),
        nul("fiscalStart", () -> Quarter.of(2027, 1).range(null)),
        nul("unit", () -> Frequency.of(1, null)),
        nul("text", () -> Frequency.parse(null)),
        nul("min", () -> new Scale(null, BigDecimal.TEN, "nps")),
        nul("max", () -> new Scale(BigDecimal.ONE, null, "nps")),
        nul("on", () -> SignOff.of("cmo", "Jordan Park", null)),
        nul("level", () -> ExternalOkrRef.of("mkt-7", "Grow pipeline", null)),
        nul("uri", () -> ExternalOkrRef.of("mkt-7", "Grow pipeline", OkrLevel.MARKETING, null)),
        nul("uri", () -> new ExternalOkrRef("mkt-7", "Grow pipeline", OkrLevel.MARKETING, null)),
        nul("on", () -> Observation.of(null, BigDecimal.ONE)),
        nul("on", () -> Observation.of(null, "2.35")),
        nul("value", () -> Observation.of(d, (BigDecimal) null)),
        nul("value", () -> Observation.of(d, (String) null)),
        nul("key", () -> Extensions.of(null, ExtensionValue.bool(true))),
        nul("value", () -> Extensions.of("k", null)),
        nul("values", () -> Extensions.of(null)),
        nul("key", () -> Extensions.empty().with(null, ExtensionValue.nullValue())),
        nul("text", () -> ExtensionValue.number(null)),
        nul("value", () -> ExtensionValue.string(null)),
        nul("elements", () -> ExtensionValue.array(null)),
        nul("members", () -> ExtensionValue.object(null)),
        nul("field", () -> new Reference(null, "x", EnumSet.of(ElementKind.OKR))),
        nul("targetId", () -> Reference.to("parentId", null, ElementKind.OKR)),
        nul("expected", () -> new Reference("parentId", "x", null)),
        nul("period", () -> Models.plan("p").period(null)),
        nul("plannedMonth", () -> Models.quickWin("q").plannedMonth(null)),
        nul("launchedOn", () -> Models.quickWin("q").launchedOn((LocalDate) null)),
        nul("hours", () -> Models.workItem("w").hours((BigDecimal) null)),
        nul("weight", () -> Models.keyResult("kr").weight(null)),
        nul("confidence", () -> CheckIn.builder().on(d).confidence((BigDecimal) null)),
        nul("frequency", () -> Models.reviewCadence("r").frequency(null)),
        nul("covers", () -> Models.review("r").covers(null)),
        nul("keyResults element", () -> Models.okr("k").addKeyResult((KeyResult) null)),
        nul("extensions", () -> Models.objective("o").extensions(null)),
        nul("visibility", () -> Models.capability("c").visibility(null)),
        nul(
            "externalParent",
            () -> Models.okr("k").externalParent((Optional<ExternalOkrRef>) null)));
  }

  private static Arguments nul(String parameter, Executable call) {
    return Arguments.of(parameter, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void nullFailsNamingTheParameter(String parameter, Executable call) {
    Expect.nullValue(call, parameter);
  }

  @Test
  void extensionsRejectNullKeysAndValuesInsideMaps() {
    java.util.HashMap<String, ExtensionValue> withNullValue = new java.util.HashMap<>();
    withNullValue.put("k", null);
    Expect.nullValue(() -> Extensions.of(withNullValue), "value");
    Expect.nullValue(() -> ExtensionValue.object(withNullValue), "value");
    assertEquals(1, Extensions.of(Map.of("k", ExtensionValue.number(1))).size());
  }
}
