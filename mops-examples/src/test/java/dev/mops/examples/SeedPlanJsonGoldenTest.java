package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mops.json.MopsJson;
import dev.mops.model.InternalGoal;
import dev.mops.model.Plan;
import dev.mops.testing.SeedPlans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed's automotive plan with its internal-goals table, and its public view, written byte for
 * byte as the golden documents and read back equal. Run with {@code -Dmops.golden.update=true} to
 * write the files anew (then review the diff).
 */
class SeedPlanJsonGoldenTest {
  private final MopsJson json = MopsJson.standard();
  private final Plan plan = SeedPlans.automotivePlan();

  private static String golden(String name) {
    try (InputStream in = SeedPlanJsonGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("mops.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(golden(name), actual, name + " differs; rerun with -Dmops.golden.update=true");
  }

  @Test
  void automotivePlanIsTheGoldenDocument() throws IOException {
    assertGolden("automotive-plan.json", json.writeString(plan));
  }

  @Test
  void goldenDocumentReadsBackEqual() {
    Plan read = json.readString(golden("automotive-plan.json"));
    assertEquals(plan, read);
    assertEquals(SeedPlans.internalGoals(), read.internalGoals());
  }

  @Test
  void publicViewIsTheGoldenPublicDocument() throws IOException {
    String text = json.writePublicString(plan);
    assertGolden("automotive-plan.public.json", text);
    for (InternalGoal g : SeedPlans.internalGoals()) {
      assertFalse(text.contains(g.id()), g.id());
      assertFalse(text.contains(g.title()), g.title());
    }
    assertFalse(text.contains("internal-review"));
    assertEquals(plan.publicView(), json.readString(golden("automotive-plan.public.json")));
  }
}
