package dev.mops.cli;

import dev.mops.check.RuleSet;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The rule settings {@code check}, {@code review} and {@code rules} share: {@code --param
 * RULE.NAME=VALUE}, repeatable. Each setting is read and checked by the library's {@link
 * RuleSet.Builder#parameter(String)} before anything runs, so a bad one is a usage error (exit 2)
 * with the library's message, never an error finding.
 */
final class RuleOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--param",
      paramLabel = "RULE.NAME=VALUE",
      description = {
        "Sets a rule parameter, e.g. no-early-quick-win.months=2 or vision-focus-below-target.unit=points;"
            + " repeatable. `mops rules` lists the parameters, what they allow and their defaults."
      })
  List<String> params = new ArrayList<>();

  /**
   * The rules with the settings given, each checked by the library.
   *
   * @throws ParameterException (a usage error) for a malformed setting or one the library refuses
   */
  RuleSet rules() {
    RuleSet.Builder rules = RuleSet.builder();
    for (String setting : params) {
      try {
        rules.parameter(setting);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, setting);
      }
    }
    return rules.build();
  }
}
