package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids match {@code [A-Za-z0-9._-]{1,64}}: the own id of every element type, and every field that
 * holds the id of another element.
 */
class IdInvariantsTest {
  private static final String ID_64 = "a".repeat(61) + "Z.-";
  private static final String ID_65 = "b".repeat(65);

  /** Every type with an id: the field prefix of its messages and a build with a given id. */
  static Stream<Arguments> elementTypes() {
    return Stream.of(
        type("plan", id -> Models.plan(id).build()),
        type("stakeholder", id -> Stakeholder.of(id, "Sales")),
        type("teamMember", id -> TeamMember.of(id, "Ana Ruiz")),
        type("objective", id -> Models.objective(id).build()),
        type("capability", id -> Models.capability(id).build()),
        type("quickWin", id -> Models.quickWin(id).build()),
        type("sprint", id -> Models.sprint(id).build()),
        type("sprint", id -> Sprint.ofMonth(id, java.time.YearMonth.of(2027, 2))),
        type("okr", id -> Models.okr(id).build()),
        type("keyResult", id -> Models.keyResult(id).build()),
        type("milestone", id -> Milestone.of(id, "Brief approved")),
        type("kpi", id -> Models.kpi(id).build()),
        type("strategyStep", id -> Models.strategyStep(id).build()),
        type("reviewCadence", id -> Models.reviewCadence(id).build()),
        type("review", id -> Models.review(id).build()),
        type("internalGoal", id -> Models.internalGoal(id).build()),
        type("successIndicator", id -> Models.successIndicator(id).build()),
        type("checklistItem", id -> ChecklistItem.of(id, "Document lead routing")),
        type("workItem", id -> Models.workItem(id).build()),
        type("requestTriage", id -> Models.requestTriage(id).build()),
        type("document", id -> Models.document(id).build()),
        type("skill", id -> Skill.of(id, "SQL")),
        type("learningActivity", id -> Models.learningActivity(id).build()),
        type("note", id -> Models.note(id).build()));
  }

  private static Arguments type(String prefix, Function<String, PlanElement> build) {
    return Arguments.of(prefix, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elementTypes")
  void validIdsUpTo64CharactersAreKept(String prefix, Function<String, PlanElement> build) {
    assertEquals(ID_64, build.apply(ID_64).id());
    assertEquals("x", build.apply("x").id());
    assertEquals("OPS-101_v2.final", build.apply("OPS-101_v2.final").id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elementTypes")
  void idOf65CharactersFails(String prefix, Function<String, PlanElement> build) {
    Expect.badValue(() -> build.apply(ID_65), prefix + ".id", "\"" + ID_65 + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elementTypes")
  void idWithSpaceFails(String prefix, Function<String, PlanElement> build) {
    Expect.badValue(() -> build.apply("lead mgmt"), prefix + ".id", "\"lead mgmt\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elementTypes")
  void emptyIdAndOtherCharactersFail(String prefix, Function<String, PlanElement> build) {
    Expect.badValue(() -> build.apply(""), prefix + ".id", "\"\"");
    Expect.badValue(() -> build.apply("a/b"), prefix + ".id", "\"a/b\"");
    Expect.badValue(() -> build.apply("ünïcode"), prefix + ".id", "\"ünïcode\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elementTypes")
  void nullIdFailsNamingId(String prefix, Function<String, PlanElement> build) {
    Expect.nullValue(() -> build.apply(null), "id");
  }

  /** Every field holding another element's id: its message name and a build with a given id. */
  static Stream<Arguments> referenceFields() {
    return Stream.of(
        ref(
            "objective.stakeholderIds[1]",
            id -> Models.objective("o").addStakeholderIds("sales", id).build()),
        ref("objective.owner", id -> Models.objective("o").owner(id).build()),
        ref("capability.objectiveIds[0]", id -> Models.capability("c").addObjectiveId(id).build()),
        ref("capability.owner", id -> Models.capability("c").owner(id).build()),
        ref("quickWin.capabilityIds[0]", id -> Models.quickWin("q").addCapabilityId(id).build()),
        ref("quickWin.objectiveIds[0]", id -> Models.quickWin("q").addObjectiveId(id).build()),
        ref("quickWin.buildsOn", id -> Models.quickWin("q").buildsOn(id).build()),
        ref("quickWin.owner", id -> Models.quickWin("q").owner(id).build()),
        ref("okr.parentId", id -> Models.okr("k").parentId(id).build()),
        ref("okr.owner", id -> Models.okr("k").owner(id).build()),
        ref("kpi.owner", id -> Models.kpi("k").owner(id).build()),
        ref("strategyStep.parentId", id -> Models.strategyStep("s").parentId(id).build()),
        ref(
            "strategyStep.stakeholderIds[0]",
            id -> Models.strategyStep("s").addStakeholderId(id).build()),
        ref(
            "strategyStep.assigneeIds[0]",
            id -> Models.strategyStep("s").addAssigneeId(id).build()),
        ref("strategyStep.kpiId", id -> Models.strategyStep("s").kpiId(id).build()),
        ref("reviewCadence.audience[0]", id -> Models.reviewCadence("r").addAudience(id).build()),
        ref(
            "reviewCadence.subjectIds[0]",
            id -> Models.reviewCadence("r").addSubjectId(id).build()),
        ref("reviewCadence.owner", id -> Models.reviewCadence("r").owner(id).build()),
        ref("review.cadenceId", id -> Models.review("r").cadenceId(id).build()),
        ref("review.kpiIds[0]", id -> Models.review("r").addKpiId(id).build()),
        ref("internalGoal.owner", id -> Models.internalGoal("g").owner(id).build()),
        ref("workItem.requestedBy", id -> Models.workItem("w").requestedBy(id).build()),
        ref("workItem.assignee", id -> Models.workItem("w").assignee(id).build()),
        ref("requestTriage.workItemId", id -> Models.requestTriage("t").workItemId(id).build()),
        ref("requestTriage.requestedBy", id -> Models.requestTriage("t").requestedBy(id).build()),
        ref("document.owner", id -> Models.document("d").owner(id).build()),
        ref("learningActivity.memberId", id -> Models.learningActivity("l").memberId(id).build()),
        ref(
            "learningActivity.skillIds[0]",
            id -> Models.learningActivity("l").addSkillId(id).build()),
        ref("note.aboutId", id -> Models.note("n").aboutId(id).build()),
        ref("note.author", id -> Models.note("n").author(id).build()),
        ref(
            "vision.coCreatedBy[0]",
            id -> Vision.builder().statement("Run like a business").addCoCreatedBy(id).build()),
        ref("signOff.stakeholderId", id -> SignOff.of(id, "Jordan Park", DAY)));
  }

  private static Arguments ref(String field, Function<String, Object> build) {
    return Arguments.of(field, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceFields")
  void referenceFieldAcceptsValidIdOf64(String field, Function<String, Object> build) {
    Object built = build.apply(ID_64);
    // the id is kept verbatim wherever it is held
    assertEquals(true, built.toString().contains(ID_64), built::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceFields")
  void referenceFieldRejectsInvalidId(String field, Function<String, Object> build) {
    Expect.badValue(() -> build.apply("no such id"), field, "\"no such id\"");
    Expect.badValue(() -> build.apply(ID_65), field, ID_65);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceFields")
  void referenceFieldRejectsNull(String field, Function<String, Object> build) {
    String attribute = field.replaceAll("^[a-zA-Z]+\\.", "").replaceAll("\\[\\d+]$", "");
    Expect.nullValue(() -> build.apply(null), attribute);
  }

  @org.junit.jupiter.api.Test
  void idsAreCaseSensitive() {
    Plan plan =
        Models.plan("p")
            .addObjectives(Models.objective("Auto").build(), Models.objective("auto").build())
            .build();
    assertEquals(List.of(), List.copyOf(plan.duplicateIds()));
    assertEquals("Auto", plan.find("Auto").orElseThrow().id());
    assertEquals("auto", plan.find("auto").orElseThrow().id());
  }
}
