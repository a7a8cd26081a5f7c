package dev.mops.jackson2;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.mops.json.MopsJson;
import dev.mops.json.MopsJsonException;
import dev.mops.model.MopsVersion;
import dev.mops.model.Plan;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A Jackson 2 module for {@link Plan}: an application on Jackson 2.x (Spring Boot 3's {@code
 * ObjectMapper}, a JAX-RS provider) reads and writes plan documents as {@code MopsJson} does,
 * because it is {@code MopsJson} that does it. The Jackson 2 parser's tokens of the plan are copied
 * exactly (numbers as written, duplicate names kept, so they are still refused) and read by
 * mops-json's strict reader; a plan is written by mops-json's writer and emitted as a raw value.
 * The format, its version checks, its limits and its error messages are therefore the very same.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new MopsJackson2Module());
 * Plan plan = mapper.readValue(json, Plan.class);
 * String back = mapper.writeValueAsString(plan);
 * }</pre>
 *
 * <p>A document mops refuses becomes a {@link JsonMappingException} whose cause is the {@link
 * MopsJsonException} (its JSON pointer, problem and expected value), so a Spring application
 * answers it as a bad request. The exception's line and column are those of the Jackson 2 parser
 * where the plan began; the {@code MopsJsonException}'s pointer names the place inside it.
 *
 * <p>mops-json needs only {@code jackson-core} 3 for this, which shares no class with Jackson 2:
 * the two live side by side on one class path, whatever version of {@code jackson-annotations} the
 * application's BOM chose. Plans only: the other model types travel inside a plan document.
 *
 * @since 0.2
 */
public final class MopsJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module with the standard reader and writer, {@link MopsJson#standard()}. */
  public MopsJackson2Module() {
    this(MopsJson.standard());
  }

  /**
   * A module that reads and writes with {@code json} (its read limits, for example).
   *
   * @throws NullPointerException if {@code json} is null
   */
  public MopsJackson2Module(MopsJson json) {
    super(
        "mops-jackson2",
        VersionUtil.parseVersion(MopsVersion.current(), "dev.mops", "mops-jackson2"));
    requireNonNull(json, "json");
    addSerializer(Plan.class, new PlanSerializer(json));
    addDeserializer(Plan.class, new PlanDeserializer(json));
  }

  private static final class PlanSerializer extends JsonSerializer<Plan> {
    private final MopsJson json;

    PlanSerializer(MopsJson json) {
      this.json = json;
    }

    @Override
    public void serialize(Plan plan, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeRawValue(json.writeString(plan));
    }

    @Override
    public Class<Plan> handledType() {
      return Plan.class;
    }
  }

  private static final class PlanDeserializer extends JsonDeserializer<Plan> {
    /** A plain factory: its generators keep duplicate names, which mops then refuses. */
    private static final JsonFactory COPIER = new JsonFactory();

    private final MopsJson json;

    PlanDeserializer(MopsJson json) {
      this.json = json;
    }

    @Override
    public Plan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = COPIER.createGenerator(text)) {
        copy(p, g);
      }
      try {
        return json.readString(text.toString());
      } catch (MopsJsonException e) {
        throw JsonMappingException.from(p, String.valueOf(e.getMessage()), e);
      }
    }

    /**
     * A JSON {@code null} where a plan is expected is refused as {@code MopsJson} refuses the
     * document {@code null}, with its message: mops values are never null.
     */
    @Override
    public Plan getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      try {
        return json.readString("null");
      } catch (MopsJsonException e) {
        throw JsonMappingException.from(ctxt, String.valueOf(e.getMessage()), e);
      }
    }

    /** Copies the current value token by token, numbers as their text. */
    private static void copy(JsonParser p, JsonGenerator g) throws IOException {
      int depth = 0;
      JsonToken t = p.currentToken();
      while (t != null) {
        switch (t) {
          case START_OBJECT -> {
            g.writeStartObject();
            depth++;
          }
          case START_ARRAY -> {
            g.writeStartArray();
            depth++;
          }
          case END_OBJECT -> {
            g.writeEndObject();
            depth--;
          }
          case END_ARRAY -> {
            g.writeEndArray();
            depth--;
          }
          case FIELD_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw JsonMappingException.from(p, "unexpected token " + t + " in a plan");
        }
        if (depth == 0) {
          return;
        }
        t = p.nextToken();
      }
    }
  }
}
