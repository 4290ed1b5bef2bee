package org.grid.adapters.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads JSON text strictly (duplicate keys and trailing content are errors) and collects the problems of one
 * input with their JSON paths, so that a reader reports all of them at once in one {@link JsonInputException}.
 * Not thread-safe: one instance per read.
 */
final class JsonInput {

  /** Shared, thread-safe once configured. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private final String source;
  private final List<JsonProblem> problems = new ArrayList<>();

  JsonInput(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  /** Reads a file's bytes as the root node; an unreadable file or malformed JSON throws at once. */
  static JsonNode parse(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$", "the file does not exist")));
    } catch (IOException | RuntimeException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$", "the file cannot be read: " + e)));
    }
    return parse(bytes, source);
  }

  /** Reads a stream to its end as the root node; malformed JSON throws at once. */
  static JsonNode parse(InputStream in, String source) {
    try {
      return parse(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$", "the input cannot be read: " + e)));
    }
  }

  /** Reads text as the root node; malformed JSON throws at once. */
  static JsonNode parse(byte[] bytes, String source) {
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.isMissingNode()) {
        throw new JsonInputException(source, List.of(new JsonProblem("$", "the input is empty, expected a JSON object")));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "$" : "$ (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new JsonInputException(source, List.of(new JsonProblem(where, "malformed JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new JsonInputException(source, List.of(new JsonProblem("$", "the input cannot be read: " + e)));
    }
  }

  void problem(String path, String message) {
    problems.add(new JsonProblem(path, message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Throws the collected problems, if there are any. */
  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new JsonInputException(source, problems);
    }
  }

  /** Returns {@code node} if it is an object, else records a problem and returns null. */
  JsonNode object(JsonNode node, String path) {
    if (node == null || node.isMissingNode()) {
      problem(path, "is missing, expected an object");
      return null;
    }
    if (!node.isObject()) {
      problem(path, "must be an object, was " + describe(node));
      return null;
    }
    return node;
  }

  /** Returns the array at {@code field}; a missing field is a problem when {@code required}, else null. */
  JsonNode array(JsonNode parent, String field, String path, boolean required) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      if (required) {
        problem(at, "is missing, expected an array");
      }
      return null;
    }
    if (!node.isArray()) {
      problem(at, "must be an array, was " + describe(node));
      return null;
    }
    return node;
  }

  /** Returns the non-blank text at {@code field}, or null after recording a problem. */
  String text(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      problem(at, "is missing, expected a string");
      return null;
    }
    return text(node, at);
  }

  /** Returns the non-blank text of {@code node}, or null after recording a problem. */
  String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      problem(path, "must be a string, was " + describe(node));
      return null;
    }
    if (node.textValue().isBlank()) {
      problem(path, "must not be blank");
      return null;
    }
    return node.textValue();
  }

  /**
   * Returns the id at {@code field} made by {@code factory}, or null after recording a problem (missing, not a
   * string, or refused by the factory with its reason).
   */
  <T> T id(JsonNode parent, String field, String path, Function<String, T> factory) {
    String text = text(parent, field, path);
    return text == null ? null : id(text, path + "." + field, factory);
  }

  /** Returns {@code factory.apply(text)}, or null after recording the factory's reason as a problem. */
  <T> T id(String text, String path, Function<String, T> factory) {
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException e) {
      problem(path, "is not a valid id: " + e.getMessage());
      return null;
    }
  }

  /**
   * Returns the integer at {@code field} if it lies in {@code [min, max]}, else null after recording a problem.
   */
  Integer integer(JsonNode parent, String field, String path, int min, int max) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      problem(at, "is missing, expected an integer from " + min + " to " + max);
      return null;
    }
    if (!node.isNumber()) {
      problem(at, "must be a number, was " + describe(node));
      return null;
    }
    if (!node.isIntegralNumber() && !(node.isFloatingPointNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
      problem(at, "must be a whole number, was " + node.asText());
      return null;
    }
    if (!node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
      problem(at, "must be from " + min + " to " + max + ", was " + node.asText());
      return null;
    }
    return (int) node.asLong();
  }

  /**
   * Returns the finite number at {@code field}, or null when it is absent; a value that is not a finite number
   * is a problem (and null).
   */
  Double optionalNumber(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      problem(path + "." + field, "must be a finite number, was " + describe(node));
      return null;
    }
    return node.asDouble();
  }

  /**
   * Returns the decimal at {@code field}: null when absent and not {@code required} (no problem), or after recording
   * a problem when it is missing but required or is not a number.
   */
  BigDecimal decimal(JsonNode parent, String field, String path, boolean required) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      if (required) {
        problem(at, "is missing, expected a number");
      }
      return null;
    }
    if (!node.isNumber()) {
      problem(at, "must be a number, was " + describe(node));
      return null;
    }
    return node.decimalValue();
  }

  /**
   * Returns the day at {@code field}, written as an ISO 8601 date ({@code 2025-03-01}) or a date-time with an
   * offset ({@code 2025-03-01T09:30:00+08:00}, whose local date is taken), or null after recording a problem.
   */
  LocalDate date(JsonNode parent, String field, String path) {
    String text = text(parent, field, path);
    if (text == null) {
      return null;
    }
    try {
      return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      problem(path + "." + field, "must be an ISO 8601 date (2025-03-01) or date-time with offset "
          + "(2025-03-01T09:30:00+08:00), was \"" + text + "\"");
      return null;
    }
  }

  /** Returns the object of strings at {@code field} (empty when absent), or null after recording a problem. */
  Map<String, String> stringMap(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      problem(at, "must be an object of strings, was " + describe(node));
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!entry.getValue().isTextual()) {
        problem(at + "." + entry.getKey(), "must be a string, was " + describe(entry.getValue()));
        ok = false;
      } else {
        values.put(entry.getKey(), entry.getValue().textValue());
      }
    }
    return ok ? values : null;
  }

  /** Returns the constant of {@code type} named at {@code field}, or null after recording a problem. */
  <E extends Enum<E>> E enumValue(JsonNode parent, String field, String path, Class<E> type) {
    String text = text(parent, field, path);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problem(path + "." + field, "must be one of " + Arrays.toString(type.getEnumConstants())
        + ", was \"" + text + "\"");
    return null;
  }

  static String describe(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case STRING -> "the string \"" + abbreviate(node.textValue()) + "\"";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> type.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
