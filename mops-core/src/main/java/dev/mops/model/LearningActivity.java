package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a team member did to improve in a skill on the development list: a webinar, a
 * conference, a free product trial. Always internal.
 *
 * <pre>{@code
 * LearningActivity a = LearningActivity.builder()
 *     .id("la-1").memberId("ana").addSkillId("skill-sql")
 *     .on(LocalDate.of(2027, 2, 10)).kind(ActivityKind.WEBINAR)
 *     .title("SQL window functions for marketers")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class LearningActivity extends AbstractElement implements PlanElement
    permits ImmutableLearningActivity {
  LearningActivity() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The team member who did it. */
  public abstract String memberId();

  /** The skills it improved. */
  public abstract List<String> skillIds();

  /** The day of the activity. */
  public abstract LocalDate on();

  /** What kind of activity. */
  public abstract ActivityKind kind();

  /** Its title. */
  public abstract Optional<String> title();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.LEARNING_ACTIVITY;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    refs.add(Reference.to("memberId", memberId(), ElementKind.TEAM_MEMBER));
    skillIds().forEach(s -> refs.add(Reference.to("skillIds", s, ElementKind.SKILL)));
    return List.copyOf(refs);
  }

  @Override
  public final String displayName() {
    return title().orElse(id());
  }

  @Value.Check
  final void check() {
    Checks.date("learningActivity.on", on());
    Checks.id("learningActivity.id", id());
    Checks.id("learningActivity.memberId", memberId());
    Checks.ids("learningActivity.skillIds", skillIds());
  }

  /**
   * Builds a {@link LearningActivity}; {@code id}, {@code memberId}, {@code on} and {@code kind}
   * are required.
   */
  public static final class Builder extends ImmutableLearningActivity.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code learningActivity}, replacing what was set
     * before, so that {@link #build()} makes a learning activity equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code learningActivity} is null
     */
    public Builder from(LearningActivity learningActivity) {
      java.util.Objects.requireNonNull(learningActivity, "learningActivity");
      return id(learningActivity.id())
          .memberId(learningActivity.memberId())
          .skillIds(learningActivity.skillIds())
          .on(learningActivity.on())
          .kind(learningActivity.kind())
          .title(learningActivity.title())
          .extensions(learningActivity.extensions());
    }
  }
}
