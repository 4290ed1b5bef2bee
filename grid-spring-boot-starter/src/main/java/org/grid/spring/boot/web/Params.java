package org.grid.spring.boot.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads the API's inputs (body fields, headers, query parameters) into grid's types, each error naming where the
 * input was ({@code $.place.grid}, {@code header Idempotency-Key}, {@code query tier}) and what is wrong, never the
 * value: a value may be personal data.
 */
final class Params {

  private static final int MAX_TEXT = 256;

  private Params() {}

  /** Reads a required value with a grid factory ({@code PersonId::of}), whose refusal names the location. */
  static <T> T required(String text, String location, Function<String, T> factory) {
    if (text == null) {
      throw ApiProblem.badInput(location, "is required");
    }
    return optional(text, location, factory);
  }

  /** Reads an optional value: null stays null. */
  static <T> T optional(String text, String location, Function<String, T> factory) {
    if (text == null) {
      return null;
    }
    if (text.length() > MAX_TEXT) {
      throw ApiProblem.badInput(location, "is longer than " + MAX_TEXT + " characters");
    }
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiProblem.badInput(location, withoutFieldName(e.getMessage()));
    }
  }

  /** Reads a constant of an enum by its exact name; the error lists the constants. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String text, String location) {
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw ApiProblem.badInput(location, "must be one of " + Arrays.toString(type.getEnumConstants()));
  }

  /** Reads an ISO 8601 instant ({@code 2026-03-02T08:00:00Z}). */
  static Instant instant(String text, String location) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badInput(location, "must be an ISO 8601 instant such as 2026-03-02T08:00:00Z");
    }
  }

  /** The message of a grid id's refusal without the id's own field name, which the location replaces. */
  private static String withoutFieldName(String message) {
    if (message == null) {
      return "is not valid";
    }
    int space = message.indexOf(' ');
    return space > 0 && !message.substring(0, space).contains(":") ? message.substring(space + 1) : message;
  }
}
