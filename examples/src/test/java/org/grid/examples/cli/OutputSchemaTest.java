package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The JSON documents of {@code score} and {@code knowledge}, and the example knowledge-check file, conform to their
 * schemas under {@code docs/schemas/}. Checked by a validator of the keywords those schemas use (type, const, enum,
 * required, properties, additionalProperties, items, $ref, minimum, maximum, multipleOf, minLength), which refuses
 * any other keyword, so the schemas cannot drift from the code unnoticed.
 */
class OutputSchemaTest {

  private static final Path SCHEMAS = Path.of("../docs/schemas");
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();
  private static final List<String> ANNOTATIONS = List.of("$schema", "title", "description", "format", "$defs");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(args)).isEqualTo(GridCli.OK);
    return out.toString();
  }

  @Test
  void theScoreDocumentConformsToItsSchema() throws IOException {
    String json = run("score", "--rules", "inputs/assessment/rule-sets.json", "--evidence",
        "inputs/assessment/evidence.json", "--members", "inputs/assessment/party-members.json", "--grids",
        "inputs/assessment/grids.json", "--year", "2025", "--format", "json");

    assertThat(problems("score-output.schema.json", EXACT.readTree(json))).isEmpty();
  }

  @Test
  void theKnowledgeDocumentConformsToItsSchema() throws IOException {
    String json = run("knowledge", "--checks", "inputs/assessment/knowledge-checks.json", "--year", "2025",
        "--format", "json");

    assertThat(problems("knowledge-output.schema.json", EXACT.readTree(json))).isEmpty();
  }

  @Test
  void theExampleKnowledgeCheckFileConformsToItsSchema() throws IOException {
    JsonNode file = EXACT.readTree(Path.of("inputs/assessment/knowledge-checks.json").toFile());

    assertThat(problems("knowledge-checks.schema.json", file)).isEmpty();
  }

  @Test
  void theValidatorFindsWhatBreaksASchema() throws IOException {
    JsonNode bad = EXACT.readTree("""
        {"period": {"start": "2025-01-01", "end": "2026-01-01"}, "scale": 3, "weights": {},
         "members": [{"member": "S1", "total": 90.125, "lineItems": [], "extra": true}]}
        """);

    assertThat(problems("knowledge-output.schema.json", bad)).containsExactlyInAnyOrder(
        "$.scale: not 2",
        "$.weights: dailyReportRate missing", "$.weights: weeklySpotChecks missing",
        "$.weights: monthlyAssessments missing",
        "$.members[0].total: not a multiple of 0.01", "$.members[0].extra: not allowed");
  }

  private static List<String> problems(String schemaFile, JsonNode document) throws IOException {
    List<String> problems = new ArrayList<>();
    check(schemaFile, schema(schemaFile), document, "$", problems);
    return problems;
  }

  private static JsonNode schema(String file) throws IOException {
    return EXACT.readTree(SCHEMAS.resolve(file).toFile());
  }

  private static void check(String file, JsonNode schema, JsonNode value, String path, List<String> problems)
      throws IOException {
    Iterator<String> keywords = schema.fieldNames();
    while (keywords.hasNext()) {
      String keyword = keywords.next();
      JsonNode arg = schema.get(keyword);
      switch (keyword) {
        case "$ref" -> {
          String ref = arg.asText();
          String target = ref.startsWith("#") ? file : ref.substring(0, ref.indexOf('#'));
          JsonNode root = schema(target);
          check(target, root.at(ref.substring(ref.indexOf('#') + 1)), value, path, problems);
        }
        case "type" -> {
          boolean ok = switch (arg.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new AssertionError("type " + arg + " is not checked here");
          };
          if (!ok) {
            problems.add(path + ": not of type " + arg.asText());
          }
        }
        case "const" -> {
          if (!arg.equals(value)) {
            problems.add(path + ": not " + arg);
          }
        }
        case "enum" -> {
          boolean found = false;
          for (JsonNode allowed : arg) {
            found |= allowed.equals(value);
          }
          if (!found) {
            problems.add(path + ": not one of " + arg);
          }
        }
        case "required" -> arg.forEach(name -> {
          if (value.isObject() && !value.has(name.asText())) {
            problems.add(path + ": " + name.asText() + " missing");
          }
        });
        case "properties" -> {
          Iterator<String> names = arg.fieldNames();
          while (names.hasNext()) {
            String name = names.next();
            if (value.has(name)) {
              check(file, arg.get(name), value.get(name), path + "." + name, problems);
            }
          }
        }
        case "additionalProperties" -> {
          Iterator<String> names = value.fieldNames();
          while (names.hasNext()) {
            String name = names.next();
            if (!arg.asBoolean() && !schema.path("properties").has(name)) {
              problems.add(path + "." + name + ": not allowed");
            }
          }
        }
        case "items" -> {
          for (int i = 0; i < value.size(); i++) {
            check(file, arg, value.get(i), path + "[" + i + "]", problems);
          }
        }
        case "minimum" -> {
          if (value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) < 0) {
            problems.add(path + ": below " + arg);
          }
        }
        case "maximum" -> {
          if (value.isNumber() && value.decimalValue().compareTo(arg.decimalValue()) > 0) {
            problems.add(path + ": above " + arg);
          }
        }
        case "multipleOf" -> {
          if (value.isNumber()
              && value.decimalValue().remainder(arg.decimalValue()).compareTo(BigDecimal.ZERO) != 0) {
            problems.add(path + ": not a multiple of " + arg.decimalValue());
          }
        }
        case "minLength" -> {
          if (value.isTextual() && value.asText().length() < arg.asInt()) {
            problems.add(path + ": shorter than " + arg);
          }
        }
        default -> {
          if (!ANNOTATIONS.contains(keyword)) {
            throw new AssertionError("keyword " + keyword + " of " + file + " is not checked here");
          }
        }
      }
    }
  }
}
