package org.grid.testkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSchemasTest {

  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final String DRAFT_2020_12 = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"";

  @TempDir
  Path dir;

  /** A schema whose period comes from a sibling file, as knowledge-output's comes from score-output's. */
  private Path sheet() throws IOException {
    write("common.schema.json", """
        {%s,
         "$defs": {"period": {"type": "object", "additionalProperties": false, "required": ["start", "end"],
                              "properties": {"start": {"type": "string", "format": "date"},
                                             "end": {"type": "string", "format": "date"}}}}}
        """.formatted(DRAFT_2020_12));
    return write("sheet.schema.json", """
        {%s, "title": "a score sheet", "type": "object", "additionalProperties": false,
         "required": ["period", "scale", "members"],
         "properties": {
           "period": {"$ref": "common.schema.json#/$defs/period"},
           "scale": {"const": 2},
           "members": {"type": "array", "items": {
             "type": "object", "additionalProperties": false, "required": ["member", "total"],
             "properties": {"member": {"type": "string", "minLength": 1},
                            "total": {"type": "number", "minimum": 0, "maximum": 100, "multipleOf": 0.01}}}}}}
        """.formatted(DRAFT_2020_12));
  }

  @Test
  void aConformingDocumentHasNoProblems() throws IOException {
    JsonNode sheet = json("""
        {"period": {"start": "2025-01-01", "end": "2026-01-01"}, "scale": 2,
         "members": [{"member": "S1", "total": 0.07}, {"member": "S2", "total": 15.67}, {"member": "S3", "total": 100}]}
        """);

    assertThat(JsonSchemas.problems(sheet(), sheet)).isEmpty();
  }

  @Test
  void everyBrokenKeywordIsReportedAtItsPath() throws IOException {
    JsonNode sheet = json("""
        {"period": {"start": "2025-02-30", "end": "2026-01-01", "days": 365}, "scale": 3,
         "members": [{"member": "", "total": 90.125}, {"total": 100.01, "extra": true}]}
        """);

    assertThat(JsonSchemas.problems(sheet(), sheet)).containsExactlyInAnyOrder(
        "$.period.start: does not match the date pattern must be a valid RFC 3339 full-date",
        "$.period: property 'days' is not defined in the schema and the schema does not allow additional properties",
        "$.scale: must be the constant value '2'",
        "$.members[0].member: must be at least 1 characters long",
        "$.members[0].total: must be multiple of 0.01",
        "$.members[1]: required property 'member' not found",
        "$.members[1].total: must have a maximum value of 100",
        "$.members[1]: property 'extra' is not defined in the schema and the schema does not allow additional "
            + "properties");
  }

  @Test
  void aValidSchemaHasNoProblems() throws IOException {
    assertThat(JsonSchemas.schemaProblems(sheet())).isEmpty();
  }

  @Test
  void aSchemaIsHeldToTheMetaSchemaOfItsDraft() throws IOException {
    Path schema = write("broken.schema.json", """
        {%s, "type": "objekt", "required": "member", "properties": {"total": {"minimum": "0"}}}
        """.formatted(DRAFT_2020_12));

    assertThat(JsonSchemas.schemaProblems(schema)).containsExactlyInAnyOrder(
        "$.type: does not have a value in the enumeration [\"array\", \"boolean\", \"integer\", \"null\", "
            + "\"number\", \"object\", \"string\"]",
        "$.type: string found, array expected",
        "$.required: string found, array expected",
        "$.properties.total.minimum: string found, number expected");
  }

  @Test
  void anOlderDraftIsHeldToItsOwnMetaSchema() throws IOException {
    Path draft7 = write("draft7.schema.json", """
        {"$schema": "http://json-schema.org/draft-07/schema#", "type": "number", "exclusiveMinimum": true}
        """);
    Path draft4 = write("draft4.schema.json", """
        {"$schema": "http://json-schema.org/draft-04/schema#", "type": "number", "minimum": 0,
         "exclusiveMinimum": true}
        """);

    assertThat(JsonSchemas.schemaProblems(draft7)).containsExactly("$.exclusiveMinimum: boolean found, number expected");
    assertThat(JsonSchemas.schemaProblems(draft4)).isEmpty();
    assertThat(JsonSchemas.problems(draft4, json("0.00"))).containsExactly("$: must have a minimum value of 0");
    assertThat(JsonSchemas.problems(draft4, json("0.01"))).isEmpty();
  }

  @Test
  void aKeywordTheDraftDoesNotDefineIsAProblem() throws IOException {
    Path schema = write("typo.schema.json", """
        {%s, "type": "object", "properties": {"member": {"type": "string"}}, "requried": ["member"]}
        """.formatted(DRAFT_2020_12));

    assertThat(JsonSchemas.schemaProblems(schema))
        .containsExactly("$: Keyword 'requried' is unknown and must be configured on the meta-schema or vocabulary");
  }

  @Test
  void aReferenceToNothingIsAProblem() throws IOException {
    Path missingFile = write("missing-file.schema.json", """
        {%s, "properties": {"period": {"$ref": "nowhere.schema.json#/$defs/period"}}}
        """.formatted(DRAFT_2020_12));
    Path missingDefinition = write("missing-definition.schema.json", """
        {%s, "properties": {"period": {"$ref": "#/$defs/period"}}}
        """.formatted(DRAFT_2020_12));

    assertThat(JsonSchemas.schemaProblems(missingFile)).singleElement().asString()
        .startsWith("$: java.io.FileNotFoundException: file:").endsWith("/nowhere.schema.json");
    assertThat(JsonSchemas.schemaProblems(missingDefinition))
        .containsExactly("$: Reference /$defs/period cannot be resolved");
  }

  @Test
  void aSchemaMustDeclareAKnownDraft() throws IOException {
    Path none = write("none.schema.json", "{\"type\": \"object\"}");
    Path unknown = write("unknown.schema.json", "{\"$schema\": \"https://example.org/my-draft\", \"type\": \"object\"}");

    assertThat(JsonSchemas.schemaProblems(none)).singleElement().asString()
        .startsWith("$['$schema']: missing or not a draft this validator knows (")
        .contains("https://json-schema.org/draft/2020-12/schema");
    assertThat(JsonSchemas.schemaProblems(unknown)).isEqualTo(JsonSchemas.schemaProblems(none));
  }

  @Test
  void noDocumentIsCheckedAgainstABrokenSchema() throws IOException {
    Path schema = write("typo.schema.json", """
        {%s, "type": "object", "requried": ["member"]}
        """.formatted(DRAFT_2020_12));

    assertThatThrownBy(() -> JsonSchemas.problems(schema, json("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("typo.schema.json is not a valid JSON Schema")
        .hasMessageContaining("'requried' is unknown");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static JsonNode json(String text) throws IOException {
    return EXACT.readTree(text);
  }
}
