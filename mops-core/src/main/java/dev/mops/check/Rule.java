package dev.mops.check;

/**
 * A plan rule: the extension point for vendors. A rule describes itself and, given a {@link
 * CheckContext}, reports findings through it. It must not throw; if it does, the checker turns the
 * exception into an error finding of the rule and goes on with the others.
 *
 * <p>Vendor ids must not collide with the built-in ones (a {@link RuleSet} refuses them); prefix
 * them with your company, e.g. {@code "acme.kpi-without-owner"}. Rules can be added to a {@link
 * RuleSet} directly or found through {@link java.util.ServiceLoader} (declare {@code provides
 * dev.mops.check.Rule with ...} in your module, or list the class in {@code
 * META-INF/services/dev.mops.check.Rule}).
 *
 * <pre>{@code
 * public final class KpiWithoutOwner implements Rule {
 *   public RuleDescriptor descriptor() {
 *     return RuleDescriptor.of("acme.kpi-without-owner", Severity.WARNING, "a KPI has no owner");
 *   }
 *   public void check(CheckContext context) {
 *     for (Kpi kpi : context.elements(Kpi.class)) {
 *       if (kpi.owner().isEmpty()) {
 *         context.report(kpi, Wording.title(kpi) + " has no owner.");
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Rule {

  /** The rule's id, default severity, description and parameters; the same on every call. */
  RuleDescriptor descriptor();

  /**
   * Looks at the plan in {@code context} and reports what it finds through {@link
   * CheckContext#report(dev.mops.model.PlanElement, String, String)} and its siblings.
   *
   * @param context the plan, the inputs, this rule's settings, and where findings go
   */
  void check(CheckContext context);
}
