/**
 * mops JSON: the versioned plan document format on Jackson 3, its JSON Schema, and CSV import of
 * the exports analysts have.
 */
module dev.mops.json {
  requires transitive dev.mops.core;
  requires tools.jackson.databind;

  exports dev.mops.csv;
}
