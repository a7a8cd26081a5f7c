package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON-like value that vendor data is made of: an object (keys in insertion order), an array, a
 * string, a number (kept as its exact text), a boolean or null.
 *
 * <p>mops never interprets extension values; it keeps them verbatim so that data a reader does not
 * understand survives a round trip. The number text is kept as written ({@code 1.50} stays {@code
 * 1.50}), and object keys keep their order.
 *
 * <p>Values may nest to any depth: {@code equals}, {@code hashCode} and {@code toString} do not
 * recurse. A plan document holds them only up to {@code ReadLimits.MAX_NESTING_DEPTH} levels in all
 * (mops-json refuses to write deeper ones).
 *
 * <pre>{@code
 * ExtensionValue crm = ExtensionValue.object(Map.of("campaignId", ExtensionValue.string("701-AUTO")));
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface ExtensionValue {

  /**
   * This value's text if it is a {@linkplain StringValue string}, so that a reader needs no {@code
   * instanceof}: {@code plan.extensions().get("crm").asObject().flatMap(o -> ...)}.
   *
   * @return the string, or empty for any other kind of value
   * @since 0.2
   */
  default Optional<String> asString() {
    return this instanceof StringValue s ? Optional.of(s.value()) : Optional.empty();
  }

  /**
   * This value as an exact decimal if it is a {@linkplain NumberValue number}: every digit of its
   * text is kept ({@code 1.50} has scale 2).
   *
   * @return the number, or empty for any other kind of value
   * @since 0.2
   */
  default Optional<BigDecimal> asNumber() {
    return this instanceof NumberValue n ? Optional.of(new BigDecimal(n.text())) : Optional.empty();
  }

  /**
   * This value if it is a {@linkplain BooleanValue boolean}.
   *
   * @return the boolean, or empty for any other kind of value
   * @since 0.2
   */
  default Optional<Boolean> asBoolean() {
    return this instanceof BooleanValue b ? Optional.of(b.value()) : Optional.empty();
  }

  /**
   * The members of this value if it is an {@linkplain ObjectValue object}, in their order.
   *
   * @return the unmodifiable members, or empty for any other kind of value
   * @since 0.2
   */
  default Optional<Map<String, ExtensionValue>> asObject() {
    return this instanceof ObjectValue o ? Optional.of(o.members()) : Optional.empty();
  }

  /**
   * The elements of this value if it is an {@linkplain ArrayValue array}, in their order.
   *
   * @return the unmodifiable elements, or empty for any other kind of value
   * @since 0.2
   */
  default Optional<List<ExtensionValue>> asArray() {
    return this instanceof ArrayValue a ? Optional.of(a.elements()) : Optional.empty();
  }

  /**
   * The member named {@code key} if this value is an {@linkplain ObjectValue object} that has one.
   *
   * @return the member, or empty if this is not an object or has no such member
   * @throws NullPointerException if {@code key} is null
   * @since 0.2
   */
  default Optional<ExtensionValue> get(String key) {
    requireNonNull(key, "key");
    return asObject().flatMap(m -> Optional.ofNullable(m.get(key)));
  }

  /**
   * Whether this value is the JSON {@code null}.
   *
   * @since 0.2
   */
  default boolean isNull() {
    return this instanceof NullValue;
  }

  /** An object of named values, keys in insertion order, keys unique. */
  record ObjectValue(Map<String, ExtensionValue> members) implements ExtensionValue {
    /** Copies the members, keeping their iteration order. */
    public ObjectValue {
      requireNonNull(members, "members");
      LinkedHashMap<String, ExtensionValue> copy = new LinkedHashMap<>();
      members.forEach((k, v) -> copy.put(requireNonNull(k, "key"), requireNonNull(v, "value")));
      members = Collections.unmodifiableMap(copy);
    }

    /** Equal to an object value with the same members, in any order; works at any depth. */
    @Override
    public boolean equals(Object o) {
      return ExtensionTrees.equal(this, o);
    }

    /** A hash consistent with {@link #equals(Object)}; works at any depth. */
    @Override
    public int hashCode() {
      return ExtensionTrees.hash(this);
    }

    /** The compact JSON text, e.g. {@code {"a":1}}; works at any depth. */
    @Override
    public String toString() {
      return ExtensionTrees.text(this);
    }
  }

  /** An ordered list of values. */
  record ArrayValue(List<ExtensionValue> elements) implements ExtensionValue {
    /** Copies the elements. */
    public ArrayValue {
      elements = List.copyOf(requireNonNull(elements, "elements"));
    }

    /** Equal to an array value with equal elements in the same order; works at any depth. */
    @Override
    public boolean equals(Object o) {
      return ExtensionTrees.equal(this, o);
    }

    /** A hash consistent with {@link #equals(Object)}; works at any depth. */
    @Override
    public int hashCode() {
      return ExtensionTrees.hash(this);
    }

    /** The compact JSON text, e.g. {@code [1,"a"]}; works at any depth. */
    @Override
    public String toString() {
      return ExtensionTrees.text(this);
    }
  }

  /** A string. */
  record StringValue(String value) implements ExtensionValue {
    /** Requires a value. */
    public StringValue {
      requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return escape(value);
    }

    static String escape(String s) {
      StringBuilder b = new StringBuilder(s.length() + 2).append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20) {
              b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      return b.append('"').toString();
    }
  }

  /** A number, kept as its JSON text so that no digit is lost or changed. */
  record NumberValue(String text) implements ExtensionValue {
    private static final Pattern JSON_NUMBER =
        Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * Requires JSON number syntax.
     *
     * @throws IllegalArgumentException if {@code text} is not a JSON number
     */
    public NumberValue {
      requireNonNull(text, "text");
      if (!JSON_NUMBER.matcher(text).matches()) {
        throw new IllegalArgumentException(
            "number text must be a json number, got \"" + text + "\"");
      }
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** {@code true} or {@code false}. */
  record BooleanValue(boolean value) implements ExtensionValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** The JSON {@code null}. */
  record NullValue() implements ExtensionValue {
    @Override
    public String toString() {
      return "null";
    }
  }

  /** Returns an object value with the members in the given map's iteration order. */
  static ExtensionValue object(Map<String, ExtensionValue> members) {
    return new ObjectValue(members);
  }

  /** Returns an array value. */
  static ExtensionValue array(List<ExtensionValue> elements) {
    return new ArrayValue(elements);
  }

  /** Returns a string value. */
  static ExtensionValue string(String value) {
    return new StringValue(value);
  }

  /**
   * Returns a number value kept as the given JSON text.
   *
   * @throws IllegalArgumentException if {@code text} is not JSON number syntax
   */
  static ExtensionValue number(String text) {
    return new NumberValue(text);
  }

  /** Returns a number value of a long. */
  static ExtensionValue number(long value) {
    return new NumberValue(Long.toString(value));
  }

  /** Returns a boolean value. */
  static ExtensionValue bool(boolean value) {
    return new BooleanValue(value);
  }

  /** Returns the null value. */
  static ExtensionValue nullValue() {
    return new NullValue();
  }
}
