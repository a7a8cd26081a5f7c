package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An internal note of the team, optionally about an element of the plan. Never shown to
 * stakeholders: the public view removes every note.
 *
 * <pre>{@code
 * Note n = Note.builder().id("note-1").aboutId("qw-webinar")
 *     .text("Webinar slipped: speaker cancelled; sales not told yet").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Note extends AbstractElement implements PlanElement
    permits ImmutableNote {
  Note() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The note. */
  public abstract String text();

  /** The element it is about, if any. */
  public abstract Optional<String> aboutId();

  /** The day it was written. */
  public abstract Optional<LocalDate> on();

  /** Who wrote it (a team member id). */
  public abstract Optional<String> author();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.NOTE;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>(2);
    aboutId()
        .ifPresent(
            a ->
                refs.add(
                    new Reference(
                        "aboutId",
                        a,
                        EnumSet.complementOf(EnumSet.of(ElementKind.PLAN, ElementKind.NOTE)))));
    author().ifPresent(m -> refs.add(Reference.to("author", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  @Override
  public final String displayName() {
    return id();
  }

  @Value.Check
  final void check() {
    Checks.date("note.on", on());
    Checks.id("note.id", id());
    Checks.notBlank("note.text", text());
    aboutId().ifPresent(a -> Checks.id("note.aboutId", a));
    author().ifPresent(m -> Checks.id("note.author", m));
  }

  /** Builds a {@link Note}; {@code id} and {@code text} are required. */
  public static final class Builder extends ImmutableNote.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code note}, replacing what was set before, so
     * that {@link #build()} makes a note equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code note} is null
     */
    public Builder from(Note note) {
      java.util.Objects.requireNonNull(note, "note");
      return id(note.id())
          .text(note.text())
          .aboutId(note.aboutId())
          .on(note.on())
          .author(note.author())
          .extensions(note.extensions());
    }
  }
}
