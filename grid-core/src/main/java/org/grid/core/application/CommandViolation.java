package org.grid.core.application;

import static java.util.Objects.requireNonNull;

/**
 * One broken constraint of a command (指令校验错误): the property, as Jakarta Validation names it in a constraint
 * violation's property path, and the message, as Hibernate Validator's default English messages word it.
 *
 * @param property the record component, for example {@code description}; not null
 * @param message why, for example {@code must not be blank}; not null
 */
public record CommandViolation(String property, String message) {

  /**
   * Creates a violation.
   *
   * @param property the record component, not null
   * @param message why, not null
   * @throws NullPointerException if an argument is null
   */
  public CommandViolation {
    requireNonNull(property, "property");
    requireNonNull(message, "message");
  }

  /**
   * Returns the violation as the error message lists it: the property, a space and the message.
   *
   * @return for example {@code description must not be blank}
   */
  @Override
  public String toString() {
    return property + " " + message;
  }
}
