package dev.mops.cli;

import dev.mops.check.CheckReport;
import dev.mops.check.PlanChecker;
import dev.mops.csv.EmailEventsCsv;
import dev.mops.model.Plan;
import dev.mops.report.MonthlyUpdate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mops demo}: check, report and churn on the bundled samples, one after the other. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs check, report (March 2027) and churn on the bundled samples.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Plan plan = Samples.plan(err);
    out.println("== mops check (as of 2027-04-30)\n");
    CheckReport report = PlanChecker.defaults().check(plan, LocalDate.of(2027, 4, 30));
    out.print(report.render());
    out.println("\n== mops report --month 2027-03\n");
    out.print(MonthlyUpdate.of(plan, YearMonth.of(2027, 3)).toMarkdown());
    out.println("\n== mops churn\n");
    out.print(ChurnCommand.text(EmailEventsCsv.read(Samples.events(err))));
    return 0;
  }
}
