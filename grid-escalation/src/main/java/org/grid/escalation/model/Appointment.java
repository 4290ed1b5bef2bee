package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.team.PersonId;

/**
 * One person serving one office in one role over a term (任职): a line of the staff directory. A grid team's
 * members serve its grid, district or township office; county office and department staff are listed by the
 * county.
 *
 * @param person the person, not null
 * @param office the office served, not null
 * @param role the role, as the permission table of {@link AuthorizationPolicy} names it; not blank, at most
 *     {@value Ids#MAX_LENGTH} characters, without surrounding whitespace or control characters
 * @param from the instant the term starts, inclusive, not null
 * @param until the instant the term ends, exclusive, or null while it runs
 */
public record Appointment(PersonId person, Office office, String role, Instant from, Instant until) {

  /**
   * Checks the appointment.
   *
   * @param person the person, not null
   * @param office the office served, not null
   * @param role the role, as the permission table of {@link AuthorizationPolicy} names it; not blank, at most
   *     {@value Ids#MAX_LENGTH} characters, without surrounding whitespace or control characters
   * @param from the instant the term starts, inclusive, not null
   * @param until the instant the term ends, exclusive, or null while it runs
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if {@code role} is not valid id text, or {@code until} is not after {@code
   *     from}
   */
  public Appointment {
    requireNonNull(person, "person");
    requireNonNull(office, "office");
    Ids.requireValidId(role, "role");
    requireNonNull(from, "from");
    if (until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException("until must be after from, was " + until + " for from " + from);
    }
  }

  /**
   * Tells whether the term runs at an instant.
   *
   * @param at the instant, not null
   * @return true when {@code from <= at < until}
   */
  public boolean inForceAt(Instant at) {
    requireNonNull(at, "at");
    return !at.isBefore(from) && (until == null || at.isBefore(until));
  }
}
