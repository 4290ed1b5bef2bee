package org.grid.escalation.port.in;

import org.grid.escalation.model.CommandOutcome;

/** Use case: apply one command to a request (一口受理、一网协同). */
public interface HandleRequestUseCase {

  /**
   * Validates and applies a command. A retried command (same command id) is not applied again; a command that
   * expects another version than the stored one is not applied; a refused command changes nothing. An applied
   * change is saved and its events published.
   *
   * @param command the command, not null
   * @return the outcome: applied, refused with a reason, duplicate, or stale version
   * @throws NullPointerException if {@code command} is null
   * @throws IllegalArgumentException if the command breaks its validation constraints (naming each field), or
   *     rates with {@code NO_RATING}
   * @throws IllegalStateException if the engine's clock gives an instant outside the days a work calendar counts
   *     (a year inside {@link java.time.LocalDate}'s ends): nothing is read or stored
   */
  CommandOutcome handle(RequestCommand command);
}
