package dev.mops.check.rules;

import dev.mops.core.internal.Format;
import dev.mops.model.ElementKind;
import dev.mops.model.Frequency;
import dev.mops.model.Lifecycle;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Visibility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Wording shared by the rules' messages. */
final class Texts {
  private Texts() {}

  /** {@code quick win "Webinar"}. */
  static String name(PlanElement e) {
    return kind(e.elementKind()) + " \"" + e.displayName() + "\"";
  }

  /** {@code Quick win "Webinar"}, for the start of a sentence. */
  static String title(PlanElement e) {
    return capital(name(e));
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The kind as people write it: {@code OKR}, {@code KPI}, {@code quick win}. */
  static String kind(ElementKind kind) {
    return kind.label();
  }

  /** {@code a capability}, {@code an objective}, {@code an OKR}. */
  static String article(ElementKind kind) {
    return Format.withArticle(kind.label());
  }

  /** {@code a capability or an objective}; a general phrase for long lists. */
  static String kinds(Set<ElementKind> kinds) {
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

  /** {@code a, b and c}. */
  static String and(Collection<String> items) {
    List<String> l = new ArrayList<>(items);
    if (l.size() <= 1) {
      return String.join("", l);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  /** Up to {@code max} items, then {@code and N more}. */
  static String some(List<String> items, int max) {
    if (items.size() <= max) {
      return and(items);
    }
    List<String> shown = new ArrayList<>(items.subList(0, max));
    shown.add((items.size() - max) + " more");
    return and(shown);
  }

  /**
   * A cycle with its first id repeated at the end, naming at most three members:
   * {@code a → b → c → a}, or {@code a → b → c → (9997 more) → a}.
   */
  static String cycle(List<? extends PlanElement> members) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(3, members.size()); i++) {
      ids.add(members.get(i).id());
    }
    if (members.size() > 3) {
      ids.add("(" + (members.size() - 3) + " more)");
    }
    ids.add(members.get(0).id());
    return String.join(" → ", ids);
  }

  /** Up to {@code max} of {@code total} items, then {@code and N more}; the shown ones are given. */
  static String some(List<String> shown, long total, int max) {
    List<String> out = new ArrayList<>(shown.subList(0, (int) Math.min(max, shown.size())));
    if (total > out.size()) {
      out.add((total - out.size()) + " more");
    }
    return and(out);
  }

  /** {@code every week}, {@code every 2 weeks}, {@code every 3 months}, {@code every 14 days}. */
  static String every(Frequency f) {
    String unit = switch (f.unit()) {
      case DAYS -> "day";
      case WEEKS -> "week";
      case MONTHS -> "month";
    };
    return f.count() == 1 ? "every " + unit : "every " + f.count() + " " + unit + "s";
  }

  /** Whether {@code f} recurs less often than {@code floor}: its shortest gap is longer. */
  static boolean longerThan(Frequency f, Frequency floor) {
    if (floor.unit() == Frequency.Unit.MONTHS && f.unit() == Frequency.Unit.MONTHS) {
      return f.count() > floor.count();
    }
    return f.minDays() > floor.maxDays();
  }

  /** {@code 84.38%}: a ratio as a percentage, two decimals, half-even. */
  static String percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** {@code 90%} from {@code 0.90}. */
  static String percent(BigDecimal ratio) {
    return ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean isInternal(PlanElement e) {
    return e.elementKind().isAlwaysInternal() || e.visibility() == Visibility.INTERNAL;
  }

  static boolean cancelled(Lifecycle status) {
    return status == Lifecycle.CANCELLED;
  }

  static boolean counts(QuickWin q) {
    return q.status() != QuickWinStatus.CANCELLED;
  }
}
