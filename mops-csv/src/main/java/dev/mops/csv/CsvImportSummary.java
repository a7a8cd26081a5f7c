package dev.mops.csv;

import dev.mops.core.internal.Visible;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a CSV import did: rows read, imported, skipped by the column mapping, and bad. When bad rows
 * are collected instead of failing, all are counted and the first ones are kept, each as the {@link
 * CsvImportException} a strict import would have thrown; none is dropped silently.
 *
 * <p>Reads as {@code events.csv: 4 rows, 2 imported, 1 skipped by the column mapping, 1 bad},
 * followed by one line per kept bad row.
 *
 * @since 0.1.0
 */
public final class CsvImportSummary {
  private final String source;
  private final long rows;
  private final long imported;
  private final long skipped;
  private final long badRows;
  private final List<CsvImportException> kept;
  private final Map<String, Long> skippedValues;

  CsvImportSummary(
      String source,
      long rows,
      long imported,
      long skipped,
      long badRows,
      List<CsvImportException> kept) {
    this(source, rows, imported, skipped, badRows, kept, Map.of());
  }

  CsvImportSummary(
      String source,
      long rows,
      long imported,
      long skipped,
      long badRows,
      List<CsvImportException> kept,
      Map<String, Long> skippedValues) {
    this.skippedValues = Collections.unmodifiableMap(new LinkedHashMap<>(skippedValues));
    this.source = source;
    this.rows = rows;
    this.imported = imported;
    this.skipped = skipped;
    this.badRows = badRows;
    this.kept = List.copyOf(kept);
  }

  /** The file name as given, or {@code <input>}. */
  public String source() {
    return source;
  }

  /** The data rows read (the header and empty lines are not rows). */
  public long rows() {
    return rows;
  }

  /** The rows delivered to the sink or accumulator. */
  public long imported() {
    return imported;
  }

  /** The rows skipped because the column mapping says so ({@code skipRowsWith}). */
  public long skipped() {
    return skipped;
  }

  /**
   * Which values made the column mapping skip rows, and how many rows each: in the order first
   * seen, each under its first spelling (values match case-insensitively), e.g. {@code
   * {PROCESSED=3, DEFERRED=1}}. The counts add up to {@link #skipped()}; past 50 distinct values
   * the rest are counted under {@code …}.
   *
   * @since 0.2
   */
  public Map<String, Long> skippedValues() {
    return skippedValues;
  }

  /**
   * The {@link #skippedValues()} as a phrase, {@code "PROCESSED" 2, "DEFERRED" 1} (values quoted
   * and escaped as in error messages); empty when no row was skipped.
   *
   * @since 0.2
   */
  public String skippedByValue() {
    StringJoiner j = new StringJoiner(", ");
    skippedValues.forEach(
        (v, n) -> j.add(Visible.quote(v, 40) + String.format(Locale.ROOT, " %,d", n)));
    return j.toString();
  }

  /** The bad rows, all of them, kept or not. */
  public long badRowCount() {
    return badRows;
  }

  /** The first bad rows, as many as the reader was told to keep, in file order. */
  public List<CsvImportException> badRows() {
    return kept;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(source)
            .append(": ")
            .append(count(rows, "row", "rows"))
            .append(", ")
            .append(String.format(Locale.ROOT, "%,d", imported))
            .append(" imported");
    if (skipped > 0) {
      sb.append(", ")
          .append(String.format(Locale.ROOT, "%,d", skipped))
          .append(" skipped by the column mapping");
    }
    sb.append(", ").append(String.format(Locale.ROOT, "%,d", badRows)).append(" bad");
    for (CsvImportException e : kept) {
      sb.append("\n  ").append(e.getMessage());
    }
    if (badRows > kept.size()) {
      sb.append("\n  … and ")
          .append(count(badRows - kept.size(), "more bad row", "more bad rows"))
          .append(" not kept");
    }
    return sb.toString();
  }

  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d ", n) + (n == 1 ? one : many);
  }
}
