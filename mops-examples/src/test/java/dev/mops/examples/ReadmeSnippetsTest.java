package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java code of the README and of {@code docs/*.md} honest: every block preceded by {@code
 * <!-- snippet: NAME -->} must equal, line for line (indentation aside), the code between {@code
 * //}{@code snippet: NAME} and {@code //}{@code end snippet} in a main or test source of this
 * repository, where it is compiled (and, in a test, run).
 */
class ReadmeSnippetsTest {
  private static final Pattern README_BLOCK =
      Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SOURCE_BLOCK =
      Pattern.compile("//\\x20snippet: ([\\w-]+)\\n(.*?)\\n\\s*//\\x20end snippet", Pattern.DOTALL);

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "repository root not found from " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  @Test
  void everyReadmeSnippetIsCompiledTestCode() throws IOException {
    Path root = repoRoot();
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p ->
                      p.toString().contains("/src/test/java/")
                          || p.toString().contains("/src/main/java/"))
              .toList()) {
        Matcher m = SOURCE_BLOCK.matcher(read(f));
        while (m.find()) {
          sources.put(m.group(1), normalize(m.group(2)));
        }
      }
    }
    int checked = 0;
    for (Path doc : documents()) {
      Matcher m = README_BLOCK.matcher(read(doc));
      while (m.find()) {
        String name = m.group(1);
        assertTrue(sources.containsKey(name), "no source holds snippet " + name + " of " + doc);
        assertEquals(
            sources.get(name), normalize(m.group(2)), "snippet " + name + " differs in " + doc);
        checked++;
      }
    }
    assertFalse(checked == 0, "the README shows no checked snippet");
  }

  /**
   * The catalog grows one rule at a time (docs/contributing-rules.md): no document counts its
   * rules.
   */
  @Test
  void noDocumentCountsTheRules() throws IOException {
    Pattern count =
        Pattern.compile("\\b\\d+ (built-in |vendor |plan )?rules\\b", Pattern.CASE_INSENSITIVE);
    for (Path doc : documents()) {
      Matcher m = count.matcher(read(doc));
      assertFalse(
          m.find(),
          () ->
              doc
                  + " counts the rules (\""
                  + m.group()
                  + "\"): name them by id or point to `mops rules`");
    }
  }

  /** The README and every {@code docs/*.md}. */
  static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(repoRoot().resolve("README.md")));
    try (Stream<Path> files = Files.list(repoRoot().resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strips the common indentation and trailing blanks. */
  static String normalize(String code) {
    List<String> lines = code.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return b.toString().strip();
  }
}
