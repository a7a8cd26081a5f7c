package dev.mops.core.internal;

/**
 * Makes text from files safe to print: every character that a terminal, a log viewer or a Markdown
 * renderer would act on instead of showing is written as a visible escape.
 *
 * <p>Escaped: C0 controls ({@code \n}, {@code \r}, {@code \t} as such, the rest as <code>&#92;u001B
 * </code>), DEL, C1 controls (U+0080–U+009F), line and paragraph separators, the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), the byte-order mark, and lone surrogates.
 * Everything else, including every printable non-ASCII letter, is kept.
 *
 * <p>Not part of the API: this package is exported only to mops modules.
 */
public final class Visible {
  /** The longest text {@link #quote(String)} shows before it shortens with {@code ...}. */
  public static final int QUOTE_LIMIT = 80;

  private Visible() {}

  /** {@code text} with every invisible or control character escaped; the same text when none. */
  public static String text(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !escaped(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n + 16);
    sb.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!escaped(text, i)) {
        sb.append(c);
        if (Character.isHighSurrogate(c)) {
          sb.append(text.charAt(++i));
        }
        continue;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append("\\u").append(hex(c));
      }
    }
    return sb.toString();
  }

  /**
   * {@code text} escaped and in double quotes for an error message; longer than {@value
   * #QUOTE_LIMIT} characters it is cut with {@code ...} and its length told.
   */
  public static String quote(String text) {
    return quote(text, QUOTE_LIMIT);
  }

  /** Like {@link #quote(String)} with another limit (at least 8). */
  public static String quote(String text, int limit) {
    if (text.length() <= limit) {
      return "\"" + text(text) + "\"";
    }
    int cut = limit - 3;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return "\"" + text(text.substring(0, cut)) + "...\" (" + text.length() + " characters)";
  }

  /** Whether {@code text} holds a character that {@link #text(String)} escapes. */
  public static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (escaped(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean escaped(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
      return true;
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  private static String hex(char c) {
    String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "0000".substring(h.length()) + h;
  }
}
