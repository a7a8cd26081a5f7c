package dev.mops.model;

import static dev.mops.model.Models.DAY;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.testing.RandomPlans;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Plan#publicView()} on one plan that holds every kind of element. Every internal id starts
 * with {@code hidden}, so that no public text contains that word by accident.
 */
class PublicViewTest {
  private static final Extensions CRM =
      Extensions.of("acme.crmId", ExtensionValue.string("701-AUTO"));
  private static final Extensions PLAN_EXT =
      Extensions.of("acme.tenant", ExtensionValue.number("42"));

  /** One plan with every kind of element, public and internal. */
  static Plan everything() {
    return Models.plan("mops-2027")
        .team("MOps EMEA")
        .extensions(PLAN_EXT)
        .vision(
            Vision.builder()
                .statement("Marketing runs on systems sales trusts")
                .addPlanOfAction("Train the team on the new platform")
                .addCoCreatedBy("ana")
                .addSignOff(SignOff.of("cmo", "Jordan Park", DAY))
                .build())
        .addStakeholders(Stakeholder.of("sales", "Sales"), Stakeholder.of("cmo", "CMO"))
        .addTeamMembers(TeamMember.of("ana", "Ana Ruiz"), TeamMember.of("ben", "Ben Cho"))
        .addObjective(Models.objective("obj-auto").addStakeholderId("sales").owner("ana").build())
        .addObjective(
            Models.objective("hidden-obj")
                .title("Secret objective")
                .visibility(Visibility.INTERNAL)
                .build())
        .addCapability(
            Models.capability("cap-leads").addObjectiveIds("obj-auto", "hidden-obj").build())
        .addCapability(
            Models.capability("hidden-cap")
                .name("Secret capability")
                .addObjectiveId("obj-auto")
                .visibility(Visibility.INTERNAL)
                .build())
        .addQuickWin(
            Models.quickWin("qw-webinar")
                .extensions(CRM)
                .addCapabilityIds("cap-leads", "hidden-cap")
                .addObjectiveIds("hidden-obj", "obj-auto")
                .buildsOn("hidden-qw")
                .owner("ben")
                .build())
        .addQuickWin(
            Models.quickWin("qw-nurture")
                .buildsOn("qw-webinar")
                .addCapabilityId("hidden-cap")
                .build())
        .addQuickWin(
            Models.quickWin("hidden-qw")
                .title("Secret quick win")
                .plannedMonth(YearMonth.of(2027, 2))
                .visibility(Visibility.INTERNAL)
                .build())
        .addSprint(Sprint.ofMonth("sprint-jan", YearMonth.of(2027, 1)))
        .addSprint(Models.sprint("hidden-sprint").visibility(Visibility.INTERNAL).build())
        .addOkr(
            Models.okr("hidden-okr")
                .title("Secret OKR")
                .visibility(Visibility.INTERNAL)
                .addKeyResult(
                    Models.keyResult("hidden-kr")
                        .kind(KeyResultKind.MILESTONES)
                        .addMilestone(Milestone.of("hidden-ms", "Secret milestone"))
                        .build())
                .build())
        .addOkr(
            Models.okr("okr-email")
                .parentId("hidden-okr")
                .owner("ana")
                .addBuyIn(SignOff.of("sales", "Dana Lee", DAY))
                .addKeyResult(
                    Models.keyResult("kr-churn")
                        .kind(KeyResultKind.METRIC)
                        .direction(Direction.DECREASE)
                        .start(new BigDecimal("1.0"))
                        .target(new BigDecimal("0.6"))
                        .unit("%")
                        .build())
                .addKeyResult(
                    Models.keyResult("kr-ms")
                        .kind(KeyResultKind.MILESTONES)
                        .addMilestone(Milestone.of("ms-brief", "Brief approved"))
                        .build())
                .build())
        .addOkr(
            Models.okr("okr-ext")
                .externalParent(ExternalOkrRef.of("mkt-7", "Grow pipeline", OkrLevel.MARKETING))
                .build())
        .addKpi(Models.kpi("kpi-mql").addAgreement(SignOff.of("cmo", "Jordan Park", DAY)).build())
        .addKpi(Models.kpi("hidden-kpi").name("Secret KPI").visibility(Visibility.INTERNAL).build())
        .addStrategyStep(
            Models.strategyStep("step-audit")
                .parentId("obj-auto")
                .addStakeholderId("sales")
                .addAssigneeId("ana")
                .kpiId("hidden-kpi")
                .expectedDirection(Direction.INCREASE)
                .build())
        .addStrategyStep(
            Models.strategyStep("step-cap").parentId("cap-leads").kpiId("kpi-mql").build())
        .addStrategyStep(Models.strategyStep("hidden-step-of-obj").parentId("hidden-obj").build())
        .addStrategyStep(Models.strategyStep("hidden-step-of-cap").parentId("hidden-cap").build())
        .addStrategyStep(
            Models.strategyStep("hidden-step")
                .parentId("obj-auto")
                .visibility(Visibility.INTERNAL)
                .build())
        .addReviewCadence(
            Models.reviewCadence("qbr")
                .addAudience("sales", "cmo")
                .addSubjectIds(
                    "kpi-mql",
                    "hidden-kpi",
                    "okr-email",
                    "hidden-okr",
                    "hidden-kr",
                    "hidden-goal",
                    "kr-churn",
                    "obj-auto")
                .owner("ana")
                .build())
        .addReviewCadence(
            Models.reviewCadence("hidden-cadence")
                .name("Secret cadence")
                .visibility(Visibility.INTERNAL)
                .build())
        .addReview(
            Models.review("qbr-q1").cadenceId("qbr").addKpiIds("kpi-mql", "hidden-kpi").build())
        .addReview(Models.review("hidden-review-of-cadence").cadenceId("hidden-cadence").build())
        .addReview(
            Models.review("hidden-review").cadenceId("qbr").visibility(Visibility.INTERNAL).build())
        .addInternalGoal(
            Models.internalGoal("hidden-goal")
                .title("Secret goal")
                .owner("ana")
                .addIndicator(
                    Models.successIndicator("hidden-ind")
                        .kind(IndicatorKind.CHECKLIST)
                        .addItem(ChecklistItem.of("hidden-item", "Secret item"))
                        .build())
                .build())
        .addWorkItem(Models.workItem("hidden-OPS-1").requestedBy("sales").assignee("ana").build())
        .addRequestTriage(Models.requestTriage("hidden-tri").workItemId("hidden-OPS-1").build())
        .addDocument(Models.document("hidden-doc").owner("ana").build())
        .addSkill(Skill.of("hidden-skill", "Secret skill"))
        .addLearningActivity(
            Models.learningActivity("hidden-la").addSkillId("hidden-skill").build())
        .addNote(
            Models.note("hidden-note")
                .aboutId("qw-webinar")
                .text("Secret note: sales not told yet")
                .build())
        .build();
  }

  private static List<String> ids(List<? extends PlanElement> elements) {
    return elements.stream().map(PlanElement::id).collect(toList());
  }

  @Test
  void thePlanHoldsEveryKindOfElement() {
    Set<ElementKind> kinds =
        everything().elements().stream()
            .map(PlanElement::elementKind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ElementKind.class)));
    assertEquals(EnumSet.complementOf(EnumSet.of(ElementKind.PLAN)), kinds);
  }

  @Test
  void keepsExactlyThePublicElementsInDocumentOrder() {
    Plan view = everything().publicView();
    assertEquals(
        List.of(
            "sales",
            "cmo",
            "ana",
            "ben",
            "obj-auto",
            "cap-leads",
            "qw-webinar",
            "qw-nurture",
            "sprint-jan",
            "okr-email",
            "kr-churn",
            "kr-ms",
            "ms-brief",
            "okr-ext",
            "kpi-mql",
            "step-audit",
            "step-cap",
            "qbr",
            "qbr-q1"),
        ids(view.elements()));
  }

  @Test
  void removesEverythingAlwaysInternal() {
    Plan view = everything().publicView();
    for (ElementKind kind : ElementKind.values()) {
      if (kind.isAlwaysInternal()) {
        assertFalse(everything().elements(kind).isEmpty(), kind::name);
        assertEquals(List.of(), view.elements(kind), kind::name);
      }
    }
    assertEquals(List.of(), view.internalGoals());
    assertEquals(List.of(), view.notes());
    assertTrue(view.elements().stream().noneMatch(e -> e.elementKind().isAlwaysInternal()));
    assertTrue(view.elements().stream().allMatch(e -> e.visibility() == Visibility.PUBLIC));
  }

  @Test
  void dropsReferencesToRemovedElements() {
    Plan view = everything().publicView();
    QuickWin webinar = view.find("qw-webinar", QuickWin.class).orElseThrow();
    assertEquals(List.of("cap-leads"), webinar.capabilityIds());
    assertEquals(List.of("obj-auto"), webinar.objectiveIds());
    assertEquals(Optional.empty(), webinar.buildsOn());
    assertEquals(Optional.of("ben"), webinar.owner());
    QuickWin nurture = view.find("qw-nurture", QuickWin.class).orElseThrow();
    assertEquals(List.of(), nurture.capabilityIds());
    assertEquals(Optional.of("qw-webinar"), nurture.buildsOn());

    assertEquals(
        List.of("obj-auto"), view.find("cap-leads", Capability.class).orElseThrow().objectiveIds());

    Okr email = view.find("okr-email", Okr.class).orElseThrow();
    assertEquals(Optional.empty(), email.parentId());
    assertEquals(Optional.of("ana"), email.owner());
    assertEquals(List.of("kr-churn", "kr-ms"), ids(email.keyResults()));
    assertTrue(view.find("okr-ext", Okr.class).orElseThrow().externalParent().isPresent());

    StrategyStep audit = view.find("step-audit", StrategyStep.class).orElseThrow();
    assertEquals(Optional.empty(), audit.kpiId());
    assertEquals(List.of("ana"), audit.assigneeIds());
    assertEquals(
        Optional.of("kpi-mql"), view.find("step-cap", StrategyStep.class).orElseThrow().kpiId());

    ReviewCadence qbr = view.find("qbr", ReviewCadence.class).orElseThrow();
    assertEquals(List.of("sales", "cmo"), qbr.audience());
    assertEquals(List.of("kpi-mql", "okr-email", "kr-churn", "obj-auto"), qbr.subjectIds());
    assertEquals(List.of("kpi-mql"), view.find("qbr-q1", Review.class).orElseThrow().kpiIds());
  }

  @Test
  void removesReviewsOfInternalCadencesAndStepsOfInternalParents() {
    Plan view = everything().publicView();
    assertEquals(List.of("qbr-q1"), ids(view.reviews()));
    assertEquals(List.of("step-audit", "step-cap"), ids(view.strategySteps()));
  }

  @Test
  void noReferenceOfThePublicViewNamesARemovedElement() {
    Plan view = everything().publicView();
    for (PlanElement e : view.elements()) {
      for (Reference r : e.references()) {
        assertTrue(view.find(r.targetId()).isPresent(), () -> e.id() + " still refers to " + r);
      }
    }
  }

  /**
   * Every kind goes by the registry: elements of an always-internal kind never reach the view, and
   * every other kind keeps its public elements (those of the sample plan that need no removed one).
   */
  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindIsKeptOrRemovedByTheRegistry(ElementKind kind) {
    Plan plan = everything();
    Plan view = plan.publicView();
    List<String> kept = ids(view.elements(kind));
    if (kind.isAlwaysInternal()) {
      assertEquals(List.of(), kept);
      return;
    }
    if (kind != ElementKind.PLAN) {
      assertFalse(kept.isEmpty(), () -> "no " + kind.label() + " in the view");
    }
    for (PlanElement e : plan.elements(kind)) {
      boolean hidden = e.id().startsWith("hidden");
      assertEquals(!hidden, kept.contains(e.id()), e::id);
    }
  }

  /**
   * Each kind's own stripping drops every reference to a removed id (or the element, when it cannot
   * exist without it); only sign-offs, which record who agreed, keep their stakeholders.
   */
  @ParameterizedTest
  @EnumSource(ElementKind.class)
  void everyKindDropsItsReferencesToRemovedIds(ElementKind kind) {
    if (kind == ElementKind.PLAN) {
      return;
    }
    for (Plan plan : List.of(everything(), RandomPlans.plan(4, 7L))) {
      for (PlanElement e : plan.elements(kind)) {
        Set<String> targets =
            e.references().stream().map(Reference::targetId).collect(Collectors.toSet());
        Optional<PlanElement> stripped =
            ((AbstractElement) e).withoutReferencesTo(targets::contains);
        stripped.ifPresent(
            s -> {
              assertEquals(e.id(), s.id());
              for (Reference r : s.references()) {
                assertTrue(
                    Set.of("buyIn", "agreements").contains(r.field()),
                    () -> e.id() + " keeps " + r);
              }
            });
        assertEquals(Optional.of(e), ((AbstractElement) e).withoutReferencesTo(id -> false), e::id);
      }
    }
  }

  @Test
  void keepsExtensionsAndPlanAttributes() {
    Plan plan = everything();
    Plan view = plan.publicView();
    assertEquals(PLAN_EXT, view.extensions());
    assertEquals(CRM, view.find("qw-webinar").orElseThrow().extensions());
    assertEquals(plan.id(), view.id());
    assertEquals(plan.name(), view.name());
    assertEquals(plan.team(), view.team());
    assertEquals(plan.period(), view.period());
    assertEquals(plan.vision(), view.vision());
    assertEquals(plan.stakeholders(), view.stakeholders());
    assertEquals(plan.teamMembers(), view.teamMembers());
    assertEquals(
        plan.find("okr-email", Okr.class).orElseThrow().keyResults(),
        view.find("okr-email", Okr.class).orElseThrow().keyResults());
  }

  /** The plan's summary, its vision and every element, as text. */
  private static String fullText(Plan plan) {
    StringBuilder b = new StringBuilder(plan.toString()).append(plan.extensions());
    plan.vision().ifPresent(b::append);
    plan.elements().forEach(b::append);
    return b.toString();
  }

  @Test
  void noInternalIdOrTextAppearsInThePublicViewText() {
    Plan plan = everything();
    List<String> internalIds =
        plan.elements().stream()
            .map(PlanElement::id)
            .filter(id -> id.startsWith("hidden"))
            .collect(toList());
    assertEquals(23, internalIds.size(), internalIds::toString);
    String full = fullText(plan);
    String view = fullText(plan.publicView());
    for (String id : internalIds) {
      assertTrue(full.contains(id), id);
      assertFalse(view.contains(id), () -> id + " appears in the public view: " + view);
    }
    assertFalse(view.contains("hidden"), view);
    assertFalse(view.contains("Secret"), view);
    assertTrue(view.contains("qw-webinar") && view.contains("701-AUTO"), view);
  }

  @Test
  void keyResultsOfAnInternalOkrAreRemovedWithIt() {
    Plan view = everything().publicView();
    assertEquals(Optional.empty(), view.find("hidden-kr"));
    assertEquals(Optional.empty(), view.find("hidden-ms"));
    assertFalse(
        view.find("qbr", ReviewCadence.class).orElseThrow().subjectIds().contains("hidden-kr"));
  }

  @Test
  void publicViewIsIdempotentAndComputedOnce() {
    Plan plan = everything();
    Plan view = plan.publicView();
    assertSame(view, plan.publicView());
    assertEquals(view, view.publicView());
    assertEquals(Plan.builder().from(plan).build().publicView(), view);
  }

  @Test
  void aPlanWithNothingInternalIsItsOwnPublicView() {
    Plan plan =
        Models.plan("p")
            .addStakeholder(Stakeholder.of("sales", "Sales"))
            .addObjective(Models.objective("o").addStakeholderId("sales").build())
            .addQuickWin(Models.quickWin("q").addObjectiveId("o").build())
            .build();
    assertEquals(plan, plan.publicView());
  }
}
