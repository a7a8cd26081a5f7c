package dev.mops.check.rules;

import dev.mops.model.Frequency;
import dev.mops.model.Lifecycle;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the built-in rules share beyond their wording (which is {@link dev.mops.check.Wording}'s): a
 * few texts only the built-ins write, and the small judgments several rules make alike.
 */
final class Texts {
  private Texts() {}

  /**
   * A cycle with its first id repeated at the end, naming at most three members: {@code a → b → c →
   * a}, or {@code a → b → c → (9997 more) → a}.
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

  /** Whether {@code f} recurs less often than {@code floor}: its shortest gap is longer. */
  static boolean longerThan(Frequency f, Frequency floor) {
    if (floor.unit() == Frequency.Unit.MONTHS && f.unit() == Frequency.Unit.MONTHS) {
      return f.count() > floor.count();
    }
    return f.minDays() > floor.maxDays();
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
