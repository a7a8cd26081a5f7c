package dev.mops.cli;

import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleSet;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mops rules}: the rule catalog. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the built-in rules: id, default severity, description.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int width = RuleSet.builtInDescriptors().stream().mapToInt(d -> d.id().length()).max().orElse(0);
    for (RuleDescriptor d : RuleSet.builtInDescriptors()) {
      out.printf(Locale.ROOT, "%-" + width + "s  %-7s  %s%n", d.id(),
          d.defaultSeverity().name().toLowerCase(Locale.ROOT), d.description());
    }
    return 0;
  }
}
