package org.grid.core.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates command records and turns their constraint violations into one error naming each field. */
final class Commands {

  private Commands() {}

  static <T> void validate(Validator validator, T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("invalid " + command.getClass().getSimpleName() + ": " + violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + " " + v.getMessage())
          .collect(Collectors.joining("; ")));
    }
  }
}
