package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.net.URI;
import java.util.Optional;

/**
 * An OKR held elsewhere (in the marketing team's OKR tool, say) that a MOps OKR aligns to. It
 * counts as alignment just like a parent OKR within the plan.
 *
 * @param id the id in the other system; any non-blank text
 * @param title the OKR's title
 * @param level its level, usually {@link OkrLevel#MARKETING} or {@link OkrLevel#COMPANY}
 * @param uri where it can be seen, if known
 * @since 0.1.0
 */
public record ExternalOkrRef(String id, String title, OkrLevel level, Optional<URI> uri) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if id or title is blank
   */
  public ExternalOkrRef {
    requireNonNull(id, "externalParent.id");
    requireNonNull(title, "externalParent.title");
    requireNonNull(level, "level");
    requireNonNull(uri, "uri");
    Checks.notBlank("externalParent.id", id);
    Checks.notBlank("externalParent.title", title);
    requireNonNull(level, "level");
    requireNonNull(uri, "uri");
  }

  /** Returns a reference without a URI. */
  public static ExternalOkrRef of(String id, String title, OkrLevel level) {
    return new ExternalOkrRef(id, title, level, Optional.empty());
  }

  /** Returns a reference with a URI. */
  public static ExternalOkrRef of(String id, String title, OkrLevel level, URI uri) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(level, "level");
    return new ExternalOkrRef(id, title, level, Optional.of(requireNonNull(uri, "uri")));
  }

  /** Reads as {@code MARKETING OKR mkt-7 "Grow pipeline"}. */
  @Override
  public String toString() {
    return level + " OKR " + id + " \"" + title + "\"" + uri.map(u -> " <" + u + ">").orElse("");
  }
}
