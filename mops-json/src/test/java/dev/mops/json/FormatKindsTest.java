package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.json.internal.Format;
import dev.mops.json.internal.ObjectCodec;
import dev.mops.json.internal.SchemaGenerator;
import dev.mops.model.ElementKind;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.testing.RandomPlans;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON format covers every element kind of the registry: each kind has a codec of its type, a
 * list in the JSON of the kind that holds it (named as the registry names it), a definition in the
 * schema, and a binding in the Jackson module. Iterates {@link ElementKind#values()}, so a new kind
 * is checked without touching this class.
 */
class FormatKindsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new MopsModule()).build();
  private static final List<Plan> RANDOM =
      Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L).map(seed -> RandomPlans.plan(3, seed)).toList();

  private static ObjectCodec<?, ?> codecOf(ElementKind kind) {
    return kind == ElementKind.PLAN ? Format.PLAN : Format.ELEMENTS.get(kind);
  }

  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindHasACodecOfItsTypeWithAJsonName(ElementKind kind) {
    ObjectCodec<?, ?> codec = codecOf(kind);
    assertTrue(codec != null, () -> "no codec for " + kind);
    assertSame(kind.type(), codec.type());
    assertTrue(codec.label().matches("[a-z][A-Za-z]*"), codec::label);
    assertTrue(Format.TYPES.contains(codec), codec::label);
  }

  @Test
  void theElementCodecsAreThoseOfEveryKindButThePlan() {
    assertEquals(
        EnumSet.complementOf(EnumSet.of(ElementKind.PLAN)),
        EnumSet.copyOf(Format.ELEMENTS.keySet()));
    assertEquals(
        Format.TYPES.size(), Format.TYPES.stream().map(ObjectCodec::label).distinct().count());
  }

  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindIsAListOfTheKindThatHoldsItNamedByTheRegistry(ElementKind kind) {
    if (kind == ElementKind.PLAN) {
      return;
    }
    ObjectCodec<?, ?> holder = codecOf(kind.container().orElseThrow());
    ObjectCodec.Prop<?, ?> list =
        holder.props().stream()
            .filter(p -> p.name().equals(kind.listName()))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(holder.label() + " has no property " + kind.listName()));
    assertEquals(ObjectCodec.Occurrence.LIST, list.occurrence());
    assertTrue(list.codec().docType().endsWith(" " + codecOf(kind).label()), list.codec()::docType);
  }

  @Test
  void thePlansListsAreTheKindsItHoldsInKindOrder() {
    List<String> names = Format.PLAN.props().stream().map(ObjectCodec.Prop::name).toList();
    List<String> lists =
        new ArrayList<>(names.subList(names.indexOf("vision") + 1, names.size() - 1));
    assertEquals(ElementKind.PLAN.holds().stream().map(ElementKind::listName).toList(), lists);
    assertEquals("extensions", names.get(names.size() - 1));
  }

  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindIsDefinedInTheSchema(ElementKind kind) {
    @SuppressWarnings("unchecked")
    Map<String, Object> defs = (Map<String, Object>) SchemaGenerator.schema().get("$defs");
    assertTrue(defs.containsKey(codecOf(kind).label()), kind::name);
  }

  /** Each kind's elements go through the Jackson module on their own and come back equal. */
  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindIsBoundInTheJacksonModule(ElementKind kind) {
    List<PlanElement> samples =
        Stream.concat(Stream.of(SamplePlans.small()), RANDOM.stream())
            .flatMap(p -> kind == ElementKind.PLAN ? Stream.of(p) : p.elements(kind).stream())
            .toList();
    assertFalse(samples.isEmpty(), () -> "no " + kind.label() + " in the sample plans");
    for (PlanElement e : samples) {
      assertEquals(e, MAPPER.readValue(MAPPER.writeValueAsString(e), kind.type()), e::id);
    }
  }

  /**
   * The round-trip property tests' random plans hold every kind between them (the golden sample
   * plan holds those it was written with).
   */
  @Test
  void theRandomPlansHoldEveryKind() {
    Set<ElementKind> all = EnumSet.complementOf(EnumSet.of(ElementKind.PLAN));
    assertEquals(all, kinds(RANDOM));
  }

  private static Set<ElementKind> kinds(List<Plan> plans) {
    Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
    plans.forEach(p -> p.elements().forEach(e -> kinds.add(e.elementKind())));
    return kinds;
  }
}
