/**
 * The plan model: immutable values for everything a marketing-operations team plans and tracks.
 *
 * <p>A {@link dev.mops.model.Plan} holds the public, top-down goals (stakeholders, their
 * objectives, the capabilities that serve them, quick wins shipped in monthly sprints), the OKRs
 * aligned to marketing's, the pre-agreed KPIs, the review cadences, and the internal, bottom-up
 * goals with their "how do we know" indicators. Every element is built with a builder or a static
 * factory, checks its own invariants when built, and is never {@code null}-valued: absent values
 * are {@link java.util.Optional}. Elements refer to each other by id; {@link dev.mops.model.Plan}
 * resolves those references. {@link dev.mops.model.ElementKind} lists the kinds of element.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .id("mops-2027")
 *     .name("MOps 2027")
 *     .period(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.mops.model;

import org.jspecify.annotations.NullMarked;
