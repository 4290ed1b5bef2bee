package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates inbound command records and turns their constraint violations into one error naming each field. Every
 * application service of grid (grid-core, grid-escalation, grid-assessment) validates its commands with it, so a bad
 * command reads the same whichever module refuses it, and whether a Jakarta {@link Validator} or a plain {@link
 * CommandValidator} checked it.
 */
public final class CommandValidation {

  private static final Comparator<CommandViolation> BY_PROPERTY =
      Comparator.comparing(CommandViolation::property).thenComparing(CommandViolation::message);

  private CommandValidation() {}

  /**
   * Validates a command with Jakarta Validation.
   *
   * @param validator the Jakarta validator the embedding system supplies, not null
   * @param command the command, not null
   * @param <T> the command's type
   * @throws InvalidCommandException if the command breaks a constraint; the message is {@code invalid <Command>:}
   *     followed by every broken field and why, ordered by field, for example
   *     {@code invalid PairHouseholdsCommand: township must not be null}
   */
  public static <T> void validate(Validator validator, T command) {
    requireNonNull(validator, "validator");
    validate(CommandValidator.<T>jakarta(validator), command);
  }

  /**
   * Validates a command with a command validator.
   *
   * @param validator the validator, not null
   * @param command the command, not null
   * @param <T> the command's type
   * @throws InvalidCommandException if the command breaks a constraint; the message is {@code invalid <Command>:}
   *     followed by every broken field and why, ordered by field (and, on one field, by message), for example
   *     {@code invalid Report: description must not be blank}
   */
  public static <T> void validate(CommandValidator<? super T> validator, T command) {
    requireNonNull(validator, "validator");
    requireNonNull(command, "command");
    List<CommandViolation> violations = validator.violations(command);
    if (!violations.isEmpty()) {
      List<CommandViolation> sorted = violations.stream().sorted(BY_PROPERTY).toList();
      throw new InvalidCommandException("invalid " + command.getClass().getSimpleName() + ": "
          + sorted.stream().map(CommandViolation::toString).collect(Collectors.joining("; ")), sorted);
    }
  }
}
