package dev.mops.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mops rules}: the rule catalog as the library renders it ({@code RuleSet.describe()}). */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the rules: id, severity, description, and below a rule its parameters with their values, "
          + "what they allow and what they set.",
      "With --param, shows the values a check with the same options would use (* marks a changed value)."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RuleOptions options;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(options.rules().describe());
    return 0;
  }
}
