package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions on the type and the message of the exceptions the model throws. */
final class Expect {
  private Expect() {}

  /**
   * A bad value: {@link IllegalArgumentException} whose message names the field and shows the
   * value.
   */
  static IllegalArgumentException badValue(Executable build, String field, String shownValue) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    String m = String.valueOf(e.getMessage());
    assertTrue(
        m.contains(field) && m.contains(shownValue),
        () -> "message should name " + field + " and show " + shownValue + ", was: " + m);
    return e;
  }

  /** A null: {@link NullPointerException} whose message names the parameter. */
  static NullPointerException nullValue(Executable build, String parameter) {
    NullPointerException e = assertThrows(NullPointerException.class, build);
    String m = String.valueOf(e.getMessage());
    assertTrue(m.contains(parameter), () -> "message should name " + parameter + ", was: " + m);
    return e;
  }

  /** A builder missing a required attribute: {@link IllegalStateException} naming it. */
  static IllegalStateException missing(Executable build, String type, String attribute) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build);
    String m = String.valueOf(e.getMessage());
    assertTrue(
        m.contains(type) && m.contains(attribute),
        () -> "message should name " + type + " and " + attribute + ", was: " + m);
    return e;
  }
}
