/**
 * The mops core: the immutable model of a marketing-operations team's plan, the plan checks, the
 * metrics the goals are judged by, and the stakeholder reports.
 *
 * <p>No runtime dependencies. Nothing here reads or writes files, and nothing here knows Jackson;
 * JSON lives in {@code dev.mops.json}.
 */
// "module": the qualified export names dev.mops.json and dev.mops.csv, absent when this module
// compiles;
// "requires-automatic": the Immutables annotations jar is an automatic module, read at compile time
// only
@SuppressWarnings({"module", "requires-automatic"})
module dev.mops.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.mops.model;
  exports dev.mops.metrics;
  exports dev.mops.report;
  exports dev.mops.check;
  exports dev.mops.core.internal to
      dev.mops.json,
      dev.mops.csv;

  uses dev.mops.check.Rule;
}
