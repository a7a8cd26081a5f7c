package dev.mops.json.internal;

import dev.mops.json.MopsJsonException;
import dev.mops.json.ReadLimits;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of one read: the parser, the limits, the count of values read, and the format version
 * of the document once known. Every error of a read is made here, so that each carries the JSON
 * Pointer and the position of the value at fault.
 */
public final class Reading {
  final JsonParser p;
  private final ReadLimits limits;
  private final boolean planDocument;
  private long values;
  private @Nullable FormatVersion version;
  private @Nullable MopsJsonException pendingUnknown;

  /**
   * A read of {@code p}.
   *
   * @param planDocument whether the root is a plan document (which carries a format version)
   */
  public Reading(JsonParser p, ReadLimits limits, boolean planDocument) {
    this.p = p;
    this.limits = limits;
    this.planDocument = planDocument;
  }

  /** The parser. */
  public JsonParser parser() {
    return p;
  }

  /** The current token. */
  JsonToken token() {
    return p.currentToken();
  }

  /** Counts one value against {@link ReadLimits#maxValues()}. */
  void countValue() {
    if (++values > limits.maxValues()) {
      throw error(
          "the document holds more than the limit of " + limits.maxValues() + " values",
          Optional.empty(),
          Optional.empty());
    }
  }

  /** Reads the current string value, checking the string-length limit. */
  String string(Codec<?> codec) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(codec.expected());
    }
    countValue();
    String s = p.getString();
    checkStringLength(s);
    return s;
  }

  /**
   * Checks a string value or property name: its length against the limit, and that it holds no
   * unpaired surrogate (an escape like {@code \uD800} alone), which no UTF-8 document can hold and
   * so the writer could not write back.
   */
  void checkStringLength(String s) {
    if (s.length() > limits.maxStringLength()) {
      throw error(
          "string of "
              + s.length()
              + " characters is longer than the limit of "
              + limits.maxStringLength(),
          Optional.empty(),
          Optional.empty());
    }
    int bad = unpairedSurrogate(s);
    if (bad >= 0) {
      throw error(
          "string holds an unpaired surrogate "
              + dev.mops.core.internal.Visible.text(String.valueOf(s.charAt(bad)))
              + " at index "
              + bad
              + ", which UTF-8 cannot encode",
          Optional.of("a string of whole Unicode characters"),
          Optional.empty());
    }
  }

  /** The index of the first unpaired surrogate of {@code s}, or -1. */
  static int unpairedSurrogate(String s) {
    int n = s.length();
    int first = 0;
    // fast path: one comparison per character until the first surrogate (U+D800..U+DFFF)
    while (first < n && (char) (s.charAt(first) - Character.MIN_SURROGATE) >= 0x800) {
      first++;
    }
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  int maxNumberLength() {
    return limits.maxNumberLength();
  }

  /** The version of the document, when read. */
  Optional<FormatVersion> version() {
    return Optional.ofNullable(version);
  }

  /** Records the document's format version, throwing a deferred unknown-content error if any. */
  void version(FormatVersion v) {
    this.version = v;
    if (pendingUnknown != null) {
      throw v.isNewerThanReader() ? newer(pendingUnknown) : pendingUnknown;
    }
  }

  /** At the end of the plan: throws a deferred error for unknown content. */
  void finish() {
    if (pendingUnknown != null) {
      throw pendingUnknown;
    }
  }

  /**
   * Unknown content (a property or an enum constant) was met. Thrown at once unless the format
   * version is not known yet and the content can be skipped, in which case it is thrown when the
   * version arrives: as "written by a newer mops" if the version is newer.
   */
  void unknown(MopsJsonException e, boolean skippable) {
    if (version != null) {
      throw version.isNewerThanReader() ? newer(e) : e;
    }
    if (!planDocument || !skippable) {
      throw e;
    }
    if (pendingUnknown == null) {
      pendingUnknown = e;
    }
  }

  private MopsJsonException newer(MopsJsonException e) {
    return new MopsJsonException(
        "the document was written by a newer mops (format "
            + version
            + ") than this reader (format "
            + FormatVersion.READER
            + ") and holds what this reader "
            + "does not know: "
            + e.problem(),
        e.pointer(),
        e.line(),
        e.column(),
        e.expected(),
        Optional.of(e));
  }

  /** "expected X, got Y" at the current token. */
  MopsJsonException wrongType(String expected) {
    return error(
        "expected " + expected + ", got " + describeCurrent(),
        Optional.of(expected),
        Optional.empty());
  }

  /** "expected X, got Y" at the current token, with a cause. */
  MopsJsonException invalid(String expected, String got, @Nullable Throwable cause) {
    return error(
        "expected " + expected + ", got " + got, Optional.of(expected), Optional.ofNullable(cause));
  }

  /** An error at the current token. */
  MopsJsonException error(String problem, Optional<String> expected, Optional<Throwable> cause) {
    return at(pointer(), p.currentTokenLocation(), problem, expected, cause);
  }

  /** The JSON Pointer of the current token. */
  String pointer() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  static MopsJsonException at(
      String pointer,
      @Nullable TokenStreamLocation loc,
      String problem,
      Optional<String> expected,
      Optional<Throwable> cause) {
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    return new MopsJsonException(problem, pointer, line, column, expected, cause);
  }

  /** Describes the current token for a message: a quoted string, a number, "an object"... */
  String describeCurrent() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case VALUE_STRING -> quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case PROPERTY_NAME -> "the property " + quote(p.currentName());
      default -> t.toString();
    };
  }

  /** Quotes a text for a message, shortening long values. */
  static String quote(String s) {
    return dev.mops.core.internal.Visible.quote(s, 60);
  }

  /** A number's text for a message, cut after 60 characters with its length told. */
  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "... (" + s.length() + " characters)" : s;
  }
}
