package dev.mops.json.internal;

import dev.mops.json.ReadLimits;
import dev.mops.model.DateRange;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.Frequency;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Registers a serializer and a deserializer per type of the format on a Jackson module. */
public final class Bindings {
  private Bindings() {}

  /**
   * Adds the bindings of every type to {@code module}: each object type of the format ({@link
   * Format#TYPES}, the plan reading a whole document) and the values written as strings or trees.
   */
  public static void register(SimpleModule module, ReadLimits limits) {
    for (ObjectCodec<?, ?> type : Format.TYPES) {
      bind(module, type, limits, type == Format.PLAN);
    }
    bind(module, DateRange.class, Codecs.DATE_RANGE, limits, false);
    bind(module, Frequency.class, Codecs.FREQUENCY, limits, false);
    bind(module, Extensions.class, Codecs.EXTENSIONS, limits, false);
    bind(module, ExtensionValue.class, Codecs.EXTENSION_VALUE, limits, false);
  }

  private static <T> void bind(
      SimpleModule module, ObjectCodec<T, ?> codec, ReadLimits limits, boolean planDocument) {
    bind(module, codec.type(), codec, limits, planDocument);
  }

  private static <T> void bind(
      SimpleModule module, Class<T> type, Codec<T> codec, ReadLimits limits, boolean planDocument) {
    module.addSerializer(type, new Serializer<>(type, codec));
    module.addDeserializer(type, new Deserializer<>(type, codec, limits, planDocument));
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    Serializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      codec.write(g, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;
    private final ReadLimits limits;
    private final boolean planDocument;

    Deserializer(Class<T> type, Codec<T> codec, ReadLimits limits, boolean planDocument) {
      this.type = type;
      this.codec = codec;
      this.limits = limits;
      this.planDocument = planDocument;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return Engine.readValue(p, codec, limits, planDocument);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
