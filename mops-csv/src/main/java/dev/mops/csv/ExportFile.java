package dev.mops.csv;

import dev.mops.metrics.EmailEventType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One kind of file in a vendor's email export: which file names it has, whether its rows name their
 * event ({@code event == null}, read by {@link EmailEventsCsv}) or are all one {@code event} (read
 * by {@link OneEventCsv}), whether it carries no email events at all ({@code ignored}), and its
 * column mapping.
 *
 * @param name the file name as the vendor writes it, for messages and docs ({@code Opens.csv}, or
 *     {@code *} for any name)
 * @param marker what a file's lower-case base name contains to be this kind; empty for any name
 * @param event the one event of every row, or null when a column names it
 * @param ignored whether files of this kind are skipped whole (they carry no email events)
 * @param mapping the columns, values and timestamps of the file
 */
record ExportFile(
    String name,
    String marker,
    @Nullable EmailEventType event,
    boolean ignored,
    ColumnMapping mapping) {

  /** Any file, whose rows name their events in a column. */
  static ExportFile eventRows(ColumnMapping mapping) {
    return new ExportFile("*", "", null, false, mapping);
  }

  /** Files whose base name contains {@code marker}, every row an event of {@code event}. */
  static ExportFile oneEvent(
      String name, String marker, EmailEventType event, ColumnMapping mapping) {
    return new ExportFile(name, marker, event, false, mapping);
  }

  /** Files whose base name contains {@code marker}, skipped whole. */
  static ExportFile ignored(String name, String marker) {
    return new ExportFile(name, marker, null, true, ColumnMapping.standard());
  }

  /** Whether a file called {@code fileName} (a base name) is of this kind. */
  boolean matches(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).contains(marker);
  }
}
