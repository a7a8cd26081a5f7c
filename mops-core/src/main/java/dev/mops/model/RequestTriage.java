package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The triage of an incoming request: the answers to "what is it for?", "why do you need it so
 * quickly?" and "what's the impact?", and the decision taken. Always internal.
 *
 * <pre>{@code
 * RequestTriage t = RequestTriage.builder()
 *     .id("tri-118").workItemId("OPS-118").receivedOn(LocalDate.of(2027, 3, 3))
 *     .purpose("Dealer event invite").urgencyReason("Event moved up a week")
 *     .impact("40 dealer meetings").decision(TriageDecision.ACCEPTED)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class RequestTriage extends AbstractElement implements PlanElement
    permits ImmutableRequestTriage {
  RequestTriage() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The work item the request became or would become. */
  public abstract String workItemId();

  /** The stakeholder who asked. */
  public abstract Optional<String> requestedBy();

  /** When the request came in. */
  public abstract LocalDate receivedOn();

  /** What is it for? */
  public abstract Optional<String> purpose();

  /** Why do you need it so quickly? */
  public abstract Optional<String> urgencyReason();

  /** What's the impact? */
  public abstract Optional<String> impact();

  /** The decision; {@link TriageDecision#PENDING} by default. */
  @Value.Default
  public TriageDecision decision() {
    return TriageDecision.PENDING;
  }

  /** When it was decided. */
  public abstract Optional<LocalDate> decidedOn();

  /** Whether all three questions were answered (non-blank). */
  public final boolean isFullyAnswered() {
    return purpose().filter(s -> !s.isBlank()).isPresent()
        && urgencyReason().filter(s -> !s.isBlank()).isPresent()
        && impact().filter(s -> !s.isBlank()).isPresent();
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.REQUEST_TRIAGE;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>(2);
    refs.add(Reference.to("workItemId", workItemId(), ElementKind.WORK_ITEM));
    requestedBy().ifPresent(s -> refs.add(Reference.to("requestedBy", s, ElementKind.STAKEHOLDER)));
    return List.copyOf(refs);
  }

  @Override
  public final String displayName() {
    return purpose().orElse(id());
  }

  @Value.Check
  final void check() {
    Checks.date("requestTriage.receivedOn", receivedOn());
    Checks.date("requestTriage.decidedOn", decidedOn());
    Checks.id("requestTriage.id", id());
    Checks.id("requestTriage.workItemId", workItemId());
    requestedBy().ifPresent(s -> Checks.id("requestTriage.requestedBy", s));
  }

  /**
   * Builds a {@link RequestTriage}; {@code id}, {@code workItemId} and {@code receivedOn} are
   * required.
   */
  public static final class Builder extends ImmutableRequestTriage.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code requestTriage}, replacing what was set
     * before, so that {@link #build()} makes a request triage equal to it unless something is
     * changed in between.
     *
     * @throws NullPointerException if {@code requestTriage} is null
     */
    public Builder from(RequestTriage requestTriage) {
      java.util.Objects.requireNonNull(requestTriage, "requestTriage");
      return id(requestTriage.id())
          .workItemId(requestTriage.workItemId())
          .requestedBy(requestTriage.requestedBy())
          .receivedOn(requestTriage.receivedOn())
          .purpose(requestTriage.purpose())
          .urgencyReason(requestTriage.urgencyReason())
          .impact(requestTriage.impact())
          .decision(requestTriage.decision())
          .decidedOn(requestTriage.decidedOn())
          .extensions(requestTriage.extensions());
    }
  }
}
