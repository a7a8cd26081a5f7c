package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mops.json.internal.Format;
import dev.mops.json.internal.ObjectCodec;
import dev.mops.json.internal.SchemaGenerator;
import dev.mops.testing.GoldenFiles;
import dev.mops.testing.TestScale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema in the jar is the one made from the format's definitions, and every document the
 * writer makes (samples, golden files, random plans) is valid against it.
 */
class SchemaTest {
  private static final GoldenFiles GOLDEN =
      GoldenFiles.inModule("mops-json", "src/test/resources/golden");

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(MopsJson.schema(), InputFormat.JSON);

  static List<Error> validate(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  @Test
  void shippedSchemaIsTheGeneratedOne() throws IOException {
    String generated = SchemaGenerator.text();
    if (Boolean.getBoolean("mops.golden.update")) {
      Files.writeString(
          Path.of("src/main/resources/dev/mops/json/mops-plan-1.0.schema.json"),
          generated,
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        generated,
        MopsJson.schema(),
        "rerun with -Dmops.golden.update=true to regenerate the schema");
  }

  /**
   * The shipped schema is made once, when the format is loaded; each codec asked again now gives
   * the schema the shipped one holds for every property of that codec (less its description and
   * default), and each type the reference the shipped one uses for it.
   */
  @Test
  void everyPropertyHasTheSchemaOfItsCodec() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode defs = mapper.readTree(MopsJson.schema()).get("$defs");
    int checked = 0;
    for (ObjectCodec<?, ?> type : Format.TYPES) {
      JsonNode properties = defs.get(type.label()).get("properties");
      assertEquals(
          mapper.valueToTree(Map.of("$ref", "#/$defs/" + type.label())),
          mapper.valueToTree(type.schema()),
          type.label());
      for (ObjectCodec.Prop<?, ?> prop : type.props()) {
        ObjectNode shipped = (ObjectNode) properties.get(prop.name()).deepCopy();
        shipped.remove(List.of("description", "default"));
        assertEquals(
            shipped,
            mapper.valueToTree(prop.codec().schema()),
            () -> type.label() + "." + prop.name());
        checked++;
      }
    }
    assertTrue(checked > 200, "properties checked: " + checked);
  }

  @Test
  void goldenAndSampleDocumentsAreValid() {
    for (String name : List.of("small-plan.json", "small-plan.public.json")) {
      assertEquals(List.of(), validate(GOLDEN.read(name)), name);
    }
    assertEquals(List.of(), validate(StrictReadingTest.plan("")));
    assertEquals(
        List.of(),
        validate(StrictReadingTest.plan("\"objectives\":[],\"extensions\":{\"a\":[null]}")));
  }

  @Test
  void everyWrittenRandomPlanIsValid() {
    MopsJson json = MopsJson.standard();
    qt().withExamples(TestScale.examples(30))
        .forAll(PlanGens.plans(6))
        .checkAssert(
            plan -> {
              assertEquals(List.of(), validate(json.writeString(plan)));
              assertEquals(List.of(), validate(json.writePublicString(plan)));
            });
  }

  @Test
  void schemaRefusesWhatIsPlainlyWrong() {
    assertFalse(validate(StrictReadingTest.plan("\"okrz\":[]")).isEmpty());
    assertFalse(validate("{\"formatVersion\":\"1.0\"}").isEmpty());
    assertFalse(validate(StrictReadingTest.plan("\"team\":null")).isEmpty());
    assertFalse(validate(StrictReadingTest.plan("").replace("\"1.0\"", "\"2.0\"")).isEmpty());
    assertFalse(
        validate(StrictReadingTest.plan("\"objectives\":[{\"id\":\"a b\",\"title\":\"T\"}]"))
            .isEmpty());
    assertTrue(validate(StrictReadingTest.plan("").replace("\"1.0\"", "\"1.4\"")).isEmpty());
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
