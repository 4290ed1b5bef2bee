package org.grid.spring.boot.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.grid.adapters.json.jurisdiction.TownshipJsonWriter;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The plan endpoints: plan a township, validate a plan, and refuse what is not a township or plan document. */
class GridPlanApiTest {

  private static final String BASE = "/grid/api/plans";
  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    mvc = ApiTestApplication.mockMvc(ApiTestApplication.shared());
  }

  private static String township() {
    return TownshipJsonWriter.create().write(EscalationSamples.township());
  }

  @Test
  void aTownshipIsPlannedAndItsPlanValidated() throws Exception {
    String plan = mvc.perform(post(BASE).with(user("citizen-1")).param("targetHouseholds", "150")
            .param("districts", "2").contentType(MediaType.APPLICATION_JSON).content(township()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.township").value("T01"))
        .andExpect(jsonPath("$.grids").isArray())
        .andReturn().getResponse().getContentAsString();
    mvc.perform(post(BASE + "/validate").with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"township\":" + township() + ",\"plan\":" + plan + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.township").value("T01"))
        .andExpect(jsonPath("$.grids.length()").value(((java.util.List<?>) JsonPath.read(plan, "$.grids")).size()));
  }

  @Test
  void aQueryParameterOfTheWrongTypeIsBadInputNamingIt() throws Exception {
    mvc.perform(post(BASE).with(user("citizen-1")).param("targetHouseholds", "99999999999")
            .contentType(MediaType.APPLICATION_JSON).content(township()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andExpect(jsonPath("$.field").value("query targetHouseholds"))
        .andExpect(jsonPath("$.detail").value(
            "query targetHouseholds: must be a whole number from -2147483648 to 2147483647"));
    mvc.perform(post(BASE).with(user("citizen-1")).param("keepExisting", "maybe")
            .contentType(MediaType.APPLICATION_JSON).content(township()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("query keepExisting"))
        .andExpect(jsonPath("$.detail").value("query keepExisting: must be true or false"));
  }

  @Test
  void whatIsNotATownshipOrAPlanIsBadInput() throws Exception {
    mvc.perform(post(BASE).with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON).content("{\"id\":1}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems").isArray())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"));
    mvc.perform(post(BASE).with(user("citizen-1")).param("districts", "0").contentType(MediaType.APPLICATION_JSON)
        .content(township())).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("query districts"));
    mvc.perform(post(BASE).with(user("citizen-1")).param("targetHouseholds", "0")
            .contentType(MediaType.APPLICATION_JSON).content(township()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query targetHouseholds"));
    mvc.perform(post(BASE + "/validate").with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"township\":" + township() + "}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("$"));
    mvc.perform(post(BASE + "/validate").with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"township\":" + township() + ",\"plan\":{\"township\":\"T01\"}}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(township()))
        .andExpect(status().isUnauthorized());
  }

  /** The body that holds the documents is read as strictly as they are: no key twice, nothing after the value. */
  @Test
  void aBodyGivingAKeyTwiceOrContentAfterItsValueIsBadInputSayingWhich() throws Exception {
    String whole = "{\"township\":" + township() + ",\"plan\":" + "{\"township\":\"T01\",\"grids\":[]}" + "}";
    mvc.perform(post(BASE + "/validate").with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"township\":{\"bogus\":1}," + whole.substring(1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("$"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("$: gives a key twice in one object")));
    mvc.perform(post(BASE + "/validate").with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON)
            .content(whole + " {}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("$: has content after the JSON value")));
    mvc.perform(post(BASE + "/validate").with(user("citizen-1")).contentType(MediaType.APPLICATION_JSON)
            .content(whole + " ]]]"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("$: is not well-formed JSON (line ")));
  }
}
