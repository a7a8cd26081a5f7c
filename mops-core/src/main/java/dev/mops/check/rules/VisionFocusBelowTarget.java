package dev.mops.check.rules;

import static dev.mops.check.Wording.percent;
import static dev.mops.check.rules.Texts.lower;
import static dev.mops.check.rules.Texts.plain;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.metrics.VisionFocus;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/** {@code vision-focus-below-target}: less than 90% of a month's hours went to vision-aligned work. */
final class VisionFocusBelowTarget extends BaseRule {
  VisionFocusBelowTarget() {
    super(RuleDescriptor.builder("vision-focus-below-target", Severity.WARNING,
            "given work items, less than 90% of the hours in a month went to vision-aligned work")
        .parameter("target", "0.90").parameter("unit", "hours").build());
  }

  @Override
  public void check(CheckContext ctx) {
    BigDecimal target = ctx.decimalParameter("target");
    String unit = lower(ctx.parameter("unit"));
    if (!unit.equals("hours") && !unit.equals("points") && !unit.equals("items")) {
      throw new IllegalArgumentException("unit must be hours, points or items, got \"" + unit + "\"");
    }
    WorkUnit workUnit = switch (unit) {
      case "hours" -> WorkUnit.HOURS;
      case "points" -> WorkUnit.STORY_POINTS;
      default -> WorkUnit.TICKETS;
    };
    Optional<LocalDate> asOf = ctx.asOf();
    WorkMixAccumulator mix = new WorkMixAccumulator();
    for (WorkItem w : ctx.workItems()) {
      if (asOf.isEmpty() || !w.createdOn().isAfter(asOf.get())) {
        mix.accept(w);
      }
    }
    String unitText = unit.equals("points") ? "story points" : unit.equals("items") ? "work items" : "hours";
    // the same vision-focus share the metric reports, month by month
    for (Map.Entry<YearMonth, VisionFocus> e : mix.result().visionFocusByMonth(workUnit, target).asMap().entrySet()) {
      VisionFocus focus = e.getValue();
      if (!focus.isDefined() || focus.isMet()) {
        continue;
      }
      BigDecimal aligned = focus.share().share().numerator();
      BigDecimal total = focus.share().share().denominator();
      ctx.report(ctx.planPath(), "In " + e.getKey() + ", " + percent(aligned, total) + " of tracked " + unitText + " ("
          + plain(aligned) + " of " + plain(total) + ") went to work that serves the team's vision, below the "
          + percent(target) + " target; the daily grind of requests is crowding out the plan.",
          "Triage urgent requests (what is it for, why so quickly, what is the impact) and say no to work outside "
              + "the vision.");
    }
  }
}
