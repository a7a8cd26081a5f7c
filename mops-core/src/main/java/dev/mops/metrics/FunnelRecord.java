package dev.mops.metrics;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.time.Instant;

/**
 * One funnel record: a lead entered a stage at an instant.
 *
 * <pre>{@code
 * FunnelRecord.of("lead-7", "mql", Instant.parse("2027-03-02T09:00:00Z"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FunnelRecord {
  private final String leadId;
  private final String stage;
  private final Instant enteredAt;

  private FunnelRecord(String leadId, String stage, Instant enteredAt) {
    this.leadId = leadId;
    this.stage = stage;
    this.enteredAt = enteredAt;
  }

  /**
   * A record that {@code leadId} entered {@code stage} at {@code enteredAt}.
   *
   * @throws IllegalArgumentException if {@code leadId} or {@code stage} is blank
   * @throws NullPointerException if an argument is null
   */
  public static FunnelRecord of(String leadId, String stage, Instant enteredAt) {
    requireNonNull(leadId, "leadId");
    requireNonNull(stage, "stage");
    requireNonNull(enteredAt, "enteredAt");
    Checks.notBlank("leadId", leadId);
    Checks.notBlank("stage", stage);
    return new FunnelRecord(leadId, stage, enteredAt);
  }

  /** The lead; case-sensitive. */
  public String leadId() {
    return leadId;
  }

  /** The stage entered, one of the caller's ordered stages; case-sensitive. */
  public String stage() {
    return stage;
  }

  /** When the lead entered the stage. */
  public Instant enteredAt() {
    return enteredAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunnelRecord r
        && leadId.equals(r.leadId)
        && stage.equals(r.stage)
        && enteredAt.equals(r.enteredAt);
  }

  @Override
  public int hashCode() {
    return (leadId.hashCode() * 31 + stage.hashCode()) * 31 + enteredAt.hashCode();
  }

  /** {@code lead-7 entered mql at 2027-03-02T09:00:00Z}. */
  @Override
  public String toString() {
    return leadId + " entered " + stage + " at " + enteredAt;
  }
}
