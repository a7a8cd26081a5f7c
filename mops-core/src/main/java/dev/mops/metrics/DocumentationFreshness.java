package dev.mops.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * How current the team's documentation is: documents reviewed within their schedule ÷ documents
 * listed, and which are stale. A listed document never written is stale. Made by {@link
 * PlanMetrics#documentationFreshness}.
 *
 * @since 0.1.0
 */
public final class DocumentationFreshness {
  private final LocalDate asOf;
  private final int listed;
  private final List<String> stale;

  DocumentationFreshness(LocalDate asOf, int listed, List<String> stale) {
    this.asOf = asOf;
    this.listed = listed;
    this.stale = List.copyOf(stale);
  }

  /** The day freshness was judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Fresh documents ÷ listed documents; undefined when none is listed. */
  public Ratio fresh() {
    return Ratio.of(listed - stale.size(), listed);
  }

  /** The ids of the stale documents, in list order. */
  public List<String> stale() {
    return stale;
  }

  /** Reads as {@code documentation as of 2027-03-31: 50% (1 of 2) fresh; stale: doc-map-naming}. */
  @Override
  public String toString() {
    String s = "documentation as of " + asOf + ": " + fresh() + " fresh";
    return stale.isEmpty() ? s : s + "; stale: " + String.join(", ", stale);
  }
}
