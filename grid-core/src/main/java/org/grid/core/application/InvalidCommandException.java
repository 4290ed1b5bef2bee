package org.grid.core.application;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A command that breaks its constraints (指令无效), as {@link CommandValidation} refuses it: an {@link
 * IllegalArgumentException} whose message is {@code invalid <Command>:} and every broken field with why, and which
 * also gives each {@link CommandViolation} itself, so that an edge (a REST API, a form) can name the field in its
 * own terms (a JSON path, a header) without reading the message. Neither quotes a value.
 */
public final class InvalidCommandException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The violations, ordered by property and, on one property, by message; never empty. */
  private final transient List<CommandViolation> violations;

  /**
   * Creates the exception.
   *
   * @param message the whole message, not null
   * @param violations the violations in the order the message lists them, not empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidCommandException(String message, List<CommandViolation> violations) {
    super(requireNonNull(message, "message"));
    this.violations = List.copyOf(violations);
    if (this.violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
  }

  /**
   * Returns the broken constraints, in the order the message lists them.
   *
   * @return the violations, at least one, immutable
   */
  public List<CommandViolation> violations() {
    return violations;
  }
}
