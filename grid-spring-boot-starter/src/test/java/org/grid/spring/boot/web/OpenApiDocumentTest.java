package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI 3.1 document of the REST API, docs/openapi/grid-api.json, is the one springdoc generates
 * from the code: this test fails when they differ, and says how to write it again.
 */
class OpenApiDocumentTest {

  /** The committed document, from the module's directory (where Maven runs the tests). */
  static final Path DOCUMENT = Path.of("..", "docs", "openapi", "grid-api.json");

  private static final String REGENERATE = "./mvnw -pl grid-spring-boot-starter test -Dtest=OpenApiDocumentTest "
      + "-Dgrid.openapi.write=true -Dsurefire.failIfNoSpecifiedTests=false";

  @Test
  void theCommittedDocumentIsTheGeneratedOne() throws Exception {
    String json = ApiTestApplication.mockMvc(ApiTestApplication.shared())
        .perform(get("/v3/api-docs/" + GridOpenApi.GROUP).with(user("anyone")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String generated = normalized(json);
    JsonNode document = new ObjectMapper().readTree(generated);
    assertThat(document.path("openapi").asText()).startsWith("3.1");
    assertThat(document.path("paths").has("/grid/api/requests")).isTrue();
    assertThat(document.path("paths").has("/grid/api/requests/{id}/close-as-duplicate")).isTrue();
    if (Boolean.getBoolean("grid.openapi.write")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " is missing; write it with: " + REGENERATE).isTrue();
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as(DOCUMENT + " differs from the document the code generates; after a deliberate change of the API, "
            + "write it again with: " + REGENERATE)
        .isEqualTo(generated);
  }

  /** Sorted keys, two-space indentation, one newline at the end: a stable text to commit and compare. */
  private static String normalized(String json) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    Object tree = mapper.treeToValue(mapper.readTree(json), Object.class);
    return mapper.writeValueAsString(tree) + "\n";
  }
}
