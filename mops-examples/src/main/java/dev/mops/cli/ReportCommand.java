package dev.mops.cli;

import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import dev.mops.report.MonthlyUpdate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mops report}: the monthly stakeholder one-pager in Markdown, public view only. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Renders the monthly stakeholder update (Markdown) from the plan's public view.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN.json",
      description = "The plan document; the bundled sample when absent.")
  Path plan;

  @Option(
      names = "--month",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The month, e.g. 2027-03.")
  YearMonth month;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path outFile;

  @Override
  public Integer call() {
    Plan p = plan == null ? Samples.plan(spec.commandLine().getErr()) : Samples.read(plan);
    Samples.requireWithin(p, DateRange.ofMonth(month), month.toString());
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
      throw FileFailure.write(outFile, e);
    }
    spec.commandLine().getErr().println("mops: wrote " + outFile);
  }
}
