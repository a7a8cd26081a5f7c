package dev.mops.check.rules;

import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.metrics.Figures;
import dev.mops.model.Direction;
import dev.mops.model.KeyResult;
import dev.mops.model.Objective;
import dev.mops.model.PlanElement;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import java.math.BigDecimal;

/**
 * {@code target-direction-mismatch}: a target says "increase" but its target is not above its
 * baseline, or the reverse.
 */
final class TargetDirectionMismatch extends BaseRule {
  TargetDirectionMismatch() {
    super(
        RuleDescriptor.of(
            "target-direction-mismatch",
            Severity.ERROR,
            "a target or key result says increase but its target is not above its baseline or start, or the reverse"));
  }

  @Override
  public void check(CheckContext ctx) {
    for (Objective o : ctx.elements(Objective.class)) {
      o.target().ifPresent(t -> judge(ctx, o, t));
    }
    for (SuccessIndicator i : ctx.elements(SuccessIndicator.class)) {
      i.target().ifPresent(t -> judge(ctx, i, t));
    }
    for (KeyResult kr : ctx.elements(KeyResult.class)) {
      if (kr.start().isPresent() && kr.target().isPresent()) {
        judge(ctx, kr, kr.title(), kr.direction(), kr.start().get(), kr.target().get(), "start");
      }
    }
  }

  private static void judge(CheckContext ctx, PlanElement e, Target t) {
    t.baseline().ifPresent(b -> judge(ctx, e, t.metric(), t.direction(), b, t.value(), "baseline"));
  }

  private static void judge(
      CheckContext ctx,
      PlanElement e,
      String metric,
      Direction d,
      BigDecimal from,
      BigDecimal to,
      String fromName) {
    int c = to.compareTo(from);
    boolean wrong = (d == Direction.INCREASE && c <= 0) || (d == Direction.DECREASE && c >= 0);
    if (wrong) {
      String verb = d == Direction.INCREASE ? "increase" : "decrease";
      String rel = d == Direction.INCREASE ? "above" : "below";
      ctx.report(
          e,
          title(e)
              + " says \""
              + verb
              + "\" "
              + metric
              + ", but its target "
              + Figures.amount(to)
              + " is not "
              + rel
              + " the "
              + fromName
              + " "
              + Figures.amount(from)
              + ", so progress towards it cannot be measured.",
          "Swap the direction to "
              + (d == Direction.INCREASE ? "decrease" : "increase")
              + ", or correct the target or the "
              + fromName
              + ".");
    }
  }
}
