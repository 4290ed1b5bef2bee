package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.Ids;

/** Shared argument checks of this package. */
final class Checks {

  /** The longest id text accepted, in characters. */
  static final int MAX_ID_LENGTH = Ids.MAX_LENGTH;

  private Checks() {}

  static void requireValidId(String value, String what) {
    Ids.requireValidId(value, what, MAX_ID_LENGTH);
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
