package dev.mops.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * The one layout of written documents: two-space indentation, {@code "\n"} line ends on every
 * platform, {@code "name": value}, one array element or property per line, {@code []} and {@code
 * {}} when empty. Deterministic, so that documents compare byte for byte.
 */
final class Pretty implements PrettyPrinter, Instantiatable<Pretty> {
  /** The deepest level whose line starts are made once; deeper ones are made when written. */
  private static final int SHARED_DEPTHS = 32;

  /** A line feed and the indentation of each depth, encoded once and written in one call. */
  private static final SerializableString[] NEWLINES = new SerializableString[SHARED_DEPTHS + 1];

  /** A comma, a line feed and the indentation of each depth. */
  private static final SerializableString[] SEPARATORS = new SerializableString[SHARED_DEPTHS + 1];

  private static final SerializableString NAME_VALUE = new SerializedString(": ");

  static {
    for (int i = 0; i <= SHARED_DEPTHS; i++) {
      NEWLINES[i] = new SerializedString("\n" + "  ".repeat(i));
      SEPARATORS[i] = new SerializedString(",\n" + "  ".repeat(i));
    }
  }

  private int depth;

  @Override
  public Pretty createInstance() {
    return new Pretty();
  }

  private void newline(JsonGenerator g) {
    if (depth <= SHARED_DEPTHS) {
      g.writeRaw(NEWLINES[depth]);
    } else {
      g.writeRaw("\n" + "  ".repeat(depth));
    }
  }

  private void separator(JsonGenerator g) {
    if (depth <= SHARED_DEPTHS) {
      g.writeRaw(SEPARATORS[depth]);
    } else {
      g.writeRaw(",\n" + "  ".repeat(depth));
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newline(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    depth--;
    if (entries > 0) {
      newline(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newline(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    depth--;
    if (values > 0) {
      newline(g);
    }
    g.writeRaw(']');
  }
}
