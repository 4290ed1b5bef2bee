package org.grid.testkit.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks JSON documents against JSON Schema files, and the files against their meta-schemas (JSON 模式校验), with
 * networknt's json-schema-validator: every keyword of the draft the schema declares in {@code $schema} (draft 4, 6,
 * 7, 2019-09 or 2020-12), a problem per failed keyword as {@code <JSON path>: <message>}, for example {@code
 * $.members[0].total: must be multiple of 0.01}.
 *
 * <p>Stricter than the specification's defaults in two ways, so a schema cannot silently check less than it says:
 * <ul>
 *   <li>{@code format} is asserted ({@code "format": "date"} refuses {@code 2025-02-30}), not only an annotation as
 *       2019-09 and 2020-12 make it by default;</li>
 *   <li>a keyword the declared draft does not define is a problem of the schema (a misspelt {@code requried} would
 *       otherwise be ignored), and so is a {@code $ref} that resolves to nothing.</li>
 * </ul>
 *
 * <p>Nothing is fetched from the network: the meta-schemas come with the validator, and a {@code $ref} to another
 * file ({@code "score-output.schema.json#/$defs/period"}) is read from disk, relative to the referring file (schemas
 * without an {@code $id} are identified by their {@code file:} URI). Messages are in English whatever the default
 * locale. Numbers are compared as written: read documents with exact decimals (Jackson's {@code
 * USE_BIG_DECIMAL_FOR_FLOATS}) when their decimals matter. Every call reads the schema files anew, so an edited
 * schema is never checked from a stale copy, and calls share nothing, so parallel tests may make them.
 */
public final class JsonSchemas {

  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** Reads {@code file:} references from disk; every other address is left to the validator's own loaders. */
  private static final ResourceLoader FILES = iri -> {
    String address = iri.toString();
    if (!address.startsWith("file:")) {
      return null;
    }
    Path file = Path.of(URI.create(address));
    return Files.isRegularFile(file) ? (InputStreamSource) () -> Files.newInputStream(file) : null;
  };

  private JsonSchemas() {}

  /**
   * The problems of a JSON document against a schema file: empty when the document conforms.
   *
   * @param schema a JSON Schema file declaring its draft in {@code $schema}; it must itself be valid ({@link
   *     #schemaProblems(Path)} empty); not null
   * @param document the document; not null
   * @return one line per failed keyword, {@code <JSON path of the value>: <message>}, in the validator's order
   * @throws IOException if the schema file cannot be read or is not JSON
   * @throws IllegalArgumentException if the schema is not a valid schema, naming the file and its problems
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<String> problems(Path schema, JsonNode document) throws IOException {
    requireNonNull(document, "document");
    Checked checked = check(schema);
    if (!checked.problems().isEmpty()) {
      throw new IllegalArgumentException(
          "schema " + schema + " is not a valid JSON Schema: " + String.join("; ", checked.problems()));
    }
    return lines(checked.schema().orElseThrow().validate(document));
  }

  /**
   * The problems of a schema file itself: empty when it is a valid schema of the draft it declares. Checked: that
   * {@code $schema} names a draft the validator knows; the file against that draft's meta-schema; then, once it
   * passes, that it uses no keyword the draft does not define and that every {@code $ref} resolves.
   *
   * @param schema a JSON Schema file; not null
   * @return one line per problem, {@code <JSON path in the schema>: <message>}; a keyword or reference that cannot
   *     be compiled is reported with the path {@code $} and the validator's message naming it
   * @throws IOException if the file cannot be read or is not JSON
   * @throws NullPointerException if the argument is null
   */
  public static ImmutableList<String> schemaProblems(Path schema) throws IOException {
    return check(schema).problems();
  }

  /** The schema compiled when it is valid, and its problems. */
  private record Checked(Optional<Schema> schema, ImmutableList<String> problems) {}

  private static Checked check(Path schemaFile) throws IOException {
    requireNonNull(schemaFile, "schema");
    JsonNode node = EXACT.readTree(schemaFile.toFile());
    Optional<SpecificationVersion> version = SpecificationVersion.fromSchemaNode(node);
    if (version.isEmpty()) {
      return new Checked(Optional.empty(), ImmutableList.of(
          "$['$schema']: missing or not a draft this validator knows (" + knownDrafts() + ")"));
    }
    SchemaRegistry registry = registry(version.get());
    ImmutableList<String> metaProblems =
        lines(registry.getSchema(SchemaLocation.of(version.get().getDialectId())).validate(node));
    if (!metaProblems.isEmpty()) {
      return new Checked(Optional.empty(), metaProblems);
    }
    try {
      URI address = schemaFile.toAbsolutePath().normalize().toUri();
      Schema schema = registry.getSchema(SchemaLocation.of(address.toString()));
      schema.initializeValidators();
      return new Checked(Optional.of(schema), ImmutableList.of());
    } catch (SchemaException e) {
      return new Checked(Optional.empty(), ImmutableList.of("$: " + e.getMessage()));
    }
  }

  /** A registry for one draft: strict about keywords, asserting formats, offline, English, JSON paths. */
  private static SchemaRegistry registry(SpecificationVersion version) {
    Dialect strict = Dialect.builder(dialect(version))
        .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
        .build();
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .locale(Locale.ROOT)
        .pathType(PathType.JSON_PATH)
        .build();
    return SchemaRegistry.withDialect(strict, registry -> registry
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.resourceLoaders(loaders -> loaders.add(FILES))));
  }

  private static Dialect dialect(SpecificationVersion version) {
    return switch (version) {
      case DRAFT_4 -> Dialects.getDraft4();
      case DRAFT_6 -> Dialects.getDraft6();
      case DRAFT_7 -> Dialects.getDraft7();
      case DRAFT_2019_09 -> Dialects.getDraft201909();
      case DRAFT_2020_12 -> Dialects.getDraft202012();
    };
  }

  private static String knownDrafts() {
    return String.join(", ",
        List.of(SpecificationVersion.values()).stream().map(SpecificationVersion::getDialectId).toList());
  }

  private static ImmutableList<String> lines(List<Error> errors) {
    return errors.stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .collect(ImmutableList.toImmutableList());
  }
}
