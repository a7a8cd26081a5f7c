package dev.mops.json.internal;

import static dev.mops.json.internal.Codecs.obj;
import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Suggestions;
import dev.mops.json.MopsJsonException;
import dev.mops.model.Extensions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The codec of an object type of the format: its properties in document order, each with a codec,
 * how to read it into a builder and how to get it from a value. Reading is strict by construction:
 * unknown and duplicate properties, missing required ones and wrong types are errors, and a failed
 * invariant of the model comes out as a {@link MopsJsonException} pointing at the property it
 * names.
 *
 * @param <T> the type
 * @param <B> its builder (or an {@code Object[]} of slots for records)
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  private static final Pattern MODEL_FIELD =
      Pattern.compile("^[a-zA-Z]+\\.([a-zA-Z]+)(?:\\[(\\d+)\\])?");

  /** How a property occurs. */
  public enum Occurrence {
    /** Must be present. */
    REQUIRED,
    /** May be absent; written when present. */
    OPTIONAL,
    /** A list; written when not empty, read as empty when absent. */
    LIST,
    /** Has a default; written when it differs from the default. */
    DEFAULTED
  }

  /** One property. */
  public static final class Prop<T, B> {
    final String name;

    /** The name quoted and encoded once, written without escaping it again. */
    final SerializableString encodedName;

    final Occurrence occurrence;
    final Codec<Object> codec;
    final Function<T, Object> getter;
    final BiConsumer<B, Object> setter;
    final @Nullable Predicate<T> isDefault;
    final @Nullable Object defaultValue;
    final String doc;
    final int index;

    @SuppressWarnings("unchecked")
    Prop(
        String name,
        Occurrence occurrence,
        Codec<?> codec,
        Function<T, ?> getter,
        BiConsumer<B, ?> setter,
        @Nullable Predicate<T> isDefault,
        @Nullable Object defaultValue,
        String doc,
        int index) {
      this.name = name;
      this.encodedName = new SerializedString(name);
      this.occurrence = occurrence;
      this.codec = (Codec<Object>) codec;
      this.getter = (Function<T, Object>) getter;
      this.setter = (BiConsumer<B, Object>) setter;
      this.isDefault = isDefault;
      this.defaultValue = defaultValue;
      this.doc = doc;
      this.index = index;
    }

    /** The JSON name. */
    public String name() {
      return name;
    }

    /** How it occurs. */
    public Occurrence occurrence() {
      return occurrence;
    }

    /** Its codec. */
    public Codec<?> codec() {
      return codec;
    }

    /** What it means. */
    public String doc() {
      return doc;
    }

    /** The default as a JSON value, if a fixed one exists. */
    public Optional<Object> defaultValue() {
      return Optional.ofNullable(defaultValue);
    }

    void write(JsonGenerator g, T value) {
      switch (occurrence) {
        case REQUIRED -> {
          Object v = getter.apply(value);
          g.writeName(encodedName);
          codec.write(g, v);
        }
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) getter.apply(value);
          if (o.isPresent()) {
            g.writeName(encodedName);
            codec.write(g, o.get());
          }
        }
        case LIST -> {
          Object v = getter.apply(value);
          if (v instanceof List<?> l ? !l.isEmpty() : !((Extensions) v).isEmpty()) {
            g.writeName(encodedName);
            codec.write(g, v);
          }
        }
        case DEFAULTED -> {
          if (!requireNonNull(isDefault, "isDefault").test(value)) {
            g.writeName(encodedName);
            codec.write(g, getter.apply(value));
          }
        }
      }
    }
  }

  private final Class<T> type;
  private final String label;
  private final String article;
  private final String doc;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Prop<T, B>> props = new ArrayList<>();
  private final Map<String, Prop<T, B>> byName = new HashMap<>();
  private long requiredMask;
  private @Nullable String names;
  private @Nullable Map<String, Object> schema;

  private ObjectCodec(
      Class<T> type, String label, String doc, Supplier<B> newBuilder, Function<B, T> build) {
    this.type = type;
    this.label = label;
    this.article = "aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ";
    this.doc = doc;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Starts the codec of {@code type}, named {@code label} in the format, made through a builder.
   */
  public static <T, B> ObjectCodec<T, B> of(
      Class<T> type, String label, String doc, Supplier<B> newBuilder, Function<B, T> build) {
    return new ObjectCodec<>(type, label, doc, newBuilder, build);
  }

  /** The model type it reads and writes, e.g. {@code QuickWin.class}. */
  public Class<T> type() {
    return type;
  }

  /** The name of the type, e.g. {@code quickWin}. */
  public String label() {
    return label;
  }

  /** What the type is. */
  public String doc() {
    return doc;
  }

  /** The properties in document order. */
  public List<Prop<T, B>> props() {
    return Collections.unmodifiableList(props);
  }

  private <V> ObjectCodec<T, B> add(
      String name,
      Occurrence o,
      Codec<V> codec,
      Function<T, ?> getter,
      BiConsumer<B, ?> setter,
      @Nullable Predicate<T> isDefault,
      @Nullable Object defaultValue,
      String doc) {
    if (props.size() >= 63 || byName.containsKey(name)) {
      throw new IllegalStateException("bad property " + name + " of " + label);
    }
    Prop<T, B> p =
        new Prop<>(name, o, codec, getter, setter, isDefault, defaultValue, doc, props.size());
    props.add(p);
    byName.put(name, p);
    if (o == Occurrence.REQUIRED) {
      requiredMask |= 1L << p.index;
    }
    names = null;
    return this;
  }

  /** A required property. */
  public <V> ObjectCodec<T, B> required(
      String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter, String doc) {
    return add(name, Occurrence.REQUIRED, codec, getter, setter, null, null, doc);
  }

  /** An optional property. */
  public <V> ObjectCodec<T, B> optional(
      String name,
      Codec<V> codec,
      Function<T, Optional<V>> getter,
      BiConsumer<B, V> setter,
      String doc) {
    return add(name, Occurrence.OPTIONAL, codec, getter, setter, null, null, doc);
  }

  /** A list property. */
  public <V> ObjectCodec<T, B> list(
      String name,
      Codec<V> element,
      Function<T, List<V>> getter,
      BiConsumer<B, List<V>> setter,
      String doc) {
    return add(name, Occurrence.LIST, Codecs.list(element), getter, setter, null, null, doc);
  }

  /** A property with a default, omitted on write when {@code isDefault}. */
  public <V> ObjectCodec<T, B> defaulted(
      String name,
      Codec<V> codec,
      Function<T, V> getter,
      BiConsumer<B, V> setter,
      Predicate<T> isDefault,
      @Nullable Object defaultValue,
      String doc) {
    return add(name, Occurrence.DEFAULTED, codec, getter, setter, isDefault, defaultValue, doc);
  }

  /** The {@code extensions} property: vendor data, written last, omitted when empty. */
  public ObjectCodec<T, B> extensions(
      Function<T, Extensions> getter, BiConsumer<B, Extensions> setter) {
    return add(
        "extensions",
        Occurrence.LIST,
        Codecs.EXTENSIONS,
        getter,
        setter,
        null,
        null,
        "Vendor data, kept verbatim: any JSON object. Keys should be prefixed by the vendor, e.g. "
            + "`acme.crmId`.");
  }

  /** A property with its own read and write, e.g. the format version. */
  ObjectCodec<T, B> special(String name, Codec<Object> codec, String doc) {
    return add(name, Occurrence.REQUIRED, codec, t -> null, (b, v) -> {}, null, null, doc);
  }

  /** The property name closest to a misspelt {@code name}, in document order for ties. */
  private Optional<String> suggestion(String name) {
    Suggestions s = Suggestions.closeTo(name);
    for (Prop<T, B> p : props) {
      s.offer(p.name);
    }
    return s.best();
  }

  private String names() {
    if (names == null) {
      StringBuilder b = new StringBuilder();
      for (Prop<T, B> p : props) {
        b.append(b.length() == 0 ? "" : ", ").append(p.name);
      }
      names = b.toString();
    }
    return names;
  }

  @Override
  public T read(Reading in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType(expected());
    }
    in.countValue();
    TokenStreamLocation start = in.p.currentTokenLocation();
    B b = newBuilder.get();
    long seen = 0;
    String name;
    while ((name = in.p.nextName()) != null) {
      Prop<T, B> prop = byName.get(name);
      if (prop == null) {
        in.checkStringLength(name);
        in.unknown(
            in.error(
                "unknown property "
                    + Reading.quote(name)
                    + " of "
                    + article
                    + label
                    + suggestion(name)
                        .map(n -> "; did you mean " + Reading.quote(n) + "? expected one of: ")
                        .orElse("; expected one of: ")
                    + names(),
                Optional.of("one of: " + names()),
                Optional.empty()),
            true);
        in.p.nextToken();
        in.p.skipChildren();
        continue;
      }
      long bit = 1L << prop.index;
      if ((seen & bit) != 0) {
        throw in.error(
            "duplicate property " + Reading.quote(name), Optional.empty(), Optional.empty());
      }
      seen |= bit;
      in.p.nextToken();
      Object v = prop.codec.read(in);
      prop.setter.accept(b, v);
    }
    if ((seen & requiredMask) != requiredMask) {
      for (Prop<T, B> p : props) {
        if (p.occurrence == Occurrence.REQUIRED && (seen & (1L << p.index)) == 0) {
          throw Reading.at(
              in.pointer(),
              start,
              "missing required property " + Reading.quote(p.name) + " of " + article + label,
              Optional.of("property " + Reading.quote(p.name)),
              Optional.empty());
        }
      }
    }
    try {
      return build.apply(b);
    } catch (RuntimeException e) {
      throw invariant(in, e, seen, start);
    }
  }

  private MopsJsonException invariant(
      Reading in, RuntimeException e, long seen, TokenStreamLocation start) {
    String pointer = in.pointer();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = MODEL_FIELD.matcher(message);
    if (m.find()) {
      Prop<T, B> p = byName.get(m.group(1));
      if (p != null && (seen & (1L << p.index)) != 0) {
        pointer = pointer + "/" + p.name + (m.group(2) == null ? "" : "/" + m.group(2));
      }
    }
    return Reading.at(
        pointer, start, "invalid " + label + ": " + message, Optional.empty(), Optional.of(e));
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject(value);
    for (Prop<T, B> p : props) {
      p.write(g, value);
    }
    g.writeEndObject();
  }

  @Override
  public String expected() {
    return article + label + " object";
  }

  @Override
  public Map<String, Object> schema() {
    return obj("$ref", "#/$defs/" + label);
  }

  /** The full schema of this type, for {@code $defs}. */
  public Map<String, Object> definition() {
    if (schema == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      List<Object> required = new ArrayList<>();
      for (Prop<T, B> p : props) {
        Map<String, Object> s = new LinkedHashMap<>(p.codec.schema());
        s.put("description", p.doc);
        if (p.defaultValue != null) {
          s.put("default", p.defaultValue);
        }
        properties.put(p.name, s);
        if (p.occurrence == Occurrence.REQUIRED) {
          required.add(p.name);
        }
      }
      schema =
          obj(
              "type",
              "object",
              "description",
              doc,
              "properties",
              properties,
              "required",
              required,
              "additionalProperties",
              false);
    }
    return schema;
  }

  @Override
  public String docType() {
    return label;
  }
}
