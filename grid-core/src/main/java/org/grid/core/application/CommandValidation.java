package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates inbound command records with Jakarta Validation and turns their constraint violations into one error
 * naming each field. Every application service of grid (grid-core, grid-escalation, grid-assessment) validates its
 * commands with it, so a bad command reads the same whichever module refuses it.
 */
public final class CommandValidation {

  private CommandValidation() {}

  /**
   * Validates a command.
   *
   * @param validator the Jakarta validator the embedding system supplies, not null
   * @param command the command, not null
   * @param <T> the command's type
   * @throws IllegalArgumentException if the command breaks a constraint; the message is {@code invalid <Command>:}
   *     followed by every broken field and why, ordered by field, for example
   *     {@code invalid PairHouseholdsCommand: township must not be null}
   */
  public static <T> void validate(Validator validator, T command) {
    requireNonNull(validator, "validator");
    requireNonNull(command, "command");
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid " + command.getClass().getSimpleName() + ": " + violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .collect(Collectors.joining("; ")));
    }
  }
}
