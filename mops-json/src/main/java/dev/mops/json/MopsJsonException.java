package dev.mops.json;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Visible;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan document could not be read: it is not UTF-8 JSON, not a mops plan, breaks a rule of the
 * format or of the model, or exceeds a {@linkplain ReadLimits limit}; or a plan could not be
 * written within the limits (a reader with the same limits would refuse the document). The one
 * exception type of mops-json for read errors and for plans that cannot be written.
 *
 * <p>It says what is wrong ({@link #problem()}), where ({@link #pointer()}, a JSON Pointer into the
 * document such as {@code /objectives/0/quickWins/2/plannedMonth}, and {@link #line()} and {@link
 * #column()}), and, when it can, what was expected ({@link #expected()}). The message combines
 * them:
 *
 * <pre>{@code
 * /objectives/0/id: expected an id matching [A-Za-z0-9._-]{1,64}, got "a b" (line 4, column 13)
 * }</pre>
 *
 * <p>Control, bidirectional and other invisible characters of the document are escaped in the
 * message (as {@code \u001B}), so that it is safe to print. For a write, the pointer names the
 * value that cannot be written and the line and column are 0.
 *
 * <p>The cause, when there is one, is the parser's or the model's exception; nothing about it needs
 * to be parsed.
 *
 * @since 0.1.0
 */
public class MopsJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String pointer;
  private final int line;
  private final int column;
  private final @Nullable String expected;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, e.g. {@code expected a date like 2027-03-01, got "March"}
   * @param pointer the JSON Pointer of the failing value, {@code ""} for the whole document
   * @param line the 1-based line of the failing value, or 0 when unknown
   * @param column the 1-based column of the failing value, or 0 when unknown
   * @param expected what was expected, if known, e.g. {@code a date like 2027-03-01}
   * @param cause the underlying exception, if any
   */
  public MopsJsonException(
      String problem,
      String pointer,
      int line,
      int column,
      Optional<String> expected,
      Optional<Throwable> cause) {
    super(
        message(
            requireNonNull(problem, "problem"), requireNonNull(pointer, "pointer"), line, column),
        requireNonNull(cause, "cause").orElse(null));
    this.problem = problem;
    this.pointer = pointer;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.expected = requireNonNull(expected, "expected").orElse(null);
  }

  private static String message(String problem, String pointer, int line, int column) {
    // values from the document are quoted where they are shown; this keeps any that were not
    // (a property name in the pointer, a model message) from reaching a terminal raw
    StringBuilder b =
        new StringBuilder(pointer.isEmpty() ? "(document)" : Visible.text(pointer))
            .append(": ")
            .append(Visible.text(problem));
    if (line > 0) {
      b.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return b.toString();
  }

  /** What is wrong, without the place. */
  public String problem() {
    return problem;
  }

  /**
   * The JSON Pointer (RFC 6901) of the failing value, e.g. {@code /objectives/0/id}; {@code ""}
   * when the document as a whole is at fault (empty, too long, not an object).
   */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line where the failing value starts, or 0 when no position is known. */
  public int line() {
    return line;
  }

  /** The 1-based column where the failing value starts, or 0 when no position is known. */
  public int column() {
    return column;
  }

  /** What the reader expected there, e.g. {@code a date like 2027-03-01}, if it can say. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }
}
