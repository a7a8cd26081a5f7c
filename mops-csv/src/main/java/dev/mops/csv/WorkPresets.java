package dev.mops.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Column mappings for the work-item exports of trackers, read as they come: the tracker's own
 * priority, issue type and labels are classified as urgent, ad hoc and vision-aligned by a {@link
 * WorkClassification} (the documented default table unless the reader names another), since a
 * tracker has no {@code kind}, {@code urgent} or {@code vision_aligned} field of its own.
 *
 * <pre>{@code
 * WorkMixAccumulator mix = new WorkMixAccumulator();
 * WorkItemsCsv.builder().mapping(WorkPresets.jira()).build().readInto(Path.of("Jira.csv"), mix);
 * }</pre>
 *
 * <p>Presets are starting points: compare the names below with your file's header and adjust with
 * {@link ColumnMapping#toBuilder()}. A file of another shape is refused with an error naming the
 * columns looked for and listing the header found.
 *
 * @since 0.2
 */
public final class WorkPresets {
  private WorkPresets() {}

  /**
   * The names of the work-item layouts, as {@code mops work --from} and {@code docs/csv.md} list
   * them: {@code standard} (mops's own layout, {@link ColumnMapping#standard()}), {@code jira} and
   * {@code asana}.
   *
   * @since 0.2
   */
  public static List<String> names() {
    return List.of("standard", "jira", "asana");
  }

  /**
   * The work-item layout named {@code name}, one of {@link #names()} (exactly as written there).
   *
   * @return the mapping, or empty for any other name
   * @throws NullPointerException if {@code name} is null
   * @since 0.2
   */
  public static Optional<ColumnMapping> named(String name) {
    return switch (Objects.requireNonNull(name, "name")) {
      case "standard" -> Optional.of(ColumnMapping.standard());
      case "jira" -> Optional.of(jira());
      case "asana" -> Optional.of(asana());
      default -> Optional.empty();
    };
  }

  /**
   * Jira's CSV export of issues ("Export → Export Excel CSV (all fields)", documented by Atlassian
   * at <a href="https://support.atlassian.com/jira-software-cloud/docs/export-issues/">Export
   * issues</a>; the header names below are those of the export's header row, which that page does
   * not list one by one, so compare them with your file): {@code id} ← {@code Issue key}, {@code
   * title} ← {@code Summary}, {@code created_at} ← {@code Created} in Jira's default date-time
   * format {@code dd/MMM/yy h:mm a} ({@code 12/Mar/27 9:41 AM}, English month names), {@code
   * priority} ← {@code Priority}, {@code issue_type} ← {@code Issue Type}, {@code labels} ← {@code
   * Labels} (one column per label, the header repeating the name), {@code time_spent_seconds} ←
   * {@code Time Spent} (seconds, so 5400 is 1.5 hours; blank is absent), {@code story_points} ← the
   * first present of {@code Custom field (Story Points)}, {@code Custom field (Story point
   * estimate)}, {@code Story Points} and {@code Story point estimate} (the field's name varies
   * between company- and team-managed projects). {@code kind}, {@code urgent} and {@code
   * vision_aligned} are absent: classified.
   *
   * <p>Jira writes {@code Created} in the exporting user's time zone without saying which: with no
   * {@link ColumnMapping.Builder#defaultZone default zone} the date written is kept (the timestamp
   * is taken to be in the reader's zone); set your zone with {@code toBuilder().defaultZone(...)}
   * to have items dated in the reader's zone from their instant.
   */
  public static ColumnMapping jira() {
    return new ColumnMapping.Builder("Jira export")
        .header("id", "Issue key")
        .header("title", "Summary")
        .header("created_at", "Created")
        .timestampPattern("dd/MMM/yy h:mm a")
        .header("priority", "Priority")
        .header("issue_type", "Issue Type")
        .header("labels", "Labels")
        .header("time_spent_seconds", "Time Spent")
        .absent("hours")
        .header(
            "story_points",
            "Custom field (Story Points)",
            "Custom field (Story point estimate)",
            "Story Points",
            "Story point estimate")
        .absent("kind")
        .absent("urgent")
        .absent("vision_aligned")
        .build();
  }

  /**
   * Asana's CSV export of a project ("Export → CSV", documented by Asana at <a
   * href="https://asana.com/guide/help/faq/security">Privacy &amp; security: Export</a>, which
   * describes the export but not its header; compare the names below with your file), whose columns
   * are {@code Task ID}, {@code Created At}, {@code Completed At}, {@code Last Modified}, {@code
   * Name}, {@code Section/Column}, {@code Assignee}, {@code Assignee Email}, {@code Start Date},
   * {@code Due Date}, {@code Tags}, {@code Notes}, {@code Projects}, {@code Parent task} and one
   * column per custom field: {@code id} ← {@code Task ID}, {@code title} ← {@code Name}, {@code
   * created_at} ← {@code Created At} (an ISO date, {@code 2027-03-12}, kept as written), {@code
   * issue_type} ← {@code Section/Column} (so a section named {@code Requests} or {@code Ad hoc}
   * makes its tasks ad hoc), {@code labels} ← {@code Tags} (comma-separated), {@code priority} ← a
   * {@code Priority} custom field when there is one. Asana has no built-in hours or story points:
   * both are absent; map your custom fields with {@code toBuilder().header("story_points", "Story
   * Points")}. {@code kind}, {@code urgent} and {@code vision_aligned} are absent: classified.
   */
  public static ColumnMapping asana() {
    return new ColumnMapping.Builder("Asana export")
        .header("id", "Task ID")
        .header("title", "Name")
        .header("created_at", "Created At")
        .header("issue_type", "Section/Column")
        .header("labels", "Tags")
        .header("priority", "Priority")
        .absent("hours")
        .absent("story_points")
        .absent("kind")
        .absent("urgent")
        .absent("vision_aligned")
        .build();
  }
}
