package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.DateRange;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module: found by ServiceLoader, same documents as the facade, strict reading. */
class MopsModuleTest {
  private final Plan plan = SamplePlans.small();

  @Test
  void isFoundByServiceLoader() {
    // databind's ServiceLoader look-up (it declares `uses`): provides on the module path,
    // META-INF/services on the class path
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof MopsModule));
    assertEquals(plan, mapper.readValue(MopsJson.standard().writeString(plan), Plan.class));
  }

  @Test
  void readsAndWritesTheSameDocumentAsTheFacade() {
    JsonMapper mapper = JsonMapper.builder().addModule(new MopsModule()).build();
    String compact = mapper.writeValueAsString(plan);
    assertEquals(plan, mapper.readValue(compact, Plan.class));
    assertEquals(plan, MopsJson.standard().readString(compact));
    JsonMapper indenting =
        JsonMapper.builder()
            .addModule(new MopsModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    assertEquals(plan, MopsJson.standard().readString(indenting.writeValueAsString(plan)));
  }

  @Test
  void readsSingleElementsAndListsOfThem() {
    JsonMapper mapper = JsonMapper.builder().addModule(new MopsModule()).build();
    Objective o = plan.objectives().get(0);
    String text = mapper.writeValueAsString(o);
    assertEquals(o, mapper.readValue(text, Objective.class));
    assertEquals(
        DateRange.parse("2027-01-01/2027-03-31"),
        mapper.readValue("\"2027-01-01/2027-03-31\"", DateRange.class));
    Objective[] many = mapper.readValue("[" + text + "," + text + "]", Objective[].class);
    assertEquals(List.of(o, o), List.of(many));
  }

  @Test
  void readsStrictlyWhateverTheMapperSettings() {
    JsonMapper lenient = JsonMapper.builder().addModule(new MopsModule()).build();
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () -> lenient.readValue(StrictReadingTest.plan("\"okrz\":[]"), Plan.class));
    assertEquals("/okrz", e.pointer());
    assertEquals(
        "/name",
        assertThrows(
                MopsJsonException.class,
                () -> lenient.readValue(StrictReadingTest.HEAD + ",\"name\":\"Q\"}", Plan.class))
            .pointer());
    assertEquals(
        "/id",
        assertThrows(
                MopsJsonException.class,
                () -> lenient.readValue("{\"formatVersion\":\"1.0\",\"id\":42}", Plan.class))
            .pointer());
  }
}
