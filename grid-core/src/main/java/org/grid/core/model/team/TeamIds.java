package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

/** Shared checks of the id records of this package (the same rules as the jurisdiction ids). */
final class TeamIds {

  /** The longest id text accepted, in characters. */
  static final int MAX_LENGTH = 64;

  private TeamIds() {}

  static void requireValidId(String value, String what, int maxLength) {
    requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(what + " must be at most " + maxLength + " characters, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with whitespace: '" + value + "'");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(what + " must not contain control characters");
    }
  }

  static String requireName(String name, String what) {
    requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }
}
