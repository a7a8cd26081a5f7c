/**
 * mops CSV: import of the exports analysts have (email events, work items) into the metrics of
 * {@code dev.mops.core}, with a small RFC-4180 reader of our own. No Jackson: a user who reads CSV
 * only needs this module and mops-core.
 *
 * <p>{@link dev.mops.csv.EmailEventsCsv} and {@link dev.mops.csv.WorkItemsCsv} read the files;
 * {@link dev.mops.csv.ColumnMapping} maps vendor headers, values and timestamps.
 */
module dev.mops.csv {
  requires transitive dev.mops.core;
  requires static org.jspecify;

  exports dev.mops.csv;
}
