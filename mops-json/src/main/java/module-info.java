/**
 * mops JSON: the versioned plan document format on Jackson 3 and its JSON Schema. CSV import lives
 * in its own module, {@code dev.mops.csv}, which needs no Jackson.
 *
 * <p>{@link dev.mops.json.MopsJson} reads and writes plan documents; {@link
 * dev.mops.json.MopsModule} serves users of their own Jackson 3 mapper; {@link
 * dev.mops.json.EmailApiExports} reads the JSON pages of the vendors' email APIs with the presets
 * of {@code dev.mops.csv}.
 */
module dev.mops.json {
  requires transitive dev.mops.core;
  requires transitive dev.mops.csv;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports dev.mops.json;

  provides tools.jackson.databind.JacksonModule with
      dev.mops.json.MopsModule;
}
