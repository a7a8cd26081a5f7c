package dev.mops.json.internal;

import dev.mops.core.internal.Numbers;
import dev.mops.json.MopsJsonException;
import dev.mops.json.ReadLimits;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * A generator that refuses to write what a reader with the same {@link ReadLimits} would refuse to
 * read: nesting deeper than the limit, more values, longer strings, property names and numbers, and
 * strings holding an unpaired surrogate (which UTF-8 cannot encode). Each refusal is a {@link
 * MopsJsonException} with the JSON Pointer of the value, line and column 0.
 */
final class LimitedGenerator extends JsonGeneratorDelegate {
  private final ReadLimits limits;
  private int depth;
  private long values;

  LimitedGenerator(JsonGenerator g, ReadLimits limits) {
    super(g, true);
    this.limits = limits;
  }

  private MopsJsonException refuse(String pointer, String problem) {
    return new MopsJsonException(
        "cannot write " + problem + ", which a reader with the same limits " + "would refuse",
        pointer,
        0,
        0,
        Optional.empty(),
        Optional.empty());
  }

  /** The pointer of the value about to be written. */
  private String pointer() {
    TokenStreamContext c = streamWriteContext();
    String path = c.pathAsPointer().toString();
    if (c.inArray()) {
      // the context names the last element written; the next one comes after it
      int slash = path.lastIndexOf('/');
      String parent =
          c.hasCurrentIndex() && c.getCurrentIndex() >= 0 && slash >= 0
              ? path.substring(0, slash)
              : path;
      return parent + "/" + c.getEntryCount();
    }
    return path;
  }

  private void value() {
    if (++values > limits.maxValues()) {
      throw refuse(pointer(), "more than " + limits.maxValues() + " values");
    }
  }

  private void open() {
    value();
    if (++depth > limits.maxNestingDepth()) {
      throw refuse(
          pointer(),
          "values nested deeper than the limit of " + limits.maxNestingDepth() + " levels");
    }
  }

  private void text(String pointer, String s, String what) {
    if (s.length() > limits.maxStringLength()) {
      throw refuse(
          pointer,
          what
              + " of "
              + s.length()
              + " characters, longer than the limit of "
              + limits.maxStringLength());
    }
    int bad = Reading.unpairedSurrogate(s);
    if (bad >= 0) {
      throw refuse(
          pointer,
          what
              + " holding an unpaired surrogate "
              + dev.mops.core.internal.Visible.text(String.valueOf(s.charAt(bad)))
              + " at index "
              + bad);
    }
  }

  private void number(String text) {
    if (text.length() > limits.maxNumberLength()) {
      throw refuse(
          pointer(),
          "a number of "
              + text.length()
              + " characters, longer than the limit of "
              + limits.maxNumberLength());
    }
  }

  /** Checks a decimal as the reader does: its characters and its digits written out. */
  void checkDecimal(BigDecimal d, String text) {
    number(text);
    long plain = Numbers.plainDigits(d);
    if (plain > limits.maxNumberLength()) {
      throw refuse(
          pointer(),
          "the number "
              + Reading.quote(text)
              + " of "
              + plain
              + " digits written out, more than the limit of "
              + limits.maxNumberLength());
    }
  }

  @Override
  public JsonGenerator writeStartObject() {
    open();
    return super.writeStartObject();
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue) {
    open();
    return super.writeStartObject(forValue);
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue, int size) {
    open();
    return super.writeStartObject(forValue, size);
  }

  @Override
  public JsonGenerator writeStartArray() {
    open();
    return super.writeStartArray();
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue) {
    open();
    return super.writeStartArray(forValue);
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue, int size) {
    open();
    return super.writeStartArray(forValue, size);
  }

  @Override
  public JsonGenerator writeEndObject() {
    depth--;
    return super.writeEndObject();
  }

  @Override
  public JsonGenerator writeEndArray() {
    depth--;
    return super.writeEndArray();
  }

  @Override
  public JsonGenerator writeName(String name) {
    checkName(name);
    return super.writeName(name);
  }

  @Override
  public JsonGenerator writeName(SerializableString name) {
    checkName(name.getValue());
    return super.writeName(name);
  }

  private void checkName(String name) {
    if (name.length() > limits.maxStringLength() || Reading.unpairedSurrogate(name) >= 0) {
      TokenStreamContext c = streamWriteContext();
      String path = c.pathAsPointer().toString();
      if (c.currentName() != null) {
        path = path.substring(0, path.lastIndexOf('/'));
      }
      String pointer = path + "/" + name.replace("~", "~0").replace("/", "~1");
      text(pointer, name, "a property name");
    }
  }

  @Override
  public JsonGenerator writeString(String s) {
    value();
    if (s.length() > limits.maxStringLength() || Reading.unpairedSurrogate(s) >= 0) {
      text(pointer(), s, "a string");
    }
    return super.writeString(s);
  }

  @Override
  public JsonGenerator writeNumber(String text) {
    value();
    number(text);
    return super.writeNumber(text);
  }

  @Override
  public JsonGenerator writeNumber(int v) {
    value();
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(long v) {
    value();
    number(Long.toString(v));
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal v) {
    value();
    checkDecimal(v, v.toString());
    return super.writeNumber(v);
  }

  @Override
  public JsonGenerator writeBoolean(boolean state) {
    value();
    return super.writeBoolean(state);
  }

  @Override
  public JsonGenerator writeNull() {
    value();
    return super.writeNull();
  }
}
