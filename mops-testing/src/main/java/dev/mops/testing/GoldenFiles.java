package dev.mops.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A directory of golden files: expected outputs under version control that a test compares its
 * output with, character for character (UTF-8).
 *
 * <p>After an intended change, run the tests once with the system property {@value
 * #UPDATE_PROPERTY}{@code =true}: each compared file is then rewritten with the actual output (and
 * the comparison passes), so the change shows up in {@code git diff} for review.
 *
 * <pre>{@code
 * GoldenFiles golden = GoldenFiles.inModule("mops-core", "src/test/resources/golden");
 * golden.assertMatches("rule-catalog.txt", RuleSet.defaults().describe());
 * }</pre>
 *
 * @since 0.1
 */
public final class GoldenFiles {
  /** The system property that, when {@code true}, rewrites the golden files instead of failing. */
  public static final String UPDATE_PROPERTY = "mops.golden.update";

  private final Path directory;

  private GoldenFiles(Path directory) {
    this.directory = directory;
  }

  /**
   * The golden files in {@code directory} (resolved against the working directory if relative).
   *
   * @throws NullPointerException if {@code directory} is null
   */
  public static GoldenFiles in(Path directory) {
    return new GoldenFiles(requireNonNull(directory, "directory").toAbsolutePath().normalize());
  }

  /**
   * The golden files in {@code directory} of the build module {@code module}, found from the
   * working directory whether a test runs in the module's directory (as Maven runs it) or in a
   * directory above it (as an IDE may): the nearest directory, going up, that is {@code module} and
   * has {@code directory}, or that has {@code module/directory}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if no such directory exists above the working directory
   */
  public static GoldenFiles inModule(String module, String directory) {
    requireNonNull(module, "module");
    requireNonNull(directory, "directory");
    Path start = Path.of("").toAbsolutePath();
    for (Path d = start; d != null; d = d.getParent()) {
      Path name = d.getFileName();
      if (name != null
          && name.toString().equals(module)
          && Files.isDirectory(d.resolve(directory))) {
        return new GoldenFiles(d.resolve(directory).normalize());
      }
      if (Files.isDirectory(d.resolve(module).resolve(directory))) {
        return new GoldenFiles(d.resolve(module).resolve(directory).normalize());
      }
    }
    throw new IllegalStateException(
        "no directory " + module + "/" + directory + " at or above " + start);
  }

  /** The directory, absolute. */
  public Path directory() {
    return directory;
  }

  /**
   * The golden file {@code name} (a relative path such as {@code "reports/monthly.md"}).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is absolute or leaves the directory
   */
  public Path path(String name) {
    requireNonNull(name, "name");
    Path file = directory.resolve(name).normalize();
    if (Path.of(name).isAbsolute() || !file.startsWith(directory) || file.equals(directory)) {
      throw new IllegalArgumentException("golden file name must stay in the directory: " + name);
    }
    return file;
  }

  /**
   * The text of the golden file {@code name}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws AssertionError if the file does not exist (the message says how to create it)
   * @throws UncheckedIOException if the file cannot be read
   */
  public String read(String name) {
    Path file = path(name);
    if (!Files.exists(file)) {
      throw new AssertionError(
          "no golden file " + file + "; run the test with -D" + UPDATE_PROPERTY + "=true");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code name}; with {@value #UPDATE_PROPERTY}
   * set to {@code true}, writes {@code actual} to the file first (creating directories).
   *
   * @throws NullPointerException if an argument is null
   * @throws AssertionError if the texts differ; the message names the file, the first differing
   *     line, and how to regenerate
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public void assertMatches(String name, String actual) {
    requireNonNull(actual, "actual");
    Path file = path(name);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write golden file " + file, e);
      }
    }
    String expected = read(name);
    if (!expected.equals(actual)) {
      throw new AssertionError(
          "output differs from golden file "
              + file
              + " "
              + firstDifference(expected, actual)
              + " (after an intended change, rerun with -D"
              + UPDATE_PROPERTY
              + "=true and review the diff)");
    }
  }

  /** Where two texts part: the first differing line, 1-based, with both versions. */
  static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int n = Math.min(e.size(), a.size());
    for (int i = 0; i < n; i++) {
      if (!e.get(i).equals(a.get(i))) {
        return "at line " + (i + 1) + ": expected \"" + e.get(i) + "\", got \"" + a.get(i) + "\"";
      }
    }
    if (e.size() != a.size()) {
      return "in length: expected " + e.size() + " lines, got " + a.size();
    }
    return "in line endings or a final newline";
  }

  @Override
  public String toString() {
    return "GoldenFiles{" + directory + "}";
  }
}
