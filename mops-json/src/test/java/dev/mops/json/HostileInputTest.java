package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mops.testing.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile and broken input: every file of JSONTestSuite, deep nesting, huge values, and a wrong
 * type or null at every value of the sample document. Each yields our exception with a useful
 * pointer, never another exception type, an {@code OutOfMemoryError} or a {@code
 * StackOverflowError}.
 */
class HostileInputTest {
  private static final GoldenFiles GOLDEN =
      GoldenFiles.inModule("mops-json", "src/test/resources/golden");

  private static final Path SUITE = Path.of("src/test/resources/jsontestsuite");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final MopsJson json = MopsJson.standard();

  @TestFactory
  Stream<DynamicTest> everyJsonTestSuiteFileIsRefused() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SUITE)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 318, "JSONTestSuite files missing: " + files.size());
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      byte[] bytes = Files.readAllBytes(f);
                      assertTimeoutPreemptively(
                          Duration.ofSeconds(5),
                          () -> {
                            MopsJsonException e =
                                assertThrows(
                                    MopsJsonException.class,
                                    () -> json.read(new ByteArrayInputStream(bytes)));
                            assertTrue(e.getMessage().length() > 10, e.getMessage());
                            assertThrows(MopsJsonException.class, () -> json.read(f));
                          });
                    }));
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    for (String open : List.of("[", "{\"a\":")) {
      String text = "{\"formatVersion\":\"1.0\",\"extensions\":{\"x\":" + open.repeat(200_000);
      MopsJsonException e = assertThrows(MopsJsonException.class, () -> json.readString(text));
      assertTrue(e.problem().contains("nested deeper than the limit of 64"), e.problem());
    }
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> json.readString("[".repeat(1_000_000)));
    assertEquals("", e.pointer());
  }

  @Test
  void hugeNumbersAndStringsAreRefusedQuickly() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          String digits = "7".repeat(10_000_000);
          assertThrows(
              MopsJsonException.class,
              () ->
                  json.readString(StrictReadingTest.plan("\"extensions\":{\"n\":" + digits + "}")));
          assertThrows(MopsJsonException.class, () -> json.readString(digits));
          String chars = "x".repeat(50_000_000);
          assertThrows(
              MopsJsonException.class,
              () ->
                  json.readString(
                      StrictReadingTest.plan("\"extensions\":{\"s\":\"" + chars + "\"}")));
          assertThrows(MopsJsonException.class, () -> json.readString("{\"" + chars + "\":1}"));
        });
  }

  private static List<String> paths(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getKey().equals("extensions")) {
          paths(e.getValue(), pointer + "/" + e.getKey(), out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths(node.get(i), pointer + "/" + i, out);
      }
    }
    return out;
  }

  private static JsonNode wrongTypeFor(JsonNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node.isString()) {
      return f.numberNode(12345);
    }
    if (node.isNumber()) {
      return f.stringNode("12");
    }
    if (node.isBoolean()) {
      return f.stringNode("true");
    }
    if (node.isArray()) {
      return f.objectNode();
    }
    return f.arrayNode();
  }

  private static String replaced(JsonNode root, String pointer, JsonNode value) {
    JsonNode copy = root.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    }
    return MAPPER.writeValueAsString(copy);
  }

  private void assertRefusedAt(String text, String pointer, String what) {
    try {
      json.readString(text);
      fail(what + " at " + pointer + " was read");
    } catch (MopsJsonException e) {
      assertEquals(pointer, e.pointer(), () -> what + ": " + e.getMessage());
      assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
      assertTrue(e.expected().isPresent(), e::getMessage);
    }
  }

  @Test
  void wrongTypeOrNullAtEveryValueOfTheSampleIsRefusedThere() {
    JsonNode root = MAPPER.readTree(GOLDEN.read("small-plan.json"));
    List<String> paths = paths(root, "", new ArrayList<>());
    assertTrue(paths.size() > 300, "paths: " + paths.size());
    for (String pointer : paths.subList(1, paths.size())) {
      JsonNode node = root.at(pointer);
      assertRefusedAt(replaced(root, pointer, wrongTypeFor(node)), pointer, "wrong type");
      assertRefusedAt(
          replaced(root, pointer, JsonNodeFactory.instance.nullNode()), pointer, "null");
    }
  }

  @Test
  void removingAnyPropertyIsReadAndSchemaValidOrRefusedAtItsObject() {
    JsonNode root = MAPPER.readTree(GOLDEN.read("small-plan.json"));
    int refused = 0;
    for (String pointer : paths(root, "", new ArrayList<>())) {
      int slash = pointer.lastIndexOf('/');
      if (slash < 0 || !root.at(pointer.substring(0, slash)).isObject()) {
        continue;
      }
      JsonNode copy = root.deepCopy();
      ((ObjectNode) copy.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
      String text = MAPPER.writeValueAsString(copy);
      try {
        json.readString(text);
        assertEquals(
            List.of(),
            SchemaTest.validate(text),
            () -> "schema refuses what the reader reads: " + pointer);
      } catch (MopsJsonException e) {
        refused++;
        assertTrue(
            e.pointer().startsWith(pointer.substring(0, slash)),
            () -> pointer + ": " + e.getMessage());
        if (e.problem().startsWith("missing")) {
          assertTrue(
              e.problem().contains("\"" + pointer.substring(slash + 1) + "\""), e::getMessage);
        }
      }
    }
    assertTrue(refused > 100, "refused " + refused);
  }
}
