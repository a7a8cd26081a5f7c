package dev.mops.cli;

import dev.mops.check.CheckReport;
import dev.mops.check.PlanChecker;
import dev.mops.json.LocatedPlan;
import dev.mops.json.MopsJson;
import dev.mops.model.Plan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mops check}: prints the findings of the plan checker; exit 1 when there are errors. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a plan and prints its findings.",
      "Exit 0: no error-level finding; 1: errors found; 2: the input cannot be used."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN.json",
      description = "The plan document; the bundled sample when absent.")
  Path plan;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  OutputFormat format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Judge date-dependent rules (overdue reviews, stale documents) as of this day, e.g. 2027-04-30.")
  LocalDate asOf;

  @Mixin RuleOptions rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanChecker checker =
        PlanChecker.of(rules.rules()); // a bad --param is a usage error before any input is read
    // from a file, findings say where their element starts: file:line:col, "line" and "column"
    Optional<LocatedPlan> located =
        plan == null ? Optional.empty() : Optional.of(Samples.readLocated(plan));
    Plan p = located.map(LocatedPlan::plan).orElseGet(() -> Samples.plan(err));
    CheckReport report = asOf == null ? checker.check(p) : checker.check(p, asOf);
    MopsJson json = MopsJson.standard();
    out.print(
        format == OutputFormat.json
            ? located
                .map(l -> json.writeFindingsString(report, l))
                .orElseGet(() -> json.writeFindingsString(report))
            : report.render(f -> located.flatMap(l -> l.location(f))));
    return report.hasErrors() ? 1 : 0;
  }
}
