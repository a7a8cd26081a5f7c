package dev.mops.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Look-ups over dated observations. */
final class Observations {
  private Observations() {}

  /** The latest observation on or before {@code asOf}; among equal days, the last listed. */
  static Optional<Observation> latestOn(List<Observation> observations, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Observation best = null;
    for (Observation o : observations) {
      if (!o.on().isAfter(asOf) && (best == null || !o.on().isBefore(best.on()))) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }
}
