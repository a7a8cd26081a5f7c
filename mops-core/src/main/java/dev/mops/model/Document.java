package dev.mops.model;

import dev.mops.core.internal.Checks;
import dev.mops.core.internal.MopsStyle;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document on the team's documentation list: systems and processes that always get put on the
 * back burner. Written on a day, reviewed on a schedule. Always internal.
 *
 * <pre>{@code
 * Document d = Document.builder()
 *     .id("doc-lead-routing").title("Lead routing rules")
 *     .writtenOn(LocalDate.of(2027, 2, 1)).reviewEvery(Period.ofMonths(6))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@MopsStyle
public abstract sealed class Document extends AbstractElement implements PlanElement
    permits ImmutableDocument {
  Document() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** The title. */
  public abstract String title();

  /** When it was first written; absent while it is still to be written. */
  public abstract Optional<LocalDate> writtenOn();

  /** When it was last reviewed. */
  public abstract Optional<LocalDate> lastReviewedOn();

  /** How often it should be reviewed. */
  public abstract Optional<Period> reviewEvery();

  /** The team member who keeps it. */
  public abstract Optional<String> owner();

  /** The later of written and last reviewed, if either. */
  public final Optional<LocalDate> lastTouchedOn() {
    if (lastReviewedOn().isPresent() && writtenOn().isPresent()) {
      return Optional.of(
          lastReviewedOn().get().isAfter(writtenOn().get())
              ? lastReviewedOn().get()
              : writtenOn().get());
    }
    return lastReviewedOn().or(this::writtenOn);
  }

  /**
   * The later of written and last reviewed, counting only what happened on or before {@code asOf};
   * empty when it was not written by then.
   */
  public final Optional<LocalDate> lastTouchedOn(LocalDate asOf) {
    java.util.Objects.requireNonNull(asOf, "asOf");
    Optional<LocalDate> written = writtenOn().filter(w -> !w.isAfter(asOf));
    if (written.isEmpty()) {
      return written;
    }
    Optional<LocalDate> reviewed =
        lastReviewedOn().filter(r -> !r.isAfter(asOf) && r.isAfter(written.get()));
    return reviewed.isPresent() ? reviewed : written;
  }

  /**
   * Whether the document is current on {@code asOf}: written by then, and, when it has a review
   * schedule, last written or reviewed no longer than one schedule before {@code asOf}. A listed
   * document never written is not current.
   */
  public final boolean isCurrentOn(LocalDate asOf) {
    Optional<LocalDate> last = lastTouchedOn(asOf);
    return last.isPresent()
        && reviewEvery().map(every -> !last.get().plus(every).isBefore(asOf)).orElse(true);
  }

  @Override
  public final ElementKind elementKind() {
    return ElementKind.DOCUMENT;
  }

  /** Always internal. */
  @Override
  public final Visibility visibility() {
    return Visibility.INTERNAL;
  }

  @Override
  public final List<Reference> references() {
    List<Reference> refs = new ArrayList<>(1);
    owner().ifPresent(m -> refs.add(Reference.to("owner", m, ElementKind.TEAM_MEMBER)));
    return List.copyOf(refs);
  }

  @Override
  public final String displayName() {
    return title();
  }

  @Value.Check
  final void check() {
    Checks.date("document.writtenOn", writtenOn());
    Checks.date("document.lastReviewedOn", lastReviewedOn());
    Checks.id("document.id", id());
    Checks.notBlank("document.title", title());
    owner().ifPresent(m -> Checks.id("document.owner", m));
    reviewEvery()
        .ifPresent(
            p ->
                Checks.argument(
                    !p.isNegative() && !p.isZero(),
                    "document.reviewEvery must be positive, got " + p));
  }

  /** Builds a {@link Document}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}

    /**
     * Sets every attribute to the value it has in {@code document}, replacing what was set before,
     * so that {@link #build()} makes a document equal to it unless something is changed in between.
     *
     * @throws NullPointerException if {@code document} is null
     */
    public Builder from(Document document) {
      java.util.Objects.requireNonNull(document, "document");
      return id(document.id())
          .title(document.title())
          .writtenOn(document.writtenOn())
          .lastReviewedOn(document.lastReviewedOn())
          .reviewEvery(document.reviewEvery())
          .owner(document.owner())
          .extensions(document.extensions());
    }
  }
}
