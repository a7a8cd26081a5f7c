package dev.mops.report;

import dev.mops.core.internal.Visible;
import dev.mops.metrics.Figures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small Markdown helpers shared by the reports; numbers are written by {@link Figures}. */
final class Markdown {
  private Markdown() {}

  /**
   * Characters of plan text that are backslash-escaped wherever they are: they start or end links
   * and images ({@code [ ] ( )}), raw HTML and autolinks ({@code < >}), entity references ({@code
   * &}), code spans, emphasis and strike-through ({@code ` * _ ~}), table cells ({@code |}),
   * headings ({@code #}), and the backslash itself.
   */
  private static final String ESCAPED = "\\`*_[]()<>&|~#";

  /** A line start that would make a list item, a quote, a heading or a setext underline. */
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+=]|\\d{1,9}\\.)");

  /**
   * Plan text made to show literally in a paragraph, a list item, a heading or a table cell:
   * Markdown and HTML syntax is backslash-escaped (see {@link #ESCAPED}; a leading {@code -},
   * {@code +}, {@code =} or {@code 1.} too, so the text cannot change the document's structure),
   * line breaks become spaces, and other control characters, bidirectional overrides and the like
   * are shown as visible escapes (<code>&#92;u001B</code>). Printable text in any script is kept.
   */
  static String text(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        b.append(' ');
      } else {
        if (ESCAPED.indexOf(c) >= 0) {
          b.append('\\');
        }
        b.append(c);
      }
    }
    Matcher start = BLOCK_START.matcher(b);
    if (start.find()) {
      b.insert(start.end() - 1, '\\');
    }
    return Visible.text(b.toString());
  }

  /** Plan text for a table cell: like {@link #text(String)}, which also escapes {@code |}. */
  static String cell(String text) {
    return text(text);
  }

  /** {@code March 2027}. */
  static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }

  /**
   * A value with its unit, as {@link Figures#amount(BigDecimal, String)} writes it, the unit being
   * plan text: {@code 12%}, {@code 30% of hours}, {@code 21,000,000 USD}.
   */
  static String amount(BigDecimal value, String unit) {
    return Figures.amount(value, text(unit));
  }
}
