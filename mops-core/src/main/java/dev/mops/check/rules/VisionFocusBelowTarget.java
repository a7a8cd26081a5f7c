package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.lower;
import static dev.mops.check.rules.Texts.percent;
import static dev.mops.check.rules.Texts.plain;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    Optional<LocalDate> asOf = ctx.asOf();
    TreeMap<YearMonth, BigDecimal[]> months = new TreeMap<>();
    for (WorkItem w : ctx.workItems()) {
      if (asOf.isPresent() && w.createdOn().isAfter(asOf.get())) {
        continue;
      }
      Optional<BigDecimal> amount = switch (unit) {
        case "hours" -> w.hours();
        case "points" -> w.storyPoints();
        default -> Optional.of(BigDecimal.ONE);
      };
      if (amount.isEmpty()) {
        continue;
      }
      BigDecimal[] sums = months.computeIfAbsent(YearMonth.from(w.createdOn()),
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[1] = sums[1].add(amount.get());
      if (w.visionAligned()) {
        sums[0] = sums[0].add(amount.get());
      }
    }
    String unitText = unit.equals("points") ? "story points" : unit.equals("items") ? "work items" : "hours";
    for (Map.Entry<YearMonth, BigDecimal[]> e : months.entrySet()) {
      BigDecimal aligned = e.getValue()[0];
      BigDecimal total = e.getValue()[1];
      if (total.signum() == 0 || aligned.compareTo(target.multiply(total)) >= 0) {
        continue;
      }
      ctx.report(ctx.planPath(), "In " + e.getKey() + ", " + percent(aligned, total) + " of tracked " + unitText + " ("
          + plain(aligned) + " of " + plain(total) + ") went to work that serves the team's vision, below the "
          + percent(target) + " target; the daily grind of requests is crowding out the plan.",
          "Triage urgent requests (what is it for, why so quickly, what is the impact) and say no to work outside "
              + "the vision.");
    }
  }
}
