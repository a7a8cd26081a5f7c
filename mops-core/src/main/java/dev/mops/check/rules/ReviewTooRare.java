package dev.mops.check.rules;

import static dev.mops.check.Wording.every;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.rules.Texts.longerThan;

import dev.mops.check.CheckContext;
import dev.mops.check.Finding;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleParameter;
import dev.mops.check.Severity;
import dev.mops.model.CadenceKind;
import dev.mops.model.Frequency;
import dev.mops.model.Lifecycle;
import dev.mops.model.Okr;
import dev.mops.model.ReviewCadence;
import java.util.HashSet;
import java.util.Set;

/** {@code review-too-rare}: OKRs are reviewed less often than monthly (info beyond 14 days). */
final class ReviewTooRare extends BaseRule {
  ReviewTooRare() {
    super(
        RuleDescriptor.builder(
                "review-too-rare",
                Severity.WARNING,
                "OKRs are reviewed less often than monthly, or not at all (info when the interval is longer than 14 days)")
            .parameter(
                RuleParameter.frequency("warning-above", Frequency.monthly())
                    .withDescription("a warning for an OKR review that runs less often than this"))
            .parameter(
                RuleParameter.integer("info-above-days", 14, 1, 366)
                    .withUnit("days")
                    .withDescription(
                        "an info for an OKR review whose runs may be more than this many days apart"))
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    Frequency floor = ctx.frequencyParameter("warning-above");
    int infoDays = ctx.intParameter("info-above-days");
    Severity info = ctx.severity().compareTo(Severity.INFO) > 0 ? ctx.severity() : Severity.INFO;
    boolean coversAll = false;
    Set<String> covered = new HashSet<>();
    for (ReviewCadence c : ctx.elements(ReviewCadence.class)) {
      if (c.kind() != CadenceKind.OKR_REVIEW) {
        continue;
      }
      coversAll |= c.subjectIds().isEmpty();
      covered.addAll(c.subjectIds());
      Frequency f = c.frequency();
      if (longerThan(f, floor)) {
        ctx.report(
            c,
            "OKR review "
                + quoted(c)
                + " runs "
                + every(f)
                + " ("
                + f
                + "); OKRs need a review at least "
                + every(floor)
                + ", ideally every two weeks, or they drift unnoticed.",
            "Review OKR progress every two weeks (Frequency.biweekly()), or at least "
                + every(floor)
                + ".");
      } else if (f.isLongerThanDays(infoDays)) {
        ctx.report(
            Finding.of(
                ctx.ruleId(),
                info,
                ctx.pathOf(c),
                "OKR review "
                    + quoted(c)
                    + " runs "
                    + every(f)
                    + " ("
                    + f
                    + "); that meets the floor, but reviewing every "
                    + infoDays
                    + " days or more often catches drift sooner.",
                "Consider a biweekly OKR review."));
      }
    }
    for (Okr okr : ctx.elements(Okr.class)) {
      if (okr.status() == Lifecycle.ACTIVE && !coversAll && !covered.contains(okr.id())) {
        ctx.report(
            okr,
            "Active "
                + name(okr)
                + " is not reviewed by any OKR review; OKRs need a review at least "
                + every(floor)
                + ", ideally every two weeks, to stay on track.",
            "Add a biweekly cadence of kind OKR_REVIEW that covers it (no subjects covers every OKR).");
      }
    }
  }

  private static String quoted(ReviewCadence c) {
    return quote(c.displayName());
  }
}
