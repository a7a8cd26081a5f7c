package dev.mops.json.internal;

import static dev.mops.json.internal.Codecs.obj;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * Makes the JSON Schema (draft 2020-12) of the format from its definitions in {@link Format}. The
 * schema shipped in the jar is this text; a test keeps the two equal.
 */
public final class SchemaGenerator {
  private SchemaGenerator() {}

  /** The schema's {@code $id}. */
  public static final String ID =
      "https://mops.dev/schema/mops-plan-" + FormatVersion.READER + ".schema.json";

  /** The schema as a JSON-like tree. */
  public static Map<String, Object> schema() {
    Map<String, Object> defs = new LinkedHashMap<>();
    for (ObjectCodec<?, ?> type : Format.TYPES) {
      defs.put(type.label(), type.definition());
    }
    return obj(
        "$schema",
        "https://json-schema.org/draft/2020-12/schema",
        "$id",
        ID,
        "title",
        "mops plan document, format " + FormatVersion.READER,
        "description",
        "A marketing-operations team's plan as written and read by mops. The reader "
            + "is stricter than this schema: it also refuses duplicate keys, documents over its limits "
            + "and values that break the model's rules (an end before a start, a confidence above 1).",
        "$ref",
        "#/$defs/plan",
        "$defs",
        defs);
  }

  /** The schema as text, in the layout of written documents. */
  public static String text() {
    StringWriter w = new StringWriter();
    ObjectWriteContext pretty =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return new Pretty();
          }

          @Override
          public boolean hasPrettyPrinter() {
            return true;
          }
        };
    try (JsonGenerator g = new JsonFactory().createGenerator(pretty, w)) {
      write(g, schema());
      g.writeRaw('\n');
    }
    return w.toString();
  }

  private static void write(JsonGenerator g, Object v) {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v);
    }
  }
}
