package dev.mops.check.rules;

import static dev.mops.check.Wording.name;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Lifecycle;
import dev.mops.model.Okr;

/** {@code okr-without-buy-in}: an active OKR has no stakeholder sign-off. */
final class OkrWithoutBuyIn extends BaseRule {
  OkrWithoutBuyIn() {
    super(
        RuleDescriptor.of(
            "okr-without-buy-in", Severity.WARNING, "an active OKR has no stakeholder sign-off"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Okr okr : ctx.elements(Okr.class)) {
      if (okr.status() == Lifecycle.ACTIVE && okr.buyIn().isEmpty()) {
        ctx.report(
            okr,
            "Active "
                + name(okr)
                + " has no stakeholder sign-off; without buy-in from key stakeholders "
                + "it may lack their support when it matters.",
            "Shop it around before finalizing it and record each sign-off (stakeholder, person, date) in buyIn.");
      }
    }
  }
}
