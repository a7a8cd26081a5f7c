package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mops.model.Capability;
import dev.mops.model.CheckIn;
import dev.mops.model.ChecklistItem;
import dev.mops.model.DateRange;
import dev.mops.model.Document;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.Frequency;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.Kpi;
import dev.mops.model.LearningActivity;
import dev.mops.model.Milestone;
import dev.mops.model.Note;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.Plan;
import dev.mops.model.QuickWin;
import dev.mops.model.RequestTriage;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.Scale;
import dev.mops.model.SignOff;
import dev.mops.model.Skill;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import dev.mops.model.StrategyStep;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.Vision;
import dev.mops.model.WorkItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own Jackson 3 mapper with {@link MopsModule} writes and reads every type of the format
 * on its own, not only whole plans: each value of the sample plan, of each bound type, round-trips
 * through {@code mapper.readValue(text, Type.class)} and is written as the facade writes it inside
 * a plan.
 */
class MopsModuleEveryTypeTest {
  private final Plan plan = SamplePlans.small();
  private final JsonMapper mapper = JsonMapper.builder().addModule(new MopsModule()).build();

  private <T> void roundTrips(Class<T> type, List<? extends T> values) {
    assertFalse(values.isEmpty(), () -> "the sample has no " + type.getSimpleName());
    for (T v : values) {
      String text = mapper.writeValueAsString(v);
      assertEquals(v, mapper.readValue(text, type), () -> type.getSimpleName() + ": " + text);
    }
  }

  @Test
  void everyPlanElementTypeRoundTripsOnItsOwn() {
    roundTrips(Plan.class, List.of(plan));
    roundTrips(Stakeholder.class, plan.stakeholders());
    roundTrips(TeamMember.class, plan.teamMembers());
    roundTrips(Objective.class, plan.objectives());
    roundTrips(Capability.class, plan.capabilities());
    roundTrips(QuickWin.class, plan.quickWins());
    roundTrips(Sprint.class, plan.sprints());
    roundTrips(Okr.class, plan.okrs());
    roundTrips(
        KeyResult.class, plan.okrs().stream().flatMap(o -> o.keyResults().stream()).toList());
    roundTrips(Kpi.class, plan.kpis());
    roundTrips(StrategyStep.class, plan.strategySteps());
    roundTrips(ReviewCadence.class, plan.reviewCadences());
    roundTrips(Review.class, plan.reviews());
    roundTrips(InternalGoal.class, plan.internalGoals());
    roundTrips(
        SuccessIndicator.class,
        plan.internalGoals().stream().flatMap(g -> g.indicators().stream()).toList());
    roundTrips(
        ChecklistItem.class,
        plan.internalGoals().stream()
            .flatMap(g -> g.indicators().stream())
            .flatMap(i -> i.items().stream())
            .toList());
    roundTrips(WorkItem.class, plan.workItems());
    roundTrips(RequestTriage.class, plan.requestTriages());
    roundTrips(Document.class, plan.documents());
    roundTrips(Skill.class, plan.skills());
    roundTrips(LearningActivity.class, plan.learningActivities());
    roundTrips(Note.class, plan.notes());
  }

  @Test
  void everyNestedValueTypeRoundTripsOnItsOwn() {
    roundTrips(Vision.class, plan.vision().stream().toList());
    roundTrips(SignOff.class, plan.vision().orElseThrow().signOffs());
    roundTrips(Target.class, plan.objectives().stream().flatMap(o -> o.target().stream()).toList());
    List<Observation> observations = new ArrayList<>();
    plan.objectives()
        .forEach(o -> o.target().ifPresent(t -> observations.addAll(t.observations())));
    roundTrips(Observation.class, observations);
    roundTrips(
        ExternalOkrRef.class,
        plan.okrs().stream().flatMap(o -> o.externalParent().stream()).toList());
    List<KeyResult> krs = plan.okrs().stream().flatMap(o -> o.keyResults().stream()).toList();
    roundTrips(Scale.class, krs.stream().flatMap(k -> k.scale().stream()).toList());
    roundTrips(Milestone.class, krs.stream().flatMap(k -> k.milestones().stream()).toList());
    roundTrips(CheckIn.class, krs.stream().flatMap(k -> k.checkIns().stream()).toList());
    roundTrips(DateRange.class, List.of(plan.period()));
    roundTrips(
        Frequency.class, plan.reviewCadences().stream().map(ReviewCadence::frequency).toList());
    roundTrips(Extensions.class, List.of(SamplePlans.vendorData()));
    roundTrips(ExtensionValue.class, List.copyOf(SamplePlans.vendorData().asMap().values()));
  }
}
