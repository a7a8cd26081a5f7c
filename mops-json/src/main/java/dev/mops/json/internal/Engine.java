package dev.mops.json.internal;

import dev.mops.json.MopsJsonException;
import dev.mops.json.Position;
import dev.mops.json.ReadLimits;
import dev.mops.model.Plan;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/** Reads and writes plan documents on a Jackson {@link JsonFactory} set up with the limits. */
public final class Engine {
  private static final ObjectWriteContext PRETTY =
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

  private final ReadLimits limits;
  private final JsonFactory factory;

  /** An engine reading within {@code limits}. */
  public Engine(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            // our LimitedGenerator refuses deeper nesting first, with our exception
            .streamWriteConstraints(
                StreamWriteConstraints.builder()
                    .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH + 1)
                    .build())
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
      throw new MopsJsonException(
          "the document of "
              + text.length()
              + " characters is longer than "
              + "the limit of "
              + limits.maxDocumentLength(),
          "",
          0,
          0,
          Optional.empty(),
          Optional.empty());
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      return readPlan(p, null);
    }
  }

  /**
   * Reads a plan document from a stream, which is left open. The bytes must be UTF-8 (a UTF-8 byte
   * order mark is skipped); anything else is refused as malformed.
   */
  public Plan read(InputStream in) {
    return readStream(in, this::readPlan);
  }

  /**
   * Reads one document that is not a plan (a vendor's API page) from a stream, which is left open:
   * UTF-8 within the limits, {@code body} called at the first token, nothing after the value it
   * reads. Errors come out as {@link MopsJsonException}, failures of the stream as {@link
   * UncheckedIOException}.
   */
  public <T> T readOther(InputStream in, String expected, Function<Reading, T> body) {
    return readStream(
        in,
        (p, utf8) ->
            readWhole(p, new Reading(p, limits, false), expected, expected, expected, body, utf8));
  }

  /** Reads {@code in} (UTF-8 within the limits, left open) with {@code document}. */
  private <T> T readStream(InputStream in, BiFunction<JsonParser, Utf8InputStream, T> document) {
    Utf8InputStream utf8 =
        new Utf8InputStream(new LimitedInputStream(in, limits.maxDocumentLength()));
    JsonParser p;
    try {
      p = factory.createParser(ObjectReadContext.empty(), utf8);
    } catch (JacksonException e) {
      throw translate(e, null, utf8);
    }
    try (p) {
      return document.apply(p, utf8);
    }
  }

  /**
   * Where each element of a plan document starts, by its JSON pointer: one entry per element. Call
   * it only on a text {@link #read(String)} or {@link #read(InputStream)} has accepted; a leading
   * byte order mark is skipped.
   */
  public Map<String, Position> positions(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), body)) {
      return Positions.of(p);
    } catch (JacksonException e) {
      throw translate(e, null, null);
    }
  }

  /** Reads one plan document: the whole input, nothing after it. */
  private Plan readPlan(JsonParser p, @Nullable Utf8InputStream source) {
    return readWhole(
        p,
        new Reading(p, limits, true),
        "a plan object",
        Format.PLAN.expected(),
        "the plan object",
        in -> {
          Plan plan = Format.PLAN.read(in);
          in.finish();
          return plan;
        },
        source);
  }

  /**
   * Reads one whole document with {@code body}, called at its first token: an empty document is
   * refused as "expected {@code what}", anything after the value {@code body} read as "unexpected …
   * after {@code after}"; every failure comes out as {@link MopsJsonException}.
   */
  private static <T> T readWhole(
      JsonParser p,
      Reading in,
      String what,
      String expected,
      String after,
      Function<Reading, T> body,
      @Nullable Utf8InputStream source) {
    try {
      if (p.nextToken() == null) {
        throw Reading.at(
            "",
            p.currentLocation(),
            "the document is empty; expected " + what,
            Optional.of(expected),
            Optional.empty());
      }
      T value = body.apply(in);
      if (p.nextToken() != null) {
        throw in.error(
            "unexpected " + in.describeCurrent() + " after " + after,
            Optional.of("the end of the document"),
            Optional.empty());
      }
      return value;
    } catch (MopsJsonException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e, p, source);
    } catch (RuntimeException e) {
      throw unexpected(e, p);
    }
  }

  /**
   * Reads a value of {@code codec} at the parser's current token, for the Jackson module. Errors
   * come out as {@link MopsJsonException}.
   */
  public static <T> T readValue(
      JsonParser p, Codec<T> codec, ReadLimits limits, boolean planDocument) {
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
      throw translate(e, p, null);
    } catch (RuntimeException e) {
      throw unexpected(e, p);
    }
  }

  private static MopsJsonException unexpected(RuntimeException e, JsonParser p) {
    return Reading.at(
        pointer(p),
        p.currentTokenLocation(),
        "invalid value: " + e.getMessage(),
        Optional.empty(),
        Optional.of(e));
  }

  private static String pointer(@Nullable JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * Turns a Jackson failure into our exception, or a failure of the underlying stream into an
   * unchecked I/O exception.
   *
   * @param source the checked byte source of the read, or null when reading text or for the module
   */
  static RuntimeException translate(
      JacksonException e, @Nullable JsonParser p, @Nullable Utf8InputStream source) {
    @Nullable TokenStreamLocation loc =
        e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
    String pointer = pointer(p);
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof LimitedInputStream.TooLong tooLong) {
        return Reading.at(
            pointer,
            loc,
            "the document of "
                + tooLong.getMessage()
                + " is longer than the limit of "
                + tooLong.max,
            Optional.empty(),
            Optional.of(e));
      }
      if (c instanceof Utf8InputStream.Malformed m) {
        return new MopsJsonException(
            String.valueOf(m.getMessage()),
            pointer,
            m.line,
            m.column,
            Optional.of("UTF-8 JSON text"),
            Optional.of(e));
      }
    }
    IOException failure = source == null ? null : source.sourceFailure();
    if (failure != null) {
      return new UncheckedIOException(failure);
    }
    String original =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    // Jackson names its (redacted) source inside some messages; our message has the position
    // already
    original =
        original
            .replaceAll("\\s*\\((start marker|for root starting) at \\[Source:[^\\]]*\\]\\)", "")
            .replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
    original = dev.mops.core.internal.Visible.text(original);
    if (e instanceof StreamConstraintsException) {
      return Reading.at(pointer, loc, limitMessage(original), Optional.empty(), Optional.of(e));
    }
    if (source == null
        && e instanceof JacksonIOException
        && !(e.getCause() instanceof CharConversionException)) {
      IOException io = e.getCause() instanceof IOException x ? x : new IOException(e);
      return new UncheckedIOException(io);
    }
    String problem =
        e instanceof StreamReadException || e instanceof JacksonIOException
            ? "malformed JSON: " + original
            : "unreadable value: " + original;
    return Reading.at(pointer, loc, problem, Optional.of("well-formed JSON"), Optional.of(e));
  }

  private static String limitMessage(String original) {
    // Jackson stops at the limit and reports the size buffered so far, not the real size;
    // it formats the numbers in the default locale (٦٤ under ar-EG): read any digits
    String limit = asciiDigits(original.replaceAll(".*maximum allowed \\((\\p{Nd}+).*", "$1"));
    if (original.contains("NestingDepth")) {
      return "nested deeper than the limit of " + limit + " levels";
    }
    if (original.contains("StringLength")) {
      return "string of more than " + limit + " characters is longer than the limit of " + limit;
    }
    if (original.contains("NameLength")) {
      return "property name of more than "
          + limit
          + " characters is longer than the limit of "
          + limit;
    }
    if (original.contains("NumberLength")) {
      return "number of more than " + limit + " characters is longer than the limit of " + limit;
    }
    if (original.contains("DocumentLength")) {
      return "the document is longer than the limit of "
          + limit
          + " (more than "
          + limit
          + " read)";
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

  /**
   * Writes a plan document as text, ending with a line feed.
   *
   * @throws MopsJsonException if the plan cannot be written within the limits
   */
  public String writeString(Plan plan) {
    CountingWriter w = new CountingWriter(limits.maxDocumentLength());
    write(plan, w);
    return w.text();
  }

  /** Writes a plan document to a writer, which is flushed and left open. */
  private void write(Plan plan, Writer w) {
    try (JsonGenerator g = new LimitedGenerator(factory.createGenerator(PRETTY, w), limits)) {
      Format.PLAN.write(g, plan);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Writes a plan document as UTF-8 to a stream, which is flushed and left open.
   *
   * @throws MopsJsonException if the plan cannot be written within the limits; the stream may then
   *     hold the start of the document
   */
  public void write(Plan plan, OutputStream out) {
    CountingOutputStream counted = new CountingOutputStream(out, limits.maxDocumentLength());
    try (JsonGenerator g = new LimitedGenerator(factory.createGenerator(PRETTY, counted), limits)) {
      Format.PLAN.write(g, plan);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * Writes a document of one of the {@link Outputs} as text, ending with a line feed, in the layout
   * of plan documents.
   */
  public <T> String writeString(Codec<T> codec, T value) {
    StringWriter w = new StringWriter(1024);
    try (JsonGenerator g = factory.createGenerator(PRETTY, w)) {
      codec.write(g, value);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
    return w.toString();
  }

  /**
   * Writes a document of one of the {@link Outputs} as UTF-8 to a stream, which is flushed and left
   * open.
   */
  public <T> void write(Codec<T> codec, T value, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(PRETTY, out)) {
      codec.write(g, value);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  private RuntimeException unchecked(JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof LimitedInputStream.TooLong tooLong) {
        return new MopsJsonException(
            "cannot write a document of "
                + tooLong.getMessage()
                + ", longer than the limit of "
                + tooLong.max
                + ", which a reader with the same limits "
                + "would refuse",
            "",
            0,
            0,
            Optional.empty(),
            Optional.of(e));
      }
    }
    if (e.getCause() instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    String message =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return new MopsJsonException(
        "cannot write: " + message, "", 0, 0, Optional.empty(), Optional.of(e));
  }

  /**
   * Collects the characters written (in a builder: no lock, unlike {@link StringWriter}) and fails
   * once there are more than the limit.
   */
  private static final class CountingWriter extends Writer {
    private final StringBuilder text = new StringBuilder(4096);
    private final long max;

    CountingWriter(long max) {
      this.max = max;
    }

    private void count(long n) throws LimitedInputStream.TooLong {
      if (text.length() + n > max) {
        throw new LimitedInputStream.TooLong(max, "characters");
      }
    }

    String text() {
      return text.toString();
    }

    @Override
    public void write(int c) throws IOException {
      count(1);
      text.append((char) c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      count(len);
      text.append(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      count(len);
      text.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Counts the bytes written and fails once there are more than the limit. */
  private static final class CountingOutputStream extends java.io.FilterOutputStream {
    private final long max;
    private long count;

    CountingOutputStream(OutputStream out, long max) {
      super(out);
      this.max = max;
    }

    private void count(long n) throws LimitedInputStream.TooLong {
      count += n;
      if (count > max) {
        throw new LimitedInputStream.TooLong(max, "bytes");
      }
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
    }
  }
}
