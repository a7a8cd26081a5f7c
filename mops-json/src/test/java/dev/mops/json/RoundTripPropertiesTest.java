package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.testing.RandomPlans;
import dev.mops.testing.TestScale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Properties of random plans (see {@link RandomPlans}): round trips and the public view. */
class RoundTripPropertiesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final MopsJson json = MopsJson.standard();

  @Test
  void writeThenReadGivesAnEqualPlanAndTheSameText() {
    qt().withExamples(TestScale.examples(80))
        .forAll(PlanGens.plans(12))
        .checkAssert(
            plan -> {
              String text = json.writeString(plan);
              Plan read = json.readString(text);
              assertEquals(plan, read);
              assertEquals(text, json.writeString(read));
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              json.write(plan, out);
              assertEquals(plan, json.read(new ByteArrayInputStream(out.toByteArray())));
            });
  }

  @Test
  void extensionsSurviveOnEveryElement() {
    qt().withExamples(TestScale.examples(60))
        .forAll(PlanGens.plans(8))
        .checkAssert(
            plan -> {
              Plan read = json.readString(json.writeString(plan));
              assertEquals(plan.extensions(), read.extensions());
              assertEquals(
                  plan.vision().orElseThrow().extensions(),
                  read.vision().orElseThrow().extensions());
              List<PlanElement> before = plan.elements();
              List<PlanElement> after = read.elements();
              assertEquals(before.size(), after.size());
              for (int i = 0; i < before.size(); i++) {
                assertEquals(
                    before.get(i).extensions(), after.get(i).extensions(), before.get(i).id());
                assertEquals(
                    List.copyOf(before.get(i).extensions().keys()),
                    List.copyOf(after.get(i).extensions().keys()));
              }
            });
  }

  private static void strings(JsonNode node, Set<String> out) {
    if (node.isString()) {
      out.add(node.asString());
    }
    for (JsonNode child : node.values()) {
      strings(child, out);
    }
  }

  @Test
  void publicDocumentHoldsNoInternalIdOrText() {
    qt().withExamples(TestScale.examples(80))
        .forAll(PlanGens.plans(12))
        .checkAssert(
            plan -> {
              String text = json.writePublicString(plan);
              Set<String> values = new HashSet<>();
              strings(MAPPER.readTree(text), values);
              Plan view = plan.publicView();
              Map<String, PlanElement> kept =
                  view.elements().stream()
                      .collect(Collectors.toMap(PlanElement::id, Function.identity(), (a, b) -> a));
              Set<String> keptNames =
                  view.elements().stream()
                      .map(PlanElement::displayName)
                      .collect(Collectors.toSet());
              for (PlanElement e : plan.elements()) {
                if (!kept.containsKey(e.id())) {
                  assertFalse(
                      values.contains(e.id()), () -> "internal id " + e.id() + " in " + text);
                  if (!keptNames.contains(e.displayName())) {
                    assertFalse(
                        values.contains(e.displayName()), () -> "internal text " + e.displayName());
                  }
                }
              }
              plan.notes().forEach(n -> assertFalse(values.contains(n.text()), n.text()));
              assertFalse(text.contains("secret"), text);
              for (String internalList :
                  List.of(
                      "internalGoals",
                      "workItems",
                      "requestTriages",
                      "documents",
                      "skills",
                      "learningActivities",
                      "notes",
                      "INTERNAL")) {
                assertFalse(text.contains(internalList), internalList);
              }
              assertEquals(view, json.readString(text));
            });
  }
}
