package dev.mops.cli;

import dev.mops.check.RuleSet;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.report.QuarterlyReview;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mops review}: the quarterly review of the team's internal goals in Markdown, HTML or SVG
 * charts.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description =
        "Renders the quarterly internal-goal review (Markdown, an HTML page with charts, or the"
            + " charts as SVG files): indicators, trends, and the findings of the rules (with any"
            + " --param) as of the quarter's last day.")
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN.json",
      description = "The plan document; the bundled sample when absent.")
  Path plan;

  @Option(
      names = "--quarter",
      required = true,
      paramLabel = "YYYY-Qn",
      description = "The fiscal quarter, e.g. 2027-Q1.")
  String quarter;

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

  @Mixin RuleOptions rules;

  @Override
  public Integer call() {
    Quarter q = Quarter.parse(quarter);
    RuleSet r = rules.rules(); // a bad --param is a usage error before any input is read
    ReportCommand.requireDirectoryForSvg(spec, format, outFile);
    Plan p = plan == null ? Samples.plan(spec.commandLine().getErr()) : Samples.read(plan);
    Samples.requireWithin(p, q.range(p.fiscalYearStart()), q.toString());
    QuarterlyReview review = QuarterlyReview.of(p, q, r);
    ReportCommand.write(
        spec, format, review.toMarkdown(), review.toHtml(), review.charts(), outFile);
    return 0;
  }
}
