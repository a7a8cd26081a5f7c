package dev.mops.check.rules;

import static dev.mops.check.rules.Texts.some;
import static dev.mops.check.rules.Texts.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.LearningActivity;
import dev.mops.model.Plan;
import dev.mops.model.Quarter;
import dev.mops.model.Skill;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code skill-without-activity}: a skill on the development list had no learning activity in a quarter. */
final class SkillWithoutActivity extends BaseRule {
  SkillWithoutActivity() {
    super(RuleDescriptor.builder("skill-without-activity", Severity.INFO,
            "a skill on the development list had no learning activity in a fiscal quarter of the plan that ended by the as-of date")
        .needsAsOf().build());
  }

  @Override
  public void check(CheckContext ctx) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    Plan plan = ctx.plan();
    java.time.Month fs = plan.fiscalYearStart();
    List<Quarter> ended = new ArrayList<>();
    Quarter q = Quarter.containing(plan.period().start(), fs);
    while (ended.size() < 4000 && !q.range(fs).start().isAfter(plan.period().end()) && !q.range(fs).end().isAfter(asOf)) {
      ended.add(q);
      if (q.year() == 9999 && q.quarter() == 4) {
        break;
      }
      q = q.next();
    }
    if (ended.isEmpty()) {
      return;
    }
    Map<String, Set<Quarter>> active = new HashMap<>();
    for (LearningActivity a : ctx.elements(LearningActivity.class)) {
      Quarter in = Quarter.containing(a.on(), fs);
      for (String s : a.skillIds()) {
        active.computeIfAbsent(s, k -> new HashSet<>()).add(in);
      }
    }
    for (Skill s : ctx.elements(Skill.class)) {
      Set<Quarter> done = active.getOrDefault(s.id(), Set.of());
      List<String> missed = new ArrayList<>();
      for (Quarter e : ended) {
        if (!done.contains(e)) {
          missed.add(e.toString());
        }
      }
      if (!missed.isEmpty()) {
        ctx.report(s, title(s) + " on the development list had no learning activity in " + some(missed, 4)
            + "; time for professional development only happens when it is planned and tracked.",
            "Log a webinar, course, conference or product trial for it, or take it off the list.");
      }
    }
  }
}
