package dev.mops.check.rules;

import static dev.mops.check.Wording.list;
import static dev.mops.check.Wording.name;
import static dev.mops.check.Wording.ordinal;
import static dev.mops.check.Wording.quote;

import dev.mops.check.CheckContext;
import dev.mops.check.ElementPath;
import dev.mops.check.RuleDescriptor;
import dev.mops.check.Severity;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code duplicate-id}: two elements of one plan share an id. */
final class DuplicateId extends BaseRule {
  DuplicateId() {
    super(
        RuleDescriptor.of(
            "duplicate-id",
            Severity.ERROR,
            "two elements of one plan share an id (the plan's own id included)"));
  }

  @Override
  public void check(CheckContext ctx) {
    Plan plan = ctx.plan();
    // the first user of each id; the users of the ids used more than once, in the order of their
    // second use (the report sorts the findings)
    Map<String, PlanElement> first = new HashMap<>();
    Map<String, List<PlanElement>> byId = new LinkedHashMap<>();
    first.put(plan.id(), plan);
    for (PlanElement e : ctx.elements()) {
      PlanElement seen = first.putIfAbsent(e.id(), e);
      if (seen != null) {
        byId.computeIfAbsent(e.id(), k -> new ArrayList<>(List.of(seen))).add(e);
      }
    }
    for (Map.Entry<String, List<PlanElement>> entry : byId.entrySet()) {
      List<PlanElement> users = entry.getValue();
      // elements of one kind share a path too: the 1st, 2nd, ... of that path tells them apart
      List<ElementPath> paths = new ArrayList<>();
      Map<ElementPath, Integer> perPath = new HashMap<>();
      for (PlanElement e : users) {
        ElementPath p = ctx.pathOf(e);
        paths.add(p);
        perPath.merge(p, 1, Integer::sum);
      }
      Map<ElementPath, Integer> seen = new HashMap<>();
      List<String> who = new ArrayList<>();
      for (int i = 0; i < Math.min(3, users.size()); i++) {
        PlanElement e = users.get(i);
        ElementPath p = paths.get(i);
        int nth = seen.merge(p, 1, Integer::sum);
        who.add(
            e == plan
                ? "the plan " + quote(plan.name())
                : name(e)
                    + " ("
                    + p
                    + (perPath.getOrDefault(p, 1) > 1 ? ", the " + ordinal(nth) : "")
                    + ")");
      }
      String id = entry.getKey();
      ctx.report(
          users.get(1),
          "The id "
              + quote(id)
              + " is used by "
              + users.size()
              + " elements: "
              + list(who, users.size(), 3)
              + ". Ids must be unique across the plan, otherwise references to "
              + quote(id)
              + " are ambiguous and look-ups find only the first.",
          "Rename all but one of them and update the references that mean the renamed ones.");
    }
  }
}
