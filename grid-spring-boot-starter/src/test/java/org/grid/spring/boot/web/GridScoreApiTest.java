package org.grid.spring.boot.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scores computed from the body: grid scorecards with their ranks (equal totals share a rank) and knowledge
 * checks, from the command line's example documents; bad documents and periods are 400 with their place.
 */
class GridScoreApiTest {

  private static final String BASE = "/grid/api/scores";
  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    mvc = ApiTestApplication.mockMvc(ApiTestApplication.shared());
  }

  private static String text(String name) throws IOException {
    try (InputStream in = GridScoreApiTest.class.getResourceAsStream("/assessment/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void gridsAreScoredAndRanked() throws Exception {
    mvc.perform(post(BASE + "/grids").with(user("citizen-1")).param("from", "2025-01-01").param("to", "2026-01-01")
            .contentType(MediaType.APPLICATION_JSON).content(text("grids.json")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2025-01-01"))
        .andExpect(jsonPath("$.grids", hasSize(6)))
        .andExpect(jsonPath("$.grids[0].score.lineItems").isNotEmpty())
        .andExpect(jsonPath("$.grids[0].measures.VISIT_COMPLIANCE").isNumber());
    // T01-V01-N2 has the shares of T01-V16-N2: equal totals, one shared rank.
    String body = mvc.perform(post(BASE + "/grids").with(user("citizen-1")).param("from", "2025-01-01")
            .param("to", "2026-01-01").contentType(MediaType.APPLICATION_JSON).content(text("grids.json")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    Object a = com.jayway.jsonpath.JsonPath.read(body, "$.grids[?(@.grid == 'T01-V01-N2')].rank");
    Object b = com.jayway.jsonpath.JsonPath.read(body, "$.grids[?(@.grid == 'T01-V16-N2')].rank");
    org.assertj.core.api.Assertions.assertThat(a).isEqualTo(b);
  }

  @Test
  void knowledgeChecksAreScored() throws Exception {
    mvc.perform(post(BASE + "/knowledge-checks").with(user("citizen-1")).param("from", "2025-01-01")
            .param("to", "2026-01-01").contentType(MediaType.APPLICATION_JSON).content(text("knowledge-checks.json")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.members", hasSize(4)))
        .andExpect(jsonPath("$.members[?(@.subject == 'S001')].total").isNotEmpty())
        .andExpect(jsonPath("$.members[0].lineItems").isNotEmpty());
  }

  @Test
  void badDocumentsAndPeriodsAreBadInput() throws Exception {
    mvc.perform(post(BASE + "/grids").with(user("citizen-1")).param("from", "2025-01-01").param("to", "2026-01-01")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"grids\":[{\"id\":\"G1\",\"township\":\"T01\",\"measures\":{\"VISIT_COMPLIANCE\":\"high\"}}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andExpect(jsonPath("$.problems[0].path").value(org.hamcrest.Matchers.startsWith("$.grids[0]")));
    mvc.perform(post(BASE + "/knowledge-checks").with(user("citizen-1")).param("from", "2025-01-01")
            .param("to", "2024-01-01").contentType(MediaType.APPLICATION_JSON).content(text("knowledge-checks.json")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query to"));
    // A check dated outside the period: the use case's own refusal.
    mvc.perform(post(BASE + "/knowledge-checks").with(user("citizen-1")).param("from", "2025-01-01")
            .param("to", "2025-02-01").contentType(MediaType.APPLICATION_JSON).content(text("knowledge-checks.json")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"));
    mvc.perform(post(BASE + "/grids").param("from", "2025-01-01").param("to", "2026-01-01")
            .contentType(MediaType.APPLICATION_JSON).content(text("grids.json")))
        .andExpect(status().isUnauthorized());
  }
}
