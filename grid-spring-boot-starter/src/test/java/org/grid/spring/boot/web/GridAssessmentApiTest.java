package org.grid.spring.boot.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import org.grid.adapters.json.assessment.RuleSetsJsonReader;
import org.grid.assessment.port.out.RuleSetRepository;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.grid.spring.boot.SpringUnitOfWork;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The two-way assessment (双向考核) of the county over HTTP: the county's grid office assesses a period of the
 * requests reported here and gets each handling office's and reporting grid's score, its line items naming the
 * evidence; every other caller is refused by the engine's check; a period without rule sets is a 422.
 */
class GridAssessmentApiTest {

  private static final String BASE = "/grid/api/counties/C1/two-way-assessment";
  private static final String REPORT = "{\"requestId\":\"ASSESS-R1\",\"reporter\":\"citizen-1\",\"place\":"
      + "{\"county\":\"C1\",\"township\":\"T01\",\"district\":\"T01-D1\",\"village\":\"T01-V04\","
      + "\"grid\":\"T01-V04-N1\"},\"category\":\"land\",\"description\":\"fence\",\"urgency\":\"NORMAL\"}";
  private static final String MEMBERS = "/grid/api/counties/C1/party-member-scores";
  private static final String TWO_MEMBERS = "{\"partyMembers\":["
      + "{\"id\":\"T01-V04-P01\",\"village\":\"T01-V04\",\"class\":\"WITH_POST\"},"
      + "{\"id\":\"T01-V04-P40\",\"village\":\"T01-V04\",\"class\":\"ELDERLY_OR_INFIRM\"}]}";
  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    AnnotationConfigServletWebApplicationContext context = ApiTestApplication.shared();
    mvc = ApiTestApplication.mockMvc(context);
    RuleSetRepository ruleSets = context.getBean(RuleSetRepository.class);
    context.getBean(SpringUnitOfWork.class).inTransaction(() -> {
      RuleSetsJsonReader.create().read(GridAssessmentApiTest.class.getResourceAsStream(
          "/assessment/rule-sets-2026.json"), "rule-sets-2026.json").ruleSets().forEach(ruleSets::save);
      RuleSetsJsonReader.create().read(GridAssessmentApiTest.class.getResourceAsStream(
          "/assessment/party-member-rule-sets-2026.json"), "party-member-rule-sets-2026.json").ruleSets()
          .forEach(ruleSets::save);
      return null;
    });
  }

  private static MockHttpServletRequestBuilder asCounty(MockHttpServletRequestBuilder call) {
    return call.with(user("staff-C1")).header(GridCallers.OFFICE_HEADER, "COUNTY_OFFICE:C1");
  }

  @Test
  void theCountyOfficeAssessesAPeriodOfItsRequests() throws Exception {
    mvc.perform(post("/grid/api/requests").with(user(EscalationSamples.CITIZEN.value()))
            .header("Idempotency-Key", "assess-report-1").contentType(MediaType.APPLICATION_JSON)
            .content(REPORT))
        .andExpect(status().isCreated());
    Office grid = Office.of(Tier.VILLAGE_GRID, EscalationSamples.PLACE_A);
    String leader = EscalationSamples.staffId(grid).value();
    mvc.perform(post("/grid/api/requests/ASSESS-R1/accept").with(user(leader))
            .header(GridCallers.OFFICE_HEADER, OfficeText.format(grid)).header("Idempotency-Key", "assess-accept-1")
            .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
            .content("{\"assignee\":\"" + leader + "\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/grid/api/requests/ASSESS-R1/resolve").with(user(leader))
            .header(GridCallers.OFFICE_HEADER, OfficeText.format(grid)).header("Idempotency-Key", "assess-resolve-1")
            .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
            .content("{\"summary\":\"fence mended\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/grid/api/requests").with(user(EscalationSamples.CITIZEN.value()))
            .header("Idempotency-Key", "assess-report-2").contentType(MediaType.APPLICATION_JSON)
            .content(REPORT.replace("ASSESS-R1", "ASSESS-R2")))
        .andExpect(status().isCreated());
    mvc.perform(post("/grid/api/requests/ASSESS-R2/withdraw").with(user(EscalationSamples.CITIZEN.value()))
            .header("Idempotency-Key", "assess-withdraw-2").header("If-Match", "\"1\"")
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"sorted it out\"}"))
        .andExpect(status().isOk());
    String answer = mvc.perform(asCounty(post(BASE)).header("Idempotency-Key", "assess-2026-03")
            .param("from", "2026-03-01").param("to", "2026-04-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.county").value("C1"))
        .andExpect(jsonPath("$.from").value("2026-03-01"))
        .andExpect(jsonPath("$.to").value("2026-04-01"))
        .andExpect(jsonPath("$.handlers[0].ruleSet").value("request-handler/2026"))
        .andExpect(jsonPath("$.handlers[0].lineItems[0].rule").value("base"))
        .andExpect(jsonPath("$.handlers[*].lineItems[*].evidence[*]").value(hasItem(containsString("ASSESS-R1"))))
        .andExpect(jsonPath("$.reporters[0].ruleSet").value("request-reporter/2026"))
        .andExpect(jsonPath("$.reporters[*].lineItems[*].evidence[*]").value(hasItem(containsString("ASSESS-R2"))))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(answer).doesNotContain("fence").doesNotContain("sorted it out");
  }

  @Test
  void theEngineRefusesEveryOtherCallerAndAPeriodWithoutRuleSets() throws Exception {
    mvc.perform(post(BASE).with(user("citizen-1")).header("Idempotency-Key", "a1").param("from", "2026-03-01")
            .param("to", "2026-04-01"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
    Office township = Office.of(Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A);
    mvc.perform(post(BASE).with(user(EscalationSamples.staffId(township).value()))
            .header(GridCallers.OFFICE_HEADER, OfficeText.format(township)).header("Idempotency-Key", "a2")
            .param("from", "2026-03-01").param("to", "2026-04-01"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
    mvc.perform(post(BASE).with(user("staff-T01")).header(GridCallers.OFFICE_HEADER, "COUNTY_OFFICE:C1")
            .header("Idempotency-Key", "a3").param("from", "2026-03-01").param("to", "2026-04-01"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("NOT_APPOINTED"));
    mvc.perform(asCounty(post("/grid/api/counties/C2/two-way-assessment")).header("Idempotency-Key", "a4")
            .param("from", "2026-03-01").param("to", "2026-04-01"))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.reason").value("NOT_FOUND"));
    mvc.perform(asCounty(post(BASE)).header("Idempotency-Key", "a5").param("from", "2024-01-01")
            .param("to", "2025-01-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:missing-rule-sets"));
    mvc.perform(asCounty(post(BASE)).param("from", "2026-03-01").param("to", "2026-04-01"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("header Idempotency-Key"));
    mvc.perform(asCounty(post(BASE)).header("Idempotency-Key", "a6").param("from", "March")
            .param("to", "2026-04-01"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query from"));
    // The years the JSON readers and the command line accept, as for the compliance's times.
    mvc.perform(asCounty(post(BASE)).header("Idempotency-Key", "a7").param("from", "2026-03-01")
            .param("to", "+999999999-12-31"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query to"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("must be in a year from 1900")));
    mvc.perform(asCounty(post(MEMBERS)).header("Idempotency-Key", "a8").param("from", "0001-01-01")
            .param("to", "2027-01-01").contentType(MediaType.APPLICATION_JSON).content(TWO_MEMBERS))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("query from"));
  }

  @Test
  void theCountyOfficeScoresAndGradesPartyMembers() throws Exception {
    mvc.perform(asCounty(post(MEMBERS)).header("Idempotency-Key", "members-2026").param("from", "2026-01-01")
            .param("to", "2027-01-01").contentType(MediaType.APPLICATION_JSON).content(TWO_MEMBERS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.county").value("C1"))
        .andExpect(jsonPath("$.from").value("2026-01-01"))
        .andExpect(jsonPath("$.to").value("2027-01-01"))
        .andExpect(jsonPath("$.members.length()").value(2))
        .andExpect(jsonPath("$.members[0].member").value("T01-V04-P01"))
        .andExpect(jsonPath("$.members[0].village").value("T01-V04"))
        .andExpect(jsonPath("$.members[0].class").value("WITH_POST"))
        .andExpect(jsonPath("$.members[0].grade").isString())
        .andExpect(jsonPath("$.members[0].cutByExcellentCap").isBoolean())
        .andExpect(jsonPath("$.members[0].score.subject").value("T01-V04-P01"))
        .andExpect(jsonPath("$.members[0].score.ruleSet").value("party-member/with-post/2026"))
        .andExpect(jsonPath("$.members[0].score.total").isNumber())
        .andExpect(jsonPath("$.members[0].score.lineItems[0].rule").value("base"))
        .andExpect(jsonPath("$.members[1].score.ruleSet").value("party-member/elderly-or-infirm/2026"));
  }

  @Test
  void partyMemberScoresAreTheCountyOfficesAndNeedAGoodDocumentAndRuleSets() throws Exception {
    Office township = Office.of(Tier.TOWNSHIP_OFFICE, EscalationSamples.PLACE_A);
    mvc.perform(post(MEMBERS).with(user(EscalationSamples.staffId(township).value()))
            .header(GridCallers.OFFICE_HEADER, OfficeText.format(township)).header("Idempotency-Key", "m1")
            .param("from", "2026-01-01").param("to", "2027-01-01").contentType(MediaType.APPLICATION_JSON)
            .content(TWO_MEMBERS))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
    mvc.perform(post(MEMBERS).with(user("citizen-1")).header("Idempotency-Key", "m2").param("from", "2026-01-01")
            .param("to", "2027-01-01").contentType(MediaType.APPLICATION_JSON).content(TWO_MEMBERS))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("WRONG_TIER"));
    mvc.perform(asCounty(post("/grid/api/counties/C2/party-member-scores")).header("Idempotency-Key", "m3")
            .param("from", "2026-01-01").param("to", "2027-01-01").contentType(MediaType.APPLICATION_JSON)
            .content(TWO_MEMBERS))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.reason").value("NOT_FOUND"));
    mvc.perform(asCounty(post(MEMBERS)).header("Idempotency-Key", "m4").param("from", "2026-01-01")
            .param("to", "2027-01-01").contentType(MediaType.APPLICATION_JSON)
            .content(TWO_MEMBERS.replace("ELDERLY_OR_INFIRM", "RETIRED")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:bad-input"))
        .andExpect(jsonPath("$.problems[0].path").value(org.hamcrest.Matchers.startsWith("$.partyMembers[1]")));
    mvc.perform(asCounty(post(MEMBERS)).header("Idempotency-Key", "m5").param("from", "2024-01-01")
            .param("to", "2025-01-01").contentType(MediaType.APPLICATION_JSON).content(TWO_MEMBERS))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:grid:problem:missing-rule-sets"));
    mvc.perform(asCounty(post(MEMBERS)).param("from", "2026-01-01").param("to", "2027-01-01")
            .contentType(MediaType.APPLICATION_JSON).content(TWO_MEMBERS))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("header Idempotency-Key"));
  }
}
