package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column mapping (and, for work items, a classification) written as a text file, applied over a
 * starting point such as a preset: what {@code mops work --mapping FILE} reads.
 *
 * <pre>{@code
 * # my Jira: story points in our own field, High counts as urgent
 * header.story_points = Custom field (Effort) | Story Points
 * default-zone = Europe/Berlin
 * urgent-priorities = Highest, High
 * }</pre>
 *
 * <p>One setting a line, {@code key = value} (spaces around both trimmed); blank lines and lines
 * starting with {@code #} are ignored. Keys, each the {@link ColumnMapping.Builder} or {@link
 * WorkClassification.Builder} method of the same meaning:
 *
 * <ul>
 *   <li>{@code header.COLUMN = Name | Other name}: {@link ColumnMapping.Builder#header};
 *   <li>{@code absent = COLUMN, COLUMN}: {@link ColumnMapping.Builder#absent};
 *   <li>{@code synonym.COLUMN.VENDOR VALUE = value}: {@link ColumnMapping.Builder#synonym};
 *   <li>{@code skip.COLUMN = VALUE, VALUE}: {@link ColumnMapping.Builder#skipRowsWith};
 *   <li>{@code timestamps = iso}, {@code epoch-milliseconds} or {@code pattern PATTERN};
 *   <li>{@code default-zone = ZONE}; {@code extra-columns = true|false};
 *   <li>{@code urgent-priorities}, {@code urgent-labels}, {@code ad-hoc-types}, {@code
 *       ad-hoc-labels}, {@code vision-labels} {@code = VALUE, VALUE} (none: the line of the table
 *       is emptied).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class MappingFile {
  private final ColumnMapping mapping;
  private final WorkClassification classification;

  private MappingFile(ColumnMapping mapping, WorkClassification classification) {
    this.mapping = mapping;
    this.classification = classification;
  }

  /**
   * The settings of {@code file} (UTF-8) applied over {@code mapping} and {@code classification}.
   *
   * @throws IllegalArgumentException naming the file and line of the first bad setting
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static MappingFile read(
      Path file, ColumnMapping mapping, WorkClassification classification) {
    requireNonNull(file, "file");
    requireNonNull(mapping, "mapping");
    requireNonNull(classification, "classification");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(file.toString(), text, mapping, classification);
  }

  /**
   * The settings of {@code text} applied over {@code mapping} and {@code classification}; errors
   * name {@code source}.
   *
   * @throws IllegalArgumentException naming the source and line of the first bad setting
   * @throws NullPointerException if an argument is null
   */
  public static MappingFile parse(
      String source, String text, ColumnMapping mapping, WorkClassification classification) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    ColumnMapping.Builder m = requireNonNull(mapping, "mapping").toBuilder();
    WorkClassification.Builder c = requireNonNull(classification, "classification").toBuilder();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        apply(line, m, c);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new MappingFile(m.build(), c.build());
  }

  private static void apply(String line, ColumnMapping.Builder m, WorkClassification.Builder c) {
    int eq = line.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("expected key = value, got \"" + line + "\"");
    }
    String key = line.substring(0, eq).strip();
    String value = line.substring(eq + 1).strip();
    if (key.startsWith("header.")) {
      m.header(key.substring(7), split(value, "\\|"));
    } else if (key.startsWith("synonym.")) {
      String rest = key.substring(8);
      int dot = rest.indexOf('.');
      if (dot < 0) {
        throw new IllegalArgumentException(
            "expected synonym.COLUMN.VENDOR VALUE, got \"" + key + "\"");
      }
      m.synonym(rest.substring(0, dot), rest.substring(dot + 1), value);
    } else if (key.startsWith("skip.")) {
      m.skipRowsWith(key.substring(5), split(value, ","));
    } else {
      switch (key) {
        case "absent" -> {
          for (String column : split(value, ",")) {
            m.absent(column);
          }
        }
        case "timestamps" -> timestamps(value, m);
        case "default-zone" -> m.defaultZone(ZoneId.of(value));
        case "extra-columns" -> m.allowExtraColumns(bool(value));
        case "urgent-priorities" -> c.urgentPriorities(split(value, ","));
        case "urgent-labels" -> c.urgentLabels(split(value, ","));
        case "ad-hoc-types" -> c.adHocTypes(split(value, ","));
        case "ad-hoc-labels" -> c.adHocLabels(split(value, ","));
        case "vision-labels" -> c.visionLabels(split(value, ","));
        default -> throw new IllegalArgumentException("unknown key \"" + key + "\"");
      }
    }
  }

  private static void timestamps(String value, ColumnMapping.Builder m) {
    if (value.equals("iso")) {
      m.isoTimestamps();
    } else if (value.equals("epoch-milliseconds")) {
      m.epochMilliseconds();
    } else if (value.startsWith("pattern ")) {
      m.timestampPattern(value.substring(8).strip());
    } else {
      throw new IllegalArgumentException(
          "timestamps must be iso, epoch-milliseconds or pattern PATTERN, got \"" + value + "\"");
    }
  }

  private static boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException("expected true or false, got \"" + value + "\"");
    };
  }

  private static String[] split(String value, String separator) {
    List<String> out = new ArrayList<>();
    if (!value.isEmpty()) {
      for (String part : value.split(separator, -1)) {
        out.add(part.strip());
      }
    }
    return out.toArray(new String[0]);
  }

  /** The column mapping. */
  public ColumnMapping mapping() {
    return mapping;
  }

  /** The work classification. */
  public WorkClassification classification() {
    return classification;
  }

  /** Reads as {@code mapping file: column mapping …; work classification: …}. */
  @Override
  public String toString() {
    return "mapping file: " + mapping + "; " + classification;
  }
}
