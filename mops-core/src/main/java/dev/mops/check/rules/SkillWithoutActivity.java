package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.core.internal.Work;
import dev.mops.model.LearningActivity;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.Skill;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code skill-without-activity}: a skill on the development list had no learning activity in a
 * quarter.
 */
final class SkillWithoutActivity extends BaseRule {
  SkillWithoutActivity() {
    super(
        RuleDescriptor.builder(
                "skill-without-activity",
                Severity.INFO,
                "a skill on the development list had no learning activity in a fiscal quarter of the plan that ended by the as-of date")
            .needsAsOf()
            .build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    Plan plan = ctx.plan();
    java.time.Month fs = plan.fiscalYearStart();
    // the fiscal quarters of the plan that ended by the as-of date, counted, not listed
    long first = index(Quarter.containing(plan.period().start(), fs));
    long lastInPlan = index(Quarter.containing(plan.period().end(), fs));
    Quarter asOfQuarter = Quarter.containing(asOf, fs);
    long lastEnded =
        asOfQuarter.range(fs).end().equals(asOf) ? index(asOfQuarter) : index(asOfQuarter) - 1;
    long last = Math.min(lastInPlan, lastEnded);
    if (last < first) {
      return;
    }
    Map<String, Set<Long>> active = new HashMap<>();
    for (LearningActivity a : ctx.elements(LearningActivity.class)) {
      long in = index(Quarter.containing(a.on(), fs));
      if (in < first || in > last) {
        continue;
      }
      for (String s : a.skillIds()) {
        Work.add(1);
        active.computeIfAbsent(s, k -> new HashSet<>()).add(in);
      }
    }
    for (Skill s : ctx.elements(Skill.class)) {
      Set<Long> done = active.getOrDefault(s.id(), Set.of());
      long missed = last - first + 1 - done.size();
      if (missed == 0) {
        continue;
      }
      List<String> named = new ArrayList<>();
      for (long q = first; q <= last && named.size() < 4; q++) {
        Work.add(1);
        if (!done.contains(q)) {
          named.add(quarter(q, fs).toString());
        }
      }
      ctx.report(
          s,
          title(s)
              + " on the development list had no learning activity in "
              + list(named, missed, 4)
              + "; time for professional development only happens when it is planned and tracked.",
          "Log a webinar, course, conference or product trial for it, or take it off the list.");
    }
  }

  private static long index(Quarter q) {
    return q.year() * 4L + q.quarter() - 1;
  }

  private static Quarter quarter(long index, java.time.Month fs) {
    YearMonth firstMonth =
        YearMonth.of(Math.toIntExact(Math.floorDiv(index, 4)), fs)
            .plusMonths(3L * Math.floorMod(index, 4));
    return Quarter.containing(firstMonth, fs);
  }
}
