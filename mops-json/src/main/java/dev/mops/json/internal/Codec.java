package dev.mops.json.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes values of one type of the format.
 *
 * @param <V> the Java type
 */
public interface Codec<V> {
  /**
   * Reads the value starting at the current token; on return the current token is the value's last
   * token.
   */
  V read(Reading in);

  /** Writes {@code value}. */
  void write(JsonGenerator g, V value);

  /** What a value looks like, for messages, e.g. {@code a date like 2027-03-01}. */
  String expected();

  /** The JSON Schema of a value, as a JSON-like tree of maps, lists and scalars. */
  Map<String, Object> schema();

  /** A short type name for the format reference, e.g. {@code date}. */
  String docType();
}
