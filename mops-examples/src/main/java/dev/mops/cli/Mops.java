package dev.mops.cli;

import dev.mops.check.Wording;
import dev.mops.csv.CsvImportException;
import dev.mops.json.MopsJsonException;
import dev.mops.model.MopsVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mops} command line: check a plan, render the monthly stakeholder update, compute
 * monthly email churn from a CSV export, list the rules, or run all of it on the bundled sample.
 *
 * <p>Exit codes: 0 when the command succeeded (for {@code check}: no error-level finding), 1 when
 * {@code check} found errors, 2 when the input cannot be used (a missing file, bad JSON or CSV, bad
 * arguments) or a report cannot be written. Problems are reported in one paragraph on standard
 * error, without a stack trace.
 *
 * <p>Output is UTF-8 whatever the platform's default charset is (JDK 17 under a C/POSIX locale
 * would write every non-ASCII character as {@code ?}), and so are the files written with {@code
 * --out}.
 */
@Command(
    name = "mops",
    mixinStandardHelpOptions = true,
    versionProvider = Mops.Version.class,
    description = "Checks, reports on and measures a marketing-operations team's plan.")
public final class Mops implements Runnable {
  /** {@code mops --version}: the SDK's one version, {@link MopsVersion#current()}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"mops " + MopsVersion.current()};
    }
  }

  /**
   * The subcommands, in the order the usage lists them. Picocli reads a command's annotations and
   * fields reflectively when it is added, so {@link #run(PrintWriter, PrintWriter, String...)} adds
   * only the one the arguments name (a third of a small {@code mops check}'s start-up otherwise),
   * and all of them when the arguments name none (usage, {@code help}, a mistyped name).
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CheckCommand.class,
          ReportCommand.class,
          ReviewCommand.class,
          ChurnCommand.class,
          WorkCommand.class,
          RulesCommand.class,
          DemoCommand.class,
          CommandLine.HelpCommand.class);

  /** Exit code when the input cannot be used. */
  static final int UNUSABLE_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /**
   * Runs the command line writing UTF-8 to {@code out} and {@code err}, whatever the platform's
   * default charset is.
   *
   * @return the exit code
   */
  public static int run(OutputStream out, OutputStream err, String... args) {
    return run(utf8(out), utf8(err), args);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * Runs the command line with {@code out} and {@code err} as standard output and error.
   *
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Mops());
    // before the handlers and converters below: picocli applies those to the subcommands present
    subcommandsFor(args).forEach(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("mops: " + Wording.visible(describe(e)));
          line.getErr().flush();
          return UNUSABLE_INPUT;
        });
    ArgumentTypes.register(cli);
    cli.setParameterExceptionHandler(Mops::usageError);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The one subcommand {@code args} starts with, or every subcommand when it names none. */
  static List<Class<?>> subcommandsFor(String... args) {
    if (args.length > 0) {
      for (Class<?> command : SUBCOMMANDS) {
        CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
        if (annotation != null
            && command != CommandLine.HelpCommand.class
            && annotation.name().equals(args[0])) {
          return List.of(command);
        }
      }
    }
    return SUBCOMMANDS;
  }

  /**
   * A bad argument: one paragraph with the option, the value and what was expected, then where to
   * find the options; the whole usage only when the command line could not be understood at all (an
   * unknown option without a close match).
   */
  private static int usageError(CommandLine.ParameterException e, String[] arguments) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    String message = String.valueOf(e.getMessage());
    if (e.getCause() instanceof CommandLine.TypeConversionException t && e.getArgSpec() != null) {
      message = "invalid " + name(e.getArgSpec()) + ": " + t.getMessage();
    }
    err.println("mops: " + Wording.visible(message));
    if (e instanceof CommandLine.UnmatchedArgumentException
        && !CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      line.usage(err);
    } else {
      err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for its options.");
    }
    err.flush();
    return UNUSABLE_INPUT;
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  private static String describe(Exception e) {
    if (e instanceof MopsJsonException
        || e instanceof CsvImportException
        || e instanceof FileFailure) {
      return String.valueOf(e.getMessage());
    }
    IOException io =
        e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
    if (io instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (io != null) {
      return "cannot read input: " + io.getMessage();
    }
    if (e instanceof IllegalArgumentException) {
      return String.valueOf(e.getMessage());
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Without a subcommand, prints the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
