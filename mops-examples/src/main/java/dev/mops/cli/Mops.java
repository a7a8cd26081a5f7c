package dev.mops.cli;

import dev.mops.csv.CsvImportException;
import dev.mops.json.MopsJsonException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mops} command line: check a plan, render the monthly stakeholder update, compute
 * monthly email churn from a CSV export, list the rules, or run all of it on the bundled sample.
 *
 * <p>Exit codes: 0 when the command succeeded (for {@code check}: no error-level finding), 1 when
 * {@code check} found errors, 2 when the input cannot be used (a missing file, bad JSON or CSV,
 * bad arguments). Problems are reported in one paragraph on standard error, without a stack
 * trace.
 */
@Command(name = "mops", mixinStandardHelpOptions = true, version = "mops 0.1.0-SNAPSHOT",
    description = "Checks, reports on and measures a marketing-operations team's plan.",
    subcommands = {CheckCommand.class, ReportCommand.class, ReviewCommand.class, ChurnCommand.class, RulesCommand.class,
        DemoCommand.class, CommandLine.HelpCommand.class})
public final class Mops implements Runnable {
  /** Exit code when the input cannot be used. */
  static final int UNUSABLE_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line with {@code out} and {@code err} as standard output and error.
   *
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Mops());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("mops: " + describe(e));
      line.getErr().flush();
      return UNUSABLE_INPUT;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String describe(Exception e) {
    if (e instanceof MopsJsonException || e instanceof CsvImportException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof UncheckedIOException u) {
      return "cannot read input: " + u.getCause().getMessage();
    }
    if (e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Without a subcommand, prints the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
