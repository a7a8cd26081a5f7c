package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's JShell snippets (the blocks after {@code <!-- jshell -->}) in a real JShell
 * with the SDK on the class path and the start-up script loaded, exactly as {@code ./mops-jshell}
 * opens it. A snippet that fails to compile or throws fails the test; a line {@code // ==> X} after
 * an expression asserts that JShell shows the value {@code X}.
 */
@SuppressForbidden(
    reason = "jdk.jshell is a supported JDK API, though not Java SE: it runs the README's snippets")
class ReadmeJShellTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- jshell -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readmeJShellSnippetsRun() throws IOException {
    Path root = ReadmeSnippetsTest.repoRoot();
    String readme = Files.readString(root.resolve("README.md"));
    String startup = Files.readString(root.resolve("mops-examples/src/main/jshell/mops.jsh"));
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertFalse(blocks.isEmpty(), "the README shows no JShell snippet");
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry :
          System.getProperty("java.class.path").split(java.io.File.pathSeparator, -1)) {
        shell.addToClasspath(entry);
      }
      run(shell, startup, "mops.jsh");
      for (String block : blocks) {
        run(shell, block, "README");
      }
    }
  }

  private static void run(JShell shell, String source, String where) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    String lastValue = null;
    while (!remaining.isBlank()) {
      String trimmed = remaining.stripLeading();
      if (trimmed.startsWith("// ==> ")) {
        int end = trimmed.indexOf('\n');
        String expected =
            (end < 0 ? trimmed : trimmed.substring(0, end)).substring("// ==> ".length()).strip();
        assertEquals(expected, lastValue, "value shown in " + where);
        remaining = end < 0 ? "" : trimmed.substring(end + 1);
        continue;
      }
      if (trimmed.startsWith("//")) {
        int end = trimmed.indexOf('\n');
        remaining = end < 0 ? "" : trimmed.substring(end + 1);
        continue;
      }
      remaining = trimmed;
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() != SourceCodeAnalysis.Completeness.COMPLETE
          && info.completeness() != SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI) {
        fail(where + ": incomplete snippet: " + remaining);
      }
      String snippet = info.source();
      if (snippet.isBlank()) {
        fail(where + ": no snippet found in: " + remaining);
      }
      for (SnippetEvent e : shell.eval(snippet)) {
        if (e.status() == Snippet.Status.REJECTED
            || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
            || e.status() == Snippet.Status.RECOVERABLE_DEFINED) {
          String why =
              shell
                  .diagnostics(e.snippet())
                  .map(d -> d.getMessage(java.util.Locale.ROOT))
                  .reduce("", (a, b) -> a + " " + b);
          fail(where + ": " + e.status() + ": " + snippet + " —" + why);
        }
        if (e.exception() != null) {
          fail(where + ": threw " + e.exception() + " in: " + snippet);
        }
        if (e.value() != null) {
          lastValue = e.value();
        }
      }
      remaining = info.remaining();
    }
  }
}
