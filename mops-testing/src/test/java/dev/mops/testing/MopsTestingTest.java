package dev.mops.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.check.CheckReport;
import dev.mops.check.PlanChecker;
import dev.mops.check.Severity;
import dev.mops.model.Kpi;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What mops-testing promises its users, through its public API on the module path. */
class MopsTestingTest {

  @Nested
  class Rules {
    @Test
    void testsARuleOnTheSeedPlanAndTheNearestPlanThatShouldFire() {
      // snippet: rule-tester
      RuleTester rule = RuleTester.of("kpi-without-target");
      Plan plan = SeedPlans.automotivePlan();
      rule.staysQuiet(plan);

      Kpi kpi = plan.elements(Kpi.class).get(0);
      Plan withoutTarget =
          plan.replacing(Kpi.builder().from(kpi).targetValue(Optional.empty()).build());
      rule.firesOnce(withoutTarget, Severity.WARNING, "kpis[" + kpi.id() + "]", kpi.name());
      // end snippet
    }

    @Test
    void aFailedExpectationIsAnAssertionErrorThatSaysWhatTheRuleDid() {
      RuleTester rule = RuleTester.of("kpi-without-target");
      Plan plan = SeedPlans.automotivePlan();
      AssertionError quiet = assertThrows(AssertionError.class, () -> rule.fires(plan));
      assertTrue(quiet.getMessage().contains("kpi-without-target stayed quiet"), quiet::getMessage);

      Kpi kpi = plan.elements(Kpi.class).get(0);
      Plan broken = plan.replacing(Kpi.builder().from(kpi).targetValue(Optional.empty()).build());
      AssertionError fired = assertThrows(AssertionError.class, () -> rule.staysQuiet(broken));
      assertTrue(
          fired.getMessage().contains("fired where it should stay quiet"), fired::getMessage);
      AssertionError severity =
          assertThrows(
              AssertionError.class,
              () -> rule.firesOnce(broken, Severity.ERROR, "kpis[" + kpi.id() + "]"));
      assertTrue(severity.getMessage().startsWith("severity of "), severity::getMessage);
    }

    @Test
    void anUnknownRuleIdIsABadArgument() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RuleTester.of("kpi-withot-target"));
      assertEquals("no built-in rule \"kpi-withot-target\"", e.getMessage());
    }
  }

  @Nested
  class Plans {
    @Test
    void aRandomPlanIsAFunctionOfSizeAndSeed() {
      assertEquals(RandomPlans.plan(3, 42L), RandomPlans.plan(3, 42L));
      assertNotEquals(RandomPlans.plan(3, 42L), RandomPlans.plan(3, 43L));
      Plan plan = RandomPlans.plan(4, -7L);
      Set<String> ids = new HashSet<>();
      for (PlanElement e : plan.elements()) {
        assertTrue(ids.add(e.id()), () -> "duplicate id " + e.id());
      }
      assertTrue(
          RandomPlans.describe(plan).startsWith(plan.id() + " ("), RandomPlans.describe(plan));
    }

    @Test
    void randomPlansHaveNoDanglingReference() {
      for (long seed = 0; seed < 20; seed++) {
        CheckReport report = PlanChecker.defaults().check(RandomPlans.plan(2, seed));
        assertEquals(List.of(), report.withRule("dangling-reference"), report::render);
        assertEquals(List.of(), report.failedRules(), report::render);
      }
    }

    @Test
    void sizesOutsideTheRangeAreRefused() {
      assertThrows(IllegalArgumentException.class, () -> RandomPlans.plan(0, 1L));
      assertThrows(
          IllegalArgumentException.class, () -> RandomPlans.plan(RandomPlans.MAX_SIZE + 1, 1L));
    }

    @Test
    void theSeedPlanIsFreshOnEveryCallAndHasNoErrors() {
      assertEquals(SeedPlans.automotivePlan(), SeedPlans.automotiveBuilder().build());
      CheckReport report = PlanChecker.defaults().check(SeedPlans.automotivePlan());
      assertFalse(report.hasErrors(), report::render);
    }
  }

  @Nested
  class Golden {
    @TempDir Path dir;

    @Test
    void matchesEqualTextAndNamesTheFirstDifferingLine() throws IOException {
      Files.writeString(dir.resolve("a.txt"), "one\ntwo\nthree\n", StandardCharsets.UTF_8);
      GoldenFiles golden = GoldenFiles.in(dir);
      golden.assertMatches("a.txt", "one\ntwo\nthree\n");
      AssertionError e =
          assertThrows(
              AssertionError.class, () -> golden.assertMatches("a.txt", "one\n2\nthree\n"));
      assertTrue(e.getMessage().contains("at line 2: expected \"two\", got \"2\""), e::getMessage);
      AssertionError shorter =
          assertThrows(AssertionError.class, () -> golden.assertMatches("a.txt", "one\ntwo\n"));
      assertTrue(shorter.getMessage().contains("expected 3 lines, got 2"), shorter::getMessage);
      AssertionError newline =
          assertThrows(
              AssertionError.class, () -> golden.assertMatches("a.txt", "one\ntwo\nthree"));
      assertTrue(newline.getMessage().contains("final newline"), newline::getMessage);
    }

    @Test
    void aMissingFileSaysHowToCreateIt() {
      AssertionError e =
          assertThrows(AssertionError.class, () -> GoldenFiles.in(dir).read("none.txt"));
      assertTrue(e.getMessage().contains("-Dmops.golden.update=true"), e::getMessage);
    }

    @Test
    void theUpdatePropertyWritesTheFileAnew() throws IOException {
      GoldenFiles golden = GoldenFiles.in(dir);
      String before = System.getProperty(GoldenFiles.UPDATE_PROPERTY);
      System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
      try {
        golden.assertMatches("sub/new.md", "fresh ü\n");
      } finally {
        if (before == null) {
          System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
        } else {
          System.setProperty(GoldenFiles.UPDATE_PROPERTY, before);
        }
      }
      assertEquals(
          "fresh ü\n", Files.readString(dir.resolve("sub/new.md"), StandardCharsets.UTF_8));
    }

    @Test
    void namesStayInTheDirectory() {
      GoldenFiles golden = GoldenFiles.in(dir);
      assertThrows(IllegalArgumentException.class, () -> golden.path("../escape.txt"));
      assertThrows(IllegalArgumentException.class, () -> golden.path(dir.resolve("x").toString()));
      assertEquals(dir.resolve("a/b.txt").toAbsolutePath(), golden.path("a/b.txt"));
    }

    @Test
    void findsAModuleDirectoryFromTheWorkingDirectory() {
      GoldenFiles golden = GoldenFiles.inModule("mops-testing", "src/test/java");
      assertTrue(Files.isDirectory(golden.directory().resolve("dev/mops/testing")));
      assertThrows(
          IllegalStateException.class, () -> GoldenFiles.inModule("no-such-module", "src"));
    }
  }

  @Nested
  class Api {
    @Test
    void listsThePublicClassesOfAModulesExports() {
      List<Class<?>> api = PublicApi.classes(RuleTester.class.getModule());
      assertTrue(api.contains(RuleTester.class) && api.contains(GoldenFiles.class), api::toString);
      assertTrue(api.stream().allMatch(c -> c.getPackageName().equals("dev.mops.testing")));
      assertTrue(api.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), api::toString);
    }

    @Test
    void refusesTheUnnamedModule() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PublicApi.classes(MopsTestingTest.class.getClassLoader().getUnnamedModule()));
    }
  }

  @Nested
  class Scale {
    @Test
    void parsesAScaleInTheHalfOpenUnitInterval() {
      assertEquals(0.1, TestScale.parse(" 0.1 "));
      assertEquals(1.0, TestScale.parse("1"));
      for (String bad : List.of("0", "-1", "1.5", "NaN", "x")) {
        assertThrows(IllegalArgumentException.class, () -> TestScale.parse(bad), bad);
      }
      assertTrue(TestScale.scaled(1) >= 1);
    }
  }

  @Nested
  class Stack {
    private int depth(int n) {
      return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void aShallowTaskRunsAndADeepRecursionOverflowsTheSmallStack() {
      int[] result = new int[1];
      SmallStack.run(() -> result[0] = depth(100));
      assertEquals(100, result[0]);
      assertThrows(StackOverflowError.class, () -> SmallStack.run(() -> depth(10_000_000)));
    }

    @Test
    void theTasksExceptionIsThrownAsItIs() {
      IllegalStateException e = new IllegalStateException("boom");
      assertEquals(
          e,
          assertThrows(
              IllegalStateException.class,
              () ->
                  SmallStack.run(
                      () -> {
                        throw e;
                      })));
      assertThrows(IllegalArgumentException.class, () -> SmallStack.run(0, () -> {}));
    }
  }

  @Nested
  class EventFiles {
    @Test
    void writesTheSameBytesForTheSameArgumentsAndAtLeastTheRowsAsked(@TempDir Path dir)
        throws IOException {
      Path a = dir.resolve("a.csv");
      Path b = dir.resolve("b.csv");
      long rows = EmailEventFiles.write(a, 5_000, 7L, 300);
      EmailEventFiles.write(b, 5_000, 7L, 300);
      List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
      assertEquals(
          Files.readString(a, StandardCharsets.UTF_8), Files.readString(b, StandardCharsets.UTF_8));
      assertEquals("contact_id,event,occurred_at", lines.get(0));
      assertEquals(rows + 1, lines.size());
      assertTrue(rows >= 5_000 && rows < 5_010, "rows " + rows);
      Set<String> contacts = new HashSet<>();
      lines.subList(1, lines.size()).forEach(l -> contacts.add(l.substring(0, l.indexOf(','))));
      assertTrue(contacts.size() <= 300 && contacts.size() > 250, "contacts " + contacts.size());
      EmailEventFiles.write(b, 5_000, 8L, 300);
      assertNotEquals(
          Files.readString(a, StandardCharsets.UTF_8), Files.readString(b, StandardCharsets.UTF_8));
    }

    @Test
    void refusesNegativeRowsAndNoContacts(@TempDir Path dir) {
      Path f = dir.resolve("x.csv");
      assertThrows(IllegalArgumentException.class, () -> EmailEventFiles.write(f, -1, 1L, 10));
      assertThrows(IllegalArgumentException.class, () -> EmailEventFiles.write(f, 1, 1L, 0));
      assertFalse(Files.exists(f));
    }
  }
}
