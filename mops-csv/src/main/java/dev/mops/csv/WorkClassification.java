package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a work item exported from a tracker is classified as urgent, ad hoc and vision-aligned from
 * its {@code priority}, {@code issue_type} and {@code labels} (DESIGN §5 urgent-work share, ad-hoc
 * share, vision focus), when the column mapping declares {@code kind}, {@code urgent} and {@code
 * vision_aligned} absent, as the {@link WorkPresets} do.
 *
 * <p>The {@linkplain #defaults() default table}, matched case-insensitively on trimmed values; a
 * label list is split at commas:
 *
 * <table>
 *   <caption>the default classification</caption>
 *   <tr><th>the item is</th><th>when its priority is</th><th>or its issue type is</th>
 *       <th>or one of its labels is</th></tr>
 *   <tr><td>urgent</td><td>{@code Highest}, {@code Blocker}, {@code Critical}, {@code Urgent}</td>
 *       <td></td><td>{@code urgent}</td></tr>
 *   <tr><td>ad hoc (else planned)</td><td></td><td>{@code Bug}, {@code Incident}, {@code Request},
 *       {@code Requests}, {@code Support}, {@code Ad hoc}, {@code Ad-hoc}</td>
 *       <td>{@code ad-hoc}, {@code adhoc}, {@code ad_hoc}, {@code unplanned}</td></tr>
 *   <tr><td>vision-aligned</td><td></td><td></td><td>{@code vision}, {@code vision-aligned}</td></tr>
 * </table>
 *
 * <p>Anything else is not urgent, planned and not vision-aligned; a blank priority, type or label
 * list matches nothing. Replace a line with the {@link Builder}, e.g. {@code
 * WorkClassification.defaults().toBuilder().urgentPriorities("Highest", "High").build()}, and read
 * with it through {@link WorkItemsCsv.Builder#classification}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class WorkClassification {
  private static final WorkClassification DEFAULTS =
      new Builder()
          .urgentPriorities("Highest", "Blocker", "Critical", "Urgent")
          .urgentLabels("urgent")
          .adHocTypes("Bug", "Incident", "Request", "Requests", "Support", "Ad hoc", "Ad-hoc")
          .adHocLabels("ad-hoc", "adhoc", "ad_hoc", "unplanned")
          .visionLabels("vision", "vision-aligned")
          .build();

  private final Set<String> urgentPriorities;
  private final Set<String> urgentLabels;
  private final Set<String> adHocTypes;
  private final Set<String> adHocLabels;
  private final Set<String> visionLabels;

  private WorkClassification(Builder b) {
    this.urgentPriorities = copy(b.urgentPriorities);
    this.urgentLabels = copy(b.urgentLabels);
    this.adHocTypes = copy(b.adHocTypes);
    this.adHocLabels = copy(b.adHocLabels);
    this.visionLabels = copy(b.visionLabels);
  }

  private static Set<String> copy(Set<String> s) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(s));
  }

  /** The documented default table (see the class comment). */
  public static WorkClassification defaults() {
    return DEFAULTS;
  }

  /** A builder of an empty table: nothing urgent, everything planned, nothing vision-aligned. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this table, to adjust it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.urgentPriorities.addAll(urgentPriorities);
    b.urgentLabels.addAll(urgentLabels);
    b.adHocTypes.addAll(adHocTypes);
    b.adHocLabels.addAll(adHocLabels);
    b.visionLabels.addAll(visionLabels);
    return b;
  }

  /** The priorities (lower case) that make an item urgent. */
  public Set<String> urgentPriorities() {
    return urgentPriorities;
  }

  /** The labels (lower case) that make an item urgent. */
  public Set<String> urgentLabels() {
    return urgentLabels;
  }

  /** The issue types (lower case) that make an item ad hoc. */
  public Set<String> adHocTypes() {
    return adHocTypes;
  }

  /** The labels (lower case) that make an item ad hoc. */
  public Set<String> adHocLabels() {
    return adHocLabels;
  }

  /** The labels (lower case) that make an item vision-aligned. */
  public Set<String> visionLabels() {
    return visionLabels;
  }

  /** Whether an item with {@code priority} and {@code labels} (lower case) is urgent. */
  boolean urgent(String priority, List<String> labels) {
    return urgentPriorities.contains(priority) || any(urgentLabels, labels);
  }

  /** Whether an item of {@code type} with {@code labels} (lower case) is ad hoc. */
  boolean adHoc(String type, List<String> labels) {
    return adHocTypes.contains(type) || any(adHocLabels, labels);
  }

  /** Whether an item with {@code labels} (lower case) is vision-aligned. */
  boolean visionAligned(List<String> labels) {
    return any(visionLabels, labels);
  }

  private static boolean any(Set<String> set, List<String> labels) {
    for (String l : labels) {
      if (set.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} trimmed and in lower case: the form the table is matched in. */
  static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** The labels of a comma-separated list, trimmed, in lower case, blank ones left out. */
  static List<String> labels(String list) {
    List<String> out = new ArrayList<>();
    for (String l : list.split(",", -1)) {
      String k = key(l);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkClassification c
        && urgentPriorities.equals(c.urgentPriorities)
        && urgentLabels.equals(c.urgentLabels)
        && adHocTypes.equals(c.adHocTypes)
        && adHocLabels.equals(c.adHocLabels)
        && visionLabels.equals(c.visionLabels);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        urgentPriorities, urgentLabels, adHocTypes, adHocLabels, visionLabels);
  }

  /** Reads as {@code work classification: urgent priorities [highest, …]; urgent labels […]; …}. */
  @Override
  public String toString() {
    return "work classification: urgent priorities "
        + urgentPriorities
        + "; urgent labels "
        + urgentLabels
        + "; ad-hoc types "
        + adHocTypes
        + "; ad-hoc labels "
        + adHocLabels
        + "; vision labels "
        + visionLabels;
  }

  /**
   * Builds a {@link WorkClassification}; each method replaces its line of the table.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final Set<String> urgentPriorities = new LinkedHashSet<>();
    private final Set<String> urgentLabels = new LinkedHashSet<>();
    private final Set<String> adHocTypes = new LinkedHashSet<>();
    private final Set<String> adHocLabels = new LinkedHashSet<>();
    private final Set<String> visionLabels = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The priorities that make an item urgent (none clears the line).
     *
     * @throws IllegalArgumentException if a value is blank
     * @throws NullPointerException if an argument is null
     */
    public Builder urgentPriorities(String... values) {
      return set(urgentPriorities, "urgentPriorities", values);
    }

    /**
     * The labels that make an item urgent.
     *
     * @throws IllegalArgumentException if a value is blank or holds a comma
     * @throws NullPointerException if an argument is null
     */
    public Builder urgentLabels(String... values) {
      return set(urgentLabels, "urgentLabels", values);
    }

    /**
     * The issue types that make an item ad hoc.
     *
     * @throws IllegalArgumentException if a value is blank
     * @throws NullPointerException if an argument is null
     */
    public Builder adHocTypes(String... values) {
      return set(adHocTypes, "adHocTypes", values);
    }

    /**
     * The labels that make an item ad hoc.
     *
     * @throws IllegalArgumentException if a value is blank or holds a comma
     * @throws NullPointerException if an argument is null
     */
    public Builder adHocLabels(String... values) {
      return set(adHocLabels, "adHocLabels", values);
    }

    /**
     * The labels that make an item vision-aligned.
     *
     * @throws IllegalArgumentException if a value is blank or holds a comma
     * @throws NullPointerException if an argument is null
     */
    public Builder visionLabels(String... values) {
      return set(visionLabels, "visionLabels", values);
    }

    private Builder set(Set<String> line, String name, String[] values) {
      requireNonNull(values, name);
      Set<String> next = new LinkedHashSet<>();
      for (String v : values) {
        requireNonNull(v, name);
        if (v.isBlank() || (name.endsWith("Labels") && v.contains(","))) {
          throw new IllegalArgumentException(
              name + " must not be blank or hold a comma, got \"" + v + "\"");
        }
        next.add(key(v));
      }
      line.clear();
      line.addAll(next);
      return this;
    }

    /** The table. */
    public WorkClassification build() {
      return new WorkClassification(this);
    }
  }
}
