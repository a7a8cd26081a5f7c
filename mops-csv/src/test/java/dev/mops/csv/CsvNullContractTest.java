package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
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
 * The null contract of {@code dev.mops.csv}'s exported package: every public constructor and static
 * method, and the public instance methods of a sample of each reader, builder and mapping, throw
 * {@link NullPointerException} for a null argument (Guava's {@link NullPointerTester}). Exceptions
 * are tested through their constructors only: their other public methods are Throwable's.
 */
class CsvNullContractTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ColumnMapping.class, ColumnMapping.standard())
        .setDefault(EmailAccumulator.class, EmailMetrics.accumulator())
        .setDefault(Path.class, Path.of("target", "null-contract-never-read.csv"))
        .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
        .setDefault(OutputStream.class, new ByteArrayOutputStream())
        .setDefault(Reader.class, new StringReader(""))
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(WorkClassification.class, WorkClassification.defaults());
  }

  private static List<Object> instances() {
    return List.of(
        ColumnMapping.standard(),
        ColumnMapping.builder(),
        ColumnMapping.standard().toBuilder(),
        EmailEventsCsv.builder(),
        EmailEventsCsv.builder().build(),
        WorkItemsCsv.builder(),
        WorkItemsCsv.builder().build(),
        WorkClassification.defaults(),
        WorkClassification.builder(),
        MappingFile.parse("s", "", WorkPresets.jira(), WorkClassification.defaults()));
  }

  @Test
  void findsTheWholeApi() throws IOException {
    List<Class<?>> api = PublicApi.classes(EmailEventsCsv.class.getModule());
    assertEquals(
        Set.of("dev.mops.csv"),
        api.stream().map(Class::getPackageName).collect(Collectors.toSet()));
    assertTrue(
        api.contains(EmailEventsCsv.Builder.class) && api.contains(WorkItemsCsv.class),
        api::toString);
  }

  @TestFactory
  Stream<DynamicTest> staticMethodsAndConstructorsRefuseNull() throws IOException {
    NullPointerTester tester = tester();
    return PublicApi.classes(EmailEventsCsv.class.getModule()).stream()
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
