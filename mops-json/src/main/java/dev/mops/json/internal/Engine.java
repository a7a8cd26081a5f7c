package dev.mops.json.internal;

import dev.mops.json.MopsJsonException;
import dev.mops.json.ReadLimits;
import dev.mops.model.Plan;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/** Reads and writes plan documents on a Jackson {@link JsonFactory} set up with the limits. */
public final class Engine {
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new Pretty();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final ReadLimits limits;
  private final JsonFactory factory;

  /** An engine reading within {@code limits}. */
  public Engine(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxDocumentLength(limits.maxDocumentLength())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** The limits. */
  public ReadLimits limits() {
    return limits;
  }

  /** Reads a plan document from text. */
  public Plan read(String text) {
    if (text.length() > limits.maxDocumentLength()) {
      throw tooLong("characters");
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      return readDocument(p, limits);
    }
  }

  /** Reads a plan document from a stream, which is left open. */
  public Plan read(InputStream in) {
    LimitedInputStream limited = new LimitedInputStream(in, limits.maxDocumentLength());
    JsonParser p;
    try {
      p = factory.createParser(ObjectReadContext.empty(), limited);
    } catch (JacksonException e) {
      throw translate(e, null);
    }
    try (p) {
      return readDocument(p, limits);
    }
  }

  private MopsJsonException tooLong(String unit) {
    return new MopsJsonException("the document is longer than the limit of "
        + limits.maxDocumentLength() + " " + unit, "", 0, 0, Optional.empty(), Optional.empty());
  }

  /** Reads one plan document: the whole input, nothing after it. */
  private Plan readDocument(JsonParser p, ReadLimits limits) {
    Reading in = new Reading(p, limits, true);
    try {
      if (p.nextToken() == null) {
        throw Reading.at("", p.currentLocation(), "the document is empty; expected a plan object",
            Optional.of(Format.PLAN.expected()), Optional.empty());
      }
      Plan plan = Format.PLAN.read(in);
      in.finish();
      if (p.nextToken() != null) {
        throw in.error("unexpected " + in.describeCurrent() + " after the plan object",
            Optional.of("the end of the document"), Optional.empty());
      }
      return plan;
    } catch (MopsJsonException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e, p);
    } catch (RuntimeException e) {
      throw unexpected(e, p);
    }
  }

  /**
   * Reads a value of {@code codec} at the parser's current token, for the Jackson module. Errors
   * come out as {@link MopsJsonException}.
   */
  public static <T> T readValue(JsonParser p, Codec<T> codec, ReadLimits limits, boolean planDocument) {
    Reading in = new Reading(p, limits, planDocument);
    try {
      T value = codec.read(in);
      if (planDocument) {
        in.finish();
      }
      return value;
    } catch (MopsJsonException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e, p);
    } catch (RuntimeException e) {
      throw unexpected(e, p);
    }
  }

  private static MopsJsonException unexpected(RuntimeException e, JsonParser p) {
    return Reading.at(pointer(p), p.currentTokenLocation(), "invalid value: " + e.getMessage(),
        Optional.empty(), Optional.of(e));
  }

  private static String pointer(JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** Turns a Jackson failure into our exception, or an I/O failure into an unchecked one. */
  static RuntimeException translate(JacksonException e, JsonParser p) {
    TokenStreamLocation loc = e.getLocation() != null ? e.getLocation()
        : p == null ? null : p.currentLocation();
    String pointer = pointer(p);
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof LimitedInputStream.TooLong tooLong) {
        return Reading.at(pointer, loc, "the document is longer than the limit: " + tooLong.getMessage(),
            Optional.empty(), Optional.of(e));
      }
    }
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    // Jackson names its (redacted) source inside some messages; our message has the position already
    original = original.replaceAll("\\s*\\((start marker|for root starting) at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
    if (e instanceof StreamConstraintsException) {
      return Reading.at(pointer, loc, limitMessage(original), Optional.empty(), Optional.of(e));
    }
    if (e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException)) {
      IOException io = e.getCause() instanceof IOException x ? x : new IOException(e);
      return new UncheckedIOException(io);
    }
    String problem = e instanceof StreamReadException || e instanceof JacksonIOException
        ? "malformed JSON: " + original : "unreadable value: " + original;
    return Reading.at(pointer, loc, problem, Optional.of("well-formed JSON"), Optional.of(e));
  }

  private static String limitMessage(String original) {
    // Jackson formats the numbers in the default locale (٦٤ under ar-EG): read any digits
    String limit = asciiDigits(original.replaceAll(".*maximum allowed \\((\\p{Nd}+).*", "$1"));
    String actual = asciiDigits(original.replaceAll("^[^(]*\\((\\p{Nd}+)\\).*", "$1"));
    if (original.contains("NestingDepth")) {
      return "nested deeper than the limit of " + limit + " levels";
    }
    if (original.contains("StringLength")) {
      return "string of " + actual + " characters is longer than the limit of " + limit;
    }
    if (original.contains("NameLength")) {
      return "property name of " + actual + " characters is longer than the limit of " + limit;
    }
    if (original.contains("NumberLength")) {
      return "number of " + actual + " characters is longer than the limit of " + limit;
    }
    if (original.contains("DocumentLength")) {
      return "the document is longer than the limit of " + limit;
    }
    return "over a limit: " + original.replaceAll(", from `[^`]*`", "");
  }

  private static String asciiDigits(String digits) {
    try {
      return String.valueOf(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return digits;
    }
  }

  /** Writes a plan document as text, ending with a line feed. */
  public String writeString(Plan plan) {
    StringWriter w = new StringWriter(4096);
    write(plan, w);
    return w.toString();
  }

  /** Writes a plan document to a writer, which is flushed and left open. */
  public void write(Plan plan, Writer w) {
    try (JsonGenerator g = factory.createGenerator(PRETTY, w)) {
      Format.PLAN.write(g, plan);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /** Writes a plan document as UTF-8 to a stream, which is flushed and left open. */
  public void write(Plan plan, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(PRETTY, out)) {
      Format.PLAN.write(g, plan);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  private static RuntimeException unchecked(JacksonException e) {
    if (e.getCause() instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return e;
  }
}
