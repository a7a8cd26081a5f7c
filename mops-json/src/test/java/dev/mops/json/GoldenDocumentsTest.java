package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mops.model.Plan;
import dev.mops.testing.GoldenFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The sample plan and its public view, written byte for byte as the golden files, and read back.
 */
class GoldenDocumentsTest {
  private static final GoldenFiles GOLDEN =
      GoldenFiles.inModule("mops-json", "src/test/resources/golden");

  private final MopsJson json = MopsJson.standard();
  private final Plan plan = SamplePlans.small();

  @Test
  void writesTheGoldenDocument() {
    GOLDEN.assertMatches("small-plan.json", json.writeString(plan));
  }

  @Test
  void readsTheGoldenDocumentBackEqual() {
    Plan read = json.readString(GOLDEN.read("small-plan.json"));
    assertEquals(plan, read);
    assertEquals(plan.extensions(), read.extensions());
  }

  @Test
  void writesTheGoldenPublicView() {
    String text = json.writePublicString(plan);
    GOLDEN.assertMatches("small-plan.public.json", text);
    assertFalse(text.contains("ig-partner"), text);
    assertFalse(text.contains("internalGoals"), text);
    assertFalse(text.contains("obj-secret"), text);
    assertFalse(text.contains("Speaker cancelled; sales"), text);
    assertEquals(plan.publicView(), json.readString(text));
  }

  @Test
  void streamAndStringWritesAreTheSameBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(plan, out);
    assertEquals(json.writeString(plan), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void emptyObjectsAndArraysAreWrittenOnOneLine() {
    Plan p =
        json.readString(StrictReadingTest.plan("\"extensions\":{\"o\":{},\"a\":[],\"n\":[{}]}"));
    String text = json.writeString(p);
    assertEquals(
        "  \"extensions\": {\n"
            + "    \"o\": {},\n"
            + "    \"a\": [],\n"
            + "    \"n\": [\n"
            + "      {}\n"
            + "    ]\n"
            + "  }\n"
            + "}\n",
        text.substring(text.indexOf("  \"extensions\"")));
  }
}
