package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code mops-examples/src/test/resources/golden}: the test compares output byte
 * for byte. Run with {@code -Dmops.golden.update=true} to rewrite them after an intended change,
 * then review the diff.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file =
        ReadmeSnippetsTest.repoRoot()
            .resolve("mops-examples/src/test/resources/golden")
            .resolve(name);
    try {
      if (Boolean.getBoolean("mops.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
