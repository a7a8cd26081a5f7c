package dev.mops.report;

import dev.mops.core.internal.Format;
import dev.mops.metrics.Ratio;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Small Markdown and number helpers shared by the reports. */
final class Markdown {
  private Markdown() {}

  /** Escapes the characters that would break a table cell or start markup. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
  }

  /** Escapes text for a paragraph or list item. */
  static String text(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replace("\n", " ").replace("\r", " ");
  }

  /** {@code March 2027}. */
  static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }

  /** {@code 10,400.5}. */
  static String number(BigDecimal value) {
    return Format.number(value);
  }

  /** A value with its unit: {@code 12%}, {@code 30% of hours}, {@code 21,000,000 USD}. */
  static String amount(BigDecimal value, String unit) {
    return Format.number(value) + (unit.startsWith("%") ? unit : " " + unit);
  }

  /** {@code 75%} for a defined ratio, {@code n/a} for an undefined one. */
  static String percent(Ratio ratio) {
    return ratio.percent(0).map(p -> Format.number(p) + "%").orElse("n/a");
  }

  /** {@code 0.54} for a defined ratio, {@code n/a} for an undefined one. */
  static String decimal(Ratio ratio) {
    return ratio.decimal(2).map(BigDecimal::toPlainString).orElse("n/a");
  }
}
