package org.grid.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Readers of the values the team, register and duty-log formats add to {@link JsonInput}'s: optional ids, times
 * with offsets, enum constants and lists of them. Each records a problem with its JSON path and returns null (or
 * skips the element) instead of throwing.
 */
final class JsonValues {

  private JsonValues() {}

  /** Returns the id at {@code field}, or null when the field is absent; a bad value is a problem (and null). */
  static <T> T optionalId(JsonInput in, JsonNode parent, String field, String path, Function<String, T> factory) {
    if (!parent.hasNonNull(field)) {
      return null;
    }
    return in.id(parent, field, path, factory);
  }

  /** Returns the ISO 8601 time with an offset at {@code field}, or null after recording a problem. */
  static OffsetDateTime time(JsonInput in, JsonNode parent, String field, String path) {
    String text = in.text(parent, field, path);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      in.problem(path + "." + field, "must be an ISO 8601 date and time with an offset, such as "
          + "2025-03-01T09:30:00+08:00, was \"" + text + "\"");
      return null;
    }
  }

  /** Returns the constant named at {@code field}, or null after recording a problem. */
  static <E extends Enum<E>> E constant(JsonInput in, JsonNode parent, String field, String path, Class<E> type) {
    String text = in.text(parent, field, path);
    return text == null ? null : constant(in, text, path + "." + field, type);
  }

  /** Returns the constant named {@code text}, or null after recording a problem listing the allowed names. */
  static <E extends Enum<E>> E constant(JsonInput in, String text, String path, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    in.problem(path, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was \"" + text + "\""
        + (isConstant(text.toUpperCase(Locale.ROOT), type) ? " (write it in upper case)" : ""));
    return null;
  }

  private static <E extends Enum<E>> boolean isConstant(String text, Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(text));
  }

  /** Returns the constants of the optional array at {@code field}; bad elements are problems and left out. */
  static <E extends Enum<E>> EnumSet<E> constants(JsonInput in, JsonNode parent, String field, String path, Class<E> type) {
    EnumSet<E> result = EnumSet.noneOf(type);
    JsonNode array = in.array(parent, field, path, false);
    if (array == null) {
      return result;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "." + field + "[" + i + "]";
      String text = in.text(array.get(i), at);
      E constant = text == null ? null : constant(in, text, at, type);
      if (constant != null) {
        result.add(constant);
      }
    }
    return result;
  }

  /** Returns the ids of the optional array at {@code field}; bad elements are problems and left out. */
  static <T> List<T> ids(JsonInput in, JsonNode parent, String field, String path, Function<String, T> factory) {
    List<T> result = new ArrayList<>();
    JsonNode array = in.array(parent, field, path, false);
    if (array == null) {
      return result;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "." + field + "[" + i + "]";
      String text = in.text(array.get(i), at);
      T id = text == null ? null : in.id(text, at, factory);
      if (id != null) {
        result.add(id);
      }
    }
    return result;
  }

  /** Checks that the file's {@code township} names the expected township; a mismatch is a problem. */
  static void township(JsonInput in, JsonNode root, String expected) {
    String text = in.text(root, "township", "$");
    if (text != null && !text.equals(expected)) {
      in.problem("$.township", "names township \"" + text + "\", but the township file is \"" + expected + "\"");
    }
  }

  /** Returns the root if it is an object; otherwise throws the problem at once. */
  static JsonNode root(JsonInput in, JsonNode root) {
    if (in.object(root, "$") == null) {
      in.throwIfProblems();
    }
    return root;
  }
}
