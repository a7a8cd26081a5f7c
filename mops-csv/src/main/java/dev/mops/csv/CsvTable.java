package dev.mops.csv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns a reader reads, in the order of DESIGN §6: the one declaration from which the header
 * is matched, rows are checked (a bad row reports its first bad cell in this order) and {@link
 * ColumnMapping} knows which columns, values and absences there are.
 */
final class CsvTable {
  private final List<Column<?>> columns;

  private CsvTable(List<Column<?>> columns) {
    this.columns = columns;
  }

  /**
   * A table of {@code columns}, each put at its index.
   *
   * @throws IllegalStateException if a column is in a table already
   */
  static CsvTable of(Column<?>... columns) {
    for (int i = 0; i < columns.length; i++) {
      columns[i].attach(i);
    }
    return new CsvTable(List.of(columns));
  }

  /** The columns, in order. */
  List<Column<?>> columns() {
    return columns;
  }

  /** The column mops reads as {@code name}, or null. */
  @Nullable Column<?> column(String name) {
    for (Column<?> c : columns) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** The names of the columns, in order. */
  List<String> names() {
    return columns.stream().map(c -> c.name).toList();
  }
}
