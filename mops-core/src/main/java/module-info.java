/**
 * The mops core: the immutable model of a marketing-operations team's plan, the plan checks, the
 * metrics the goals are judged by, and the stakeholder reports.
 *
 * <p>Runtime dependency: Guava only. Nothing here reads or writes files, and nothing here knows
 * Jackson; JSON lives in {@code dev.mops.json}.
 */
module dev.mops.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports dev.mops.model;
  exports dev.mops.metrics;
  exports dev.mops.report;
  exports dev.mops.check;
  exports dev.mops.core.internal to dev.mops.json;
  uses dev.mops.check.Rule;
}
