package dev.mops.model;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.time.LocalDate;

/**
 * A stakeholder's agreement, dated: a KPI's pre-agreement before it is reviewed, an OKR's buy-in,
 * the executive sign-off of the team's vision.
 *
 * <pre>{@code
 * SignOff s = SignOff.of("cmo", "Jordan Park", LocalDate.of(2027, 1, 8));
 * }</pre>
 *
 * @param stakeholderId the id of the stakeholder who agreed
 * @param person the person who signed off, not blank
 * @param on the day of the agreement
 * @since 0.1.0
 */
public record SignOff(String stakeholderId, String person, LocalDate on) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the stakeholder id is not a valid id or the person is blank
   */
  public SignOff {
    requireNonNull(stakeholderId, "signOff.stakeholderId");
    requireNonNull(person, "signOff.person");
    requireNonNull(on, "on");
    Checks.id("signOff.stakeholderId", stakeholderId);
    Checks.notBlank("signOff.person", person);
    requireNonNull(on, "on");
    Checks.date("signOff.on", on);
  }

  /** Returns the sign-off of {@code person} for {@code stakeholderId} on {@code on}. */
  public static SignOff of(String stakeholderId, String person, LocalDate on) {
    return new SignOff(stakeholderId, person, on);
  }

  /** Reads as {@code Jordan Park (cmo) on 2027-01-08}. */
  @Override
  public String toString() {
    return person + " (" + stakeholderId + ") on " + on;
  }
}
