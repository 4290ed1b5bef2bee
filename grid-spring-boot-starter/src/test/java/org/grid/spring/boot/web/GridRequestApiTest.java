package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Tier;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The requests of the REST API over H2, through Spring Security (its test support authenticates each call): the
 * report, the commands of every tier, one request, the list with its filters and cursor, and every status code the
 * API documents, hostile input among them.
 */
class GridRequestApiTest {

  private static final String BASE = "/grid/api/requests";
  private static final String CITIZEN = EscalationSamples.CITIZEN.value();

  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    mvc = ApiTestApplication.mockMvc(ApiTestApplication.shared());
  }

  // -------------------------------------------------------------------------------------------------------------
  // Helpers

  private static RequestPostProcessor as(String person) {
    return user(person);
  }

  private static Office office(Tier tier, Place place) {
    return tier == Tier.DEPARTMENT ? Office.department(place.county(), EscalationSamples.LAND)
        : Office.of(tier, place);
  }

  /** A call as the staff of an office, naming it in Grid-Office. */
  private static MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder call, Tier tier, Place place) {
    Office office = office(tier, place);
    return call.with(as(EscalationSamples.staffId(office).value()))
        .header("Grid-Office", OfficeText.format(office));
  }

  private static String reportJson(String id, Place p) {
    return "{\"requestId\":\"" + id + "\",\"reporter\":\"" + CITIZEN + "\",\"place\":{\"county\":\""
        + p.county().value() + "\",\"township\":\"" + p.township().value() + "\",\"district\":\""
        + p.district().value() + "\",\"village\":\"" + p.village().value() + "\",\"grid\":\"" + p.grid().value()
        + "\"},\"category\":\"land\",\"description\":\"路面积水 电话13812341234\",\"urgency\":\"NORMAL\"}";
  }

  private MvcResult report(String id, Place place) throws Exception {
    return mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "report-" + id)
            .contentType(MediaType.APPLICATION_JSON).content(reportJson(id, place)))
        .andExpect(status().isCreated()).andReturn();
  }

  private static MockHttpServletRequestBuilder command(String id, String action, long version, String key,
      String body) {
    MockHttpServletRequestBuilder call = post(BASE + "/" + id + "/" + action).header("Idempotency-Key", key)
        .header("If-Match", "\"" + version + "\"");
    return body == null ? call : call.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static String problemReason(MvcResult result) throws Exception {
    return JsonPath.read(result.getResponse().getContentAsString(), "$.reason");
  }

  // -------------------------------------------------------------------------------------------------------------
  // Report

  @Test
  void aCitizenReportsAndARetryAnswersTheFirstOutcome() throws Exception {
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-report-1")
            .contentType(MediaType.APPLICATION_JSON).content(reportJson("API-R1", EscalationSamples.PLACE_A)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/grid/api/requests/API-R1"))
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(header().doesNotExist("Idempotent-Replayed"))
        .andExpect(jsonPath("$.id").value("API-R1"))
        .andExpect(jsonPath("$.state").value("REPORTED"))
        .andExpect(jsonPath("$.tier").value("VILLAGE_GRID"))
        .andExpect(jsonPath("$.holder").value("VILLAGE_GRID:C1/T01/T01-D1/T01-V04/T01-V04-N1"))
        .andExpect(jsonPath("$.description").value("路面积水 电话138****1234"))
        .andExpect(jsonPath("$.history", hasSize(1)))
        .andExpect(jsonPath("$.history[0].kind").value("REPORTED"))
        .andExpect(jsonPath("$.history[0].actor.kind").value("CITIZEN"))
        .andExpect(jsonPath("$.history[0].form.kind").value("REPORT"));

    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-report-1")
            .contentType(MediaType.APPLICATION_JSON).content(reportJson("API-R1", EscalationSamples.PLACE_A)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.id").value("API-R1"));
  }

  @Test
  void everyViewerIsOfferedTheActionsTheEngineWouldApply() throws Exception {
    report("API-ACT1", EscalationSamples.PLACE_A);
    mvc.perform(asStaff(get(BASE + "/API-ACT1"), Tier.VILLAGE_GRID, EscalationSamples.PLACE_A))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.allowedActions").value(
            org.hamcrest.Matchers.contains("accept", "escalate", "recategorize", "close-as-duplicate")));
    mvc.perform(get(BASE + "/API-ACT1").with(as(CITIZEN)))
        .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("withdraw")));
    // The township office sees the request but does not hold it: nothing to do.
    mvc.perform(asStaff(get(BASE + "/API-ACT1"), Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A))
        .andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions", hasSize(0)));
    // An offered action applies; a command's answer leaves the actions to the next read.
    mvc.perform(asStaff(command("API-ACT1", "accept", 1, "act1-accept",
            "{\"assignee\":\"" + EscalationSamples.staffId(office(Tier.VILLAGE_GRID, EscalationSamples.PLACE_A))
                .value() + "\"}"), Tier.VILLAGE_GRID, EscalationSamples.PLACE_A))
        .andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions").value(nullValue()));
    mvc.perform(asStaff(get(BASE).param("holder", OfficeText.format(office(Tier.VILLAGE_GRID,
            EscalationSamples.PLACE_A))).param("state", "ACCEPTED"), Tier.VILLAGE_GRID, EscalationSamples.PLACE_A))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.requests[?(@.id == 'API-ACT1')].allowedActions[*]").value(
            org.hamcrest.Matchers.contains("escalate", "suspend", "resolve", "recategorize", "close-as-duplicate")));
    mvc.perform(get(BASE).param("reporter", CITIZEN).with(as(CITIZEN)))
        .andExpect(jsonPath("$.requests[?(@.id == 'API-ACT1')].allowedActions[*]").value(
            org.hamcrest.Matchers.contains("withdraw")));
  }

  @Test
  void theSameKeyWithOtherContentIsAConflict() throws Exception {
    report("API-R2", EscalationSamples.PLACE_A);
    MvcResult result = mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "report-API-R2")
            .contentType(MediaType.APPLICATION_JSON).content(reportJson("API-R2", EscalationSamples.PLACE_B)))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:grid:problem:refused"))
        .andReturn();
    assertThat(problemReason(result)).isEqualTo("COMMAND_ID_REUSED");
  }

  @Test
  void aReportOutsideThePlanBreaksARule() throws Exception {
    Place nowhere = new Place(EscalationSamples.COUNTY, EscalationSamples.TOWNSHIP,
        org.grid.core.model.jurisdiction.DistrictId.of("T01-D9"),
        org.grid.core.model.jurisdiction.VillageId.of("T01-V99"),
        org.grid.core.model.partition.GridId.of("T01-V99-N1"));
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-nowhere")
            .contentType(MediaType.APPLICATION_JSON).content(reportJson("API-R3", nowhere)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.reason").value("UNKNOWN_PLACE"))
        .andExpect(jsonPath("$.status").value(422));
  }

  @Test
  void aCommandWithoutAnIdempotencyKeyIsBadInput() throws Exception {
    mvc.perform(post(BASE).with(as(CITIZEN)).contentType(MediaType.APPLICATION_JSON)
            .content(reportJson("API-R4", EscalationSamples.PLACE_A)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andExpect(jsonPath("$.field").value("header Idempotency-Key"));
  }

  /**
   * The engine's own check of the command (the starter gives it {@code RequestCommandValidator}): a blank text, one
   * that shows nothing (zero-width and no-break spaces, a filler) and one with a control character are bad input
   * naming the field and the constraint, never the text.
   */
  @Test
  void aCommandTheEngineFindsInvalidIsBadInputNamingTheFieldNotTheText() throws Exception {
    String blank = reportJson("API-R6", EscalationSamples.PLACE_A)
        .replace("\"路面积水 电话13812341234\"", "\"   \"");
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-blank")
            .contentType(MediaType.APPLICATION_JSON).content(blank))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andExpect(jsonPath("$.field").value("$.description"))
        .andExpect(jsonPath("$.detail").value("invalid Report: description must not be blank"));
    String invisible = reportJson("API-R8", EscalationSamples.PLACE_A)
        .replace("\"路面积水 电话13812341234\"", "\"\\u200B\\u00A0\\u3164\"");
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-invisible")
            .contentType(MediaType.APPLICATION_JSON).content(invisible))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("invalid Report: description must not be blank"));
    String control = reportJson("API-R7", EscalationSamples.PLACE_A)
        .replace("电话13812341234\"", "电话13812341234\\u0007\"");
    String detail = mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-control")
            .contentType(MediaType.APPLICATION_JSON).content(control))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(detail).contains("description must not contain control characters").doesNotContain("13812341234");
    mvc.perform(get(BASE + "/API-R6").with(as(CITIZEN))).andExpect(status().isNotFound());
    mvc.perform(get(BASE + "/API-R7").with(as(CITIZEN))).andExpect(status().isNotFound());
    mvc.perform(get(BASE + "/API-R8").with(as(CITIZEN))).andExpect(status().isNotFound());
  }

  @Test
  void nobodyAuthenticatedIsUnauthorized() throws Exception {
    mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
    mvc.perform(post(BASE).header("Idempotency-Key", "k").contentType(MediaType.APPLICATION_JSON)
        .content(reportJson("API-R5", EscalationSamples.PLACE_A))).andExpect(status().isUnauthorized());
  }

  // -------------------------------------------------------------------------------------------------------------
  // Commands, at every tier

  @Test
  void aRequestClimbsEveryTierAndCloses() throws Exception {
    Place a = EscalationSamples.PLACE_A;
    report("API-T1", a);
    mvc.perform(asStaff(command("API-T1", "escalate", 1, "k-t1-1", "{\"reason\":\"needs the district\"}"),
            Tier.VILLAGE_GRID, a))
        .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.tier").value("DISTRICT_GRID"));
    mvc.perform(asStaff(command("API-T1", "escalate", 2, "k-t1-2", "{\"reason\":\"needs the township\"}"),
            Tier.DISTRICT_GRID, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("TOWNSHIP_OFFICE"));
    mvc.perform(asStaff(command("API-T1", "escalate", 3, "k-t1-3", "{\"reason\":\"needs the county\"}"),
            Tier.TOWNSHIP_OFFICE, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("COUNTY_OFFICE"));
    mvc.perform(asStaff(command("API-T1", "route", 4, "k-t1-4", "{}"), Tier.COUNTY_OFFICE, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("DEPARTMENT"))
        .andExpect(jsonPath("$.holder").value("DEPARTMENT:C1/natural-resources"));
    String assignee = EscalationSamples.staffId(office(Tier.DEPARTMENT, a)).value();
    mvc.perform(asStaff(command("API-T1", "accept", 5, "k-t1-5", "{\"assignee\":\"" + assignee + "\"}"),
            Tier.DEPARTMENT, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"))
        .andExpect(jsonPath("$.history[5].form.kind").value("ASSIGNMENT"));
    mvc.perform(asStaff(command("API-T1", "resolve", 6, "k-t1-6", "{\"summary\":\"drained\"}"), Tier.DEPARTMENT, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RESOLVED"));
    mvc.perform(asStaff(command("API-T1", "feedback", 7, "k-t1-7", "{\"result\":\"the road is dry\"}"),
            Tier.DEPARTMENT, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FEEDBACK_GIVEN"));
    mvc.perform(command("API-T1", "rate", 8, "k-t1-8", "{\"rating\":\"SATISFIED\"}").with(as(CITIZEN)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"))
        .andExpect(jsonPath("$.finalRating").value("SATISFIED"))
        .andExpect(jsonPath("$.nextDeadline").value(nullValue()));
  }

  @Test
  void aCitizenWithdrawsAndTheHolderSuspendsResumesAndRecordsTheVisit() throws Exception {
    Place a = EscalationSamples.PLACE_A;
    report("API-C1", a);
    String assignee = EscalationSamples.staffId(office(Tier.VILLAGE_GRID, a)).value();
    mvc.perform(asStaff(command("API-C1", "accept", 1, "k-c1-1", "{\"assignee\":\"" + assignee + "\"}"),
        Tier.VILLAGE_GRID, a)).andExpect(status().isOk());
    mvc.perform(asStaff(command("API-C1", "suspend", 2, "k-c1-2", "{\"reason\":\"waiting for papers\"}"),
        Tier.VILLAGE_GRID, a)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUSPENDED"));
    mvc.perform(asStaff(command("API-C1", "resume", 3, "k-c1-3", null), Tier.VILLAGE_GRID, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
    mvc.perform(asStaff(command("API-C1", "on-site", 4, "k-c1-4", null), Tier.VILLAGE_GRID, a))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reason").value("NOT_MUST_ATTEND"));
    mvc.perform(asStaff(command("API-C1", "recategorize", 4, "k-c1-5",
            "{\"category\":\"pension\",\"reason\":\"about the pension\"}"), Tier.VILLAGE_GRID, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.category").value("pension"))
        .andExpect(jsonPath("$.reportedCategory").value("land"));
    mvc.perform(command("API-C1", "withdraw", 5, "k-c1-6", "{\"reason\":\"settled\"}").with(as(CITIZEN)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("WITHDRAWN"));
  }

  @Test
  void aDuplicateIsClosedAndAReturnedRequestGoesBackToTheCounty() throws Exception {
    Place a = EscalationSamples.PLACE_A;
    report("API-D1", a);
    report("API-D2", a);
    mvc.perform(asStaff(command("API-D2", "close-as-duplicate", 1, "k-d2-1",
            "{\"original\":\"API-D1\",\"reason\":\"same flood\"}"), Tier.VILLAGE_GRID, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DUPLICATE"))
        .andExpect(jsonPath("$.duplicateOf").value("API-D1"));
    for (int v = 1; v <= 3; v++) {
      Tier tier = List.of(Tier.VILLAGE_GRID, Tier.DISTRICT_GRID, Tier.TOWNSHIP_OFFICE).get(v - 1);
      mvc.perform(asStaff(command("API-D1", "escalate", v, "k-d1-" + v, "{\"reason\":\"up\"}"), tier, a))
          .andExpect(status().isOk());
    }
    mvc.perform(asStaff(command("API-D1", "route", 4, "k-d1-4", "{\"department\":\"natural-resources\"}"),
        Tier.COUNTY_OFFICE, a)).andExpect(status().isOk());
    mvc.perform(asStaff(command("API-D1", "return", 5, "k-d1-5", "{\"reason\":\"not ours\"}"), Tier.DEPARTMENT, a))
        .andExpect(status().isOk()).andExpect(jsonPath("$.tier").value("COUNTY_OFFICE"))
        .andExpect(jsonPath("$.returnedBy[0]").value("natural-resources"));
  }

  @Test
  void ifMatchCarriesTheVersion() throws Exception {
    Place a = EscalationSamples.PLACE_A;
    report("API-V1", a);
    String assignee = EscalationSamples.staffId(office(Tier.VILLAGE_GRID, a)).value();
    String body = "{\"assignee\":\"" + assignee + "\"}";
    mvc.perform(asStaff(post(BASE + "/API-V1/accept").header("Idempotency-Key", "k-v1")
            .contentType(MediaType.APPLICATION_JSON).content(body), Tier.VILLAGE_GRID, a))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:if-match-required"));
    mvc.perform(asStaff(command("API-V1", "accept", 1, "k-v1", body), Tier.VILLAGE_GRID, a))
        .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
    // The same command again (a retry): the first outcome, not a stale version.
    mvc.perform(asStaff(command("API-V1", "accept", 1, "k-v1", body), Tier.VILLAGE_GRID, a))
        .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.state").value("ACCEPTED"));
    mvc.perform(asStaff(command("API-V1", "resolve", 1, "k-v2", "{\"summary\":\"done\"}"), Tier.VILLAGE_GRID, a))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:stale-version"))
        .andExpect(jsonPath("$.currentVersion").value(2))
        .andExpect(jsonPath("$.expectedVersion").value(1));
    for (String bad : List.of("*", "W/\"2\"", "2", "\"two\"", "\"0\"", "\"2\", \"3\"")) {
      mvc.perform(asStaff(post(BASE + "/API-V1/resolve").header("Idempotency-Key", "k-v3")
              .header("If-Match", bad).contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"x\"}"),
              Tier.VILLAGE_GRID, a))
          .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("header If-Match"));
    }
  }

  @Test
  void aCommandInTheWrongStateIsAConflict() throws Exception {
    Place a = EscalationSamples.PLACE_A;
    report("API-S1", a);
    mvc.perform(asStaff(command("API-S1", "resolve", 1, "k-s1", "{\"summary\":\"done\"}"), Tier.VILLAGE_GRID, a))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("WRONG_STATE"));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Authorization is the engine's

  @Test
  void theEngineDecidesWhoMayAct() throws Exception {
    Place a = EscalationSamples.PLACE_A;
    report("API-A1", a);
    String body = "{\"assignee\":\"someone\"}";
    // Another grid's office may not see the request at all.
    mvc.perform(asStaff(command("API-A1", "accept", 1, "k-a1-1", body), Tier.VILLAGE_GRID,
        EscalationSamples.PLACE_B)).andExpect(status().isNotFound()).andExpect(jsonPath("$.reason").value("NOT_FOUND"));
    // The township office sees it but does not hold it; the county office's role may not accept at all.
    mvc.perform(asStaff(command("API-A1", "accept", 1, "k-a1-2", body), Tier.TOWNSHIP_OFFICE, a))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
    mvc.perform(asStaff(command("API-A1", "accept", 1, "k-a1-2", body), Tier.COUNTY_OFFICE, a))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("NOT_PERMITTED"));
    // Naming an office the person does not serve.
    Office village = office(Tier.VILLAGE_GRID, a);
    mvc.perform(command("API-A1", "accept", 1, "k-a1-3", body).with(as("staff-T01-V09-N1"))
            .header("Grid-Office", OfficeText.format(village)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("NOT_APPOINTED"));
    // A role the directory does not confirm: the engine refuses it.
    mvc.perform(command("API-A1", "accept", 1, "k-a1-4", body).with(as(EscalationSamples.staffId(village).value()))
            .header("Grid-Office", OfficeText.format(village)).header("Grid-Role", "county-office-staff"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("ROLE_NOT_CONFIRMED"));
    // ... and does not echo a role that is an ID or a phone number in clear.
    mvc.perform(command("API-A1", "accept", 1, "k-a1-4b", body).with(as(EscalationSamples.staffId(village).value()))
            .header("Grid-Office", OfficeText.format(village)).header("Grid-Role", "110101199003077774"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("ROLE_NOT_CONFIRMED"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString("110101199003077774"))));
    // Two roles at the office: the caller must say which; as a member they may not accept.
    mvc.perform(command("API-A1", "accept", 1, "k-a1-5", body).with(as(ApiTestApplication.TWO_ROLES))
            .header("Grid-Office", OfficeText.format(village)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("header Grid-Role"));
    mvc.perform(command("API-A1", "accept", 1, "k-a1-6", body).with(as(ApiTestApplication.TWO_ROLES))
            .header("Grid-Office", OfficeText.format(village)).header("Grid-Role", "member"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("NOT_PERMITTED"));
    // A citizen may not give a staff command, nor act on another citizen's request.
    mvc.perform(command("API-A1", "accept", 1, "k-a1-7", body).with(as(CITIZEN)))
        .andExpect(status().isForbidden());
    mvc.perform(command("API-A1", "withdraw", 1, "k-a1-8", "{\"reason\":\"mine?\"}").with(as("citizen-2")))
        .andExpect(status().isNotFound());
    // A caller whose name is no grid person id.
    mvc.perform(get(BASE + "/API-A1").with(as("110101199003077774")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:grid:problem:not-a-person"));
  }

  // -------------------------------------------------------------------------------------------------------------
  // One request

  @Test
  void oneRequestIsReadUnderTheEnginesVisibility() throws Exception {
    report("API-O1", EscalationSamples.PLACE_A);
    mvc.perform(get(BASE + "/API-O1").with(as(CITIZEN)))
        .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.history[0].kind").value("REPORTED"))
        .andExpect(jsonPath("$.place.grid").value("T01-V04-N1"));
    mvc.perform(get(BASE + "/API-O1").with(as(CITIZEN)).header("If-None-Match", "\"1\""))
        .andExpect(status().isNotModified());
    mvc.perform(asStaff(get(BASE + "/API-O1"), Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_B))
        .andExpect(status().isOk());
    mvc.perform(asStaff(get(BASE + "/API-O1"), Tier.DISTRICT_GRID, EscalationSamples.PLACE_B))
        .andExpect(status().isNotFound());
    mvc.perform(get(BASE + "/API-O1").with(as("citizen-2"))).andExpect(status().isNotFound());
    MvcResult unknown = mvc.perform(get(BASE + "/API-NONE").with(as(CITIZEN)))
        .andExpect(status().isNotFound()).andReturn();
    assertThat(problemReason(unknown)).isEqualTo("NOT_FOUND");
  }

  // -------------------------------------------------------------------------------------------------------------
  // The list

  @Test
  void theListPagesThroughWhatTheViewerMaySee() throws Exception {
    for (int i = 1; i <= 5; i++) {
      report("API-L" + i, i % 2 == 0 ? EscalationSamples.PLACE_B : EscalationSamples.PLACE_A);
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      MvcResult page = mvc.perform(asStaff(get(BASE).param("limit", "2").param("reporter", CITIZEN)
                  .param("state", "REPORTED"), Tier.DISTRICT_GRID, EscalationSamples.PLACE_B)
              .param(cursor == null ? "ignored" : "cursor", cursor == null ? "" : cursor))
          .andExpect(status().isOk()).andReturn();
      String json = page.getResponse().getContentAsString();
      List<String> ids = JsonPath.read(json, "$.requests[*].id");
      assertThat(ids).hasSizeLessThanOrEqualTo(2);
      seen.addAll(ids);
      cursor = JsonPath.read(json, "$.next");
    } while (cursor != null);
    // District D2 holds place B's requests only: API-L2 and API-L4 (and none of place A's).
    assertThat(seen).contains("API-L2", "API-L4").doesNotContain("API-L1", "API-L3", "API-L5");
    assertThat(seen).doesNotHaveDuplicates();

    mvc.perform(get(BASE).with(as("citizen-2"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.requests", hasSize(0))).andExpect(jsonPath("$.next").value(nullValue()));
    mvc.perform(asStaff(get(BASE).param("holder", "VILLAGE_GRID:C1/T01/T01-D1/T01-V04/T01-V04-N1")
            .param("limit", "200"), Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.requests[*].id", not(org.hamcrest.Matchers.hasItem("API-L2"))))
        .andExpect(jsonPath("$.requests[0].description").doesNotExist())
        .andExpect(jsonPath("$.requests[0].holder").value("VILLAGE_GRID:C1/T01/T01-D1/T01-V04/T01-V04-N1"));
    mvc.perform(asStaff(get(BASE).param("overdueAt", "2030-01-01T00:00:00Z").param("tier", "VILLAGE_GRID"),
            Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A))
        .andExpect(status().isOk()).andExpect(jsonPath("$.requests[*].id", org.hamcrest.Matchers.hasItem("API-L1")));
    mvc.perform(asStaff(get(BASE).param("overdue", "true"), Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A))
        .andExpect(status().isOk()).andExpect(jsonPath("$.requests", hasSize(0)));
    mvc.perform(asStaff(get(BASE).param("reportedFrom", "2026-03-02T01:00:00Z")
            .param("reportedUntil", "2026-03-02T01:00:00.000000001Z").param("category", "land"),
            Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A))
        .andExpect(status().isOk()).andExpect(jsonPath("$.requests[*].id", org.hamcrest.Matchers.hasItem("API-L1")));
  }

  @Test
  void badListParametersAreNamed() throws Exception {
    report("API-P1", EscalationSamples.PLACE_A);
    MvcResult first = mvc.perform(get(BASE).with(as(CITIZEN)).param("limit", "1"))
        .andExpect(status().isOk()).andReturn();
    String cursor = JsonPath.read(first.getResponse().getContentAsString(), "$.next");
    String tampered = (cursor.charAt(3) == 'A' ? "B" : "A");
    tampered = cursor.substring(0, 3) + tampered + cursor.substring(4);
    for (String[] bad : new String[][] {
        {"cursor", tampered}, {"cursor", "not a cursor"}, {"limit", "201"}, {"limit", "0"}, {"limit", "ten"},
        {"state", "OPENED"}, {"tier", "village_grid"}, {"overdue", "yes"}, {"overdueAt", "yesterday"},
        {"holder", "VILLAGE_GRID:C1"}, {"holder", "NOWHERE:C1"}, {"reporter", "a\u0001b"},
        {"reportedFrom", "2026-13-01T00:00:00Z"}}) {
      mvc.perform(get(BASE).with(as(CITIZEN)).param(bad[0], bad[1]))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.field").value("query " + bad[0]));
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Hostile input

  @Test
  void badJsonIsNamedByItsPathAndNeverEchoed() throws Exception {
    String good = reportJson("API-H1", EscalationSamples.PLACE_A);
    String[][] cases = {
        {"{\"requestId\":", "$"},
        {good.replace("\"urgency\":\"NORMAL\"", "\"urgency\":\"13812341234\""), "$.urgency"},
        {good.replace("\"description\":\"路面积水 电话13812341234\"", "\"description\":42"), "$.description"},
        {good.replace("\"grid\":\"T01-V04-N1\"", "\"grid\":[\"T01\"]"), "$.place.grid"},
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"secret\":1"), "$.secret"},
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"category\":\"x\""), "$.category"},
        {good + "{}", "$"},
        {"[]", "$"},
        {"{\"requestId\":\"API-H1\",\"place\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(41), "$.place"},
        {good.replace("\"requestId\":\"API-H1\"", "\"requestId\":\"API\\u0000H1\""), "$.requestId"},
        {good.replace("\"reporter\":\"" + CITIZEN + "\"", "\"reporter\":\"110101199003077774\""), "$.reporter"},
        {good.replace("\"county\":\"C1\"", "\"county\":null"), "$.place.county"},
        {good.replace("\"county\":\"C1\"", "\"county\":\"C1\",\"x\":1"), "$.place.x"},
        // A key is the client's text as much as a value: a phone or ID number sent as a key is masked in the path.
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"13812341234\":1"), "$['138****1234']"},
        {good.replace("\"county\":\"C1\"", "\"county\":\"C1\",\"身份证110101199003077774\":1"),
            "$.place['身份证1101**********7774']"},
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"x13812341234\":1"), "$.x138****1234"},
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"" + "电".repeat(30) + "110101199003077774\":1"),
            "$['" + "电".repeat(30) + "1101******…']"},
    };
    for (String[] c : cases) {
      MvcResult result = mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h1")
              .contentType(MediaType.APPLICATION_JSON).content(c[0]))
          .andReturn();
      assertThat(result.getResponse().getStatus()).as(c[0]).isEqualTo(400);
      mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h1")
              .contentType(MediaType.APPLICATION_JSON).content(c[0]))
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andReturn();
      String json = result.getResponse().getContentAsString();
      assertThat((String) JsonPath.read(json, "$.field")).as(c[0]).startsWith(c[1]);
      assertThat(json).doesNotContain("13812341234").doesNotContain("110101199003077774");
    }
    // Control characters in free text: the engine's validation names the field.
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h2").contentType(MediaType.APPLICATION_JSON)
            .content(good.replace("路面积水", "路面\\u0007积水")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("description")));
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h3").contentType(MediaType.TEXT_PLAIN)
        .content(good)).andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:grid:problem:http-415"));
    // XML, which the application can read (Jackson's XML module is on its class path for Open311), is refused the
    // same way: it would be read with none of the strict JSON reader's refusals (an unknown field, a repeated one).
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h5").contentType(MediaType.APPLICATION_XML)
        .content("<r><requestId>API-XML</requestId><urgency>NORMAL</urgency><notAField>1</notAField></r>"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:grid:problem:http-415"))
        .andExpect(jsonPath("$.detail")
            .value("Content-Type 'application/xml' is not supported; send application/json"));
    mvc.perform(post(BASE + "/API-H1/accept").with(as(CITIZEN)).header("Idempotency-Key", "k-h6")
        .header("If-Match", "\"1\"").contentType(MediaType.TEXT_XML).content("<a><assignee>x</assignee></a>"))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(post(BASE + "/API-H1/accept").with(as(CITIZEN)).header("Idempotency-Key", "k-h4")
        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("$"));
  }

  /**
   * A body that breaks one of the reader's limits: the problem says which limit, with the path as far as the reader
   * knows it, never only "is not valid here".
   */
  @Test
  void aBodyBeyondTheReadersLimitsIsNamedByTheLimit() throws Exception {
    String good = reportJson("API-H5", EscalationSamples.PLACE_A);
    String[][] cases = {
        {"{\"x\":" + "[".repeat(40) + "]".repeat(40) + "}", "nests arrays and objects deeper than 32 levels"},
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"y\":" + "{\"a\":".repeat(40) + "1"
            + "}".repeat(40)), "nests arrays and objects deeper than 32 levels"},
        {good.replace("\"category\":\"land\"", "\"category\":\"land\",\"n\":" + "9".repeat(1500)),
            "has a number longer than 1000 characters"},
    };
    for (String[] c : cases) {
      mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h5")
              .contentType(MediaType.APPLICATION_JSON).content(c[0]))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
          .andExpect(jsonPath("$.detail", containsString(c[1])));
    }
    mvc.perform(get(BASE + "/API-H5").with(as(CITIZEN))).andExpect(status().isNotFound());
  }

  @Test
  void aHugeBodyIsRefusedBeforeItIsRead() throws Exception {
    String huge = "{\"requestId\":\"API-H9\",\"description\":\"" + "x".repeat(70_000) + "\"}";
    mvc.perform(post(BASE).with(as(CITIZEN)).header("Idempotency-Key", "k-h9")
            .contentType(MediaType.APPLICATION_JSON).content(huge))
        .andExpect(status().is(413))
        .andExpect(jsonPath("$.type").value("urn:grid:problem:body-too-large"));
  }
}
