package dev.mops.check.rules;

import static dev.mops.check.Wording.count;
import static dev.mops.check.Wording.every;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.rules.Texts.cancelled;
import static dev.mops.check.rules.Texts.longerThan;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleParameter;
import dev.mops.check.Severity;
import dev.mops.model.CadenceKind;
import dev.mops.model.Frequency;
import dev.mops.model.Objective;
import dev.mops.model.Okr;
import dev.mops.model.ReviewCadence;
import dev.mops.model.Visibility;

/** {@code no-stakeholder-update}: public goals have no recurring stakeholder communication. */
final class NoStakeholderUpdate extends BaseRule {
  NoStakeholderUpdate() {
    super(
        RuleDescriptor.builder(
                "no-stakeholder-update",
                Severity.WARNING,
                "public goals have no recurring stakeholder communication at least monthly (a monthly update)")
            .parameter(
                RuleParameter.frequency("max-interval", Frequency.monthly())
                    .withDescription("the longest time allowed between two stakeholder updates"))
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    Frequency max = ctx.frequencyParameter("max-interval");
    int goals = 0;
    for (Objective o : ctx.elements(Objective.class)) {
      goals += o.visibility() == Visibility.PUBLIC && !cancelled(o.status()) ? 1 : 0;
    }
    for (Okr o : ctx.elements(Okr.class)) {
      goals += o.visibility() == Visibility.PUBLIC && !cancelled(o.status()) ? 1 : 0;
    }
    if (goals == 0) {
      return;
    }
    ReviewCadence rare = null;
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      if (c.kind() == CadenceKind.STAKEHOLDER_UPDATE && c.visibility() == Visibility.PUBLIC) {
        if (!longerThan(c.frequency(), max)) {
          return;
        }
        rare = rare == null || c.frequency().compareTo(rare.frequency()) < 0 ? c : rare;
      }
    }
    String hint =
        "Add a stakeholder update "
            + every(max)
            + " (a cadence of kind STAKEHOLDER_UPDATE), e.g. an email or "
            + "one-pager of the month's quick wins to sales and the CMO.";
    String goalsText = count(goals, "public goal", "public goals");
    if (rare == null) {
      ctx.report(
          ctx.planPath(),
          "The plan has "
              + goalsText
              + " but no recurring stakeholder communication; without "
              + "a monthly update stakeholders do not see that MOps delivers value quickly and consistently.",
          hint);
    } else {
      ctx.report(
          ctx.planPath(),
          "The plan has "
              + goalsText
              + ", but its most frequent stakeholder update, "
              + quote(rare.displayName())
              + ", runs only "
              + every(rare.frequency())
              + "; stakeholders stay engaged when they hear "
              + "about progress "
              + every(max)
              + ".",
          hint);
    }
  }
}
