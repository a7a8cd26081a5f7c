package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vendor data attached to a plan element: named {@link ExtensionValue}s, in insertion order.
 *
 * <p>Every element of a plan has extensions; mops reads and writes them verbatim and never
 * interprets them. Keys are free text (vendors should prefix them, e.g. {@code "acme.crmId"}).
 *
 * <pre>{@code
 * Extensions ext = Extensions.of("acme.crmId", ExtensionValue.string("701-AUTO"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Extensions {
  private static final Extensions EMPTY = new Extensions(Map.of());

  private final Map<String, ExtensionValue> values;

  private Extensions(Map<String, ExtensionValue> values) {
    this.values = values;
  }

  /** Returns the empty extensions. */
  public static Extensions empty() {
    return EMPTY;
  }

  /** Returns extensions with one entry. */
  public static Extensions of(String key, ExtensionValue value) {
    return of(Map.of(requireNonNull(key, "key"), requireNonNull(value, "value")));
  }

  /** Returns extensions with the entries of {@code values}, in its iteration order. */
  public static Extensions of(Map<String, ExtensionValue> values) {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    LinkedHashMap<String, ExtensionValue> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(requireNonNull(k, "key"), requireNonNull(v, "value")));
    return new Extensions(Collections.unmodifiableMap(copy));
  }

  /** Returns a copy with {@code key} set to {@code value}, appended if new. */
  public Extensions with(String key, ExtensionValue value) {
    LinkedHashMap<String, ExtensionValue> copy = new LinkedHashMap<>(values);
    copy.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return new Extensions(Collections.unmodifiableMap(copy));
  }

  /** The value under {@code key}, if any. */
  public Optional<ExtensionValue> get(String key) {
    return Optional.ofNullable(values.get(requireNonNull(key, "key")));
  }

  /** The keys, in order. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** All entries as an unmodifiable map in order. */
  public Map<String, ExtensionValue> asMap() {
    return values;
  }

  /** Whether there are no entries. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The number of entries. */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extensions other
        && values.equals(other.values)
        && java.util.List.copyOf(values.keySet())
            .equals(java.util.List.copyOf(other.values.keySet()));
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The entries as a JSON object text, e.g. {@code {"acme.crmId":"701-AUTO"}}. */
  @Override
  public String toString() {
    return new ExtensionValue.ObjectValue(values).toString();
  }
}
