package dev.mops.check.rules;

import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Kpi;

// snippet: rule-class
/** {@code kpi-without-target}: a KPI has no target. */
final class KpiWithoutTarget extends BaseRule {
  KpiWithoutTarget() {
    super(RuleDescriptor.of("kpi-without-target", Severity.WARNING, "a KPI has no target"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Kpi kpi : ctx.elements(Kpi.class)) {
      if (kpi.targetValue().isEmpty()) {
        ctx.report(kpi, title(kpi) + " has no target, so nobody can tell at a business review whether its value is "
            + "good or bad.", "Agree a target value and direction with leadership and set targetValue.");
      }
    }
  }
}
// end snippet
