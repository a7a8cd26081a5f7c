package dev.mops.cli;

import dev.mops.model.DateRange;
import dev.mops.model.Plan;
import dev.mops.report.Chart;
import dev.mops.report.MonthlyUpdate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mops report}: the monthly stakeholder one-pager in Markdown, HTML or SVG charts, public
 * view only.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Renders the monthly stakeholder update from the plan's public view: Markdown, one HTML"
            + " page with charts, or the charts as SVG files.")
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
      names = "--format",
      paramLabel = "md|html|svg",
      defaultValue = "md",
      description = "md (default), html (one self-contained page) or svg (one file per chart).")
  ReportFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE|DIR",
      description =
          "Write to this file instead of standard output; for svg, the directory (made if"
              + " missing) to write the charts into.")
  Path outFile;

  @Override
  public Integer call() {
    requireDirectoryForSvg(spec, format, outFile);
    Plan p = plan == null ? Samples.plan(spec.commandLine().getErr()) : Samples.read(plan);
    Samples.requireWithin(p, DateRange.ofMonth(month), month.toString());
    MonthlyUpdate update = MonthlyUpdate.of(p, month);
    write(spec, format, update.toMarkdown(), update.toHtml(), update.charts(), outFile);
    return 0;
  }

  /** A usage error before any input is read: {@code --format svg} writes files, not a stream. */
  static void requireDirectoryForSvg(CommandSpec spec, ReportFormat format, Path outFile) {
    if (format == ReportFormat.svg && outFile == null) {
      throw new ParameterException(
          spec.commandLine(), "--format svg writes one file per chart: give --out DIR");
    }
  }

  /** Writes a report in {@code format}: Markdown or HTML as text, SVG as a file per chart. */
  static void write(
      CommandSpec spec,
      ReportFormat format,
      String markdown,
      String html,
      List<Chart> charts,
      Path outFile) {
    switch (format) {
      case md -> write(spec, markdown, outFile);
      case html -> write(spec, html, outFile);
      case svg -> {
        try {
          Files.createDirectories(outFile);
        } catch (IOException e) {
          throw FileFailure.write(outFile, e);
        }
        if (charts.isEmpty()) {
          spec.commandLine().getErr().println("mops: the report has no charts");
        }
        for (Chart c : charts) {
          write(spec, c.svg() + "\n", outFile.resolve(c.name() + ".svg"));
        }
      }
    }
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
