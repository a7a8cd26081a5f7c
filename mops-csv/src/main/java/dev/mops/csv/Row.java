package dev.mops.csv;

/**
 * The current row of a read, as the cells of a {@link CsvTable}'s columns hold it: a reader makes
 * its value of a row with {@link Column#get} and {@link Column#find}. One per read, reused from row
 * to row, valid only while the row is delivered.
 */
final class Row {
  private final Column.Cell[] cells;

  Row(Column.Cell[] cells) {
    this.cells = cells;
  }

  /** The cell of the column at {@code slot}. */
  Column.Cell cell(int slot) {
    return cells[slot];
  }
}
