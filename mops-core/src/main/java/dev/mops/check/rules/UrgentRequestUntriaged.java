package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.quote;

import dev.mops.check.CheckContext;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.RequestTriage;
import dev.mops.model.TriageDecision;
import dev.mops.model.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code urgent-request-untriaged}: an urgent request was accepted without the three answers. */
final class UrgentRequestUntriaged extends BaseRule {
  UrgentRequestUntriaged() {
    super(
        RuleDescriptor.of(
            "urgent-request-untriaged",
            Severity.WARNING,
            "an urgent request was accepted without answers to \"what is it for, why so quickly, what is the impact\""));
  }

  @Override
  public void check(CheckContext ctx) {
    Map<String, WorkItem> items = new HashMap<>();
    for (WorkItem w : ctx.workItems()) {
      items.putIfAbsent(w.id(), w);
    }
    for (RequestTriage t : ctx.elements(RequestTriage.class)) {
      if (t.decision() != TriageDecision.ACCEPTED || t.isFullyAnswered()) {
        continue;
      }
      WorkItem w = items.get(t.workItemId());
      if (w != null && !w.urgent()) {
        continue;
      }
      List<String> open = new ArrayList<>();
      if (t.purpose().filter(s -> !s.isBlank()).isEmpty()) open.add("\"what is it for?\"");
      if (t.urgencyReason().filter(s -> !s.isBlank()).isEmpty())
        open.add("\"why do you need it so quickly?\"");
      if (t.impact().filter(s -> !s.isBlank()).isEmpty()) open.add("\"what's the impact?\"");
      ctx.report(
          t,
          "The urgent request "
              + name(t)
              + " (work item "
              + quote(t.workItemId())
              + ") was accepted without an "
              + "answer to "
              + list(open)
              + "; asking sets realistic expectations and makes it possible to say no.",
          "Record the purpose, the reason for the urgency and the impact before accepting urgent requests.");
    }
  }
}
