package dev.mops.core.internal;

/**
 * RFC 6901 JSON pointers as plain strings, the one place their escaping is written: read by the
 * checks (a finding's pointer) and by the JSON reader that records where each element stands.
 *
 * <p>Not part of the API: this package is exported only to mops modules.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * {@code base} extended by the reference token {@code token}, escaped ({@code ~} as {@code ~0},
   * {@code /} as {@code ~1}): {@code child("/okrs/0", "keyResults")} is {@code
   * "/okrs/0/keyResults"}; {@code ""} is the whole document.
   */
  public static String child(String base, String token) {
    StringBuilder b =
        new StringBuilder(base.length() + token.length() + 1).append(base).append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        b.append("~0");
      } else if (c == '/') {
        b.append("~1");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code base} extended by the array index {@code index}, e.g. {@code "/quickWins/3"}. */
  public static String child(String base, int index) {
    return base + '/' + index;
  }
}
