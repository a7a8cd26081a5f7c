package dev.mops.spark;

import dev.mops.csv.CsvImportException;
import dev.mops.csv.EmailEventsCsv;
import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.TimeSeries;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a partition of raw event rows into one row per event ({@code contact, measure, month,
 * message}), on the executor that holds the partition. Each chunk of rows is written as CSV and
 * read back by mops-csv's {@link EmailEventsCsv} under the caller's mapping, so header names, event
 * synonyms, skipped values, timestamps and bad rows follow exactly the CSV importer's rules; the
 * month is {@link TimeSeries#monthOf} in the caller's zone, the core's rule.
 */
final class EventRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Rows per chunk read by one CSV read: a few hundred kilobytes of text. */
  private static final int CHUNK = 4096;

  static final StructType SCHEMA =
      new StructType()
          .add("contact", DataTypes.StringType, false)
          .add("measure", DataTypes.StringType, false)
          .add("month", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, true);

  private final MappingRecipe recipe;
  private final ZoneId zone;
  private final List<String> columns;

  /**
   * @param columns the names of the columns of the rows given, in order, the header of each chunk
   */
  EventRows(MappingRecipe recipe, ZoneId zone, List<String> columns) {
    this.recipe = recipe;
    this.zone = zone;
    this.columns = List.copyOf(columns);
  }

  /**
   * Reads the header alone, on the driver: a missing required column fails at once, with the CSV
   * reader's message.
   *
   * @throws CsvImportException for a bad header
   */
  void checkHeader() {
    EmailEventsCsv.builder()
        .mapping(recipe.mapping())
        .build()
        .readInto(new StringReader(header()), e -> {});
  }

  private String header() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      quote(b, columns.get(i));
    }
    return b.append('\n').toString();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    EmailEventsCsv reader = EmailEventsCsv.builder().mapping(recipe.mapping()).build();
    String header = header();
    ArrayDeque<Row> out = new ArrayDeque<>();
    return new Iterator<>() {
      private long before; // rows of the partition in earlier chunks

      @Override
      public boolean hasNext() {
        while (out.isEmpty() && input.hasNext()) {
          fill();
        }
        return !out.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return out.removeFirst();
      }

      private void fill() {
        StringBuilder b = new StringBuilder(header);
        int n = 0;
        while (n < CHUNK && input.hasNext()) {
          row(b, input.next());
          n++;
        }
        try {
          reader.readInto(new StringReader(b.toString()), (EmailEvent e) -> out.add(row(e)));
        } catch (CsvImportException e) {
          throw new IllegalArgumentException(
              "bad email event in row "
                  + (before + e.line() - 1)
                  + " of partition "
                  + TaskContext.getPartitionId()
                  + e.column().map(c -> ", column " + c).orElse("")
                  + ": "
                  + problem(e),
              e);
        }
        before += n;
      }
    };
  }

  /**
   * The reader's message without its place in the chunk ({@code <input> line 3, column event (2)}),
   * which means nothing to the caller: what was expected and the value, escaped and cut.
   */
  private static String problem(CsvImportException e) {
    String m = e.getMessage();
    int at = m.indexOf("): ");
    return at >= 0 ? m.substring(at + 3) : e.problem();
  }

  private Row row(EmailEvent e) {
    Measure m = Measure.of(e.type(), e.bounceType().orElse(BounceType.HARD));
    return RowFactory.create(
        e.contactId(),
        m.column,
        TimeSeries.monthOf(e.at(), zone).toString(),
        e.messageId().orElse(null));
  }

  private static void row(StringBuilder b, Row r) {
    for (int i = 0; i < r.length(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object v = r.get(i);
      if (v != null) {
        quote(b, cell(v));
      }
    }
    b.append('\n');
  }

  /**
   * A typed cell as text the CSV reader reads: a Spark timestamp as its instant ({@code …Z}, an
   * {@link java.time.Instant} with Spark's Java 8 date API), a timestamp without zone as its local
   * date-time, anything else as its string.
   */
  private static String cell(Object v) {
    return v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v.toString();
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }
}
