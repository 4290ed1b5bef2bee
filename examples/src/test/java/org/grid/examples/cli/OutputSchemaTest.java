package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.grid.testkit.json.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The JSON documents of {@code score} and {@code knowledge}, and the example knowledge-check file, conform to their
 * schemas under {@code docs/schemas/}, and every schema there is a valid schema of the draft it declares. Checked
 * with grid-testkit's {@link JsonSchemas} (networknt's json-schema-validator), which also refuses keywords the
 * draft does not define and asserts {@code format}, so the schemas cannot drift from the code unnoticed.
 */
class OutputSchemaTest {

  private static final Path SCHEMAS = Path.of("../docs/schemas");
  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(args)).isEqualTo(GridCli.OK);
    return out.toString();
  }

  static List<Path> schemas() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void everySchemaIsAValidSchemaOfItsDraft(Path schema) throws IOException {
    assertThat(JsonSchemas.schemaProblems(schema)).isEmpty();
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
  void theAssessDocumentConformsToItsSchema(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String e = "src/main/resources/examples/";
    Path requests = dir.resolve("requests.json");
    run("replay", "--scenario", e + "assess/requests-2025.json", "--out", requests.toString());
    String json = run("assess", "--requests", requests.toString(), "--year", "2025",
        "--rules", e + "assess/rule-sets.json", "--members", e + "assess/party-members.json",
        "--township", e + "teams/township.json", "--grids", e + "teams/plan.json", "--roster", e + "teams/roster.json",
        "--households", e + "teams/households.json", "--log", e + "teams/duty-log.json", "--format", "json");

    JsonNode document = EXACT.readTree(json);
    assertThat(document.path("partyMembers").size()).isPositive();
    assertThat(problems("assess-output.schema.json", document)).isEmpty();
  }

  @Test
  void theTeamsDocumentConformsToItsSchemaWithAndWithoutCompliance() throws IOException {
    String e = "src/main/resources/examples/teams/";
    String[] files = {"teams", "--township", e + "township.json", "--grids", e + "plan.json", "--roster",
        e + "roster.json", "--households", e + "households.json", "--format", "json"};
    JsonNode plain = EXACT.readTree(run(files));
    String[] withLog = java.util.Arrays.copyOf(files, files.length + 6);
    System.arraycopy(new String[] {"--log", e + "duty-log.json", "--from", "2025-01-01T00:00:00+08:00", "--to",
        "2025-04-01T00:00:00+08:00"}, 0, withLog, files.length, 6);
    JsonNode logged = EXACT.readTree(run(withLog));

    assertThat(plain.has("compliance")).isFalse();
    assertThat(logged.path("compliance").path("missed").size()).isPositive();
    assertThat(problems("teams-output.schema.json", plain)).isEmpty();
    assertThat(problems("teams-output.schema.json", logged)).isEmpty();
  }

  @Test
  void theExampleKnowledgeCheckFileConformsToItsSchema() throws IOException {
    JsonNode file = EXACT.readTree(Path.of("inputs/assessment/knowledge-checks.json").toFile());

    assertThat(problems("knowledge-checks.schema.json", file)).isEmpty();
  }

  @Test
  void theExampleStationFileConformsToItsSchemaAndSoDoesWhatTheWriterWrites() throws IOException {
    Path example = Path.of("src/main/resources/examples/teams/stations.json");
    assertThat(problems("service-stations.schema.json", EXACT.readTree(example.toFile()))).isEmpty();
    String written = org.grid.adapters.json.team.ServiceStationsJsonWriter.create().write(
        org.grid.core.model.jurisdiction.TownshipId.of("T09"),
        org.grid.adapters.json.team.ServiceStationsJsonReader.create(
            org.grid.core.model.jurisdiction.TownshipId.of("T09")).read(example));
    assertThat(problems("service-stations.schema.json", EXACT.readTree(written))).isEmpty();
    assertThat(problems("service-stations.schema.json", EXACT.readTree("""
        {"township": "T09", "stations": [{"team": "TEAM-1", "place": "村委会",
          "hours": [{"days": ["FUNDAY"], "opens": "8:30", "closes": "12:00"}]}]}
        """))).hasSize(2);
  }

  @Test
  void theValidatorFindsWhatBreaksADocument() throws IOException {
    JsonNode bad = EXACT.readTree("""
        {"period": {"start": "2025-01-01", "end": "2026-02-30"}, "scale": 3, "weights": {},
         "members": [{"member": "S1", "total": 90.125, "lineItems": [], "extra": true}]}
        """);

    assertThat(problems("knowledge-output.schema.json", bad)).containsExactlyInAnyOrder(
        "$.period.end: does not match the date pattern must be a valid RFC 3339 full-date",
        "$.scale: must be the constant value '2'",
        "$.weights: required property 'dailyReportRate' not found",
        "$.weights: required property 'weeklySpotChecks' not found",
        "$.weights: required property 'monthlyAssessments' not found",
        "$.members[0].total: must be multiple of 0.01",
        "$.members[0]: property 'extra' is not defined in the schema and the schema does not allow additional "
            + "properties");
  }

  private static List<String> problems(String schemaFile, JsonNode document) throws IOException {
    return JsonSchemas.problems(SCHEMAS.resolve(schemaFile), document);
  }
}
