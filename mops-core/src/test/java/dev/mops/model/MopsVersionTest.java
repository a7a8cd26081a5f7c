package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one version is the build's: the parent pom's version, filled in at build time. */
class MopsVersionTest {
  @Test
  void isTheProjectVersionOfTheParentPom() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    String pom = Files.readString(dir.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<artifactId>mops-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertEquals(true, m.find(), "the parent pom names its version after its artifactId");
    assertEquals(m.group(1), MopsVersion.current());
  }
}
