package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.mops.check.CheckReport;
import dev.mops.check.ElementPath;
import dev.mops.check.Finding;
import dev.mops.check.PlanChecker;
import dev.mops.check.Severity;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import dev.mops.model.Plan;
import dev.mops.testing.PublicApi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The null contract of {@code dev.mops.json}'s exported package: every public constructor and
 * static method, and the public instance methods of a sample of each reader, writer and builder,
 * throw {@link NullPointerException} for a null argument (Guava's {@link NullPointerTester}).
 * Exceptions and {@link MopsModule} are tested through their constructors only: their other public
 * methods are Throwable's and Jackson's.
 */
class JsonNullContractTest {
  private static final Plan PLAN =
      MopsJson.standard().read(Path.of("src/test/resources/golden/small-plan.json"));
  private static final String PLAN_TEXT = MopsJson.standard().writeString(PLAN);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Plan.class, PLAN)
        .setDefault(ReadLimits.class, ReadLimits.defaults())
        .setDefault(Path.class, Path.of("target", "null-contract-never-written.json"))
        .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
        .setDefault(OutputStream.class, new ByteArrayOutputStream())
        .setDefault(Reader.class, new StringReader(""))
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(EmailReport.class, EmailMetrics.report(List.of()))
        .setDefault(CheckReport.class, PlanChecker.defaults().check(PLAN))
        .setDefault(LocatedPlan.class, MopsJson.standard().readStringWithPositions(PLAN_TEXT))
        .setDefault(
            Finding.class,
            Finding.of("test.null", Severity.INFO, ElementPath.root(PLAN.id()), "A finding."));
  }

  private static List<Object> instances() {
    return List.of(
        MopsJson.standard(),
        MopsJson.builder(),
        ReadLimits.defaults(),
        ReadLimits.builder(),
        MopsJson.standard().readStringWithPositions(PLAN_TEXT));
  }

  @Test
  void findsTheWholeApi() throws IOException {
    List<Class<?>> api = PublicApi.classes(MopsJson.class.getModule());
    assertEquals(
        Set.of("dev.mops.json"),
        api.stream().map(Class::getPackageName).collect(Collectors.toSet()));
    assertTrue(
        api.contains(MopsJson.Builder.class) && api.contains(ReadLimits.class), api::toString);
  }

  @TestFactory
  Stream<DynamicTest> staticMethodsAndConstructorsRefuseNull() throws IOException {
    NullPointerTester tester = tester();
    return PublicApi.classes(MopsJson.class.getModule()).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () -> {
                      tester.testAllPublicStaticMethods(c);
                      tester.testAllPublicConstructors(c);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> instanceMethodsRefuseNull() {
    NullPointerTester tester = tester();
    return instances().stream()
        .map(
            i ->
                DynamicTest.dynamicTest(
                    i.getClass().getName(), () -> tester.testAllPublicInstanceMethods(i)));
  }
}
