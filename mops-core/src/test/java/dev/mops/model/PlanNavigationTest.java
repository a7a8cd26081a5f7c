package dev.mops.model;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Look-up by id, containers, referrers and the {@code *Of} navigation of {@link Plan}. */
class PlanNavigationTest {

  private static List<String> ids(List<? extends PlanElement> elements) {
    return elements.stream().map(PlanElement::id).collect(toList());
  }

  @Test
  void findReturnsTheFirstElementInDocumentOrderWhenIdsRepeat() {
    Stakeholder sales = Stakeholder.of("dup", "Sales");
    Plan plan =
        Models.plan("mops-2027")
            .addStakeholder(sales)
            .addObjective(Models.objective("dup").build())
            .addOkr(Models.okr("okr-a").addKeyResult(Models.keyResult("dup-kr").build()).build())
            .addNote(Models.note("dup-kr").build())
            .addCapability(Models.capability("solo").build())
            .build();
    assertSame(sales, plan.find("dup").orElseThrow());
    assertEquals(ElementKind.KEY_RESULT, plan.find("dup-kr").orElseThrow().elementKind());
    assertEquals(Set.of("dup", "dup-kr"), plan.duplicateIds());
    assertEquals(List.of("dup", "dup-kr"), List.copyOf(plan.duplicateIds()));
    assertEquals(Optional.empty(), plan.find("nothing"));
  }

  @Test
  void duplicateIdsNamesThePlanIdReusedByAnElement() {
    Plan plan = Models.plan("mops-2027").addSprint(Models.sprint("mops-2027").build()).build();
    assertEquals(Set.of("mops-2027"), plan.duplicateIds());
    assertEquals(
        Set.of(),
        Models.plan("mops-2027").addSprint(Models.sprint("s1").build()).build().duplicateIds());
    // the plan itself is not an element, so find names the sprint
    assertEquals(ElementKind.SPRINT, plan.find("mops-2027").orElseThrow().elementKind());
  }

  @Test
  void findWithATypeFiltersTheFirstElementByType() {
    Plan plan =
        Models.plan("p")
            .addStakeholder(Stakeholder.of("dup", "Sales"))
            .addObjectives(Models.objective("dup").build(), Models.objective("obj").build())
            .build();
    assertEquals(Optional.empty(), plan.find("dup", Objective.class));
    assertEquals("Sales", plan.find("dup", Stakeholder.class).orElseThrow().name());
    assertEquals("obj", plan.find("obj", Objective.class).orElseThrow().id());
    assertEquals(Optional.empty(), plan.find("obj", Capability.class));
    assertTrue(plan.find("obj", PlanElement.class).isPresent());
  }

  @Test
  void nestedElementsAreFoundAndKnowTheirHolder() {
    Milestone ms = Milestone.of("ms-brief", "Brief approved");
    KeyResult kr =
        Models.keyResult("kr-ms").kind(KeyResultKind.MILESTONES).addMilestone(ms).build();
    Okr okr = Models.okr("okr-a").addKeyResult(kr).build();
    ChecklistItem item = ChecklistItem.of("ci-doc", "Document lead routing");
    SuccessIndicator ind =
        Models.successIndicator("ind-docs").kind(IndicatorKind.CHECKLIST).addItem(item).build();
    InternalGoal goal = Models.internalGoal("ig-docs").addIndicator(ind).build();
    Objective top = Models.objective("obj").build();
    Plan plan = Models.plan("p").addObjective(top).addOkr(okr).addInternalGoal(goal).build();

    assertSame(kr, plan.find("kr-ms").orElseThrow());
    assertSame(ms, plan.find("ms-brief").orElseThrow());
    assertSame(ind, plan.find("ind-docs").orElseThrow());
    assertSame(item, plan.find("ci-doc", ChecklistItem.class).orElseThrow());

    assertEquals(Optional.of(okr), plan.containerOf(plan.find("kr-ms").orElseThrow()));
    assertEquals(Optional.of(kr), plan.containerOf(ms));
    assertEquals(Optional.of(goal), plan.containerOf(ind));
    assertEquals(Optional.of(ind), plan.containerOf(item));
    assertEquals(Optional.empty(), plan.containerOf(top));
    assertEquals(Optional.empty(), plan.containerOf(okr));
    assertEquals(Optional.of(okr), plan.okrOf(kr));
    assertEquals(Optional.of(goal), plan.goalOf(ind));
    assertEquals(Optional.empty(), plan.okrOf(Models.keyResult("kr-elsewhere").build()));
    assertEquals(Optional.empty(), plan.goalOf(Models.successIndicator("ind-elsewhere").build()));

    // nested elements come right after their holder
    assertEquals(
        List.of("obj", "okr-a", "kr-ms", "ms-brief", "ig-docs", "ind-docs", "ci-doc"),
        ids(plan.elements()));
  }

  @Test
  void referrersListsEachReferringElementOnceInDocumentOrder() {
    Plan plan =
        Models.plan("p")
            .addStakeholder(Stakeholder.of("sales", "Sales"))
            .addTeamMember(TeamMember.of("ana", "Ana Ruiz"))
            .addObjective(
                Models.objective("obj-b").addStakeholderIds("sales", "sales").owner("ana").build())
            .addObjective(Models.objective("obj-a").addStakeholderId("cmo").build())
            .addKpi(
                Models.kpi("kpi-a")
                    .addAgreement(SignOff.of("sales", "Dana Lee", Models.DAY))
                    .build())
            .addStrategyStep(
                Models.strategyStep("step-a")
                    .parentId("obj-b")
                    .addStakeholderId("sales")
                    .addAssigneeId("ana")
                    .build())
            .addWorkItem(Models.workItem("OPS-1").requestedBy("sales").build())
            .addNote(Models.note("note-1").aboutId("sales").build())
            .build();
    assertEquals(
        List.of("obj-b", "kpi-a", "step-a", "OPS-1", "note-1"), ids(plan.referrers("sales")));
    assertEquals(List.of("obj-b", "step-a"), ids(plan.referrers("ana")));
    assertEquals(List.of("step-a"), ids(plan.referrers("obj-b")));
    assertEquals(List.of("obj-a"), ids(plan.referrers("cmo")));
    assertEquals(List.of(), plan.referrers("obj-a"));
  }

  @Test
  void objectivesOfAQuickWinAreClaimedThenThoseOfItsCapabilitiesEachOnce() {
    Plan plan =
        Models.plan("p")
            .addObjectives(
                Models.objective("o1").build(),
                Models.objective("o2").build(),
                Models.objective("o3").build(),
                Models.objective("o4").build())
            .addCapability(Models.capability("c1").addObjectiveIds("o1", "o2").build())
            .addCapability(Models.capability("c2").addObjectiveIds("o4", "o3", "ghost-obj").build())
            .addQuickWin(
                Models.quickWin("qw")
                    .addObjectiveIds("o3", "ghost-obj", "o1", "c1")
                    .addCapabilityIds("c1", "ghost-cap", "c2", "c1", "o2")
                    .build())
            .build();
    QuickWin qw = plan.find("qw", QuickWin.class).orElseThrow();
    assertEquals(List.of("o3", "o1", "o2", "o4"), ids(plan.objectivesOf(qw)));
    assertEquals(List.of("c1", "c2"), ids(plan.capabilitiesOf(qw)));
    assertEquals(
        List.of("o4", "o3"),
        ids(plan.objectivesOf(plan.find("c2", Capability.class).orElseThrow())));
  }

  @Test
  void quickWinsOfAnObjectiveAreClaimersAndBuildersOfItsCapabilities() {
    Objective o2 = Models.objective("o2").build();
    Plan plan =
        Models.plan("p")
            .addObjectives(Models.objective("o1").build(), o2)
            .addCapability(Models.capability("c1").addObjectiveId("o2").build())
            .addCapability(Models.capability("c2").addObjectiveId("o1").build())
            .addQuickWin(Models.quickWin("qw-claims").addObjectiveId("o2").build())
            .addQuickWin(
                Models.quickWin("qw-other").addObjectiveId("o1").addCapabilityId("c2").build())
            .addQuickWin(Models.quickWin("qw-builds").addCapabilityIds("c2", "c1").build())
            .addQuickWin(
                Models.quickWin("qw-both").addObjectiveId("o2").addCapabilityId("c1").build())
            .addQuickWin(Models.quickWin("qw-ghost").addCapabilityId("ghost").build())
            .build();
    assertEquals(List.of("qw-claims", "qw-builds", "qw-both"), ids(plan.quickWinsOf(o2)));
    assertEquals(List.of("c1"), ids(plan.capabilitiesOf(o2)));
    assertEquals(
        List.of("qw-builds", "qw-both"),
        ids(plan.quickWinsOf(plan.find("c1", Capability.class).orElseThrow())));
    assertEquals(
        List.of("qw-other", "qw-builds"),
        ids(plan.quickWinsOf(plan.find("o1", Objective.class).orElseThrow())));
  }

  @Test
  void stakeholdersOfAndBuildsOnSkipDanglingIds() {
    Objective o = Models.objective("o").addStakeholderIds("ghost", "sales", "sales").build();
    QuickWin template = Models.quickWin("qw-template").build();
    QuickWin nurture = Models.quickWin("qw-nurture").buildsOn("qw-template").build();
    QuickWin orphan = Models.quickWin("qw-orphan").buildsOn("ghost").build();
    Plan plan =
        Models.plan("p")
            .addStakeholder(Stakeholder.of("sales", "Sales"))
            .addObjective(o)
            .addQuickWins(template, nurture, orphan)
            .build();
    assertEquals(List.of("sales"), ids(plan.stakeholdersOf(o)));
    assertEquals(Optional.of(template), plan.buildsOn(nurture));
    assertEquals(Optional.empty(), plan.buildsOn(orphan));
    assertEquals(Optional.empty(), plan.buildsOn(template));
  }

  @Test
  void ancestorsFollowParentsNearestFirst() {
    Okr company = Models.okr("okr-co").level(OkrLevel.COMPANY).build();
    Okr marketing = Models.okr("okr-mkt").level(OkrLevel.MARKETING).parentId("okr-co").build();
    Okr mops = Models.okr("okr-mops").parentId("okr-mkt").build();
    Okr dangling = Models.okr("okr-dangling").parentId("ghost").build();
    Okr toKpi = Models.okr("okr-kpi").parentId("kpi-a").build();
    Plan plan =
        Models.plan("p")
            .addOkrs(mops, marketing, company, dangling, toKpi)
            .addKpi(Models.kpi("kpi-a").build())
            .build();
    assertEquals(List.of("okr-mkt", "okr-co"), ids(plan.ancestorsOf(mops)));
    assertEquals(List.of(), plan.ancestorsOf(company));
    assertEquals(List.of(), plan.ancestorsOf(dangling));
    assertEquals(List.of(), plan.ancestorsOf(toKpi));
    assertEquals(Optional.of(marketing), plan.parentOf(mops));
    assertEquals(Optional.empty(), plan.parentOf(toKpi));
  }

  @Test
  void ancestorsTerminateOnACycle() {
    Okr a = Models.okr("a").parentId("b").build();
    Okr b = Models.okr("b").parentId("a").build();
    Okr self = Models.okr("self").parentId("self").build();
    Okr c = Models.okr("c").parentId("a").build();
    Plan plan = Models.plan("p").addOkrs(a, b, self, c).build();
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertEquals(List.of("b"), ids(plan.ancestorsOf(a)));
          assertEquals(List.of("a"), ids(plan.ancestorsOf(b)));
          assertEquals(List.of(), plan.ancestorsOf(self));
          assertEquals(List.of("a", "b"), ids(plan.ancestorsOf(c)));
        });
  }

  @Test
  void elementsListEveryKindInDocumentOrder() {
    Plan plan =
        Models.plan("p")
            .addNote(Models.note("n").build())
            .addLearningActivity(Models.learningActivity("la").build())
            .addSkill(Skill.of("sk", "SQL"))
            .addDocument(Models.document("doc").build())
            .addRequestTriage(Models.requestTriage("tri").build())
            .addWorkItem(Models.workItem("wi").build())
            .addInternalGoal(Models.internalGoal("ig").build())
            .addReview(Models.review("rev").build())
            .addReviewCadence(Models.reviewCadence("cad").build())
            .addStrategyStep(Models.strategyStep("step").build())
            .addKpi(Models.kpi("kpi").build())
            .addOkr(
                Models.okr("okr")
                    .addKeyResult(Models.keyResult("kr").weight(new BigDecimal("2")).build())
                    .build())
            .addSprint(Models.sprint("spr").build())
            .addQuickWin(Models.quickWin("qw").build())
            .addCapability(Models.capability("cap").build())
            .addObjective(Models.objective("obj").build())
            .addTeamMember(TeamMember.of("tm", "Ana"))
            .addStakeholder(Stakeholder.of("sh", "Sales"))
            .build();
    assertEquals(
        List.of(
            "sh", "tm", "obj", "cap", "qw", "spr", "okr", "kr", "kpi", "step", "cad", "rev", "ig",
            "wi", "tri", "doc", "sk", "la", "n"),
        ids(plan.elements()));
  }
}
