package dev.mops.json.internal;

import static dev.mops.json.internal.Codecs.BOOLEAN;
import static dev.mops.json.internal.Codecs.DATE;
import static dev.mops.json.internal.Codecs.DATE_RANGE;
import static dev.mops.json.internal.Codecs.DAYS;
import static dev.mops.json.internal.Codecs.DECIMAL;
import static dev.mops.json.internal.Codecs.FREQUENCY;
import static dev.mops.json.internal.Codecs.ID;
import static dev.mops.json.internal.Codecs.MONTH;
import static dev.mops.json.internal.Codecs.NON_BLANK;
import static dev.mops.json.internal.Codecs.PERIOD_CODEC;
import static dev.mops.json.internal.Codecs.STRING;
import static dev.mops.json.internal.Codecs.URI_CODEC;
import static dev.mops.json.internal.Codecs.enumCodec;
import static dev.mops.json.internal.Codecs.obj;
import static java.util.Objects.requireNonNull;

import dev.mops.model.ActivityKind;
import dev.mops.model.CadenceKind;
import dev.mops.model.Capability;
import dev.mops.model.CheckIn;
import dev.mops.model.ChecklistItem;
import dev.mops.model.Direction;
import dev.mops.model.Document;
import dev.mops.model.ElementKind;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.IndicatorKind;
import dev.mops.model.InternalGoal;
import dev.mops.model.KeyResult;
import dev.mops.model.KeyResultKind;
import dev.mops.model.Kpi;
import dev.mops.model.KpiKind;
import dev.mops.model.LearningActivity;
import dev.mops.model.Lifecycle;
import dev.mops.model.Milestone;
import dev.mops.model.Note;
import dev.mops.model.Objective;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.QuickWin;
import dev.mops.model.QuickWinStatus;
import dev.mops.model.RequestTriage;
import dev.mops.model.Review;
import dev.mops.model.ReviewCadence;
import dev.mops.model.ReviewFormat;
import dev.mops.model.Scale;
import dev.mops.model.SignOff;
import dev.mops.model.Skill;
import dev.mops.model.Sprint;
import dev.mops.model.Stakeholder;
import dev.mops.model.StrategyStep;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.TeamMember;
import dev.mops.model.TriageDecision;
import dev.mops.model.Visibility;
import dev.mops.model.Vision;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The mops plan document format, version 1.0: every object type with its properties in document
 * order. The reader, the writer, the Jackson bindings, the JSON Schema and the format reference are
 * all made from these definitions, so they cannot disagree. The element kinds come from {@link
 * ElementKind}: the plan's lists are the kinds a plan holds, and each kind's codec is registered
 * once, in the table {@code KINDS} below.
 */
public final class Format {
  private Format() {}

  private static final String OWNER = "Id of the team member who owns it.";
  private static final String VISIBILITY =
      "`PUBLIC` (shared with stakeholders) or `INTERNAL` " + "(left out of the public view).";

  private static final Codec<Lifecycle> LIFECYCLE = enumCodec(Lifecycle.class);
  private static final Codec<Visibility> VISIBILITY_CODEC = enumCodec(Visibility.class);
  private static final Codec<Direction> DIRECTION = enumCodec(Direction.class);
  private static final Codec<OkrLevel> OKR_LEVEL = enumCodec(OkrLevel.class);

  @SuppressWarnings(
      "BigDecimalEquals") // scale matters: only 1 is the default; 1.0 is written back as given
  private static boolean isOne(BigDecimal d) {
    return d.equals(BigDecimal.ONE);
  }

  /** A dated measurement. */
  public static final ObjectCodec<Observation, Object[]> OBSERVATION =
      ObjectCodec.<Observation, Object[]>of(
              Observation.class,
              "observation",
              "A dated measured value.",
              () -> new Object[2],
              a -> new Observation((LocalDate) a[0], (BigDecimal) a[1]))
          .required(
              "on", DATE, Observation::on, (a, v) -> a[0] = v, "The day the value was measured.")
          .required("value", DECIMAL, Observation::value, (a, v) -> a[1] = v, "The value, exact.");

  /** A stakeholder's dated agreement. */
  public static final ObjectCodec<SignOff, Object[]> SIGN_OFF =
      ObjectCodec.<SignOff, Object[]>of(
              SignOff.class,
              "signOff",
              "A stakeholder's dated agreement: a KPI's pre-agreement, an "
                  + "OKR's buy-in, an executive sign-off of the vision.",
              () -> new Object[3],
              a -> new SignOff((String) a[0], (String) a[1], (LocalDate) a[2]))
          .required(
              "stakeholderId",
              ID,
              SignOff::stakeholderId,
              (a, v) -> a[0] = v,
              "Id of the stakeholder who agreed.")
          .required(
              "person",
              NON_BLANK,
              SignOff::person,
              (a, v) -> a[1] = v,
              "The person who signed off.")
          .required("on", DATE, SignOff::on, (a, v) -> a[2] = v, "The day of the agreement.");

  /** The scale of a qualitative key result. */
  public static final ObjectCodec<Scale, Object[]> SCALE =
      ObjectCodec.<Scale, Object[]>of(
              Scale.class,
              "scale",
              "The declared scale of a qualitative key result, e.g. an internal "
                  + "NPS from -100 to 100.",
              () -> new Object[3],
              a -> new Scale((BigDecimal) a[0], (BigDecimal) a[1], (String) a[2]))
          .required(
              "min", DECIMAL, Scale::min, (a, v) -> a[0] = v, "The lowest value on the scale.")
          .required(
              "max",
              DECIMAL,
              Scale::max,
              (a, v) -> a[1] = v,
              "The highest value, greater than `min`.")
          .required(
              "label", NON_BLANK, Scale::label, (a, v) -> a[2] = v, "What the scale measures.");

  /** An OKR held elsewhere. */
  @SuppressWarnings("unchecked")
  public static final ObjectCodec<ExternalOkrRef, Object[]> EXTERNAL_OKR =
      ObjectCodec.<ExternalOkrRef, Object[]>of(
              ExternalOkrRef.class,
              "externalOkr",
              "An OKR held in another system that an OKR aligns to.",
              () -> new Object[4],
              a ->
                  new ExternalOkrRef(
                      (String) a[0],
                      (String) a[1],
                      (OkrLevel) a[2],
                      Optional.ofNullable((URI) a[3])))
          .required(
              "id",
              NON_BLANK,
              ExternalOkrRef::id,
              (a, v) -> a[0] = v,
              "The id in the other system.")
          .required(
              "title", NON_BLANK, ExternalOkrRef::title, (a, v) -> a[1] = v, "The OKR's title.")
          .required("level", OKR_LEVEL, ExternalOkrRef::level, (a, v) -> a[2] = v, "Its level.")
          .optional(
              "uri", URI_CODEC, ExternalOkrRef::uri, (a, v) -> a[3] = v, "Where it can be seen.");

  /** A measurable target. */
  public static final ObjectCodec<Target, Target.Builder> TARGET =
      ObjectCodec.of(
              Target.class,
              "target",
              "A measurable target: metric, unit, baseline, target value, direction.",
              Target::builder,
              Target.Builder::build)
          .required(
              "metric", NON_BLANK, Target::metric, Target.Builder::metric, "What is measured.")
          .required(
              "unit", NON_BLANK, Target::unit, Target.Builder::unit, "The unit, e.g. `%` or `USD`.")
          .optional(
              "baseline",
              DECIMAL,
              Target::baseline,
              Target.Builder::baseline,
              "Where the metric stands at the start.")
          .required("value", DECIMAL, Target::value, Target.Builder::value, "The target value.")
          .required(
              "direction",
              DIRECTION,
              Target::direction,
              Target.Builder::direction,
              "Which way is better.")
          .optional(
              "due", DATE, Target::due, Target.Builder::due, "The day by which it should be met.")
          .list(
              "observations",
              OBSERVATION,
              Target::observations,
              Target.Builder::observations,
              "Dated measurements of the metric.");

  /** The team's vision. */
  public static final ObjectCodec<Vision, Vision.Builder> VISION =
      ObjectCodec.of(
              Vision.class,
              "vision",
              "The team's written vision and plan of action, signed off by executives.",
              Vision::builder,
              Vision.Builder::build)
          .required(
              "statement",
              NON_BLANK,
              Vision::statement,
              Vision.Builder::statement,
              "The vision in a sentence or two.")
          .list(
              "planOfAction",
              NON_BLANK,
              Vision::planOfAction,
              Vision.Builder::planOfAction,
              "The plan of action, step by step.")
          .list(
              "coCreatedBy",
              ID,
              Vision::coCreatedBy,
              Vision.Builder::coCreatedBy,
              "Ids of the team members who co-created it.")
          .list(
              "signOffs",
              SIGN_OFF,
              Vision::signOffs,
              Vision.Builder::signOffs,
              "Executive sign-offs.")
          .extensions(Vision::extensions, Vision.Builder::extensions);

  /** A stakeholder. */
  public static final ObjectCodec<Stakeholder, Stakeholder.Builder> STAKEHOLDER =
      ObjectCodec.of(
              Stakeholder.class,
              "stakeholder",
              "An internal partner whose objectives the team serves.",
              Stakeholder::builder,
              Stakeholder.Builder::build)
          .required("id", ID, Stakeholder::id, Stakeholder.Builder::id, "Unique id.")
          .required(
              "name",
              NON_BLANK,
              Stakeholder::name,
              Stakeholder.Builder::name,
              "The name, e.g. `Sales`.")
          .optional(
              "department",
              STRING,
              Stakeholder::department,
              Stakeholder.Builder::department,
              "The department or function.")
          .optional(
              "contact",
              STRING,
              Stakeholder::contact,
              Stakeholder.Builder::contact,
              "The person to talk to.")
          .extensions(Stakeholder::extensions, Stakeholder.Builder::extensions);

  /** A team member. */
  public static final ObjectCodec<TeamMember, TeamMember.Builder> TEAM_MEMBER =
      ObjectCodec.of(
              TeamMember.class,
              "teamMember",
              "A member of the MOps team.",
              TeamMember::builder,
              TeamMember.Builder::build)
          .required("id", ID, TeamMember::id, TeamMember.Builder::id, "Unique id.")
          .required(
              "name", NON_BLANK, TeamMember::name, TeamMember.Builder::name, "The member's name.")
          .optional("role", STRING, TeamMember::role, TeamMember.Builder::role, "The role.")
          .defaulted(
              "active",
              BOOLEAN,
              TeamMember::active,
              TeamMember.Builder::active,
              TeamMember::active,
              true,
              "Whether the member is currently on the team.")
          .extensions(TeamMember::extensions, TeamMember.Builder::extensions);

  /** An objective. */
  public static final ObjectCodec<Objective, Objective.Builder> OBJECTIVE =
      ObjectCodec.of(
              Objective.class,
              "objective",
              "A stakeholder's measurable objective that the team serves.",
              Objective::builder,
              Objective.Builder::build)
          .required("id", ID, Objective::id, Objective.Builder::id, "Unique id.")
          .required(
              "title",
              NON_BLANK,
              Objective::title,
              Objective.Builder::title,
              "The objective as the stakeholder states it.")
          .list(
              "stakeholderIds",
              ID,
              Objective::stakeholderIds,
              Objective.Builder::stakeholderIds,
              "Ids of the stakeholders whose objective it is.")
          .optional(
              "target",
              TARGET,
              Objective::target,
              Objective.Builder::target,
              "The measurable target.")
          .optional(
              "longTermVision",
              STRING,
              Objective::longTermVision,
              Objective.Builder::longTermVision,
              "The long-term vision it leads to.")
          .optional(
              "period",
              DATE_RANGE,
              Objective::period,
              Objective.Builder::period,
              "The days it runs, if narrower than the plan's period.")
          .optional("owner", ID, Objective::owner, Objective.Builder::owner, OWNER)
          .defaulted(
              "status",
              LIFECYCLE,
              Objective::status,
              Objective.Builder::status,
              o -> o.status() == Lifecycle.ACTIVE,
              "ACTIVE",
              "Where it is in its lifecycle.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              Objective::visibility,
              Objective.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(Objective::extensions, Objective.Builder::extensions);

  /** A capability. */
  public static final ObjectCodec<Capability, Capability.Builder> CAPABILITY =
      ObjectCodec.of(
              Capability.class,
              "capability",
              "What the team must build to serve objectives.",
              Capability::builder,
              Capability.Builder::build)
          .required("id", ID, Capability::id, Capability.Builder::id, "Unique id.")
          .required("name", NON_BLANK, Capability::name, Capability.Builder::name, "The name.")
          .optional(
              "description",
              STRING,
              Capability::description,
              Capability.Builder::description,
              "What it is and what it enables.")
          .list(
              "objectiveIds",
              ID,
              Capability::objectiveIds,
              Capability.Builder::objectiveIds,
              "Ids of the objectives it supports.")
          .optional(
              "estimatedBuild",
              PERIOD_CODEC,
              Capability::estimatedBuild,
              Capability.Builder::estimatedBuild,
              "How long building it should take, positive.")
          .optional("owner", ID, Capability::owner, Capability.Builder::owner, OWNER)
          .defaulted(
              "status",
              LIFECYCLE,
              Capability::status,
              Capability.Builder::status,
              o -> o.status() == Lifecycle.ACTIVE,
              "ACTIVE",
              "Where it is in its lifecycle.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              Capability::visibility,
              Capability.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(Capability::extensions, Capability.Builder::extensions);

  /** A quick win. */
  public static final ObjectCodec<QuickWin, QuickWin.Builder> QUICK_WIN =
      ObjectCodec.of(
              QuickWin.class,
              "quickWin",
              "A small deliverable shipped within one monthly sprint.",
              QuickWin::builder,
              QuickWin.Builder::build)
          .required("id", ID, QuickWin::id, QuickWin.Builder::id, "Unique id.")
          .required("title", NON_BLANK, QuickWin::title, QuickWin.Builder::title, "What ships.")
          .list(
              "capabilityIds",
              ID,
              QuickWin::capabilityIds,
              QuickWin.Builder::capabilityIds,
              "Ids of the capabilities it builds.")
          .list(
              "objectiveIds",
              ID,
              QuickWin::objectiveIds,
              QuickWin.Builder::objectiveIds,
              "Ids of objectives it claims to serve directly.")
          .required(
              "plannedMonth",
              MONTH,
              QuickWin::plannedMonth,
              QuickWin.Builder::plannedMonth,
              "The month it is planned to ship in.")
          .optional(
              "buildsOn",
              ID,
              QuickWin::buildsOn,
              QuickWin.Builder::buildsOn,
              "Id of the earlier quick win it builds on.")
          .optional(
              "launchedOn",
              DATE,
              QuickWin::launchedOn,
              QuickWin.Builder::launchedOn,
              "The day it launched; required when the status is `LAUNCHED`.")
          .defaulted(
              "status",
              enumCodec(QuickWinStatus.class),
              QuickWin::status,
              QuickWin.Builder::status,
              q ->
                  q.status()
                      == (q.launchedOn().isPresent()
                          ? QuickWinStatus.LAUNCHED
                          : QuickWinStatus.PLANNED),
              null,
              "The outcome; by default `LAUNCHED` when `launchedOn` is set, else `PLANNED`.")
          .optional(
              "outcomeNote",
              STRING,
              QuickWin::outcomeNote,
              QuickWin.Builder::outcomeNote,
              "Why it was missed or cancelled.")
          .optional("owner", ID, QuickWin::owner, QuickWin.Builder::owner, OWNER)
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              QuickWin::visibility,
              QuickWin.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(QuickWin::extensions, QuickWin.Builder::extensions);

  /** A sprint. */
  public static final ObjectCodec<Sprint, Sprint.Builder> SPRINT =
      ObjectCodec.of(
              Sprint.class,
              "sprint",
              "A unit of delivery, one calendar month by default.",
              Sprint::builder,
              Sprint.Builder::build)
          .required("id", ID, Sprint::id, Sprint.Builder::id, "Unique id.")
          .optional("name", NON_BLANK, Sprint::name, Sprint.Builder::name, "A name.")
          .required(
              "range", DATE_RANGE, Sprint::range, Sprint.Builder::range, "The days of the sprint.")
          .optional("goal", STRING, Sprint::goal, Sprint.Builder::goal, "What it aims to deliver.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              Sprint::visibility,
              Sprint.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(Sprint::extensions, Sprint.Builder::extensions);

  /** A milestone of a key result. */
  public static final ObjectCodec<Milestone, Milestone.Builder> MILESTONE =
      ObjectCodec.of(
              Milestone.class,
              "milestone",
              "A milestone of a milestone key result.",
              Milestone::builder,
              Milestone.Builder::build)
          .required("id", ID, Milestone::id, Milestone.Builder::id, "Unique id.")
          .required(
              "title", NON_BLANK, Milestone::title, Milestone.Builder::title, "What is reached.")
          .optional("due", DATE, Milestone::due, Milestone.Builder::due, "When it is due.")
          .optional(
              "doneOn", DATE, Milestone::doneOn, Milestone.Builder::doneOn, "When it was done.")
          .defaulted(
              "weight",
              DECIMAL,
              Milestone::weight,
              Milestone.Builder::weight,
              m -> isOne(m.weight()),
              1,
              "Its weight among the milestones, at least 0.")
          .extensions(Milestone::extensions, Milestone.Builder::extensions);

  /** A check-in of a key result. */
  public static final ObjectCodec<CheckIn, CheckIn.Builder> CHECK_IN =
      ObjectCodec.of(
              CheckIn.class,
              "checkIn",
              "A dated update of a key result.",
              CheckIn::builder,
              CheckIn.Builder::build)
          .required("on", DATE, CheckIn::on, CheckIn.Builder::on, "The day of the check-in.")
          .optional("value", DECIMAL, CheckIn::value, CheckIn.Builder::value, "The measured value.")
          .optional(
              "confidence",
              DECIMAL,
              CheckIn::confidence,
              CheckIn.Builder::confidence,
              "Confidence that the key result will be met, 0 to 1.")
          .optional("note", STRING, CheckIn::note, CheckIn.Builder::note, "What the owner said.");

  /** A key result. */
  public static final ObjectCodec<KeyResult, KeyResult.Builder> KEY_RESULT =
      ObjectCodec.of(
              KeyResult.class,
              "keyResult",
              "A measurable result of an OKR.",
              KeyResult::builder,
              KeyResult.Builder::build)
          .required("id", ID, KeyResult::id, KeyResult.Builder::id, "Unique id.")
          .required(
              "title",
              NON_BLANK,
              KeyResult::title,
              KeyResult.Builder::title,
              "The result as stated.")
          .required(
              "kind",
              enumCodec(KeyResultKind.class),
              KeyResult::kind,
              KeyResult.Builder::kind,
              "How it is measured.")
          .defaulted(
              "direction",
              DIRECTION,
              KeyResult::direction,
              KeyResult.Builder::direction,
              k ->
                  k.direction()
                      == (k.kind() == KeyResultKind.THRESHOLD
                          ? Direction.AT_OR_ABOVE
                          : Direction.INCREASE),
              null,
              "Which way is better: `INCREASE` or `DECREASE` for a metric, `AT_OR_ABOVE` or "
                  + "`AT_OR_BELOW` for a threshold, any of the four for a qualitative key result "
                  + "(a threshold on its scale, such as an internal NPS of at least 30); by "
                  + "default `AT_OR_ABOVE` for a threshold, else `INCREASE`.")
          .optional(
              "start",
              DECIMAL,
              KeyResult::start,
              KeyResult.Builder::start,
              "Where it starts; a qualitative key result without one starts at the end of its "
                  + "scale, and a threshold needs none.")
          .optional(
              "target",
              DECIMAL,
              KeyResult::target,
              KeyResult.Builder::target,
              "The target value or threshold.")
          .optional("unit", NON_BLANK, KeyResult::unit, KeyResult.Builder::unit, "The unit.")
          .optional(
              "scale",
              SCALE,
              KeyResult::scale,
              KeyResult.Builder::scale,
              "The scale of a qualitative key result.")
          .list(
              "milestones",
              MILESTONE,
              KeyResult::milestones,
              KeyResult.Builder::milestones,
              "The milestones of a milestone key result.")
          .optional(
              "doneOn",
              DATE,
              KeyResult::doneOn,
              KeyResult.Builder::doneOn,
              "When a binary key result was done.")
          .list(
              "checkIns",
              CHECK_IN,
              KeyResult::checkIns,
              KeyResult.Builder::checkIns,
              "Dated updates.")
          .defaulted(
              "weight",
              DECIMAL,
              KeyResult::weight,
              KeyResult.Builder::weight,
              k -> isOne(k.weight()),
              1,
              "Its weight in the OKR score, at least 0.")
          .extensions(KeyResult::extensions, KeyResult.Builder::extensions);

  /** An OKR. */
  public static final ObjectCodec<Okr, Okr.Builder> OKR =
      ObjectCodec.of(
              Okr.class,
              "okr",
              "An objective with key results, at a level.",
              Okr::builder,
              Okr.Builder::build)
          .required("id", ID, Okr::id, Okr.Builder::id, "Unique id.")
          .required("title", NON_BLANK, Okr::title, Okr.Builder::title, "The objective.")
          .required("level", OKR_LEVEL, Okr::level, Okr.Builder::level, "The level it is set at.")
          .optional(
              "parentId",
              ID,
              Okr::parentId,
              Okr.Builder::parentId,
              "Id of the parent OKR in this plan; at most one of this and `externalParent`.")
          .optional(
              "externalParent",
              EXTERNAL_OKR,
              Okr::externalParent,
              Okr.Builder::externalParent,
              "The parent OKR held elsewhere.")
          .list(
              "keyResults",
              KEY_RESULT,
              Okr::keyResults,
              Okr.Builder::keyResults,
              "The key results.")
          .required("period", DATE_RANGE, Okr::period, Okr.Builder::period, "The days it runs.")
          .optional("owner", ID, Okr::owner, Okr.Builder::owner, OWNER)
          .list("buyIn", SIGN_OFF, Okr::buyIn, Okr.Builder::buyIn, "Stakeholder buy-in, dated.")
          .defaulted(
              "status",
              LIFECYCLE,
              Okr::status,
              Okr.Builder::status,
              o -> o.status() == Lifecycle.ACTIVE,
              "ACTIVE",
              "Where it is in its lifecycle.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              Okr::visibility,
              Okr.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(Okr::extensions, Okr.Builder::extensions);

  /** A KPI. */
  public static final ObjectCodec<Kpi, Kpi.Builder> KPI =
      ObjectCodec.of(
              Kpi.class,
              "kpi",
              "An ongoing health metric with a definition and a target.",
              Kpi::builder,
              Kpi.Builder::build)
          .required("id", ID, Kpi::id, Kpi.Builder::id, "Unique id.")
          .required("name", NON_BLANK, Kpi::name, Kpi.Builder::name, "The name.")
          .required(
              "definition",
              NON_BLANK,
              Kpi::definition,
              Kpi.Builder::definition,
              "How it is computed, in words.")
          .optional("measure", NON_BLANK, Kpi::measure, Kpi.Builder::measure, "What is counted.")
          .required("unit", NON_BLANK, Kpi::unit, Kpi.Builder::unit, "The unit.")
          .defaulted(
              "kind",
              enumCodec(KpiKind.class),
              Kpi::kind,
              Kpi.Builder::kind,
              k -> k.kind() == KpiKind.UNSPECIFIED,
              "UNSPECIFIED",
              "Outcome or output.")
          .optional(
              "targetValue",
              DECIMAL,
              Kpi::targetValue,
              Kpi.Builder::targetValue,
              "The target value.")
          .defaulted(
              "direction",
              DIRECTION,
              Kpi::direction,
              Kpi.Builder::direction,
              k -> k.direction() == Direction.AT_OR_ABOVE,
              "AT_OR_ABOVE",
              "Which side of the target is good.")
          .list(
              "agreements",
              SIGN_OFF,
              Kpi::agreements,
              Kpi.Builder::agreements,
              "Who agreed to the KPI, and when.")
          .list(
              "observations",
              OBSERVATION,
              Kpi::observations,
              Kpi.Builder::observations,
              "Dated values of the KPI.")
          .optional("owner", ID, Kpi::owner, Kpi.Builder::owner, OWNER)
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              Kpi::visibility,
              Kpi.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(Kpi::extensions, Kpi.Builder::extensions);

  /** A strategy step. */
  public static final ObjectCodec<StrategyStep, StrategyStep.Builder> STRATEGY_STEP =
      ObjectCodec.of(
              StrategyStep.class,
              "strategyStep",
              "An actionable step of the strategy.",
              StrategyStep::builder,
              StrategyStep.Builder::build)
          .required("id", ID, StrategyStep::id, StrategyStep.Builder::id, "Unique id.")
          .required(
              "title",
              NON_BLANK,
              StrategyStep::title,
              StrategyStep.Builder::title,
              "What is to be done.")
          .required(
              "parentId",
              ID,
              StrategyStep::parentId,
              StrategyStep.Builder::parentId,
              "Id of the objective or capability it belongs to.")
          .list(
              "stakeholderIds",
              ID,
              StrategyStep::stakeholderIds,
              StrategyStep.Builder::stakeholderIds,
              "Ids of the stakeholders it serves.")
          .list(
              "assigneeIds",
              ID,
              StrategyStep::assigneeIds,
              StrategyStep.Builder::assigneeIds,
              "Ids of the team members assigned.")
          .optional(
              "kpiId",
              ID,
              StrategyStep::kpiId,
              StrategyStep.Builder::kpiId,
              "Id of the KPI it should move.")
          .optional(
              "expectedDirection",
              DIRECTION,
              StrategyStep::expectedDirection,
              StrategyStep.Builder::expectedDirection,
              "Which way the KPI should move.")
          .optional(
              "doneOn",
              DATE,
              StrategyStep::doneOn,
              StrategyStep.Builder::doneOn,
              "The day it was checked off.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              StrategyStep::visibility,
              StrategyStep.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(StrategyStep::extensions, StrategyStep.Builder::extensions);

  /** A review cadence. */
  public static final ObjectCodec<ReviewCadence, ReviewCadence.Builder> REVIEW_CADENCE =
      ObjectCodec.of(
              ReviewCadence.class,
              "reviewCadence",
              "A recurring review or communication.",
              ReviewCadence::builder,
              ReviewCadence.Builder::build)
          .required("id", ID, ReviewCadence::id, ReviewCadence.Builder::id, "Unique id.")
          .required(
              "name", NON_BLANK, ReviewCadence::name, ReviewCadence.Builder::name, "The name.")
          .required(
              "kind",
              enumCodec(CadenceKind.class),
              ReviewCadence::kind,
              ReviewCadence.Builder::kind,
              "What it is for.")
          .required(
              "frequency",
              FREQUENCY,
              ReviewCadence::frequency,
              ReviewCadence.Builder::frequency,
              "How often it recurs.")
          .defaulted(
              "format",
              enumCodec(ReviewFormat.class),
              ReviewCadence::format,
              ReviewCadence.Builder::format,
              c -> c.format() == ReviewFormat.MEETING,
              "MEETING",
              "How it is delivered.")
          .list(
              "audience",
              ID,
              ReviewCadence::audience,
              ReviewCadence.Builder::audience,
              "Ids of the stakeholders it is for.")
          .list(
              "subjectIds",
              ID,
              ReviewCadence::subjectIds,
              ReviewCadence.Builder::subjectIds,
              "Ids of the elements it reviews.")
          .optional(
              "startsOn",
              DATE,
              ReviewCadence::startsOn,
              ReviewCadence.Builder::startsOn,
              "The first day of its first window; the plan's start when absent.")
          .defaulted(
              "graceDays",
              DAYS,
              ReviewCadence::graceDays,
              ReviewCadence.Builder::graceDays,
              c -> c.graceDays() == 0,
              0,
              "Days after a window in which a review still counts, 0 to 366.")
          .optional(
              "owner",
              ID,
              ReviewCadence::owner,
              ReviewCadence.Builder::owner,
              "Id of the team member who runs it.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              ReviewCadence::visibility,
              ReviewCadence.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(ReviewCadence::extensions, ReviewCadence.Builder::extensions);

  /** A review held. */
  public static final ObjectCodec<Review, Review.Builder> REVIEW =
      ObjectCodec.of(
              Review.class,
              "review",
              "A review that was held.",
              Review::builder,
              Review.Builder::build)
          .required("id", ID, Review::id, Review.Builder::id, "Unique id.")
          .required(
              "cadenceId",
              ID,
              Review::cadenceId,
              Review.Builder::cadenceId,
              "Id of the cadence it belongs to.")
          .required("heldOn", DATE, Review::heldOn, Review.Builder::heldOn, "The day it was held.")
          .required(
              "covers", DATE_RANGE, Review::covers, Review.Builder::covers, "The period it covers.")
          .list(
              "kpiIds",
              ID,
              Review::kpiIds,
              Review.Builder::kpiIds,
              "Ids of the KPIs reviewed at it.")
          .optional(
              "summary",
              STRING,
              Review::summary,
              Review.Builder::summary,
              "What was said or decided.")
          .defaulted(
              "visibility",
              VISIBILITY_CODEC,
              Review::visibility,
              Review.Builder::visibility,
              o -> o.visibility() == Visibility.PUBLIC,
              "PUBLIC",
              VISIBILITY)
          .extensions(Review::extensions, Review.Builder::extensions);

  /** A checklist item. */
  public static final ObjectCodec<ChecklistItem, ChecklistItem.Builder> CHECKLIST_ITEM =
      ObjectCodec.of(
              ChecklistItem.class,
              "checklistItem",
              "One item of a checklist indicator. Always internal.",
              ChecklistItem::builder,
              ChecklistItem.Builder::build)
          .required("id", ID, ChecklistItem::id, ChecklistItem.Builder::id, "Unique id.")
          .required(
              "title",
              NON_BLANK,
              ChecklistItem::title,
              ChecklistItem.Builder::title,
              "What is to be done.")
          .optional(
              "doneOn",
              DATE,
              ChecklistItem::doneOn,
              ChecklistItem.Builder::doneOn,
              "When it was done.")
          .extensions(ChecklistItem::extensions, ChecklistItem.Builder::extensions);

  /** A success indicator. */
  public static final ObjectCodec<SuccessIndicator, SuccessIndicator.Builder> SUCCESS_INDICATOR =
      ObjectCodec.of(
              SuccessIndicator.class,
              "successIndicator",
              "One \"how do we know we've achieved this\" of an internal goal. "
                  + "Always internal.",
              SuccessIndicator::builder,
              SuccessIndicator.Builder::build)
          .required("id", ID, SuccessIndicator::id, SuccessIndicator.Builder::id, "Unique id.")
          .required(
              "description",
              NON_BLANK,
              SuccessIndicator::description,
              SuccessIndicator.Builder::description,
              "How we know, in words.")
          .required(
              "kind",
              enumCodec(IndicatorKind.class),
              SuccessIndicator::kind,
              SuccessIndicator.Builder::kind,
              "How it is judged.")
          .optional(
              "target",
              TARGET,
              SuccessIndicator::target,
              SuccessIndicator.Builder::target,
              "The target of a measured indicator.")
          .list(
              "items",
              CHECKLIST_ITEM,
              SuccessIndicator::items,
              SuccessIndicator.Builder::items,
              "The items of a checklist indicator.")
          .extensions(SuccessIndicator::extensions, SuccessIndicator.Builder::extensions);

  /** An internal goal. */
  public static final ObjectCodec<InternalGoal, InternalGoal.Builder> INTERNAL_GOAL =
      ObjectCodec.of(
              InternalGoal.class,
              "internalGoal",
              "A bottom-up goal seen only by the team. Always internal.",
              InternalGoal::builder,
              InternalGoal.Builder::build)
          .required("id", ID, InternalGoal::id, InternalGoal.Builder::id, "Unique id.")
          .required(
              "title",
              NON_BLANK,
              InternalGoal::title,
              InternalGoal.Builder::title,
              "What success looks like.")
          .list(
              "indicators",
              SUCCESS_INDICATOR,
              InternalGoal::indicators,
              InternalGoal.Builder::indicators,
              "How we know we've achieved it.")
          .optional("owner", ID, InternalGoal::owner, InternalGoal.Builder::owner, OWNER)
          .defaulted(
              "status",
              LIFECYCLE,
              InternalGoal::status,
              InternalGoal.Builder::status,
              o -> o.status() == Lifecycle.ACTIVE,
              "ACTIVE",
              "Where it is in its lifecycle.")
          .extensions(InternalGoal::extensions, InternalGoal.Builder::extensions);

  /** A work item. */
  public static final ObjectCodec<WorkItem, WorkItem.Builder> WORK_ITEM =
      ObjectCodec.of(
              WorkItem.class,
              "workItem",
              "A ticket of team work. Always internal.",
              WorkItem::builder,
              WorkItem.Builder::build)
          .required("id", ID, WorkItem::id, WorkItem.Builder::id, "Unique id, e.g. the ticket key.")
          .optional("title", STRING, WorkItem::title, WorkItem.Builder::title, "A short title.")
          .required(
              "createdOn",
              DATE,
              WorkItem::createdOn,
              WorkItem.Builder::createdOn,
              "The day the ticket was created.")
          .required(
              "kind",
              enumCodec(WorkKind.class),
              WorkItem::kind,
              WorkItem.Builder::kind,
              "Planned roadmap work or an ad-hoc request.")
          .required(
              "urgent",
              BOOLEAN,
              WorkItem::urgent,
              WorkItem.Builder::urgent,
              "Whether it was urgent.")
          .optional(
              "hours",
              DECIMAL,
              WorkItem::hours,
              WorkItem.Builder::hours,
              "Hours spent, at least 0.")
          .optional(
              "storyPoints",
              DECIMAL,
              WorkItem::storyPoints,
              WorkItem.Builder::storyPoints,
              "Story points, at least 0.")
          .required(
              "visionAligned",
              BOOLEAN,
              WorkItem::visionAligned,
              WorkItem.Builder::visionAligned,
              "Whether it served the team's vision.")
          .optional(
              "requestedBy",
              ID,
              WorkItem::requestedBy,
              WorkItem.Builder::requestedBy,
              "Id of the stakeholder who asked for it.")
          .optional(
              "assignee",
              ID,
              WorkItem::assignee,
              WorkItem.Builder::assignee,
              "Id of the team member who did it.")
          .extensions(WorkItem::extensions, WorkItem.Builder::extensions);

  /** A request triage. */
  public static final ObjectCodec<RequestTriage, RequestTriage.Builder> REQUEST_TRIAGE =
      ObjectCodec.of(
              RequestTriage.class,
              "requestTriage",
              "The triage of an incoming request. Always internal.",
              RequestTriage::builder,
              RequestTriage.Builder::build)
          .required("id", ID, RequestTriage::id, RequestTriage.Builder::id, "Unique id.")
          .required(
              "workItemId",
              ID,
              RequestTriage::workItemId,
              RequestTriage.Builder::workItemId,
              "Id of the work item the request became.")
          .optional(
              "requestedBy",
              ID,
              RequestTriage::requestedBy,
              RequestTriage.Builder::requestedBy,
              "Id of the stakeholder who asked.")
          .required(
              "receivedOn",
              DATE,
              RequestTriage::receivedOn,
              RequestTriage.Builder::receivedOn,
              "When the request came in.")
          .optional(
              "purpose",
              STRING,
              RequestTriage::purpose,
              RequestTriage.Builder::purpose,
              "What is it for?")
          .optional(
              "urgencyReason",
              STRING,
              RequestTriage::urgencyReason,
              RequestTriage.Builder::urgencyReason,
              "Why is it needed so quickly?")
          .optional(
              "impact",
              STRING,
              RequestTriage::impact,
              RequestTriage.Builder::impact,
              "What's the impact?")
          .defaulted(
              "decision",
              enumCodec(TriageDecision.class),
              RequestTriage::decision,
              RequestTriage.Builder::decision,
              t -> t.decision() == TriageDecision.PENDING,
              "PENDING",
              "The decision.")
          .optional(
              "decidedOn",
              DATE,
              RequestTriage::decidedOn,
              RequestTriage.Builder::decidedOn,
              "When it was decided.")
          .extensions(RequestTriage::extensions, RequestTriage.Builder::extensions);

  /** A document on the documentation list. */
  public static final ObjectCodec<Document, Document.Builder> DOCUMENT =
      ObjectCodec.of(
              Document.class,
              "document",
              "A document on the documentation list. Always internal.",
              Document::builder,
              Document.Builder::build)
          .required("id", ID, Document::id, Document.Builder::id, "Unique id.")
          .required("title", NON_BLANK, Document::title, Document.Builder::title, "The title.")
          .optional(
              "writtenOn",
              DATE,
              Document::writtenOn,
              Document.Builder::writtenOn,
              "When it was first written.")
          .optional(
              "lastReviewedOn",
              DATE,
              Document::lastReviewedOn,
              Document.Builder::lastReviewedOn,
              "When it was last reviewed.")
          .optional(
              "reviewEvery",
              PERIOD_CODEC,
              Document::reviewEvery,
              Document.Builder::reviewEvery,
              "How often it should be reviewed, positive.")
          .optional(
              "owner",
              ID,
              Document::owner,
              Document.Builder::owner,
              "Id of the team member who keeps it.")
          .extensions(Document::extensions, Document.Builder::extensions);

  /** A skill on the development list. */
  public static final ObjectCodec<Skill, Skill.Builder> SKILL =
      ObjectCodec.of(
              Skill.class,
              "skill",
              "A skill on the professional-development list. Always internal.",
              Skill::builder,
              Skill.Builder::build)
          .required("id", ID, Skill::id, Skill.Builder::id, "Unique id.")
          .required("name", NON_BLANK, Skill::name, Skill.Builder::name, "The skill or topic.")
          .optional(
              "description",
              STRING,
              Skill::description,
              Skill.Builder::description,
              "Why the team wants it.")
          .extensions(Skill::extensions, Skill.Builder::extensions);

  /** A learning activity. */
  public static final ObjectCodec<LearningActivity, LearningActivity.Builder> LEARNING_ACTIVITY =
      ObjectCodec.of(
              LearningActivity.class,
              "learningActivity",
              "Something a member did to improve in a skill. Always internal.",
              LearningActivity::builder,
              LearningActivity.Builder::build)
          .required("id", ID, LearningActivity::id, LearningActivity.Builder::id, "Unique id.")
          .required(
              "memberId",
              ID,
              LearningActivity::memberId,
              LearningActivity.Builder::memberId,
              "Id of the team member who did it.")
          .list(
              "skillIds",
              ID,
              LearningActivity::skillIds,
              LearningActivity.Builder::skillIds,
              "Ids of the skills it improved.")
          .required(
              "on",
              DATE,
              LearningActivity::on,
              LearningActivity.Builder::on,
              "The day of the activity.")
          .required(
              "kind",
              enumCodec(ActivityKind.class),
              LearningActivity::kind,
              LearningActivity.Builder::kind,
              "What kind of activity.")
          .optional(
              "title",
              STRING,
              LearningActivity::title,
              LearningActivity.Builder::title,
              "Its title.")
          .extensions(LearningActivity::extensions, LearningActivity.Builder::extensions);

  /** An internal note. */
  public static final ObjectCodec<Note, Note.Builder> NOTE =
      ObjectCodec.of(
              Note.class,
              "note",
              "An internal note. Always internal.",
              Note::builder,
              Note.Builder::build)
          .required("id", ID, Note::id, Note.Builder::id, "Unique id.")
          .required("text", NON_BLANK, Note::text, Note.Builder::text, "The note.")
          .optional(
              "aboutId", ID, Note::aboutId, Note.Builder::aboutId, "Id of the element it is about.")
          .optional("on", DATE, Note::on, Note.Builder::on, "The day it was written.")
          .optional(
              "author",
              ID,
              Note::author,
              Note.Builder::author,
              "Id of the team member who wrote it.")
          .extensions(Note::extensions, Note.Builder::extensions);

  /** The {@code formatVersion} of a plan document. */
  private static final Codec<Object> FORMAT_VERSION =
      new Codec<>() {
        @Override
        public Object read(Reading in) {
          String s = in.string(this);
          FormatVersion v =
              FormatVersion.parse(s)
                  .orElseThrow(() -> in.invalid(expected(), Reading.quote(s), null));
          if (v.major() != FormatVersion.READER.major()) {
            throw in.error(
                "format "
                    + v
                    + " is not supported: "
                    + (v.major() > FormatVersion.READER.major()
                        ? "the document was written by a newer mops; "
                        : "")
                    + "this reader reads format "
                    + FormatVersion.READER
                    + " and later minor versions of "
                    + FormatVersion.READER.major()
                    + ".x",
                Optional.of(expected()),
                Optional.empty());
          }
          in.version(v);
          return v;
        }

        @Override
        public void write(JsonGenerator g, Object value) {
          g.writeString(FormatVersion.READER.toString());
        }

        @Override
        public String expected() {
          return "a format version "
              + FormatVersion.READER.major()
              + ".minor, like "
              + FormatVersion.READER;
        }

        @Override
        public Map<String, Object> schema() {
          return obj(
              "type",
              "string",
              "pattern",
              "^" + FormatVersion.READER.major() + "\\.(0|[1-9][0-9]{0,8})$");
        }

        @Override
        public String docType() {
          return "version";
        }
      };

  /**
   * The format of each element kind, in one table: its codec, for the kinds a plan holds directly
   * the meaning of the plan's list, and the object types the format reference lists right after it.
   * The plan's lists, the bindings, the schema and the reference are made from it and {@link
   * ElementKind}; a kind without an entry fails here, when the format is loaded.
   */
  private static final Map<ElementKind, KindFormat> KINDS =
      kinds(
          kind(ElementKind.STAKEHOLDER, STAKEHOLDER, "The internal partners the team serves."),
          kind(ElementKind.TEAM_MEMBER, TEAM_MEMBER, "The team."),
          kind(
              ElementKind.OBJECTIVE,
              OBJECTIVE,
              "The stakeholders' objectives.",
              TARGET,
              OBSERVATION),
          kind(ElementKind.CAPABILITY, CAPABILITY, "The capabilities being built."),
          kind(ElementKind.QUICK_WIN, QUICK_WIN, "The quick wins."),
          kind(ElementKind.SPRINT, SPRINT, "The sprints."),
          kind(ElementKind.OKR, OKR, "The OKRs at every level.", EXTERNAL_OKR),
          kind(ElementKind.KEY_RESULT, KEY_RESULT, null, SCALE),
          kind(ElementKind.MILESTONE, MILESTONE, null, CHECK_IN),
          kind(ElementKind.KPI, KPI, "The KPIs.", SIGN_OFF),
          kind(ElementKind.STRATEGY_STEP, STRATEGY_STEP, "The actionable strategy steps."),
          kind(
              ElementKind.REVIEW_CADENCE,
              REVIEW_CADENCE,
              "The recurring reviews and communications."),
          kind(ElementKind.REVIEW, REVIEW, "The reviews held."),
          kind(ElementKind.INTERNAL_GOAL, INTERNAL_GOAL, "The internal goals (internal)."),
          kind(ElementKind.SUCCESS_INDICATOR, SUCCESS_INDICATOR, null),
          kind(ElementKind.CHECKLIST_ITEM, CHECKLIST_ITEM, null),
          kind(ElementKind.WORK_ITEM, WORK_ITEM, "The work items (internal)."),
          kind(
              ElementKind.REQUEST_TRIAGE, REQUEST_TRIAGE, "Triage records of requests (internal)."),
          kind(ElementKind.DOCUMENT, DOCUMENT, "The documentation list (internal)."),
          kind(ElementKind.SKILL, SKILL, "The development list (internal)."),
          kind(ElementKind.LEARNING_ACTIVITY, LEARNING_ACTIVITY, "Learning activities (internal)."),
          kind(ElementKind.NOTE, NOTE, "Internal notes (internal)."));

  /** The plan: the root of a document. Its lists are the kinds a plan holds, in kind order. */
  public static final ObjectCodec<Plan, Plan.Builder> PLAN = planCodec();

  private static ObjectCodec<Plan, Plan.Builder> planCodec() {
    ObjectCodec<Plan, Plan.Builder> plan =
        ObjectCodec.of(
                Plan.class,
                "plan",
                "The root of a mops plan document: one team's goals for a period.",
                Plan::builder,
                Plan.Builder::build)
            .special(
                "formatVersion",
                FORMAT_VERSION,
                "The format version, `major.minor`; written as `"
                    + FormatVersion.READER
                    + "`. A reader reads its own major version; a newer minor version "
                    + "is read when it holds nothing the reader does not know.")
            .required("id", ID, Plan::id, Plan.Builder::id, "Unique id.")
            .required("name", NON_BLANK, Plan::name, Plan.Builder::name, "The plan's name.")
            .optional(
                "team", NON_BLANK, Plan::team, Plan.Builder::team, "The team whose plan it is.")
            .required(
                "period",
                DATE_RANGE,
                Plan::period,
                Plan.Builder::period,
                "The days the plan covers.")
            .defaulted(
                "fiscalYearStart",
                enumCodec(Month.class),
                Plan::fiscalYearStart,
                Plan.Builder::fiscalYearStart,
                p -> p.fiscalYearStart() == Month.JANUARY,
                "JANUARY",
                "The first month of the fiscal year; quarters are fiscal.")
            .optional("vision", VISION, Plan::vision, Plan.Builder::vision, "The team's vision.");
    for (ElementKind kind : ElementKind.PLAN.holds()) {
      KindFormat f = requireNonNull(KINDS.get(kind), kind.listName());
      plan.list(
          kind.listName(),
          f.elements(),
          p -> p.elements(kind),
          (b, list) -> b.elements(kind, list),
          requireNonNull(f.listDoc, kind.listName()));
    }
    return plan.extensions(Plan::extensions, Plan.Builder::extensions);
  }

  /** The codec of each element kind but the plan, in kind order. */
  public static final Map<ElementKind, ObjectCodec<?, ?>> ELEMENTS = elementCodecs();

  private static Map<ElementKind, ObjectCodec<?, ?>> elementCodecs() {
    Map<ElementKind, ObjectCodec<?, ?>> out = new EnumMap<>(ElementKind.class);
    KINDS.forEach((k, f) -> out.put(k, f.codec));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Every object type, in the order of the format reference: the plan, its vision, then each
   * element kind in kind order, each followed by the types listed with it.
   */
  public static final List<ObjectCodec<?, ?>> TYPES = types();

  private static List<ObjectCodec<?, ?>> types() {
    List<ObjectCodec<?, ?>> out = new ArrayList<>(List.of(PLAN, VISION));
    KINDS.forEach(
        (k, f) -> {
          out.add(f.codec);
          out.addAll(f.companions);
        });
    return List.copyOf(out);
  }

  /** How one element kind is written. */
  private static final class KindFormat {
    final ObjectCodec<?, ?> codec;
    final @Nullable String listDoc;
    final List<ObjectCodec<?, ?>> companions;

    KindFormat(
        ObjectCodec<?, ?> codec, @Nullable String listDoc, List<ObjectCodec<?, ?>> companions) {
      this.codec = codec;
      this.listDoc = listDoc;
      this.companions = companions;
    }

    @SuppressWarnings("unchecked")
    Codec<PlanElement> elements() {
      return (Codec<PlanElement>) (Codec<?>) codec;
    }
  }

  private static Map.Entry<ElementKind, KindFormat> kind(
      ElementKind kind,
      ObjectCodec<?, ?> codec,
      @Nullable String listDoc,
      ObjectCodec<?, ?>... companions) {
    return Map.entry(kind, new KindFormat(codec, listDoc, List.of(companions)));
  }

  @SafeVarargs
  private static Map<ElementKind, KindFormat> kinds(Map.Entry<ElementKind, KindFormat>... entries) {
    Map<ElementKind, KindFormat> out = new EnumMap<>(ElementKind.class);
    for (Map.Entry<ElementKind, KindFormat> e : entries) {
      ElementKind kind = e.getKey();
      KindFormat f = e.getValue();
      boolean planList = kind.container().orElse(null) == ElementKind.PLAN;
      if (f.codec.type() != kind.type()
          || planList != (f.listDoc != null)
          || out.put(kind, f) != null) {
        throw new IllegalStateException("bad format entry for " + kind);
      }
    }
    for (ElementKind kind : ElementKind.values()) {
      if (kind != ElementKind.PLAN && !out.containsKey(kind)) {
        throw new IllegalStateException("no format for the element kind " + kind);
      }
    }
    return out;
  }
}
