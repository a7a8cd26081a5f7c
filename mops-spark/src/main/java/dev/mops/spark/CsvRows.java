package dev.mops.spark;

import dev.mops.csv.ColumnMapping;
import dev.mops.csv.CsvImportException;
import dev.mops.csv.CsvReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Turns a partition of raw rows into one row per value on the executor that holds the partition:
 * each chunk of rows is written as CSV and read back by a mops-csv reader under the caller's
 * mapping, so header names, synonyms, skipped values, timestamps, numbers and bad rows follow
 * exactly the CSV importers' rules. A subclass names the reader and makes a row of each value.
 *
 * @param <T> the value the reader makes of a row
 */
abstract class CsvRows<T> implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Rows per chunk read by one CSV read: a few hundred kilobytes of text. */
  private static final int CHUNK = 4096;

  private final MappingRecipe recipe;
  private final List<String> columns;

  /**
   * @param columns the names of the columns of the rows given, in order, the header of each chunk
   */
  CsvRows(MappingRecipe recipe, List<String> columns) {
    this.recipe = recipe;
    this.columns = List.copyOf(columns);
  }

  /** The reader of the values, under {@code mapping}. */
  abstract CsvReader<T> reader(ColumnMapping mapping);

  /** The output row of {@code value}, of the subclass's schema. */
  abstract Row row(T value);

  /** What a row holds, for messages: {@code email event}. */
  abstract String what();

  /**
   * The columns of {@code input} to hand the reader: those the mapping names, or all when it allows
   * no extra columns (so that the reader can refuse them).
   */
  static Dataset<Row> readable(Dataset<Row> input, MappingRecipe recipe, List<String> names) {
    Set<String> wanted = recipe.headerNames();
    List<Column> read = new ArrayList<>();
    for (String c : input.columns()) {
      if (!recipe.allowsExtraColumns() || wanted.contains(c.trim())) {
        read.add(functions.col("`" + c.replace("`", "``") + "`"));
        names.add(c);
      }
    }
    return input.select(read.toArray(Column[]::new));
  }

  /**
   * Reads the header alone, on the driver: a missing required column fails at once, with the CSV
   * reader's message.
   *
   * @throws CsvImportException for a bad header
   */
  void checkHeader() {
    reader(recipe.mapping()).readInto(new StringReader(header()), e -> {});
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
    CsvReader<T> reader = reader(recipe.mapping());
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
          reader.readInto(new StringReader(b.toString()), (T value) -> out.add(row(value)));
        } catch (CsvImportException e) {
          throw new IllegalArgumentException(
              "bad "
                  + what()
                  + " in row "
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
