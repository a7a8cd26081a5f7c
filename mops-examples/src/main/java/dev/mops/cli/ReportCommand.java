package dev.mops.cli;

import dev.mops.model.Plan;
import dev.mops.report.MonthlyUpdate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mops report}: the monthly stakeholder one-pager in Markdown, public view only. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Renders the monthly stakeholder update (Markdown) from the plan's public view.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN.json",
      description = "The plan document; the bundled sample when absent.")
  Path plan;

  @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2027-03.")
  YearMonth month;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path outFile;

  @Override
  public Integer call() {
    Plan p = plan == null ? Samples.plan(spec.commandLine().getErr()) : Samples.read(plan);
    write(spec, MonthlyUpdate.of(p, month).toMarkdown(), outFile);
    return 0;
  }

  static void write(CommandSpec spec, String text, Path outFile) {
    if (outFile == null) {
      spec.commandLine().getOut().print(text);
      return;
    }
    try {
      Files.writeString(outFile, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WriteFailure(outFile, e);
    }
    spec.commandLine().getErr().println("mops: wrote " + outFile);
  }

  /** A report that could not be written: {@code cannot write FILE: reason}, exit code 2. */
  static final class WriteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriteFailure(Path file, IOException cause) {
      super("cannot write " + file + ": " + reason(file, cause), cause);
    }

    private static String reason(Path file, IOException e) {
      if (Files.isDirectory(file)) {
        return "it is a directory";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "its directory does not exist";
      }
      if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
        return f.getReason();
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
