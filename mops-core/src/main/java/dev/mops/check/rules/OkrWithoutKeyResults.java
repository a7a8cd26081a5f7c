package dev.mops.check.rules;

import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Okr;

/** {@code okr-without-key-results}: an OKR has no key result. */
final class OkrWithoutKeyResults extends BaseRule {
  OkrWithoutKeyResults() {
    super(RuleDescriptor.of("okr-without-key-results", Severity.ERROR, "an OKR has no key result"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Okr okr : ctx.elements(Okr.class)) {
      if (!cancelled(okr.status()) && okr.keyResults().isEmpty()) {
        ctx.report(
            okr,
            title(okr) + " has no key result, so there is no way to tell whether it was achieved.",
            "Add measurable key results: a metric from a start to a target, a binary done/not done, milestones, or "
                + "a qualitative measure on a scale such as an internal NPS.");
      }
    }
  }
}
