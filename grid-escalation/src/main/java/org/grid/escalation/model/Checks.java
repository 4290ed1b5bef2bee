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

  /**
   * Checks an id that the engine prints, stores and publishes as it is (in URLs, logs, events and exports), and which
   * must therefore never be a national ID number ({@link Ids#requirePseudonymousId}).
   */
  static void requirePseudonymousId(String value, String what) {
    Ids.requirePseudonymousId(value, what, MAX_ID_LENGTH);
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
