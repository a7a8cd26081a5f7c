package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Format;
import dev.mops.core.internal.Visible;
import dev.mops.metrics.Figures;
import dev.mops.metrics.Ratio;
import dev.mops.model.ElementKind;
import dev.mops.model.Frequency;
import dev.mops.model.PlanElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The wording of the built-in rules' messages, for vendor rules that should read the same: quoted
 * names, element kinds as people write them, lists that stop after a few items, plurals,
 * frequencies and percentages. Every method is pure and locale-independent; numbers are written as
 * {@link Figures} writes them in reports and on the command line, so a share reads the same in a
 * finding message as anywhere else.
 *
 * <pre>{@code
 * context.report(kpi, Wording.title(kpi) + " has no owner; " + Wording.count(3, "other KPI", "other KPIs")
 *     + " share its measure: " + Wording.list(List.of("a", "b", "c", "d", "e"), 2) + ".");
 * // KPI "Click rate" has no owner; 3 other KPIs share its measure: a, b and 3 more.
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Wording {
  private Wording() {}

  /**
   * {@code text} in double quotes, whole, with control and invisible characters written as escapes
   * ({@code \n}, <code>&#92;u001B</code>, bidirectional overrides): {@code quote("lead-routing")}
   * is {@code "lead-routing"} in quotes, {@code quote("a\nb")} is {@code "a\nb"} on one line.
   *
   * @param text an id, a name, or any text from the plan
   * @return the quoted text
   * @throws NullPointerException if {@code text} is null
   */
  public static String quote(String text) {
    return "\"" + Visible.text(requireNonNull(text, "text")) + "\"";
  }

  /**
   * The element's kind and quoted name: {@code quick win "Webinar"}, {@code OKR "Pipeline"}.
   *
   * @param element any plan element
   * @return the kind as {@link #kind(ElementKind)} writes it, a space and the quoted display name
   * @throws NullPointerException if {@code element} is null
   */
  public static String name(PlanElement element) {
    requireNonNull(element, "element");
    return kind(element.elementKind()) + " " + quote(element.displayName());
  }

  /**
   * {@link #name(PlanElement)} for the start of a sentence: {@code Quick win "Webinar"}.
   *
   * @param element any plan element
   * @return the name with its first letter in upper case
   * @throws NullPointerException if {@code element} is null
   */
  public static String title(PlanElement element) {
    return capitalize(name(element));
  }

  /**
   * {@code text} with its first character in upper case (Unicode rules, no locale): {@code
   * capitalize("quick win")} is {@code Quick win}; an empty text stays empty.
   *
   * @param text any text
   * @return the capitalized text
   * @throws NullPointerException if {@code text} is null
   */
  public static String capitalize(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder(text.length())
        .appendCodePoint(Character.toTitleCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  /**
   * The kind as people write it: {@code OKR}, {@code KPI}, {@code quick win}, {@code internal
   * goal}.
   *
   * @param kind an element kind
   * @return its name for a sentence
   * @throws NullPointerException if {@code kind} is null
   */
  public static String kind(ElementKind kind) {
    return requireNonNull(kind, "kind").label();
  }

  /**
   * The kind with its indefinite article: {@code a capability}, {@code an objective}, {@code an
   * OKR}.
   *
   * @param kind an element kind
   * @return the article and {@link #kind(ElementKind)}
   * @throws NullPointerException if {@code kind} is null
   */
  public static String article(ElementKind kind) {
    return Format.withArticle(kind(kind));
  }

  /**
   * Kinds joined with {@code or}, in {@link ElementKind} order: {@code an objective or a
   * capability}; more than three read as {@code an element of a kind it may name}.
   *
   * @param kinds the kinds, at least one
   * @return the phrase
   * @throws NullPointerException if {@code kinds} or one of them is null
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public static String kinds(Set<ElementKind> kinds) {
    requireNonNull(kinds, "kinds");
    kinds.forEach(k -> requireNonNull(k, "kinds[]"));
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty");
    }
    if (kinds.size() > 3) {
      return "an element of a kind it may name";
    }
    List<String> out = new ArrayList<>();
    for (ElementKind k : ElementKind.values()) {
      if (kinds.contains(k)) {
        out.add(article(k));
      }
    }
    return String.join(" or ", out);
  }

  /**
   * Items joined as a sentence lists them: {@code list(List.of("a", "b", "c"))} is {@code a, b and
   * c}; one item is itself, none is empty.
   *
   * @param items the items, in order
   * @return the list
   * @throws NullPointerException if {@code items} or one of them is null
   */
  public static String list(Collection<String> items) {
    List<String> l = new ArrayList<>(requireNonNull(items, "items"));
    l.forEach(s -> requireNonNull(s, "items[]"));
    if (l.size() <= 1) {
      return String.join("", l);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  /**
   * At most {@code max} items, then how many more: {@code list(List.of("a", "b", "c", "d", "e"),
   * 2)} is {@code a, b and 3 more}; with no more than {@code max} items it is {@link
   * #list(Collection)}. Keeps a message short however large the plan.
   *
   * @param items the items, in order
   * @param max how many to name, at least 1
   * @return the list
   * @throws NullPointerException if {@code items} or one of them is null
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public static String list(List<String> items, int max) {
    requireNonNull(items, "items");
    return list(items, items.size(), max);
  }

  /**
   * At most {@code max} of the {@code shown} items, then how many more of {@code total}: {@code
   * list(List.of("a", "b"), 40, 2)} is {@code a, b and 38 more}. For callers that count every item
   * but keep only the first few.
   *
   * @param shown the first items, in order; more than {@code max} may be given
   * @param total how many items there are in all, at least {@code shown.size()}
   * @param max how many to name, at least 1
   * @return the list
   * @throws NullPointerException if {@code shown} or one of them is null
   * @throws IllegalArgumentException if {@code max} is below 1 or {@code total} below the number
   *     shown
   */
  public static String list(List<String> shown, long total, int max) {
    requireNonNull(shown, "shown");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    if (total < shown.size()) {
      throw new IllegalArgumentException(
          "total must be at least the " + shown.size() + " items shown, got " + total);
    }
    List<String> out = new ArrayList<>(shown.subList(0, Math.min(max, shown.size())));
    if (total > out.size()) {
      out.add(Figures.count(total - out.size()) + " more");
    }
    return list(out);
  }

  /**
   * A count and its noun: {@code count(1, "public goal", "public goals")} is {@code 1 public goal},
   * {@code count(12000, "item", "items")} is {@code 12,000 items}.
   *
   * @param n the count
   * @param singular the noun for exactly one
   * @param plural the noun for any other count, zero included
   * @return the count with grouping commas and the noun
   * @throws NullPointerException if a noun is null
   */
  public static String count(long n, String singular, String plural) {
    return Figures.count(n, singular, plural);
  }

  /**
   * An ordinal number in English: {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th}, {@code 11th},
   * {@code 12th}, {@code 13th}, {@code 21st}, {@code 1,002nd}; for telling apart elements a message
   * names by the same path.
   *
   * @param n the position, 1 or more
   * @return the number with its suffix
   * @throws IllegalArgumentException if {@code n} is below 1
   * @since 0.2
   */
  public static String ordinal(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    long lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch ((int) (n % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return Figures.count(n) + suffix;
  }

  /**
   * How often a frequency recurs: {@code every week}, {@code every 2 weeks}, {@code every 3
   * months}, {@code every 14 days}.
   *
   * @param frequency a frequency
   * @return the phrase
   * @throws NullPointerException if {@code frequency} is null
   */
  public static String every(Frequency frequency) {
    requireNonNull(frequency, "frequency");
    String unit =
        switch (frequency.unit()) {
          case DAYS -> "day";
          case WEEKS -> "week";
          case MONTHS -> "month";
        };
    return frequency.count() == 1
        ? "every " + unit
        : "every " + frequency.count() + " " + unit + "s";
  }

  /**
   * A fraction as a percentage, as {@link Figures#percent(BigDecimal)} writes it: {@code
   * percent(new BigDecimal("0.90"))} is {@code 90%}, {@code 0.125} is {@code 12.5%}. For targets
   * and thresholds.
   *
   * @param ratio the fraction, 1 being 100%
   * @return the percentage
   * @throws NullPointerException if {@code ratio} is null
   */
  public static String percent(BigDecimal ratio) {
    return Figures.percent(requireNonNull(ratio, "ratio"));
  }

  /**
   * {@code part} of {@code whole} as a percentage, as {@link Figures#percent(Ratio)} writes it:
   * {@code percent(new BigDecimal("27"), new BigDecimal("32"))} is {@code 84.38%}, 3 of 4 is {@code
   * 75%}. For measured shares.
   *
   * @param part the part
   * @param whole the whole, not zero
   * @return the percentage
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code whole} is zero
   */
  public static String percent(BigDecimal part, BigDecimal whole) {
    requireNonNull(part, "part");
    requireNonNull(whole, "whole");
    if (whole.signum() == 0) {
      throw new IllegalArgumentException("whole must not be 0, got " + whole.toPlainString());
    }
    return Figures.percent(Ratio.of(part, whole));
  }

  /**
   * {@code text} with control and invisible characters written as escapes, as {@link
   * #quote(String)} shows it but without the quotes: a line feed becomes {@code \n}, the escape
   * character <code>&#92;u001B</code>. For text from files and users on its way to a terminal.
   *
   * @param text any text
   * @return the text, the same when it holds nothing to escape
   * @throws NullPointerException if {@code text} is null
   */
  public static String visible(String text) {
    return Visible.text(requireNonNull(text, "text"));
  }
}
