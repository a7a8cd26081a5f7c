package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.lower;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.KeyResult;
import java.util.ArrayList;
import java.util.List;

/** {@code key-result-not-measurable}: a key result lacks what it is measured by. */
final class KeyResultNotMeasurable extends BaseRule {
  KeyResultNotMeasurable() {
    super(
        RuleDescriptor.of(
            "key-result-not-measurable",
            Severity.ERROR,
            "a metric key result lacks start, target or unit; a qualitative one its scale or target; a threshold its target; a milestone one its milestones"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (KeyResult kr : ctx.elements(KeyResult.class)) {
      List<String> missing = new ArrayList<>();
      switch (kr.kind()) {
        case METRIC -> {
          if (kr.start().isEmpty()) missing.add("a start value");
          if (kr.target().isEmpty()) missing.add("a target");
          if (kr.unit().isEmpty()) missing.add("a unit");
        }
        case QUALITATIVE -> {
          // scored on its scale: a threshold needs no start, a movement starts at the scale's end
          if (kr.scale().isEmpty()) missing.add("its scale");
          if (kr.target().isEmpty()) missing.add("a target");
        }
        case THRESHOLD -> {
          if (kr.target().isEmpty()) missing.add("its threshold (target)");
        }
        case MILESTONES -> {
          if (kr.milestones().isEmpty()) missing.add("any milestone");
        }
        case BINARY -> {}
      }
      if (missing.isEmpty()) {
        continue;
      }
      String of = ctx.plan().okrOf(kr).map(o -> " of " + name(o)).orElse("");
      ctx.report(
          kr,
          title(kr)
              + of
              + " is a "
              + lower(kr.kind().name())
              + " key result without "
              + list(missing)
              + ", so its progress cannot be measured or scored.",
          "Add " + list(missing) + " to the key result.");
    }
  }
}
