package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a text with a golden file under {@code src/test/resources/golden/}. Run with {@code
 * -Dmops.golden.update=true} to write the files anew (then review the diff).
 */
final class Golden {
  private Golden() {}

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertGolden(String name, String actual) {
    if (Boolean.getBoolean("mops.golden.update")) {
      try {
        Path file = Path.of("src/test/resources/golden", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertEquals(
        read(name),
        actual,
        "golden file " + name + " differs; rerun with -Dmops.golden.update=true to update it");
  }
}
