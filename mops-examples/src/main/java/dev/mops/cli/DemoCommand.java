package dev.mops.cli;

import dev.mops.check.CheckReport;
import dev.mops.check.PlanChecker;
import dev.mops.csv.EmailEventsCsv;
import dev.mops.model.Plan;
import dev.mops.report.MonthlyUpdate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mops demo}: check, report and churn on the bundled samples, one after the other, and the
 * March one-pager as HTML in a directory, whose path it prints.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Runs check, report (March 2027) and churn on the bundled samples, and writes the March"
            + " one-pager as HTML into a directory.")
final class DemoCommand implements Callable<Integer> {
  /** The file name of the one-pager the demo writes. */
  static final String ONE_PAGER = "one-pager-2027-03.html";

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Write the HTML one-pager into this directory (made if missing); default: a new"
              + " temporary directory.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Plan plan = Samples.plan(err);
    out.println("== mops check (as of 2027-04-30)\n");
    CheckReport report = PlanChecker.defaults().check(plan, LocalDate.of(2027, 4, 30));
    out.print(report.render());
    out.println("\n== mops report --month 2027-03\n");
    MonthlyUpdate update = MonthlyUpdate.of(plan, YearMonth.of(2027, 3));
    out.print(update.toMarkdown());
    out.println("\n== mops churn\n");
    out.print(ChurnCommand.text(EmailEventsCsv.read(Samples.events(err))));
    Path page = onePager(update.toHtml());
    out.println("\n== the one-pager as HTML (open it in a browser)\n");
    out.println(page.toUri());
    return 0;
  }

  private Path onePager(String html) {
    Path into = dir;
    try {
      if (into == null) {
        into = Files.createTempDirectory("mops-demo-");
      } else {
        Files.createDirectories(into);
      }
    } catch (IOException e) {
      throw FileFailure.write(into == null ? Path.of("mops-demo-") : into, e);
    }
    Path page = into.resolve(ONE_PAGER).toAbsolutePath();
    try {
      Files.writeString(page, html, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FileFailure.write(page, e);
    }
    return page;
  }
}
