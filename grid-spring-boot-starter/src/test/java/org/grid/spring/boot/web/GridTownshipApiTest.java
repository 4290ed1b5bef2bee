package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.grid.adapters.json.duty.DutyLogJsonReader;
import org.grid.adapters.json.jurisdiction.TownshipJsonReader;
import org.grid.adapters.json.team.RosterJsonReader;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.DutyLogRepository;
import org.grid.core.port.out.PersonRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.spring.boot.SpringUnitOfWork;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A township's teams, pairing and duty compliance over HTTP, on the sample township T09 of the command line's
 * examples (its township, plan, roster, household register and duty log): who may call is the engine's check
 * (the township's and the county's grid office, confirmed by the staff directory), every other office and every
 * citizen is refused, and bad documents are 400 with the JSON path of each problem.
 */
class GridTownshipApiTest {

  private static final String BASE = "/grid/api/townships/T09";
  private static final String TOWNSHIP_STAFF = "staff-T09";
  private static final String TOWNSHIP_OFFICE = "TOWNSHIP_OFFICE:C1/T09";
  private static MockMvc mvc;

  @BeforeAll
  static void start() throws IOException {
    AnnotationConfigServletWebApplicationContext context = ApiTestApplication.shared();
    mvc = ApiTestApplication.mockMvc(context);
    Township township = TownshipJsonReader.create().read(resource("township.json"), "township.json");
    context.getBean(SpringUnitOfWork.class).inTransaction(() -> {
      if (context.getBean(TownshipRepository.class).findById(township.id()).isPresent()) {
        return null; // seeded by an earlier test class of this JVM
      }
      context.getBean(TownshipRepository.class).save(township);
      context.getBean(org.grid.escalation.port.out.PlaceDirectory.class).adopt(township,
          org.grid.adapters.json.partition.PlanJsonReader.create().read(resource("plan.json"), "plan.json"));
      PersonRepository people = context.getBean(PersonRepository.class);
      RosterJsonReader.create(township).read(resource("roster.json"), "roster.json").people()
          .forEach(p -> people.save(township.id(), p));
      DutyLogRepository log = context.getBean(DutyLogRepository.class);
      DutyLogJsonReader.create(township.id()).read(resource("duty-log.json"), "duty-log.json")
          .forEach(e -> log.append(township.id(), e));
      context.getBean(StaffDirectory.class).save(new Appointment(PersonId.of(TOWNSHIP_STAFF),
          Office.township(township.county(), township.id()), AuthorizationPolicy.LEADER, EscalationSamples.SINCE,
          null));
      return null;
    });
  }

  private static InputStream resource(String name) {
    return GridTownshipApiTest.class.getResourceAsStream("/townships/T09/" + name);
  }

  private static String text(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static MockHttpServletRequestBuilder asTownshipOffice(MockHttpServletRequestBuilder request) {
    return request.with(user(TOWNSHIP_STAFF)).header(GridCallers.OFFICE_HEADER, TOWNSHIP_OFFICE);
  }

  @Test
  void theTownshipOfficeProposesTeamsPairsHouseholdsAndReadsCompliance() throws Exception {
    mvc.perform(asTownshipOffice(post(BASE + "/teams/proposal")).contentType(MediaType.APPLICATION_JSON)
            .content(text("plan.json")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.township").value("T09"))
        .andExpect(jsonPath("$.complete").value(true))
        .andExpect(jsonPath("$.stored").value(true))
        .andExpect(jsonPath("$.teams[?(@.id == 'TEAM-T09-V01-N1')].level").value("VILLAGE_GRID"))
        .andExpect(jsonPath("$.shortfalls").isEmpty());
    String stored = mvc.perform(asTownshipOffice(get(BASE + "/teams")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.teams[?(@.id == 'TEAM-T09-V01-N1')].scope.grid").value("T09-V01-N1"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(stored).doesNotContain("王书记"); // ids only: no name reaches an answer
    mvc.perform(asTownshipOffice(post(BASE + "/pairings")).contentType(MediaType.APPLICATION_JSON)
            .content(text("households.json")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.households").isNumber())
        .andExpect(jsonPath("$.pairings[0].pairer").isString());
    // The county's grid office may do the same for its townships.
    mvc.perform(post(BASE + "/compliance").with(user("staff-C1"))
            .header(GridCallers.OFFICE_HEADER, "COUNTY_OFFICE:C1")
            .param("from", "2025-01-01T00:00:00+08:00").param("to", "2026-01-01T00:00:00+08:00")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"plan\":" + text("plan.json") + ",\"households\":" + text("households.json") + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2025-01-01T00:00:00+08:00"))
        .andExpect(jsonPath("$.rules.length()").value(org.grid.core.model.duty.DutyRule.values().length))
        .andExpect(jsonPath("$.overall.due").isNumber())
        .andExpect(jsonPath("$.missed").isArray());
  }

  @Test
  void theGridsAreThoseOfTheAdoptedPlan() throws Exception {
    mvc.perform(asTownshipOffice(get(BASE + "/grids")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.county").value("C1"))
        .andExpect(jsonPath("$.grids[?(@.grid == 'T09-V01-N1')].village").value(
            org.hamcrest.Matchers.contains("T09-V01")))
        .andExpect(jsonPath("$.grids.length()").value(
            ((java.util.List<?>) com.jayway.jsonpath.JsonPath.read(text("plan.json"), "$.grids")).size()));
    mvc.perform(get(BASE + "/grids").with(user("citizen-1")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
  }

  @Test
  void theEngineRefusesEveryOtherCaller() throws Exception {
    // A citizen, and staff of a tier that does not manage townships: 403 WRONG_TIER.
    mvc.perform(get(BASE + "/teams").with(user("citizen-1")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"))
        .andExpect(jsonPath("$.type").value("urn:grid:problem:refused"));
    Office grid = Office.of(Tier.VILLAGE_GRID, EscalationSamples.PLACE_A);
    mvc.perform(get(BASE + "/teams").with(user(EscalationSamples.staffId(grid).value()))
            .header(GridCallers.OFFICE_HEADER, OfficeText.format(grid)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
    // Another township's office: the township reads as unknown, as a township that does not exist does.
    mvc.perform(get(BASE + "/teams").with(user("staff-T01")).header(GridCallers.OFFICE_HEADER,
            "TOWNSHIP_OFFICE:C1/T01"))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.reason").value("NOT_FOUND"))
        .andExpect(jsonPath("$.title").value("No such township that you may see"));
    mvc.perform(get("/grid/api/townships/T77/teams").with(user("staff-C1"))
            .header(GridCallers.OFFICE_HEADER, "COUNTY_OFFICE:C1"))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.reason").value("NOT_FOUND"));
    // Naming the township office without serving it: the staff directory says no.
    mvc.perform(get(BASE + "/teams").with(user("staff-T01")).header(GridCallers.OFFICE_HEADER, TOWNSHIP_OFFICE))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("NOT_APPOINTED"));
    mvc.perform(asTownshipOffice(get(BASE + "/teams")).header(GridCallers.ROLE_HEADER, "member"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("ROLE_NOT_CONFIRMED"));
  }

  @Test
  void badDocumentsAreBadInputWithTheirPaths() throws Exception {
    mvc.perform(asTownshipOffice(post(BASE + "/teams/proposal")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"township\":\"T09\",\"grids\":[{\"id\":\"T09-V01-N1\",\"village\":\"T09-V99\","
                + "\"units\":[]}],\"districts\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andExpect(jsonPath("$.field").value("$.grids[0].village"));
    mvc.perform(asTownshipOffice(post(BASE + "/pairings")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"township\":\"T09\",\"households\":[{\"id\":\"H1\",\"unit\":\"T09-V01-G01\","
                + "\"careTags\":[\"NOT_A_TAG\"]}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("$.households[0].careTags[0]"));
    mvc.perform(asTownshipOffice(post(BASE + "/compliance")).param("from", "2025-01-01T00:00:00+08:00")
            .param("to", "2026-01-01T00:00:00+08:00").contentType(MediaType.APPLICATION_JSON)
            .content("{\"plan\":" + text("plan.json") + ",\"households\":{\"township\":\"T09\",\"households\":"
                + "[{\"id\":\"H1\",\"unit\":7}]}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("$.households.households[0].unit"));
    mvc.perform(asTownshipOffice(post(BASE + "/compliance")).param("from", "2025-01-01")
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query from"));
    mvc.perform(asTownshipOffice(post(BASE + "/compliance")).param("from", "2025-01-01T00:00:00+08:00")
            .param("to", "2026-01-01T00:00:00+08:00").contentType(MediaType.APPLICATION_JSON)
            .content("{\"plan\":{}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("$"));
    // A period of two billion years is refused by its query parameter, as the command line's --from is, before any
    // body is read (the computation would list its months until the heap ran out).
    mvc.perform(asTownshipOffice(post(BASE + "/compliance")).param("from", "-999999999-01-01T00:00:00+08:00")
            .param("to", "+999999999-12-31T00:00:00+08:00").contentType(MediaType.APPLICATION_JSON)
            .content("{\"plan\":" + text("plan.json") + ",\"households\":" + text("households.json") + "}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query from"))
        .andExpect(jsonPath("$.detail").value(
            "query from: must be in a year from 1900 to 2200 (grid.input.minYear, grid.input.maxYear)"));
  }
}
