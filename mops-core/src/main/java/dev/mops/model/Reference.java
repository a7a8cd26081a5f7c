package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * A reference by id from one element to another, as declared by the referring element: the field it
 * is held in, the id it names, and the kinds of element the id may name.
 *
 * <p>A reference whose id names no element of an expected kind is dangling; the checker reports it
 * and navigation skips it.
 *
 * @param field the name of the field holding the reference, e.g. {@code "capabilityIds"}
 * @param targetId the id referred to
 * @param expected the kinds of element the id may name, never empty
 * @since 0.1.0
 */
public record Reference(String field, String targetId, Set<ElementKind> expected) {
  /** Validates and copies. */
  public Reference {
    requireNonNull(field, "field");
    requireNonNull(targetId, "targetId");
    requireNonNull(expected, "expected");
    if (expected.isEmpty()) {
      throw new IllegalArgumentException(
          "reference.expected must not be empty, got " + expected + " for field " + field);
    }
    expected = Set.copyOf(EnumSet.copyOf(expected));
  }

  /** A reference to an element of one kind. */
  public static Reference to(String field, String targetId, ElementKind kind) {
    return new Reference(field, targetId, EnumSet.of(kind));
  }

  /** A reference to an element of one of two kinds. */
  public static Reference to(String field, String targetId, ElementKind kind, ElementKind other) {
    return new Reference(field, targetId, EnumSet.of(kind, other));
  }

  /** Reads as {@code capabilityIds -> lead-mgmt (capability)}. */
  @Override
  public String toString() {
    return field + " -> " + targetId + " " + expected;
  }
}
