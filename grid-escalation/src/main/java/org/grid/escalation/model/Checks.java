package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

/** Shared argument checks of this package. */
final class Checks {

  /** The longest id text accepted, in characters. */
  static final int MAX_ID_LENGTH = 64;

  private Checks() {}

  static void requireValidId(String value, String what) {
    requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_ID_LENGTH + " characters, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with whitespace: '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      // A plain loop: ids are checked on every command, a stream here showed up in the benchmarks.
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
  }

  static String requireText(String text, String what) {
    requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  static int requirePositive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, was " + value);
    }
    return value;
  }
}
