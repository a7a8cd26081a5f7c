package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.*;

import dev.mops.check.CheckContext;
import dev.mops.check.ElementPath;
import dev.mops.check.Finding;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.*;

/** {@code capability-without-objective}: a capability supports no objective. */
final class CapabilityWithoutObjective extends BaseRule {
  CapabilityWithoutObjective() {
    super(RuleDescriptor.of("capability-without-objective", Severity.WARNING, "a capability supports no objective (work nobody asked for)"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Capability c : ctx.elements(Capability.class)) {
      if (!cancelled(c.status()) && ctx.graph().objectivesOf(c).isEmpty()) {
        ctx.report(c, title(c) + " supports no objective; it is work nobody asked for, and stakeholders will not see "
            + "why MOps spends its time on it.",
            "Add the objective it serves to its objectiveIds, or drop it from the plan.");
      }
    }
  }
}
