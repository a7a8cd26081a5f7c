package dev.mops.check.rules;

import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;
import static dev.mops.check.rules.Texts.lower;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.RuleParameter;
import dev.mops.check.Severity;
import dev.mops.model.Kpi;
import dev.mops.model.KpiKind;
import java.util.ArrayList;
import java.util.List;

/** {@code output-kpi}: a KPI counts output rather than outcome. */
final class OutputKpi extends BaseRule {
  static final String MEASURES =
      "emails sent, emails delivered, emails opened, campaigns launched, campaigns built, "
          + "assets produced, assets created, content pieces published, posts published, landing pages built, "
          + "landing pages published, webinars held, events held, tickets closed, requests completed, lists uploaded";

  OutputKpi() {
    super(
        RuleDescriptor.builder(
                "output-kpi",
                Severity.INFO,
                "a KPI counts output (emails sent, campaigns launched) rather than outcome; the hint names outcome KPIs")
            .parameter(
                RuleParameter.list("output-measures", MEASURES)
                    .withDescription(
                        "measures that count output; a KPI of unspecified kind measuring one is an output KPI"))
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    List<String> measures = new ArrayList<>();
    for (String m : ctx.listParameter("output-measures")) {
      measures.add(normal(m));
    }
    for (Kpi kpi : ctx.elements(Kpi.class)) {
      String because;
      if (kpi.kind() == KpiKind.OUTPUT) {
        because = "is declared an output KPI";
      } else if (kpi.kind() == KpiKind.UNSPECIFIED
          && matches(normal(kpi.effectiveMeasure()), measures)) {
        because = "measures " + quote(kpi.effectiveMeasure()) + ", which counts output";
      } else {
        continue;
      }
      ctx.report(
          kpi,
          title(kpi)
              + " "
              + because
              + " rather than outcome; volume says little about results: a million "
              + "emails at a 0.033% click rate bring 330 clicks, 100,000 at 10% bring 10,000.",
          "Grade MOps on outcome KPIs instead: conversions, lead trajectory, movement to opportunity, click rate.");
    }
  }

  private static boolean matches(String measure, List<String> outputs) {
    String padded = " " + measure + " ";
    for (String o : outputs) {
      if (!o.isBlank() && padded.contains(" " + o + " ")) {
        return true;
      }
    }
    return false;
  }

  static String normal(String s) {
    return lower(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
