package dev.mops.core.internal;

/**
 * The model's id rule, {@code [A-Za-z0-9._-]{1,64}}, checked without a regex: the one place the
 * rule is written, read by {@link Checks#id} and by the JSON and CSV readers on their hot paths.
 *
 * <p>Not part of the API: this package is exported only to mops modules.
 */
public final class Ids {
  private Ids() {}

  /** Whether {@code text} matches {@code [A-Za-z0-9._-]{1,64}}. */
  public static boolean isValid(String text) {
    int n = text.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
