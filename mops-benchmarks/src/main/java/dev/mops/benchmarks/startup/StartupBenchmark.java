package dev.mops.benchmarks.startup;

import dev.mops.benchmarks.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Command-line start-up as a user sees it: each iteration starts one process and waits for it,
 * either {@code java -version} (the floor: a JVM that starts and stops) or the repository's {@code
 * ./mops check} launcher on the bundled sample plan (the script, whatever it does to start: build
 * check, AppCDS, the jar). Output is discarded; the exit code is checked (0 for both).
 *
 * <p>The launcher is {@code mops} in the repository root ({@link Repository#root()}); the {@code
 * java} of both is the first on the {@code PATH}, as for a user. Run: {@code java -jar
 * mops-benchmarks/target/benchmarks.jar startup.StartupBenchmark} (see BENCHMARKS.md).
 *
 * @since 0.2
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class StartupBenchmark {
  /** The command: {@code java-version} or {@code mops-check}. */
  @Param({"java-version", "mops-check"})
  public String command = "java-version";

  private List<String> argv = List.of();
  private Path directory = Path.of("");

  /** Creates the state; JMH sets the parameter and calls {@link #setUp()}. */
  public StartupBenchmark() {}

  /**
   * Finds the launcher and runs the command once, so that a stale command-line jar is rebuilt
   * before timing starts.
   *
   * @throws IllegalStateException if the launcher is missing or the command fails
   */
  @Setup(Level.Trial)
  public void setUp() {
    directory = Repository.root();
    switch (command) {
      case "java-version" -> argv = List.of("java", "-version");
      case "mops-check" -> {
        Path launcher = directory.resolve("mops");
        if (!Files.isExecutable(launcher)) {
          throw new IllegalStateException("no executable mops launcher at " + launcher);
        }
        argv = List.of(launcher.toString(), "check");
      }
      default ->
          throw new IllegalStateException(
              "unknown command, expected java-version or mops-check, got \"" + command + "\"");
    }
    start(ProcessBuilder.Redirect.INHERIT); // a rebuild of a stale jar says why it failed
  }

  /**
   * Starts the command and waits for it.
   *
   * @return the exit code, 0
   * @throws IllegalStateException if it exits with another code
   */
  @Benchmark
  public int run() {
    return start(ProcessBuilder.Redirect.DISCARD);
  }

  private int start(ProcessBuilder.Redirect errors) {
    try {
      Process p =
          new ProcessBuilder(argv)
              .directory(directory.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(errors)
              .start();
      p.getOutputStream().close(); // no input
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", argv) + " exited with " + code);
      }
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", argv), e);
    }
  }
}
