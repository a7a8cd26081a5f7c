package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
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
    // one kind (nearly every reference): a shared read-only set, so listing references allocates
    // no set per reference; iteration follows the kinds' order either way
    expected =
        expected.size() == 1
            ? OneKind.SETS.get(expected.iterator().next())
            : Collections.unmodifiableSet(EnumSet.copyOf(expected));
  }

  /** The read-only one-kind sets, by kind. */
  private static final class OneKind {
    static final Map<ElementKind, Set<ElementKind>> SETS = sets();

    private static Map<ElementKind, Set<ElementKind>> sets() {
      Map<ElementKind, Set<ElementKind>> out = new EnumMap<>(ElementKind.class);
      for (ElementKind k : ElementKind.values()) {
        out.put(k, Collections.unmodifiableSet(EnumSet.of(k)));
      }
      return out;
    }
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
