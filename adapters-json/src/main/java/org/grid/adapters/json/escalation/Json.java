package org.grid.adapters.json.escalation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading helpers that name the source and JSON path of every problem. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  final String source;

  Json(String source) {
    this.source = source;
  }

  JsonNode parse(InputStream in) {
    try {
      JsonNode root = MAPPER.readTree(in);
      if (root == null || root.isMissingNode()) {
        throw fail("$", "the file is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "$" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new EscalationJsonException(source, where, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new EscalationJsonException(source, "$", "cannot be read: " + e.getMessage(), e);
    }
  }

  EscalationJsonException fail(String path, String problem) {
    return new EscalationJsonException(source, path, problem, null);
  }

  JsonNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw fail(path, "must be an object");
    }
    return node;
  }

  JsonNode required(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      throw fail(path + "." + field, "is missing");
    }
    return node;
  }

  String text(JsonNode parent, String field, String path) {
    JsonNode node = required(parent, field, path);
    if (!node.isTextual() || node.asText().isBlank()) {
      throw fail(path + "." + field, "must be a non-empty string");
    }
    return node.asText();
  }

  String optionalText(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    return text(parent, field, path);
  }

  <T> T convert(JsonNode parent, String field, String path, String what, Function<String, T> parser) {
    String text = text(parent, field, path);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw fail(path + "." + field, "'" + text + "' is not " + what + " (" + e.getMessage() + ")");
    }
  }

  <T> T optionalConvert(JsonNode parent, String field, String path, String what, Function<String, T> parser) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    return convert(parent, field, path, what, parser);
  }

  <T> List<T> list(JsonNode parent, String field, String path, boolean required, String what,
      Function<String, T> parser) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw fail(path + "." + field, "is missing");
      }
      return List.of();
    }
    if (!node.isArray()) {
      throw fail(path + "." + field, "must be an array");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String p = path + "." + field + "[" + i + "]";
      JsonNode item = node.get(i);
      if (!item.isTextual()) {
        throw fail(p, "must be a string");
      }
      try {
        out.add(parser.apply(item.asText()));
      } catch (IllegalArgumentException | DateTimeException e) {
        throw fail(p, "'" + item.asText() + "' is not " + what + " (" + e.getMessage() + ")");
      }
    }
    return out;
  }

  static Instant instant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  static LocalTime time(String text) {
    return LocalTime.parse(text);
  }
}
