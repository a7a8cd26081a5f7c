package dev.mops.json;

import dev.mops.core.internal.Checks;

/**
 * Where something stands in a JSON document's text: a 1-based line and a 1-based column, the column
 * counted in characters (UTF-16 code units) from the start of the line. It reads {@code 12:7}, the
 * way compilers print it after a file name.
 *
 * <pre>{@code
 * Position p = Position.of(12, 7);
 * p.line();       // 12
 * p.toString();   // "12:7"
 * }</pre>
 *
 * @since 0.2
 */
public final class Position {
  private final int line;
  private final int column;

  private Position(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * The position at {@code line} and {@code column}.
   *
   * @throws IllegalArgumentException if either is less than 1
   */
  public static Position of(int line, int column) {
    Checks.argument(line >= 1, "line must be at least 1, got " + line);
    Checks.argument(column >= 1, "column must be at least 1, got " + column);
    return new Position(line, column);
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column, in characters from the start of the line. */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Position p && p.line == line && p.column == column;
  }

  @Override
  public int hashCode() {
    return line * 31 + column;
  }

  /** Reads as {@code line:column}, e.g. {@code 12:7}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
