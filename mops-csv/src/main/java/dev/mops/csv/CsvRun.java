package dev.mops.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One import of one CSV input: resolves the header against the column mapping, then hands each row
 * to {@link #row}; turns bad rows into {@link CsvImportException}s, thrown or collected.
 */
abstract class CsvRun {
  /** A bad value in the column being read; the run adds where. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bad(String problem) {
      super(problem, null, false, false);
    }
  }

  /** The most header names an error lists. */
  private static final int NAMES_SHOWN = 20;

  private final String source;
  final ColumnMapping mapping;
  private final int keep; // -1: fail on the first bad row
  private final List<String> columns;
  private final int required;

  /** For each column (slot), its field index in the row, or -1 when absent. */
  final int[] field;

  private String[] header = new String[0];

  /** The slot being read, for errors. */
  int current;

  private long rows;
  private long imported;
  private long skipped;
  private long bad;
  private final List<CsvImportException> kept = new ArrayList<>();

  CsvRun(String source, ColumnMapping mapping, int keep, List<String> columns, int required) {
    this.source = source;
    this.mapping = mapping;
    this.keep = keep;
    this.columns = columns;
    this.required = required;
    this.field = new int[columns.size()];
  }

  /**
   * Reads the current row of {@code t}: true when imported, false when skipped by the mapping.
   *
   * @throws Bad for a bad value in column {@link #current}
   */
  abstract boolean row(CsvTokenizer t);

  /** Reads {@code file} as UTF-8. */
  static <R extends CsvRun> CsvImportSummary runFile(
      Path file, java.util.function.Function<String, R> run) {
    try (InputStream in = Files.newInputStream(file)) {
      return run.apply(file.toString()).run(utf8(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A strict UTF-8 reader of {@code in}: malformed input is an error on the line where it is, not a
   * replacement.
   */
  static Reader utf8(InputStream in) {
    return new Utf8Reader(in);
  }

  /** Reads all of {@code reader}, which the caller closes. */
  final CsvImportSummary run(Reader reader) {
    CsvTokenizer t = new CsvTokenizer(reader);
    try {
      if (!t.next()) {
        throw CsvImportException.ofFile(
            source,
            t.nextLine(),
            "expected a header row naming the"
                + " columns "
                + String.join(", ", names(required))
                + ", got no rows at all");
      }
      header(t);
      int width = header.length;
      while (t.next()) {
        rows++;
        if (t.fieldCount() != width) {
          wrongWidth(t, width);
          continue;
        }
        current = -1;
        try {
          if (row(t)) {
            imported++;
          } else {
            skipped++;
          }
        } catch (Bad b) {
          int f = current < 0 ? -1 : field[current];
          problem(t.line(), f, f < 0 ? null : t.raw(f), String.valueOf(b.getMessage()));
        }
      }
    } catch (CsvTokenizer.Malformed m) {
      int f = m.field - 1;
      throw new CsvImportException(
          source,
          m.line,
          f >= 0 && f < header.length ? header[f] : null,
          null,
          m.field,
          null,
          String.valueOf(m.getMessage()),
          true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CsvImportSummary(source, rows, imported, skipped, bad, kept);
  }

  private List<String> names(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(mapping.headers(columns.get(i)).get(0));
    }
    return out;
  }

  private void header(CsvTokenizer t) {
    long line = t.line();
    header = new String[t.fieldCount()];
    for (int i = 0; i < header.length; i++) {
      header[i] = t.field(i);
    }
    boolean[] used = new boolean[header.length];
    List<String> missing = new ArrayList<>();
    for (int slot = 0; slot < columns.size(); slot++) {
      String column = columns.get(slot);
      List<String> names = mapping.headers(column);
      field[slot] = -1;
      for (String name : names) {
        int at = -1;
        for (int i = 0; i < header.length; i++) {
          if (header[i].equals(name)) {
            if (at >= 0) {
              throw CsvImportException.ofFile(
                  source,
                  line,
                  "expected column "
                      + quoteName(name)
                      + " once in the header, got it in columns "
                      + (at + 1)
                      + " and "
                      + (i + 1));
            }
            at = i;
          }
        }
        if (at >= 0) {
          field[slot] = at;
          used[at] = true;
          break;
        }
      }
      if (field[slot] < 0 && slot < required && !names.isEmpty()) {
        missing.add(
            column
                + (names.equals(List.of(column)) ? "" : " (looked for " + quoteNames(names) + ")"));
      }
    }
    if (!missing.isEmpty()) {
      throw CsvImportException.ofFile(
          source,
          line,
          (missing.size() == 1 ? "missing column " : "missing columns ")
              + String.join(", ", missing)
              + "; the header has: "
              + quoteNames(List.of(header)));
    }
    if (!mapping.allowsExtraColumns()) {
      for (int i = 0; i < header.length; i++) {
        if (!used[i]) {
          throw new CsvImportException(
              source,
              line,
              header[i],
              null,
              i + 1,
              null,
              "expected only the columns of the mapping (it allows no extra columns)",
              true);
        }
      }
    }
  }

  private static String quoteName(String name) {
    return CsvImportException.quote(name);
  }

  /** The names quoted, the first {@value #NAMES_SHOWN} of them when there are more. */
  private static String quoteNames(List<String> names) {
    StringJoiner j = new StringJoiner(", ");
    names.stream().limit(NAMES_SHOWN).forEach(n -> j.add(quoteName(n)));
    if (names.size() > NAMES_SHOWN) {
      j.add("… " + (names.size() - NAMES_SHOWN) + " more");
    }
    return j.toString();
  }

  private void wrongWidth(CsvTokenizer t, int width) {
    int n = t.fieldCount();
    String problem =
        "expected " + width + (width == 1 ? " field" : " fields") + " as in the header, got " + n;
    if (n < width) {
      problem(t.line(), n, null, problem);
    } else {
      problem(t.line(), width, t.raw(width), problem);
    }
  }

  /** Counts a bad row; throws it unless collecting. {@code f} is a 0-based field or -1. */
  private void problem(long line, int f, @Nullable String value, String problem) {
    bad++;
    @Nullable String column = f >= 0 && f < header.length ? header[f] : null;
    @Nullable String mapped = null;
    for (int slot = 0; slot < field.length && column != null; slot++) {
      if (field[slot] == f) {
        mapped = columns.get(slot);
      }
    }
    if (keep < 0) {
      throw new CsvImportException(source, line, column, mapped, f + 1, value, problem, true);
    }
    if (kept.size() < keep) {
      kept.add(new CsvImportException(source, line, column, mapped, f + 1, value, problem, false));
    }
  }

  /** Whether column {@code slot} is in the file. */
  final boolean has(int slot) {
    return field[slot] >= 0;
  }
}
