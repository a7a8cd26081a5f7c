/**
 * Reports in Markdown: the monthly stakeholder update (public view only) and the quarterly review
 * of the team's internal goals. Output is deterministic: the same plan and period give the same
 * bytes.
 */
@NullMarked
package dev.mops.report;

import org.jspecify.annotations.NullMarked;
