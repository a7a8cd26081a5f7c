/**
 * Plan checks: rules that look across a {@link dev.mops.model.Plan} and report findings instead of
 * throwing.
 *
 * <p>{@link dev.mops.check.PlanChecker} runs a {@link dev.mops.check.RuleSet} (every built-in rule
 * of the catalog by default, plus vendor {@link dev.mops.check.Rule}s) over a plan and returns a
 * {@link dev.mops.check.CheckReport} of {@link dev.mops.check.Finding}s. Rule ids are part of the
 * public contract: once released, an id keeps its meaning.
 *
 * <pre>{@code
 * CheckReport report = PlanChecker.defaults().check(plan, LocalDate.of(2027, 3, 31));
 * if (report.hasErrors()) {
 *   System.out.println(report.render());
 * }
 * }</pre>
 */
@NullMarked
package dev.mops.check;

import org.jspecify.annotations.NullMarked;
