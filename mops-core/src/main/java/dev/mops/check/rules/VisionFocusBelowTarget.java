package dev.mops.check.rules;

import static java.util.Objects.requireNonNull;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleParameter;
import dev.mops.check.Severity;
import dev.mops.metrics.Figures;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.VisionFocus;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code vision-focus-below-target}: less than 90% of a month's hours went to vision-aligned work.
 */
final class VisionFocusBelowTarget extends BaseRule {
  /** The values of the {@code unit} parameter and what each counts: the one table both read. */
  private static final Map<String, WorkUnit> UNITS = units();

  VisionFocusBelowTarget() {
    super(
        RuleDescriptor.builder(
                "vision-focus-below-target",
                Severity.WARNING,
                "given work items, less than 90% of the hours in a month went to vision-aligned work")
            .parameter(
                RuleParameter.decimal(
                        "target", VisionFocus.DEFAULT_TARGET, BigDecimal.ZERO, BigDecimal.ONE)
                    .withUnit("share, 0.90 = 90%")
                    .withDescription(
                        "the share of the month's work that should serve the team's vision"))
            .parameter(
                RuleParameter.choice("unit", "hours", List.copyOf(UNITS.keySet()))
                    .withDescription("counts hours, story points or work items"))
            .build());
  }

  private static Map<String, WorkUnit> units() {
    Map<String, WorkUnit> m = new LinkedHashMap<>();
    m.put("hours", WorkUnit.HOURS);
    m.put("points", WorkUnit.STORY_POINTS);
    m.put("items", WorkUnit.TICKETS);
    return Collections.unmodifiableMap(m);
  }

  @Override
  public void check(CheckContext ctx) {
    BigDecimal target = ctx.decimalParameter("target");
    WorkUnit workUnit = requireNonNull(UNITS.get(ctx.parameter("unit")), "unit");
    Optional<LocalDate> asOf = ctx.asOf();
    WorkMixAccumulator mix = new WorkMixAccumulator();
    for (WorkItem w : ctx.workItems()) {
      if (asOf.isEmpty() || !w.createdOn().isAfter(asOf.get())) {
        mix.accept(w);
      }
    }
    String unitText = workUnit == WorkUnit.TICKETS ? "work items" : workUnit.toString();
    // the same vision-focus share the metric reports, month by month
    for (Map.Entry<YearMonth, VisionFocus> e :
        mix.result().visionFocusByMonth(workUnit, target).asMap().entrySet()) {
      VisionFocus focus = e.getValue();
      if (!focus.isDefined() || focus.isMet()) {
        continue;
      }
      Ratio share = focus.share().share();
      ctx.report(
          ctx.planPath(),
          "In "
              + e.getKey()
              + ", "
              + Figures.percent(share)
              + " of tracked "
              + unitText
              + " ("
              + Figures.inputs(share)
              + ") went to work that serves the team's vision, below the "
              + Figures.percent(target)
              + " target; the daily grind of requests is crowding out the plan.",
          "Triage urgent requests (what is it for, why so quickly, what is the impact) and say no to work outside "
              + "the vision.");
    }
  }
}
