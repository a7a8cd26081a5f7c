package dev.mops.check.rules;

import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.cancelled;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Objective;
import dev.mops.model.Visibility;

/** {@code objective-without-stakeholder}: a public objective names no stakeholder it serves. */
final class ObjectiveWithoutStakeholder extends BaseRule {
  ObjectiveWithoutStakeholder() {
    super(
        RuleDescriptor.of(
            "objective-without-stakeholder",
            Severity.ERROR,
            "a public objective names no stakeholder it serves"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Objective o : ctx.elements(Objective.class)) {
      if (o.visibility() == Visibility.PUBLIC
          && !cancelled(o.status())
          && o.stakeholderIds().isEmpty()) {
        ctx.report(
            o,
            title(o)
                + " names no stakeholder; a public objective is a partner's objective, and without "
                + "the stakeholder it serves nobody owns its outcome or hears about its quick wins.",
            "Add the stakeholder whose objective it is to its stakeholderIds, e.g. \"sales\".");
      }
    }
  }
}
