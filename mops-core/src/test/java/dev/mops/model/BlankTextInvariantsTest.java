package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Names, titles and other required texts must not be blank. */
class BlankTextInvariantsTest {

  static Stream<Arguments> textFields() {
    return Stream.of(
        text("plan.name", t -> Models.plan("p").name(t).build()),
        text("plan.team", t -> Models.plan("p").team(t).build()),
        text("stakeholder.name", t -> Stakeholder.of("sales", t)),
        text("teamMember.name", t -> TeamMember.of("ana", t)),
        text("objective.title", t -> Models.objective("o").title(t).build()),
        text("capability.name", t -> Models.capability("c").name(t).build()),
        text("quickWin.title", t -> Models.quickWin("q").title(t).build()),
        text("sprint.name", t -> Models.sprint("s").name(t).build()),
        text("okr.title", t -> Models.okr("k").title(t).build()),
        text("keyResult.title", t -> Models.keyResult("kr").title(t).build()),
        text("keyResult.unit", t -> Models.keyResult("kr").unit(t).build()),
        text("milestone.title", t -> Milestone.of("m", t)),
        text("kpi.name", t -> Models.kpi("k").name(t).build()),
        text("kpi.definition", t -> Models.kpi("k").definition(t).build()),
        text("kpi.unit", t -> Models.kpi("k").unit(t).build()),
        text("kpi.measure", t -> Models.kpi("k").measure(t).build()),
        text("strategyStep.title", t -> Models.strategyStep("s").title(t).build()),
        text("reviewCadence.name", t -> Models.reviewCadence("r").name(t).build()),
        text("internalGoal.title", t -> Models.internalGoal("g").title(t).build()),
        text(
            "successIndicator.description",
            t -> Models.successIndicator("i").description(t).build()),
        text("checklistItem.title", t -> ChecklistItem.of("c", t)),
        text("document.title", t -> Models.document("d").title(t).build()),
        text("skill.name", t -> Skill.of("s", t)),
        text("note.text", t -> Models.note("n").text(t).build()),
        text("target.metric", t -> Models.target().metric(t).build()),
        text("target.unit", t -> Models.target().unit(t).build()),
        text("vision.statement", t -> Vision.of(t)),
        text(
            "vision.planOfAction[1]",
            t ->
                Vision.builder()
                    .statement("Run like a business")
                    .addPlanOfAction("Train the team", t)
                    .build()),
        text("signOff.person", t -> SignOff.of("cmo", t, DAY)),
        text("externalParent.id", t -> ExternalOkrRef.of(t, "Grow pipeline", OkrLevel.MARKETING)),
        text("externalParent.title", t -> ExternalOkrRef.of("mkt-7", t, OkrLevel.MARKETING)),
        text("scale.label", t -> Scale.of(-100, 100, t)));
  }

  private static Arguments text(String field, Function<String, Object> build) {
    return Arguments.of(field, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFields")
  void nonBlankTextIsKept(String field, Function<String, Object> build) {
    Object built = build.apply("Qx7 text");
    assertTrue(built.toString().contains("Qx7 text"), built::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFields")
  void blankTextFails(String field, Function<String, Object> build) {
    Expect.badValue(() -> build.apply(""), field, "\"\"");
    // a tab is shown as a visible escape, never raw
    Expect.badValue(() -> build.apply("  \t"), field, "\"  \\t\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFields")
  void nullTextFailsNamingTheField(String field, Function<String, Object> build) {
    String attribute = field.replaceAll("^[a-zA-Z]+\\.", "").replaceAll("\\[\\d+]$", "");
    Expect.nullValue(() -> build.apply(null), attribute);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {"' '|' '", "'\n'|'\\n'", "' \u001f\u2028'|' \\u001F\\u2028'"})
  void blankTextIsShownQuotedSoTheBadValueIsVisible(String blank, String shown) {
    IllegalArgumentException e =
        Expect.badValue(() -> Models.objective("o").title(blank).build(), "objective.title", "got");
    assertTrue(e.getMessage().endsWith("\"" + shown + "\""), e::getMessage);
  }

  @org.junit.jupiter.api.Test
  void longBadTextIsShortenedInTheMessage() {
    String long200 = "x".repeat(200) + " ";
    IllegalArgumentException e =
        Expect.badValue(() -> Models.objective(long200).build(), "objective.id", "xxx...");
    assertTrue(e.getMessage().length() < 200, e::getMessage);
    // a target with a blank unit but a valid number is still rejected
    Expect.badValue(
        () -> Models.target().unit(" ").value(BigDecimal.ONE).build(), "target.unit", "\" \"");
  }
}
