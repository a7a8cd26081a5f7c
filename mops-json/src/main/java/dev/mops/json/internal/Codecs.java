package dev.mops.json.internal;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Ids;
import dev.mops.core.internal.Numbers;
import dev.mops.model.DateRange;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.Frequency;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/** The codecs of scalar values, lists and extensions. */
public final class Codecs {
  private Codecs() {}

  /** Builds a JSON-like object (a map in insertion order) from key-value pairs. */
  static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** A codec of a JSON string that is parsed into a value. */
  abstract static class TextCodec<V> implements Codec<V> {
    private final String expected;
    private final String docType;
    private final Map<String, Object> schema;

    TextCodec(String expected, String docType, Map<String, Object> schema) {
      this.expected = expected;
      this.docType = docType;
      this.schema = schema;
    }

    /** Parses the text; returns null when it is not a valid value. */
    abstract @Nullable V parse(String text);

    abstract String format(V value);

    @Override
    public V read(Reading in) {
      String s = in.string(this);
      V v;
      try {
        v = parse(s);
      } catch (RuntimeException e) {
        throw in.invalid(
            expected,
            Reading.quote(s) + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
            e);
      }
      if (v == null) {
        throw in.invalid(expected, Reading.quote(s), null);
      }
      return v;
    }

    @Override
    public void write(JsonGenerator g, V value) {
      g.writeString(format(value));
    }

    @Override
    public String expected() {
      return expected;
    }

    @Override
    public Map<String, Object> schema() {
      return schema;
    }

    @Override
    public String docType() {
      return docType;
    }
  }

  /** Any string. */
  public static final Codec<String> STRING =
      new TextCodec<>("a string", "string", obj("type", "string")) {
        @Override
        @Nullable String parse(String text) {
          return text;
        }

        @Override
        String format(String value) {
          return value;
        }
      };

  /** A string with at least one non-whitespace character. */
  public static final Codec<String> NON_BLANK =
      new TextCodec<>(
          "a non-blank string",
          "text",
          obj("type", "string", "pattern", "[^\\s]|[\\u00a0\\u2007\\u202f\\ufeff]")) {
        @Override
        @Nullable String parse(String text) {
          return text.isBlank() ? null : text;
        }

        @Override
        String format(String value) {
          return value;
        }
      };

  /** An id: {@code [A-Za-z0-9._-]{1,64}}. */
  public static final Codec<String> ID =
      new TextCodec<>(
          "an id matching [A-Za-z0-9._-]{1,64}",
          "id",
          obj("type", "string", "pattern", "^[A-Za-z0-9._-]{1,64}$")) {
        @Override
        @Nullable String parse(String text) {
          return Ids.isValid(text) ? text : null;
        }

        @Override
        String format(String value) {
          return value;
        }
      };

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Puts {@code value} (0 to 10^width - 1) into {@code to} at {@code at} as {@code width} digits.
   */
  private static void putDigits(char[] to, int at, int width, int value) {
    for (int i = at + width - 1; i >= at; i--) {
      to[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * Puts {@code date} into {@code to} at {@code at} as {@code yyyy-mm-dd}, the text of {@link
   * LocalDate#toString()} for the years 0 to 9999 (the caller makes sure of that).
   */
  private static void putDate(char[] to, int at, LocalDate date) {
    putDigits(to, at, 4, date.getYear());
    to[at + 4] = '-';
    putDigits(to, at + 5, 2, date.getMonthValue());
    to[at + 7] = '-';
    putDigits(to, at + 8, 2, date.getDayOfMonth());
  }

  /** Whether {@code date} is written as {@code yyyy-mm-dd}, with four digits for the year. */
  private static boolean fourDigitYear(LocalDate date) {
    return date.getYear() >= 0 && date.getYear() <= 9999;
  }

  /** {@code date.toString()}, without the builder {@link LocalDate#toString()} uses. */
  static String formatDate(LocalDate date) {
    if (!fourDigitYear(date)) {
      return date.toString();
    }
    char[] c = new char[10];
    putDate(c, 0, date);
    return new String(c);
  }

  /** {@code range.toString()}: {@code start/end}, without a builder. */
  static String formatRange(DateRange range) {
    if (!fourDigitYear(range.start()) || !fourDigitYear(range.end())) {
      return range.toString();
    }
    char[] c = new char[21];
    putDate(c, 0, range.start());
    c[10] = '/';
    putDate(c, 11, range.end());
    return new String(c);
  }

  /** {@code month.toString()}, without a builder. */
  static String formatMonth(YearMonth month) {
    if (month.getYear() < 0 || month.getYear() > 9999) {
      return month.toString();
    }
    char[] c = new char[7];
    putDigits(c, 0, 4, month.getYear());
    c[4] = '-';
    putDigits(c, 5, 2, month.getMonthValue());
    return new String(c);
  }

  /** A date {@code 2027-03-01}. */
  public static final Codec<LocalDate> DATE =
      new TextCodec<>(
          "a date like 2027-03-01",
          "date",
          obj("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
        @Override
        @Nullable LocalDate parse(String s) {
          if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
          }
          int y = digits(s, 0, 4);
          int m = digits(s, 5, 7);
          int d = digits(s, 8, 10);
          if (y < 0 || m < 0 || d < 0) {
            return null;
          }
          try {
            return LocalDate.of(y, m, d);
          } catch (DateTimeException e) {
            return null;
          }
        }

        @Override
        String format(LocalDate value) {
          return formatDate(value);
        }
      };

  /** A month {@code 2027-03}. */
  public static final Codec<YearMonth> MONTH =
      new TextCodec<>(
          "a month like 2027-03",
          "month",
          obj("type", "string", "pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$")) {
        @Override
        @Nullable YearMonth parse(String s) {
          if (s.length() != 7 || s.charAt(4) != '-') {
            return null;
          }
          int y = digits(s, 0, 4);
          int m = digits(s, 5, 7);
          if (y < 0 || m < 1 || m > 12) {
            return null;
          }
          return YearMonth.of(y, m);
        }

        @Override
        String format(YearMonth value) {
          return formatMonth(value);
        }
      };

  /** A range of days {@code 2027-01-01/2027-03-31}, both ends included. */
  public static final Codec<DateRange> DATE_RANGE =
      new TextCodec<>(
          "a date range like 2027-01-01/2027-03-31",
          "date range",
          obj(
              "type",
              "string",
              "pattern",
              "^[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
        @Override
        @Nullable DateRange parse(String s) {
          if (s.length() != 21 || s.charAt(10) != '/') {
            return null;
          }
          LocalDate start = ((TextCodec<LocalDate>) DATE).parse(s.substring(0, 10));
          LocalDate end = ((TextCodec<LocalDate>) DATE).parse(s.substring(11));
          if (start == null || end == null) {
            return null;
          }
          return DateRange.of(start, end);
        }

        @Override
        String format(DateRange value) {
          return formatRange(value);
        }
      };

  private static final Pattern PERIOD =
      Pattern.compile("P(?=[0-9])([0-9]{1,6}Y)?([0-9]{1,6}M)?([0-9]{1,6}W)?([0-9]{1,6}D)?");

  /** An ISO-8601 period {@code P6M}, {@code P1Y2M}, {@code P10D}. */
  public static final Codec<Period> PERIOD_CODEC =
      new TextCodec<>(
          "an ISO-8601 period like P6M or P1Y2M10D",
          "period",
          obj(
              "type",
              "string",
              "pattern",
              "^P(?=[0-9])([0-9]{1,6}Y)?([0-9]{1,6}M)?([0-9]{1,6}W)?([0-9]{1,6}D)?$")) {
        @Override
        @Nullable Period parse(String s) {
          return PERIOD.matcher(s).matches() ? Period.parse(s) : null;
        }

        @Override
        String format(Period value) {
          return value.toString();
        }
      };

  /** A review frequency {@code P1W}, {@code P14D}, {@code P1M}, {@code P3M}. */
  public static final Codec<Frequency> FREQUENCY =
      new TextCodec<>(
          "a frequency like P1W, P14D, P1M or P3M",
          "frequency",
          obj("type", "string", "pattern", "^P[1-9][0-9]{0,3}[DWM]$")) {
        @Override
        @Nullable Frequency parse(String s) {
          return Frequency.parse(s);
        }

        @Override
        String format(Frequency value) {
          return value.toString();
        }
      };

  /** An absolute or relative URI. */
  public static final Codec<URI> URI_CODEC =
      new TextCodec<>("a URI", "uri", obj("type", "string", "format", "uri-reference")) {
        @Override
        @Nullable URI parse(String s) {
          try {
            return new URI(s);
          } catch (URISyntaxException e) {
            return null;
          }
        }

        @Override
        String format(URI value) {
          return value.toString();
        }
      };

  /** The constants of an enum, by name. */
  public static <E extends Enum<E>> Codec<E> enumCodec(Class<E> type) {
    E[] constants = type.getEnumConstants();
    Map<String, E> byName = new LinkedHashMap<>();
    for (E e : constants) {
      byName.put(e.name(), e);
    }
    List<Object> names = new ArrayList<>(byName.keySet());
    String expected = "one of " + String.join(", ", byName.keySet());
    return new Codec<>() {
      @Override
      public E read(Reading in) {
        String s = in.string(this);
        E e = byName.get(s);
        if (e == null) {
          in.unknown(in.invalid(expected, Reading.quote(s), null), false);
          throw in.invalid(
              expected, Reading.quote(s), null); // unknown(…, false) has thrown already
        }
        return e;
      }

      @Override
      public void write(JsonGenerator g, E value) {
        g.writeString(value.name());
      }

      @Override
      public String expected() {
        return expected;
      }

      @Override
      public Map<String, Object> schema() {
        return obj("enum", names);
      }

      @Override
      public String docType() {
        return "one of " + String.join(", ", byName.keySet());
      }
    };
  }

  /** A JSON boolean. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(Reading in) {
          JsonToken t = in.token();
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw in.wrongType(expected());
          }
          in.countValue();
          return t == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(JsonGenerator g, Boolean value) {
          g.writeBoolean(value);
        }

        @Override
        public String expected() {
          return "true or false";
        }

        @Override
        public Map<String, Object> schema() {
          return obj("type", "boolean");
        }

        @Override
        public String docType() {
          return "boolean";
        }
      };

  /** A whole number from 0 to 366 (grace days). */
  public static final Codec<Integer> DAYS =
      new Codec<>() {
        @Override
        public Integer read(Reading in) {
          if (in.token() != JsonToken.VALUE_NUMBER_INT) {
            throw in.wrongType(expected());
          }
          in.countValue();
          String text = in.p.getString();
          if (text.length() > 4) {
            throw in.wrongType(expected());
          }
          int v = Integer.parseInt(text);
          if (v < 0 || v > 366) {
            throw in.wrongType(expected());
          }
          return v;
        }

        @Override
        public void write(JsonGenerator g, Integer value) {
          g.writeNumber(value);
        }

        @Override
        public String expected() {
          return "a whole number of days from 0 to 366";
        }

        @Override
        public Map<String, Object> schema() {
          return obj("type", "integer", "minimum", 0, "maximum", 366);
        }

        @Override
        public String docType() {
          return "integer";
        }
      };

  /** An exact decimal, kept with its scale: {@code 1.50} stays {@code 1.50}. */
  public static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public BigDecimal read(Reading in) {
          JsonToken t = in.token();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw in.wrongType(expected());
          }
          in.countValue();
          String text = in.p.getString();
          if (!Numbers.lengthWithin(text.length(), in.maxNumberLength())) {
            throw in.error(
                "number of "
                    + text.length()
                    + " characters is longer than the limit of "
                    + in.maxNumberLength(),
                Optional.of(expected()),
                Optional.empty());
          }
          BigDecimal d;
          try {
            d = new BigDecimal(text);
          } catch (NumberFormatException | ArithmeticException e) {
            throw in.invalid(expected(), text, e);
          }
          if (!Numbers.digitsWithin(d, in.maxNumberLength())) {
            throw in.error(
                "number "
                    + Reading.quote(text)
                    + " has "
                    + Numbers.plainDigits(d)
                    + " digits written out, more than the limit of "
                    + in.maxNumberLength(),
                Optional.of(expected()),
                Optional.empty());
          }
          return d;
        }

        @Override
        public void write(JsonGenerator g, BigDecimal value) {
          String text = value.scale() >= 0 ? value.toPlainString() : value.toString();
          if (g instanceof LimitedGenerator limited) {
            limited.checkDecimal(value, text);
          }
          g.writeNumber(text);
        }

        @Override
        public String expected() {
          return "a number";
        }

        @Override
        public Map<String, Object> schema() {
          return obj("type", "number");
        }

        @Override
        public String docType() {
          return "number";
        }
      };

  /** A JSON array of values of {@code element}. */
  public static <V> Codec<List<V>> list(Codec<V> element) {
    String expected = "an array of " + element.docType() + " values";
    return new Codec<>() {
      @Override
      public List<V> read(Reading in) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.wrongType(expected);
        }
        in.countValue();
        List<V> out = new ArrayList<>();
        while (in.p.nextToken() != JsonToken.END_ARRAY) {
          out.add(element.read(in));
        }
        return out;
      }

      @Override
      public void write(JsonGenerator g, List<V> value) {
        g.writeStartArray(value, value.size());
        for (V v : value) {
          element.write(g, v);
        }
        g.writeEndArray();
      }

      @Override
      public String expected() {
        return expected;
      }

      @Override
      public Map<String, Object> schema() {
        return obj("type", "array", "items", element.schema());
      }

      @Override
      public String docType() {
        return "array of " + element.docType();
      }
    };
  }

  /** Vendor data: a JSON object of any values, kept verbatim. */
  public static final Codec<Extensions> EXTENSIONS =
      new Codec<>() {
        @Override
        public Extensions read(Reading in) {
          if (in.token() != JsonToken.START_OBJECT) {
            throw in.wrongType(expected());
          }
          ExtensionValue.ObjectValue o = (ExtensionValue.ObjectValue) EXTENSION_VALUE.read(in);
          return Extensions.of(o.members());
        }

        @Override
        public void write(JsonGenerator g, Extensions value) {
          writeMembers(g, value.asMap());
        }

        @Override
        public String expected() {
          return "an object of vendor data";
        }

        @Override
        public Map<String, Object> schema() {
          return obj("type", "object");
        }

        @Override
        public String docType() {
          return "object";
        }
      };

  private static void writeMembers(JsonGenerator g, Map<String, ExtensionValue> members) {
    EXTENSION_VALUE.write(g, new ExtensionValue.ObjectValue(members));
  }

  private static final ExtensionValue TRUE = ExtensionValue.bool(true);
  private static final ExtensionValue FALSE = ExtensionValue.bool(false);
  private static final ExtensionValue NULL = ExtensionValue.nullValue();

  /**
   * A container being read: the members of an object (and the pending name) or an array's elements.
   */
  private static final class Open {
    final @Nullable Map<String, ExtensionValue> members;
    final @Nullable List<ExtensionValue> elements;
    @Nullable String name;

    Open(boolean object) {
      this.members = object ? new LinkedHashMap<>() : null;
      this.elements = object ? null : new ArrayList<>();
    }

    void add(ExtensionValue v) {
      if (members != null) {
        members.put(requireNonNull(name, "name"), v);
      } else {
        requireNonNull(elements, "elements").add(v);
      }
    }

    ExtensionValue close() {
      return members != null
          ? new ExtensionValue.ObjectValue(members)
          : new ExtensionValue.ArrayValue(requireNonNull(elements, "elements"));
    }
  }

  private static final Object END_OBJECT = new Object();
  private static final Object END_ARRAY = new Object();

  /** A property name to write. */
  private record Name(String name) {}

  /**
   * Any JSON value, read into an {@link ExtensionValue} keeping key order and number text. Reads
   * and writes without recursion, so that its depth is bounded by the limits only, not the stack.
   */
  public static final Codec<ExtensionValue> EXTENSION_VALUE =
      new Codec<>() {
        @Override
        public ExtensionValue read(Reading in) {
          java.util.Deque<Open> open = new java.util.ArrayDeque<>();
          JsonToken t = in.token();
          while (true) {
            // t starts a value
            if (t == null) {
              throw in.wrongType(expected());
            }
            in.countValue();
            ExtensionValue value;
            switch (t) {
              case START_OBJECT -> {
                open.push(new Open(true));
                value = null;
              }
              case START_ARRAY -> {
                open.push(new Open(false));
                value = null;
              }
              case VALUE_STRING -> {
                String s = in.p.getString();
                in.checkStringLength(s);
                value = new ExtensionValue.StringValue(s);
              }
              case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = in.p.getString();
                if (!Numbers.lengthWithin(text.length(), in.maxNumberLength())) {
                  throw in.error(
                      "number of "
                          + text.length()
                          + " characters is longer than the limit of "
                          + in.maxNumberLength(),
                      Optional.of("a number"),
                      Optional.empty());
                }
                value = new ExtensionValue.NumberValue(text);
              }
              case VALUE_TRUE -> value = TRUE;
              case VALUE_FALSE -> value = FALSE;
              case VALUE_NULL -> value = NULL;
              default -> throw in.wrongType(expected());
            }
            // hand finished values to their container, close finished containers, find the next
            // value
            while (true) {
              Open top = open.peek();
              if (value != null) {
                if (top == null) {
                  return value;
                }
                top.add(value);
                value = null;
              }
              if (top.members != null) {
                String name = in.p.nextName();
                if (name == null) {
                  open.pop();
                  value = top.close();
                  continue;
                }
                in.checkStringLength(name);
                if (top.members.containsKey(name)) {
                  throw in.error(
                      "duplicate property " + Reading.quote(name),
                      Optional.empty(),
                      Optional.empty());
                }
                top.name = name;
                t = in.p.nextToken();
              } else {
                t = in.p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                  open.pop();
                  value = top.close();
                  continue;
                }
              }
              break;
            }
          }
        }

        @Override
        public void write(JsonGenerator g, ExtensionValue root) {
          java.util.Deque<Object> todo = new java.util.ArrayDeque<>();
          todo.push(root);
          while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next == END_OBJECT) {
              g.writeEndObject();
            } else if (next == END_ARRAY) {
              g.writeEndArray();
            } else if (next instanceof Name n) {
              g.writeName(n.name());
            } else if (next instanceof ExtensionValue.ObjectValue o) {
              g.writeStartObject(o, o.members().size());
              todo.push(END_OBJECT);
              List<Map.Entry<String, ExtensionValue>> entries =
                  new ArrayList<>(o.members().entrySet());
              for (int i = entries.size() - 1; i >= 0; i--) {
                todo.push(entries.get(i).getValue());
                todo.push(new Name(entries.get(i).getKey()));
              }
            } else if (next instanceof ExtensionValue.ArrayValue a) {
              g.writeStartArray(a, a.elements().size());
              todo.push(END_ARRAY);
              for (int i = a.elements().size() - 1; i >= 0; i--) {
                todo.push(a.elements().get(i));
              }
            } else if (next instanceof ExtensionValue.StringValue s) {
              g.writeString(s.value());
            } else if (next instanceof ExtensionValue.NumberValue n) {
              g.writeNumber(n.text());
            } else if (next instanceof ExtensionValue.BooleanValue b) {
              g.writeBoolean(b.value());
            } else {
              g.writeNull();
            }
          }
        }

        @Override
        public String expected() {
          return "any JSON value";
        }

        @Override
        public Map<String, Object> schema() {
          return obj();
        }

        @Override
        public String docType() {
          return "any";
        }
      };
}
