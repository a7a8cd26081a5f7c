package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.CheckContext;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.check.Rule;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleSet;
import dev.mops.check.Severity;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.testing.RandomPlans;
import dev.mops.testing.SeedPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading with positions keeps, for the pointer of each element a check reports, where the
 * element's object starts in the text; the plan and the errors are those of the strict reader.
 */
class ReadWithPositionsTest {
  private final MopsJson json = MopsJson.standard();

  /** Reports every element of the plan, so that each one gets a pointer. */
  private static List<Finding> everyElement(Plan plan) {
    Rule rule =
        new Rule() {
          @Override
          public RuleDescriptor descriptor() {
            return RuleDescriptor.of("test.every", Severity.INFO, "reports every element");
          }

          @Override
          public void check(CheckContext context) {
            for (PlanElement e : context.plan().elements()) {
              context.report(e, "seen");
            }
          }
        };
    return PlanChecker.of(RuleSet.builder().add(rule).build()).check(plan).withRule("test.every");
  }

  /** The text of {@code doc} from {@code at} on. */
  private static String from(String doc, Position at) {
    String[] lines = doc.split("\n", -1);
    return lines[at.line() - 1].substring(at.column() - 1);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void everyFindingsPointerHasThePositionOfItsElementsObject(long seed) {
    for (Plan written : List.of(SeedPlans.automotivePlan(), RandomPlans.plan(40, seed))) {
      String doc = json.writeString(written);
      LocatedPlan read = json.readStringWithPositions(doc);
      assertEquals(written, read.plan());
      assertEquals(read.plan().elements().size(), read.size());
      List<Finding> findings = everyElement(read.plan());
      assertEquals(read.plan().elements().size(), findings.size());
      for (Finding f : findings) {
        Position at =
            read.position(f.pointer().orElseThrow())
                .orElseThrow(() -> new AssertionError(f.toString()));
        String rest = from(doc, at);
        // the writer puts the id first: the object at that place is the element's
        assertTrue(
            rest.startsWith("{")
                && doc.lines()
                    .skip(at.line())
                    .findFirst()
                    .orElseThrow()
                    .contains("\"id\": \"" + f.elementId() + "\""),
            () -> f + " at " + at + ": " + rest);
      }
    }
  }

  @Test
  void columnsCountCharactersOnOneLineAndTwoElementsSharingAnIdHaveTheirOwnPlaces() {
    String doc =
        StrictReadingTest.plan(
            "\"stakeholders\":[{\"id\":\"s\",\"name\":\"Vertrieb Ü\"},"
                + "{\"id\":\"s\",\"name\":\"Ventes é\"}]");
    LocatedPlan read = json.readStringWithPositions(doc);
    int first = doc.indexOf("{\"id\":\"s\"");
    int second = doc.indexOf("{\"id\":\"s\"", first + 1);
    assertEquals(Optional.of(Position.of(1, first + 1)), read.position("/stakeholders/0"));
    assertEquals(Optional.of(Position.of(1, second + 1)), read.position("/stakeholders/1"));
    Finding duplicate = PlanChecker.defaults().check(read.plan()).withRule("duplicate-id").get(0);
    assertEquals(Optional.of("/stakeholders/1"), duplicate.pointer());
    assertEquals(Optional.empty(), read.position(""));
    assertEquals(Optional.empty(), read.position("/stakeholders"));
    assertEquals(Optional.empty(), read.position("/stakeholders/0/name"));
    assertEquals(Optional.empty(), read.position("/stakeholders/2"));
  }

  @Test
  void aFileWithAByteOrderMarkReadsWithLinesAndColumnsOfItsText(@TempDir Path dir)
      throws Exception {
    String doc =
        StrictReadingTest.HEAD
            + ",\n  \"quickWins\": [\n    {\"id\":\"qw-1\",\"title\":\"Ä\",\"plannedMonth\":\"2027-02\"},"
            + " {\"id\":\"qw-2\",\"title\":\"B\",\"plannedMonth\":\"2027-03\"}\n  ]\n}\n";
    Path file = dir.resolve("plan.json");
    Files.write(file, ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8));
    LocatedPlan read = json.readWithPositions(file);
    assertEquals(json.read(file), read.plan());
    assertEquals(Optional.of(Position.of(3, 5)), read.position("/quickWins/0"));
    int col = doc.lines().toList().get(2).indexOf("{\"id\":\"qw-2\"") + 1;
    assertEquals(Optional.of(Position.of(3, col)), read.position("/quickWins/1"));
    assertEquals("LocatedPlan{p, 2 positions}", read.toString());
  }

  @Test
  void nestedElementsHaveTheirPointersUnderTheirContainer() {
    Plan plan = SeedPlans.automotivePlan();
    String doc = json.writeString(plan);
    LocatedPlan read = json.readStringWithPositions(doc);
    assertTrue(read.position("/okrs/0/keyResults/0").isPresent(), doc);
    assertTrue(
        read.position("/okrs/0/keyResults/0").orElseThrow().line()
            > read.position("/okrs/0").orElseThrow().line());
  }

  @Test
  void errorsAreThoseOfTheStrictReader(@TempDir Path dir) throws Exception {
    for (String bad :
        List.of(
            "",
            "{}",
            StrictReadingTest.plan("\"stakeholders\":[{\"id\":\"a b\",\"name\":\"X\"}]"),
            StrictReadingTest.plan("\"nope\":1"),
            StrictReadingTest.plan("") + " []")) {
      MopsJsonException strict = assertThrows(MopsJsonException.class, () -> json.readString(bad));
      MopsJsonException located =
          assertThrows(MopsJsonException.class, () -> json.readStringWithPositions(bad));
      assertEquals(strict.getMessage(), located.getMessage());
      Path file = Files.writeString(dir.resolve("bad.json"), bad, StandardCharsets.UTF_8);
      MopsJsonException fromFile = assertThrows(MopsJsonException.class, () -> json.read(file));
      assertEquals(
          fromFile.getMessage(),
          assertThrows(MopsJsonException.class, () -> json.readWithPositions(file)).getMessage());
    }
  }

  @Test
  void positionsAreOneBased() {
    assertEquals("12:7", Position.of(12, 7).toString());
    assertEquals(Position.of(1, 1), Position.of(1, 1));
    assertThrows(IllegalArgumentException.class, () -> Position.of(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Position.of(1, 0));
    assertThrows(
        NullPointerException.class,
        () -> json.readStringWithPositions(StrictReadingTest.plan("")).position(null));
  }
}
