package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Kpi;
import dev.mops.model.Plan;
import dev.mops.testing.RuleTester;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleTester} catches what a rule's test must catch, for built-in and vendor rules alike.
 */
class RuleTesterTest {
  static final Plan WITH_KPI =
      RuleCatalogTest.base().addKpi(RuleCatalogTest.kpi("k", "Click rate").build()).build();
  static final Plan WITHOUT_KPI = RuleCatalogTest.base().build();

  /** A vendor rule whose behaviour on each KPI the test chooses. */
  static Rule vendor(BiConsumer<CheckContext, Kpi> onKpi) {
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.of("acme.kpi-rule", Severity.WARNING, "a test rule");
      }

      @Override
      public void check(CheckContext context) {
        for (Kpi kpi : context.elements(Kpi.class)) {
          onKpi.accept(context, kpi);
        }
      }
    };
  }

  static final Rule WELL_BEHAVED =
      vendor((c, k) -> c.report(k, Wording.title(k) + " is here.", "Do something."));

  @Test
  void aVendorRuleFiresAndStaysQuiet() {
    RuleTester rule = RuleTester.of(WELL_BEHAVED);
    Finding f = rule.firesOnce(WITH_KPI, Severity.WARNING, "kpis[k]", "KPI \"Click rate\"");
    assertEquals("acme.kpi-rule", f.ruleId());
    rule.staysQuiet(WITHOUT_KPI);
    assertEquals(Severity.ERROR, rule.withSeverity(Severity.ERROR).firesOnce(WITH_KPI).severity());
  }

  @Test
  void aRuleThatThrowsDoesNotPassForFiring() {
    RuleTester rule =
        RuleTester.of(
            vendor(
                (c, k) -> {
                  throw new IllegalStateException("boom");
                }));
    AssertionError e = assertThrows(AssertionError.class, () -> rule.fires(WITH_KPI));
    assertTrue(e.getMessage().contains("acme.kpi-rule failed"), e.getMessage());
    rule.staysQuiet(WITHOUT_KPI);
  }

  @Test
  void aFindingMustNameAnElementOfTheInput() {
    RuleTester rule =
        RuleTester.of(vendor((c, k) -> c.report(ElementPath.of("kpis", "elsewhere"), "Lost.")));
    AssertionError e = assertThrows(AssertionError.class, () -> rule.findings(WITH_KPI));
    assertTrue(e.getMessage().contains("kpis[elsewhere] names no element"), e.getMessage());
  }

  @Test
  void theExpectationsOfFiringOnceAreEachChecked() {
    RuleTester rule = RuleTester.of(WELL_BEHAVED);
    assertThrows(AssertionError.class, () -> rule.firesOnce(WITH_KPI, Severity.ERROR, "kpis[k]"));
    assertThrows(AssertionError.class, () -> rule.firesOnce(WITH_KPI, Severity.WARNING, "plan"));
    assertThrows(
        AssertionError.class,
        () -> rule.firesOnce(WITH_KPI, Severity.WARNING, "kpis[k]", "absent"));
    assertThrows(AssertionError.class, () -> rule.firesOnce(WITHOUT_KPI));
    assertThrows(AssertionError.class, () -> rule.fires(WITHOUT_KPI));
    assertThrows(AssertionError.class, () -> rule.staysQuiet(WITH_KPI));
    Plan two =
        RuleCatalogTest.base()
            .addKpi(RuleCatalogTest.kpi("a", "A").build())
            .addKpi(RuleCatalogTest.kpi("b", "B").build())
            .build();
    assertThrows(AssertionError.class, () -> rule.firesOnce(two));
    assertEquals(2, rule.fires(two).size());
    RuleTester withoutHint = RuleTester.of(vendor((c, k) -> c.report(k, "No hint.")));
    assertThrows(
        AssertionError.class, () -> withoutHint.firesOnce(WITH_KPI, Severity.WARNING, "kpis[k]"));
  }

  @Test
  void onlyTheRuleUnderTestRunsAndAnUnknownIdIsRefused() {
    RuleTester.of("kpi-without-target")
        .firesOnce(WITH_KPI, Severity.WARNING, "kpis[k]", "Click rate");
    RuleTester.of("no-weekly-checkpoint").firesOnce(WITH_KPI);
    assertThrows(IllegalArgumentException.class, () -> RuleTester.of("acme.not-built-in"));
  }

  @Test
  void dateRulesAreSkippedWithoutADate() {
    Plan plan =
        RuleCatalogTest.base()
            .addDocument(dev.mops.model.Document.builder().id("d").title("Routing").build())
            .build();
    RuleTester.of("documentation-stale").staysQuiet(plan);
    RuleTester.of("documentation-stale").asOf(java.time.LocalDate.of(2027, 3, 1)).firesOnce(plan);
  }
}
