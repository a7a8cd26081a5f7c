package dev.mops.cli;

import static dev.mops.cli.MopsCommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.cli.MopsCommandLineTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mops check FILE} says where each finding's element starts, like a compiler: {@code
 * FILE:LINE:COL: } before the finding in text, {@code pointer}, {@code line} and {@code column} in
 * JSON; the bundled sample has no file, so no prefix.
 */
class CheckLocationsTest {
  @TempDir Path dir;

  /** A plan whose quick win (line 8, column 5) names a capability that does not exist. */
  static final String PLAN =
      String.join(
          "\n",
          "{",
          "  \"formatVersion\": \"1.0\",",
          "  \"id\": \"p\",",
          "  \"name\": \"P\",",
          "  \"period\": \"2027-01-01/2027-12-31\",",
          "  \"quickWins\": [",
          "    {\"id\": \"qw-1\", \"title\": \"First\", \"plannedMonth\": \"2027-02\"},",
          "    {",
          "      \"id\": \"qw-orphan\",",
          "      \"title\": \"Orphan\",",
          "      \"capabilityIds\": [\"no-such-capability\"],",
          "      \"plannedMonth\": \"2027-05\"",
          "    }",
          "  ]",
          "}",
          "");

  private Path plan() throws IOException {
    return Files.writeString(dir.resolve("plan.json"), PLAN, StandardCharsets.UTF_8);
  }

  @Test
  void textFindingsStartWithFileLineAndColumn() throws IOException {
    Path file = plan();
    Run r = run("check", file.toString());
    assertEquals(1, r.code(), r.err());
    String expected =
        """
        FILE:8:5: error    dangling-reference  quickWins[qw-orphan]
          Quick win "Orphan" refers in capabilityIds to "no-such-capability" as a capability, \
        but the plan has no element with that id; the link is lost, so navigation, reports and \
        the other checks skip it.
          Hint: Add a capability with the id "no-such-capability" or correct the id in capabilityIds.

        FILE:7:5: warning  quick-win-without-capability  quickWins[qw-1]
          Quick win "First" builds no capability; it ships something once but moves no long-term \
        capability forward.
          Hint: Add the capability it advances to its capabilityIds.

        FILE:8:5: warning  quick-win-without-capability  quickWins[qw-orphan]
          Quick win "Orphan" builds no capability; it ships something once but moves no long-term \
        capability forward.
          Hint: Add the capability it advances to its capabilityIds.

        info     no-weekly-checkpoint  plan
          The team has no weekly checkpoint; a weekly team checkpoint with a trajectory report \
        shared with sales ops keeps the team and its partners in step.
          Hint: Add a weekly cadence of kind TEAM_CHECKPOINT.

        Plan p: 1 error, 2 warnings, 1 info.
        Not run without an as-of date: review-overdue, quick-win-outcome-unknown, \
        documentation-stale, skill-without-activity.
        """;
    assertEquals(expected.replace("FILE", file.toString()), r.out());
  }

  @Test
  void jsonFindingsCarryPointerLineAndColumn() throws IOException {
    Run r = run("check", plan().toString(), "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    boolean seen = false;
    for (JsonNode f : doc.get("findings")) {
      if (f.get("rule").asString().equals("dangling-reference")) {
        seen = true;
        assertEquals("/quickWins/1", f.get("pointer").asString());
        assertEquals(8, f.get("line").asInt());
        assertEquals(5, f.get("column").asInt());
      }
      if (f.get("path").asString().equals("plan")) {
        assertFalse(f.has("pointer") || f.has("line") || f.has("column"), f.toString());
      }
    }
    assertTrue(seen, r.out());
  }

  @Test
  void theBundledSampleHasNoFileSoNoPrefixButPointersInJson() {
    Run text = run("check");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("warning  "), text.out());
    assertFalse(text.out().contains(".json:"), text.out());
    Run json = run("check", "--format", "json");
    int pointers = 0;
    for (JsonNode f : JsonMapper.builder().build().readTree(json.out()).get("findings")) {
      pointers += f.has("pointer") ? 1 : 0;
      assertFalse(f.has("line") || f.has("column"), f.toString());
    }
    assertTrue(pointers > 0, json.out());
  }

  /**
   * The README's sample of {@code ./mops check plan.json} is what the command prints for the
   * bundled sample saved as {@code plan.json}: each block shown is a block of the output.
   */
  @Test
  void theReadmeSampleIsWhatTheCommandPrints() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent(); // tests run in mops-examples
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "```text\n\\$ ./mops check plan.json\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(readme);
    assertTrue(m.find(), "README shows ./mops check plan.json");
    Path file = dir.resolve("plan.json");
    Files.copy(
        root.resolve("mops-examples/src/main/resources/dev/mops/cli/sample-plan.json"), file);
    Run r = run("check", file.toString());
    String out = r.out().replace(file.toString() + ":", "plan.json:");
    List<String> blocks = List.of(m.group(1).split("\n\n(?:…\n)?", -1));
    assertTrue(blocks.size() >= 3, m.group(1));
    for (String block : blocks) {
      assertTrue(out.contains(block.strip()), () -> block + " not in\n" + out);
    }
    assertTrue(m.group(1).contains("plan.json:188:5: warning  sprint-without-quick-win"));
  }
}
