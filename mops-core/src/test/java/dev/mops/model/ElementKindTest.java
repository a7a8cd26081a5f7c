package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.testing.RandomPlans;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The registry of element kinds is consistent with the model: every kind has a type, a label, a
 * list in the kind that holds it, and a place in document order; the plan's lists, its builder and
 * {@link Plan#elements(ElementKind)} go by it. Each test iterates {@link ElementKind#values()}, so
 * a new kind is checked without touching this class.
 */
class ElementKindTest {
  private static final Plan EVERYTHING = PublicViewTest.everything();

  private static Stream<Plan> plans() {
    return Stream.concat(
        Stream.of(EVERYTHING), Stream.of(1L, 2L, 3L).map(seed -> RandomPlans.plan(3, seed)));
  }

  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindHasATypeALabelAndAListName(ElementKind kind) {
    assertTrue(PlanElement.class.isAssignableFrom(kind.type()));
    assertTrue(
        kind.type().isSealed() && Modifier.isPublic(kind.type().getModifiers()),
        kind.type()::getName);
    assertFalse(kind.label().isBlank());
    assertEquals(
        kind.label().toLowerCase(Locale.ROOT).equals(kind.label()),
        !kind.label().matches("[A-Z]+"),
        () -> "label " + kind.label() + ": lower case, or an acronym in capitals");
    assertTrue(kind.listName().matches("[a-z][A-Za-z]*"), kind::listName);
    assertEquals(kind, ElementKind.ofType(kind.type()).orElseThrow());
  }

  @Test
  void typesLabelsAndListNamesAreUnique() {
    List<ElementKind> all = List.of(ElementKind.values());
    assertEquals(all.size(), all.stream().map(ElementKind::type).distinct().count());
    assertEquals(all.size(), all.stream().map(ElementKind::label).distinct().count());
    for (ElementKind holder : all) {
      List<String> names = holder.holds().stream().map(ElementKind::listName).toList();
      assertEquals(names.size(), new HashSet<>(names).size(), names::toString);
    }
  }

  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindButThePlanIsHeldByAnEarlierKind(ElementKind kind) {
    if (kind == ElementKind.PLAN) {
      assertTrue(kind.container().isEmpty());
      return;
    }
    ElementKind container = kind.container().orElseThrow();
    assertTrue(container.ordinal() < kind.ordinal(), kind::name);
    assertTrue(container.holds().contains(kind), kind::name);
    // document order is depth first: every kind between a container and a kind it holds is nested
    // in the container too
    for (int i = container.ordinal() + 1; i < kind.ordinal(); i++) {
      ElementKind between = ElementKind.values()[i];
      assertTrue(
          isWithin(between, container),
          () -> between + " sits between " + container + " and " + kind);
    }
  }

  private static boolean isWithin(ElementKind kind, ElementKind ancestor) {
    for (ElementKind k = kind; k != null; k = k.container().orElse(null)) {
      if (k.container().orElse(null) == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Test
  void holdsIsTheInverseOfContainer() {
    for (ElementKind holder : ElementKind.values()) {
      List<ElementKind> expected =
          Stream.of(ElementKind.values())
              .filter(k -> k.container().orElse(null) == holder)
              .toList();
      assertEquals(expected, holder.holds(), holder::name);
    }
    assertTrue(ElementKind.PLAN.holds().contains(ElementKind.OBJECTIVE));
    assertEquals(List.of(ElementKind.KEY_RESULT), ElementKind.OKR.holds());
    assertEquals(List.of(), ElementKind.NOTE.holds());
  }

  /**
   * The list name is the accessor of the container's type, which returns what the registry reads. A
   * nested kind's list is an attribute of its container; a kind the plan holds needs no typed
   * accessor on {@link Plan} ({@code plan.elements(kind)} reaches it), but one it has must agree.
   */
  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void theListNameIsTheAccessorOfTheContainer(ElementKind kind)
      throws ReflectiveOperationException {
    if (kind == ElementKind.PLAN) {
      return;
    }
    ElementKind container = kind.container().orElseThrow();
    Method accessor = null;
    try {
      accessor = container.type().getMethod(kind.listName());
    } catch (NoSuchMethodException e) {
      assertEquals(
          ElementKind.PLAN,
          container,
          () -> container.type().getName() + " has no " + kind.listName() + "()");
    }
    if (accessor != null) {
      assertTrue(
          Modifier.isPublic(accessor.getModifiers())
              && List.class.isAssignableFrom(accessor.getReturnType()),
          accessor::toString);
    }
    int seen = 0;
    for (Plan plan : plans().toList()) {
      List<PlanElement> holders =
          container == ElementKind.PLAN ? List.of(plan) : plan.elements(container);
      for (PlanElement holder : holders) {
        if (accessor != null) {
          assertEquals(accessor.invoke(holder), kind.elementsIn(holder));
        }
        seen += kind.elementsIn(holder).size();
      }
    }
    assertTrue(seen > 0, () -> "no " + kind.label() + " in the sample plans");
  }

  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void elementsOfAKindAreThoseOfThatKindInDocumentOrder(ElementKind kind) {
    plans()
        .forEach(
            plan -> {
              List<PlanElement> expected =
                  plan.elements().stream().filter(e -> e.elementKind() == kind).toList();
              assertEquals(expected, plan.elements(kind));
              assertEquals(expected, plan.elements(kind.type()));
              for (PlanElement e : expected) {
                assertTrue(kind.type().isInstance(e), e::id);
              }
            });
  }

  @Test
  void elementsByTypeAcceptsPlanElementAndImplementationsAndRefusesOthers() {
    assertEquals(EVERYTHING.elements(), EVERYTHING.elements(PlanElement.class));
    Objective o = EVERYTHING.objectives().get(0);
    assertEquals(EVERYTHING.objectives(), EVERYTHING.elements(o.getClass()));
    assertEquals(List.of(), EVERYTHING.elements(Plan.class));
    assertEquals(List.of(), EVERYTHING.elements(ElementKind.PLAN));
    List<KeyResult> krs = EVERYTHING.elements(KeyResult.class);
    assertEquals(
        EVERYTHING.okrs().stream().flatMap(okr -> okr.keyResults().stream()).toList(), krs);
  }

  @Test
  void theTypedListsAreTheListsOfTheirKinds() {
    Plan p = EVERYTHING;
    assertEquals(p.objectives(), p.elements(ElementKind.OBJECTIVE));
    assertEquals(p.quickWins(), p.elements(ElementKind.QUICK_WIN));
    assertEquals(p.notes(), p.elements(ElementKind.NOTE));
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      assertFalse(p.elements(kind).isEmpty(), () -> "the sample plan has no " + kind.label());
    }
  }

  @Test
  void theBuilderPutsEachElementInTheListOfItsKind() {
    Plan.Builder b = Models.plan("p");
    List<PlanElement> mixed = new ArrayList<>();
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      mixed.addAll(EVERYTHING.elements(kind));
    }
    java.util.Collections.reverse(mixed);
    b.addAllElements(mixed);
    Plan p = b.build();
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      List<PlanElement> expected = new ArrayList<>(EVERYTHING.elements(kind));
      java.util.Collections.reverse(expected);
      assertEquals(expected, p.elements(kind), kind::name);
    }
    assertEquals(EVERYTHING.elements().size(), p.elements().size());
  }

  @Test
  void theBuilderSetsAListByKindAndReplacesWhatWasThere() {
    Plan p =
        Models.plan("p")
            .addObjective(Models.objective("old").build())
            .elements(ElementKind.OBJECTIVE, EVERYTHING.objectives())
            .build();
    assertEquals(EVERYTHING.objectives(), p.objectives());
    Plan copy = Plan.builder().from(EVERYTHING).build();
    assertEquals(EVERYTHING, copy);
    Plan.Builder b = Plan.builder();
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      b.elements(kind, EVERYTHING.elements(kind));
    }
    assertEquals(
        EVERYTHING,
        b.id(EVERYTHING.id())
            .name(EVERYTHING.name())
            .team(EVERYTHING.team())
            .period(EVERYTHING.period())
            .vision(EVERYTHING.vision())
            .extensions(EVERYTHING.extensions())
            .build());
  }

  @Test
  void theBuilderRefusesWhatAPlanDoesNotHoldDirectly() {
    KeyResult kr = EVERYTHING.elements(KeyResult.class).get(0);
    refused(
        () -> Models.plan("p").addElement(kr),
        "a key result belongs in an OKR, not directly in a plan");
    refused(() -> Models.plan("p").addElement(EVERYTHING), "a plan cannot hold a plan");
    refused(
        () -> Models.plan("p").elements(ElementKind.MILESTONE, List.of()),
        "a milestone belongs in a key result, not directly in a plan");
    refused(
        () ->
            Models.plan("p")
                .elements(ElementKind.OBJECTIVE, List.of(EVERYTHING.stakeholders().get(0))),
        "\"sales\" is a stakeholder, not an objective");
  }

  private static void refused(org.junit.jupiter.api.function.Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void elementsInRefusesAHolderOfAnotherKind() {
    Okr okr = EVERYTHING.okrs().get(0);
    assertEquals(okr.keyResults(), ElementKind.KEY_RESULT.elementsIn(okr));
    assertEquals(EVERYTHING.notes(), ElementKind.NOTE.elementsIn(EVERYTHING));
    refused(
        () -> ElementKind.KEY_RESULT.elementsIn(EVERYTHING),
        "a key result is held by an OKR, not by a plan (\"mops-2027\")");
    refused(() -> ElementKind.PLAN.elementsIn(EVERYTHING), "no element holds a plan");
    refused(
        () -> ElementKind.OBJECTIVE.elementsIn(okr),
        "an objective is held by a plan, not by an OKR (\"hidden-okr\")");
  }

  @Test
  void aPlanPrintsTheSizeOfEachOfItsListsByListName() {
    String s = EVERYTHING.toString();
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      assertTrue(
          s.contains(", " + kind.listName() + "=" + EVERYTHING.elements(kind).size()), kind::name);
    }
    Set<String> printed =
        Stream.of(s.split(", ", -1))
            .map(part -> part.split("=", -1)[0])
            .collect(Collectors.toSet());
    assertFalse(printed.contains("keyResults"), s);
  }
}
