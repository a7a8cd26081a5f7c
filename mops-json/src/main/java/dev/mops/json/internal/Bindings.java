package dev.mops.json.internal;

import dev.mops.json.ReadLimits;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Registers a serializer and a deserializer per type of the format on a Jackson module. */
public final class Bindings {
  private Bindings() {}

  /** Adds the bindings of every type to {@code module}. */
  public static void register(SimpleModule module, ReadLimits limits) {
    bind(module, Plan.class, Format.PLAN, limits, true);
    bind(module, Vision.class, Format.VISION, limits, false);
    bind(module, Stakeholder.class, Format.STAKEHOLDER, limits, false);
    bind(module, TeamMember.class, Format.TEAM_MEMBER, limits, false);
    bind(module, Objective.class, Format.OBJECTIVE, limits, false);
    bind(module, Target.class, Format.TARGET, limits, false);
    bind(module, Observation.class, Format.OBSERVATION, limits, false);
    bind(module, Capability.class, Format.CAPABILITY, limits, false);
    bind(module, QuickWin.class, Format.QUICK_WIN, limits, false);
    bind(module, Sprint.class, Format.SPRINT, limits, false);
    bind(module, Okr.class, Format.OKR, limits, false);
    bind(module, ExternalOkrRef.class, Format.EXTERNAL_OKR, limits, false);
    bind(module, KeyResult.class, Format.KEY_RESULT, limits, false);
    bind(module, Scale.class, Format.SCALE, limits, false);
    bind(module, Milestone.class, Format.MILESTONE, limits, false);
    bind(module, CheckIn.class, Format.CHECK_IN, limits, false);
    bind(module, Kpi.class, Format.KPI, limits, false);
    bind(module, SignOff.class, Format.SIGN_OFF, limits, false);
    bind(module, StrategyStep.class, Format.STRATEGY_STEP, limits, false);
    bind(module, ReviewCadence.class, Format.REVIEW_CADENCE, limits, false);
    bind(module, Review.class, Format.REVIEW, limits, false);
    bind(module, InternalGoal.class, Format.INTERNAL_GOAL, limits, false);
    bind(module, SuccessIndicator.class, Format.SUCCESS_INDICATOR, limits, false);
    bind(module, ChecklistItem.class, Format.CHECKLIST_ITEM, limits, false);
    bind(module, WorkItem.class, Format.WORK_ITEM, limits, false);
    bind(module, RequestTriage.class, Format.REQUEST_TRIAGE, limits, false);
    bind(module, Document.class, Format.DOCUMENT, limits, false);
    bind(module, Skill.class, Format.SKILL, limits, false);
    bind(module, LearningActivity.class, Format.LEARNING_ACTIVITY, limits, false);
    bind(module, dev.mops.model.Note.class, Format.NOTE, limits, false);
    bind(module, DateRange.class, Codecs.DATE_RANGE, limits, false);
    bind(module, Frequency.class, Codecs.FREQUENCY, limits, false);
    bind(module, Extensions.class, Codecs.EXTENSIONS, limits, false);
    bind(module, ExtensionValue.class, Codecs.EXTENSION_VALUE, limits, false);
  }

  private static <T> void bind(SimpleModule module, Class<T> type, Codec<T> codec, ReadLimits limits,
      boolean planDocument) {
    module.addSerializer(type, new Serializer<>(type, codec));
    module.addDeserializer(type, new Deserializer<>(type, codec, limits, planDocument));
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    Serializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      codec.write(g, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;
    private final ReadLimits limits;
    private final boolean planDocument;

    Deserializer(Class<T> type, Codec<T> codec, ReadLimits limits, boolean planDocument) {
      this.type = type;
      this.codec = codec;
      this.limits = limits;
      this.planDocument = planDocument;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return Engine.readValue(p, codec, limits, planDocument);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
