package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.quote;
import static dev.mops.check.Wording.title;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.RequestTriage;
import dev.mops.model.TriageDecision;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code urgent-request-untriaged}: an urgent request was accepted without the three answers: a
 * triage record accepted it with an answer missing, or urgent ad-hoc work has no triage record.
 */
final class UrgentRequestUntriaged extends BaseRule {
  UrgentRequestUntriaged() {
    super(
        RuleDescriptor.of(
            "urgent-request-untriaged",
            Severity.WARNING,
            "an urgent request was accepted without answers to \"what is it for, why so quickly, what is the impact\""));
  }

  private static final String PURPOSE = "\"what is it for?\"";
  private static final String URGENCY = "\"why do you need it so quickly?\"";
  private static final String IMPACT = "\"what's the impact?\"";

  @Override
  public void check(CheckContext ctx) {
    Map<String, WorkItem> items = new HashMap<>();
    for (WorkItem w : ctx.workItems()) {
      items.putIfAbsent(w.id(), w);
    }
    Set<String> triaged = new HashSet<>();
    for (RequestTriage t : ctx.elements(RequestTriage.class)) {
      triaged.add(t.workItemId());
      if (t.decision() != TriageDecision.ACCEPTED || t.isFullyAnswered()) {
        continue;
      }
      WorkItem w = items.get(t.workItemId());
      if (w != null && !w.urgent()) {
        continue;
      }
      List<String> open = new ArrayList<>();
      if (t.purpose().filter(s -> !s.isBlank()).isEmpty()) open.add(PURPOSE);
      if (t.urgencyReason().filter(s -> !s.isBlank()).isEmpty()) open.add(URGENCY);
      if (t.impact().filter(s -> !s.isBlank()).isEmpty()) open.add(IMPACT);
      ctx.report(
          t,
          "The urgent request "
              + quote(t.displayName())
              + " (work item "
              + quote(t.workItemId())
              + ") was accepted without an "
              + "answer to "
              + list(open)
              + "; asking sets realistic expectations and makes it possible to say no.",
          "Record the purpose, the reason for the urgency and the impact before accepting urgent requests.");
    }
    // urgent ad-hoc work taken on with no triage record at all: none of the three was asked
    Set<String> reported = new HashSet<>();
    for (WorkItem w : ctx.workItems()) {
      if (w.urgent()
          && w.kind() == WorkKind.AD_HOC
          && !triaged.contains(w.id())
          && reported.add(w.id())) {
        ctx.report(
            w,
            title(w)
                + " is urgent ad-hoc work with no request triage, so nobody recorded an answer to "
                + list(List.of(PURPOSE, URGENCY, IMPACT))
                + "; asking sets realistic expectations and makes it possible to say no.",
            "Triage urgent requests before taking them on: record the purpose, the reason for the "
                + "urgency and the impact in a request triage for the work item.");
      }
    }
  }
}
