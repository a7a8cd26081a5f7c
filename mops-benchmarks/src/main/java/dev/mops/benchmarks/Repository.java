package dev.mops.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find the repository they were built from: its root (for the {@code mops}
 * launcher) and {@code mops-benchmarks/target/} (for the files they generate). The system property
 * {@value #ROOT_PROPERTY} names the root; without it the root is found by walking up from the
 * working directory to the first folder holding {@code mops-benchmarks/pom.xml}.
 *
 * @since 0.2
 */
public final class Repository {
  /** The system property that names the repository root. */
  public static final String ROOT_PROPERTY = "mops.repository";

  private Repository() {}

  /**
   * The repository root.
   *
   * @throws IllegalStateException if {@value #ROOT_PROPERTY} names a folder without {@code
   *     mops-benchmarks/pom.xml}, or if no folder from the working directory up holds one
   */
  public static Path root() {
    String named = System.getProperty(ROOT_PROPERTY, "");
    if (!named.isBlank()) {
      Path root = Path.of(named).toAbsolutePath().normalize();
      if (!isRoot(root)) {
        throw new IllegalStateException(
            ROOT_PROPERTY + " is not a mops repository (no mops-benchmarks/pom.xml): " + root);
      }
      return root;
    }
    Path start = Path.of("").toAbsolutePath().normalize();
    for (Path p = start; p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no mops repository from "
            + start
            + " up (no mops-benchmarks/pom.xml): run from the repository or set -D"
            + ROOT_PROPERTY
            + "=DIR");
  }

  /**
   * {@code mops-benchmarks/target/} of the repository, where generated files go (created if
   * missing).
   *
   * @throws IllegalStateException as {@link #root()} does
   * @throws java.io.UncheckedIOException if the folder cannot be created
   */
  public static Path target() {
    Path target = root().resolve("mops-benchmarks").resolve("target");
    try {
      return Files.createDirectories(target);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isRoot(Path p) {
    return Files.isRegularFile(p.resolve("mops-benchmarks").resolve("pom.xml"));
  }
}
