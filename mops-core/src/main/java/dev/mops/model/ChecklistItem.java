package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a checklist indicator: a document to write, a skill to learn, a meeting to be invited
 * to. Done on a day, or not yet. Always internal.
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class ChecklistItem extends AbstractElement implements PlanElement
    permits ImmutableChecklistItem {
  ChecklistItem() {}

  /** Returns an item not yet done. */
  public static ChecklistItem of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** What is to be done. */
  public abstract String title();

  /** When it was done, if it was. */
  public abstract Optional<LocalDate> doneOn();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.CHECKLIST_ITEM;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    return List.of();
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.date("checklistItem.doneOn", doneOn());
    Checks.id("checklistItem.id", id());
    Checks.notBlank("checklistItem.title", title());
  }

  /** Builds a {@link ChecklistItem}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableChecklistItem.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code checklistItem}, replacing what was set
     * before, so that {@link #build()} makes a checklist item equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code checklistItem} is null
     */
    public Builder from(ChecklistItem checklistItem) {
      java.util.Objects.requireNonNull(checklistItem, "checklistItem");
      return id(checklistItem.id())
          .title(checklistItem.title())
          .doneOn(checklistItem.doneOn())
          .extensions(checklistItem.extensions());
    }
  }
}
