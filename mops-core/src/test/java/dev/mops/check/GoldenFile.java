package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code mops-core/src/test/resources}: a test compares its output with the file
 * byte for byte. After an intended change (a new rule, a new parameter, a changed description)
 * regenerate them with {@code -Dmops.golden.update=true} and review the diff, e.g. {@code ./mvnw -q
 * -pl mops-core test -Dtest=RuleCatalogTest -Dmops.golden.update=true}.
 */
final class GoldenFile {
  private GoldenFile() {}

  /**
   * Compares {@code actual} with the golden file at {@code resource}, rewriting it first when
   * asked.
   */
  static void assertMatches(String resource, String actual) {
    Path file = moduleDir().resolve("src/test/resources").resolve(resource);
    try {
      if (Boolean.getBoolean("mops.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      String expected =
          Files.exists(file)
              ? Files.readString(file, StandardCharsets.UTF_8)
              : "(no golden file " + file + "; run with -Dmops.golden.update=true)";
      assertEquals(
          expected,
          actual,
          "golden file " + resource + " (regenerate with -Dmops.golden.update=true)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mops-core directory, found from the working directory Maven or an IDE gives the tests. */
  private static Path moduleDir() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("mops-core/src/test/resources"))) {
        return d.resolve("mops-core");
      }
      if (d.getFileName() != null
          && d.getFileName().toString().equals("mops-core")
          && Files.isDirectory(d.resolve("src/test/resources"))) {
        return d;
      }
    }
    throw new IllegalStateException("mops-core not found from " + dir);
  }
}
