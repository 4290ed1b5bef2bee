package org.grid.spring.boot.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.models.GroupedOpenApi;

/**
 * The OpenAPI 3.1 description of grid's REST API, as springdoc's group {@code grid} ({@code /v3/api-docs/grid}
 * when the application serves springdoc's documents): grid's paths only, titled, with the headers the controllers
 * read beside their parameters ({@code Grid-Office}, {@code Grid-Role}) on every operation. The committed
 * docs/openapi/grid-api.json is this document; {@code OpenApiDocumentTest} fails when the two differ.
 */
final class GridOpenApi {

  /** The name of springdoc's group of grid's API. */
  static final String GROUP = "grid";

  private GridOpenApi() {}

  static GroupedOpenApi group(String basePath) {
    return GroupedOpenApi.builder()
        .group(GROUP)
        .displayName("grid REST API")
        .pathsToMatch(basePath + "/**")
        .addOpenApiCustomizer(GridOpenApi::describe)
        .addOperationCustomizer((operation, handler) -> documented(operation)
            .addParametersItem(new HeaderParameter().name(GridCallers.OFFICE_HEADER).required(false)
                .description("The office the caller acts for, as TIER:county/... (e.g. "
                    + "TOWNSHIP_OFFICE:C1/T01); absent, the caller acts as a citizen. docs/rest-api.md")
                .schema(new StringSchema()))
            .addParametersItem(new HeaderParameter().name(GridCallers.ROLE_HEADER).required(false)
                .description("The role, when the caller serves the office in several")
                .schema(new StringSchema())))
        .build();
  }

  /** Marks the command headers required (the controllers check them, with problems of their own). */
  private static Operation documented(Operation operation) {
    if (operation.getParameters() != null) {
      for (Parameter p : operation.getParameters()) {
        if (GridRequestController.IDEMPOTENCY_KEY.equals(p.getName())) {
          p.required(true).description("The command id; a retry sends the same one (400 without it)");
        } else if ("If-Match".equals(p.getName())) {
          p.required(true).description("The ETag of the version the command was decided on, e.g. \"3\" "
              + "(428 without it, 412 when stale)");
        }
      }
    }
    ApiResponses responses = operation.getResponses();
    if (responses != null) {
      for (String status : List.of("400", "401", "403", "404", "409", "412", "413", "415", "422", "428")) {
        responses.addApiResponse(status, new ApiResponse().description("RFC 9457 problem details")
            .content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
      }
    }
    return operation;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void describe(OpenAPI api) {
    api.setServers(null);
    Schema problem = new ObjectSchema()
        .addProperty("type", new StringSchema().description("urn:grid:problem:<kind>"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty("reason", new StringSchema().description("the engine's refusal reason (type refused)"))
        .addProperty("field", new StringSchema().description("where bad input was (type bad-input)"))
        .addProperty("expectedVersion", new IntegerSchema().description("stale-version"))
        .addProperty("currentVersion", new IntegerSchema().description("stale-version"));
    if (api.getComponents() == null) {
      api.components(new Components());
    }
    api.getComponents().addSchemas("Problem", problem);
    api.info(new Info().title("grid REST API").version("1")
        .description("Requests (诉求) of grid's engine over HTTP: report, commands, one request, the paged list; "
            + "plans (plan, validate); a township's teams, pairing and duty compliance; scores and the county's "
            + "two-way assessment. "
            + "Authentication is the application's, authorization grid's; refusals are RFC 9457 problem details "
            + "with the engine's reason code. docs/rest-api.md describes headers, status codes and paging."));
  }
}
