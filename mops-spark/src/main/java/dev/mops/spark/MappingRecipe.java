package dev.mops.spark;

import dev.mops.csv.ColumnMapping;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ColumnMapping} says about the columns of one kind of file (email events or work
 * items), in a form Spark can ship to its executors, which rebuild the same mapping from it through
 * the mapping's public builder.
 */
final class MappingRecipe implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The columns of an email events file, in the reader's order. */
  static final List<String> EMAIL_COLUMNS =
      List.of("contact_id", "event", "occurred_at", "message_id", "bounce_type");

  /** The columns of a work items file, in the reader's order. */
  static final List<String> WORK_COLUMNS =
      List.of(
          "id", "created_at", "kind", "urgent", "hours", "story_points", "vision_aligned", "title");

  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> synonyms = new LinkedHashMap<>();
  private final Map<String, List<String>> skipped = new LinkedHashMap<>();
  private final @Nullable String timestampPattern;
  private final boolean epochMillis;
  private final @Nullable ZoneId defaultZone;
  private final boolean allowExtraColumns;

  MappingRecipe(ColumnMapping mapping, List<String> columns) {
    for (String c : columns) {
      headers.put(c, List.copyOf(mapping.headers(c)));
      synonyms.put(c, Map.copyOf(mapping.synonyms(c)));
      skipped.put(c, List.copyOf(mapping.skippedValues(c)));
    }
    this.timestampPattern = mapping.timestampPattern().orElse(null);
    this.epochMillis = mapping.epochMilliseconds();
    this.defaultZone = mapping.defaultZone().orElse(null);
    this.allowExtraColumns = mapping.allowsExtraColumns();
  }

  /** The header names of every column, to find which of a DataFrame's columns to read. */
  Set<String> headerNames() {
    Set<String> out = new java.util.LinkedHashSet<>();
    headers.values().forEach(out::addAll);
    return out;
  }

  boolean allowsExtraColumns() {
    return allowExtraColumns;
  }

  /** The mapping again, as far as these columns go. */
  ColumnMapping mapping() {
    ColumnMapping.Builder b = ColumnMapping.builder();
    headers.forEach(
        (c, h) -> {
          if (h.isEmpty()) {
            b.absent(c);
          } else {
            b.header(c, h.toArray(String[]::new));
          }
        });
    skipped.forEach(
        (c, v) -> {
          if (!v.isEmpty()) {
            b.skipRowsWith(c, v.toArray(String[]::new));
          }
        });
    synonyms.forEach((c, s) -> s.forEach((vendor, value) -> b.synonym(c, vendor, value)));
    if (timestampPattern != null) {
      b.timestampPattern(timestampPattern);
    }
    if (epochMillis) {
      b.epochMilliseconds();
    }
    if (defaultZone != null) {
      b.defaultZone(defaultZone);
    }
    return b.allowExtraColumns(allowExtraColumns).build();
  }
}
