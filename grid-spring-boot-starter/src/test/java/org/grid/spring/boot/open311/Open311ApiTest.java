package org.grid.spring.boot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The façade over HTTP (MockMvc) on H2: reports, lists, the location rule, the privacy rules, hostile input. */
class Open311ApiTest {

  static final String BASE = "/open311/v2";
  static final JsonMapper JSON = JsonMapper.builder().build();

  static AnnotationConfigServletWebApplicationContext context;
  static MockMvc mvc;

  @BeforeAll
  static void start() {
    context = Open311Fixture.start();
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  static MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  /**
   * Posts a report with the test key at the given position (metres of the test frame); more arguments are added,
   * or replace the defaults of the same name.
   */
  static MockHttpServletResponse report(String format, double east, double north, String... more) throws Exception {
    double[] at = Open311Fixture.degrees(east, north);
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("api_key", Open311Fixture.API_KEY);
    params.put("service_code", "land");
    params.put("lat", Double.toString(at[0]));
    params.put("long", Double.toString(at[1]));
    params.put("description", "the road floods after rain");
    for (int i = 0; i < more.length; i += 2) {
      params.put(more[i], more[i + 1]);
    }
    MockHttpServletRequestBuilder request = post(BASE + "/requests." + format)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    params.forEach(request::param);
    return perform(request);
  }

  static JsonNode json(MockHttpServletResponse response) throws Exception {
    return JSON.readTree(response.getContentAsString());
  }

  static String reportedId(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return json(response).get(0).get("service_request_id").asString();
  }

  static List<String> descriptions(MockHttpServletResponse response) throws Exception {
    List<String> descriptions = new ArrayList<>();
    json(response).forEach(error -> {
      assertThat(error.get("code").asInt()).isEqualTo(response.getStatus());
      descriptions.add(error.get("description").asString());
    });
    return descriptions;
  }

  // ---- services -------------------------------------------------------------------------------------------------

  @Test
  void theServicesAreTheRoutingTablesCategories() throws Exception {
    MockHttpServletResponse response = perform(get(BASE + "/services.json"));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/json; charset=utf-8");
    JsonNode services = json(response);
    assertThat(services).hasSize(2);
    assertThat(services.get(0).get("service_code").asString()).isEqualTo("land");
    assertThat(services.get(0).get("group").asString()).isEqualTo("natural-resources");
    assertThat(services.get(0).get("metadata").asBoolean()).isFalse();
    assertThat(services.get(0).get("type").asString()).isEqualTo("realtime");
    assertThat(services.get(1).get("service_code").asString()).isEqualTo("pension");
    assertThat(services.get(1).get("group").asString()).isEqualTo("hr-social-security");
  }

  @Test
  void jurisdictionIdNamesTheCounty() throws Exception {
    assertThat(perform(get(BASE + "/services.json").param("jurisdiction_id", "C1")).getStatus()).isEqualTo(200);
    MockHttpServletResponse unknown = perform(get(BASE + "/services.xml").param("jurisdiction_id", "city.gov"));
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getContentType()).isEqualTo("text/xml; charset=utf-8");
    assertThat(unknown.getContentAsString()).contains("<errors><error><code>404</code><description>"
        + "jurisdiction_id was not found");
  }

  // ---- POST requests: the location rule -------------------------------------------------------------------------

  @Test
  void aReportLandsInTheGridOfTheNearestUnitPoint() throws Exception {
    // 300 m from the second place's unit, 1,700 m from the first's.
    String id = reportedId(report("json", 1700, 100));
    Request request = context.getBean(RequestRepository.class).findById(RequestId.of(id)).orElseThrow();
    assertThat(request.report().place()).isEqualTo(EscalationSamples.PLACE_B);
    // And 200 m north of the first place's unit: the first place.
    String first = reportedId(report("json", 0, 200));
    assertThat(context.getBean(RequestRepository.class).findById(RequestId.of(first)).orElseThrow()
        .report().place()).isEqualTo(EscalationSamples.PLACE_A);
  }

  @Test
  void anAddressIdNamesAUnit() throws Exception {
    MockHttpServletResponse response = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("api_key", Open311Fixture.API_KEY).param("service_code", "pension")
        .param("address_id", "T01-V30-G1").param("description", "pension not paid"));
    String id = reportedId(response);
    assertThat(context.getBean(RequestRepository.class).findById(RequestId.of(id)).orElseThrow()
        .report().place()).isEqualTo(EscalationSamples.PLACE_C);
  }

  @Test
  void aPositionTooFarFromEveryUnitIsRefused() throws Exception {
    MockHttpServletResponse response = report("json", 5000, 5000);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(descriptions(response)).singleElement().asString()
        .contains("m from the nearest unit of county C1").contains("at most 1000 m");
  }

  @Test
  void badLatitudesAndLongitudesAreRefusedNamingTheField() throws Exception {
    for (String[] bad : new String[][] {{"NaN", "120"}, {"91", "120"}, {"30", "181"}, {"30", "-180.5"},
        {"1e999", "120"}, {"north", "120"}, {"30", "0x1p3"}, {"30", "Infinity"}}) {
      MockHttpServletResponse response = perform(post(BASE + "/requests.json")
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
          .param("service_code", "land").param("description", "x").param("lat", bad[0]).param("long", bad[1]));
      assertThat(response.getStatus()).as(String.join(",", bad)).isEqualTo(400);
      assertThat(descriptions(response)).as(String.join(",", bad))
          .anySatisfy(d -> assertThat(d).matches("(lat|long) must be a .*"));
    }
  }

  @Test
  void aLocationIsRequiredAndLatNeedsLong() throws Exception {
    MockHttpServletResponse none = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("description", "x"));
    assertThat(descriptions(none)).containsExactly("a location is required: lat and long, or address_id");
    MockHttpServletResponse latOnly = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("description", "x").param("lat", "30"));
    assertThat(descriptions(latOnly)).containsExactly("lat and long must be sent together");
    MockHttpServletResponse addressString = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("description", "x").param("address_string", "1234 5th street"));
    assertThat(descriptions(addressString)).singleElement().asString().startsWith("address_string alone");
    MockHttpServletResponse unknownUnit = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("description", "x").param("address_id", "545483"));
    assertThat(descriptions(unknownUnit)).containsExactly("address_id names no mapped unit of county C1");
  }

  // ---- POST requests: keys, codes, fields -----------------------------------------------------------------------

  @Test
  void aReportNeedsAKnownApiKey() throws Exception {
    MockHttpServletResponse missing = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("service_code", "land"));
    assertThat(missing.getStatus()).isEqualTo(403);
    assertThat(descriptions(missing)).containsExactly("api_key is required to post a request");
    MockHttpServletResponse wrong = report("json", 0, 0, "api_key", "xyz");
    assertThat(wrong.getStatus()).isEqualTo(403);
    assertThat(descriptions(wrong)).containsExactly("api_key is not valid: a request cannot be posted with it");
    MockHttpServletResponse unknown = perform(post(BASE + "/requests.xml")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", "not-the-key-0123456789"));
    assertThat(unknown.getStatus()).isEqualTo(403);
    assertThat(unknown.getContentAsString()).contains("<code>403</code>").doesNotContain("not-the-key");
  }

  @Test
  void anUnknownServiceCodeIsNotFound() throws Exception {
    MockHttpServletResponse response = report("json", 0, 0, "service_code", "graffiti");
    assertThat(response.getStatus()).isEqualTo(404);
    MockHttpServletResponse unknown = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "graffiti").param("address_id", "T01-V04-G1").param("description", "x"));
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(descriptions(unknown)).containsExactly("service_code was not found in jurisdiction C1");
  }

  @Test
  void everyBrokenFieldIsReportedAtOnce() throws Exception {
    MockHttpServletResponse response = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("email", "a".repeat(300)).param("first_name", "bell\u0007"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(descriptions(response)).containsExactly("email must have at most 254 characters",
        "first_name must not contain control characters other than tab and line breaks, nor U+FFFE or U+FFFF",
        "service_code is required", "description is required",
        "a location is required: lat and long, or address_id");
  }

  @Test
  void aDescriptionThatShowsNothingIsRequiredAgain() throws Exception {
    for (String blank : List.of("\u200B", "\u00A0\u00A0", "\u3000\u3164", "\uFEFF\u2800", " \t\n")) {
      MockHttpServletResponse response = perform(post(BASE + "/requests.json")
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
          .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", blank));
      assertThat(response.getStatus()).as(blank.codePoints().mapToObj(Integer::toHexString).toList().toString())
          .isEqualTo(400);
      assertThat(descriptions(response)).containsExactly("description is required");
    }
    MockHttpServletResponse nul = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", "\u0000"));
    assertThat(descriptions(nul)).as("a control character is refused, not taken for nothing")
        .containsExactly(
            "description must not contain control characters other than tab and line breaks, nor U+FFFE or U+FFFF");
    MockHttpServletResponse shown = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", "\u200B路灯坏了"));
    assertThat(shown.getStatus()).isEqualTo(200);
  }

  @Test
  void aServiceCodeThatShowsNothingIsRequiredNotAFailure() throws Exception {
    for (String blank : List.of(" ", "\u200B", "\u3000")) {
      MockHttpServletResponse response = perform(post(BASE + "/requests.json")
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
          .param("service_code", blank).param("address_id", "T01-V04-G1").param("description", "x"));
      assertThat(response.getStatus()).as(blank.codePoints().mapToObj(Integer::toHexString).toList().toString())
          .isEqualTo(400);
      assertThat(descriptions(response)).containsExactly("service_code is required");
    }
  }

  @Test
  void theTwoCharactersNoXmlDocumentMayHoldAreRefusedInEveryArgument() throws Exception {
    for (String bad : List.of("bad \uFFFF", "\uFFFE")) {
      MockHttpServletResponse response = perform(post(BASE + "/requests.json")
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
          .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", bad)
          .param("account_id", bad));
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(descriptions(response)).containsExactly(
          "description must not contain control characters other than tab and line breaks, nor U+FFFE or U+FFFF",
          "account_id must not contain control characters other than tab and line breaks, nor U+FFFE or U+FFFF");
    }
  }

  @Test
  void aDescriptionHasAtMost4000Characters() throws Exception {
    MockHttpServletResponse twice = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", "x", "y"));
    assertThat(twice.getStatus()).isEqualTo(400);
    assertThat(descriptions(twice)).containsExactly("description must be sent once");
    MockHttpServletResponse tooLong = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", "长".repeat(4001)));
    assertThat(descriptions(tooLong)).containsExactly("description must have at most 4000 characters");
    MockHttpServletResponse longest = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY)
        .param("service_code", "land").param("address_id", "T01-V04-G1").param("description", "长".repeat(4000)));
    assertThat(longest.getStatus()).isEqualTo(200);
  }

  // ---- privacy --------------------------------------------------------------------------------------------------

  @Test
  void personalFieldsReachNoResponseAndTheReporterIsAPseudonym() throws Exception {
    String id = reportedId(report("json", 0, 0, "email", "wang.xiaoming@example.cn", "first_name", "小明",
        "last_name", "王", "phone", "13812341234", "account_id", "acct-77"));
    Request request = context.getBean(RequestRepository.class).findById(RequestId.of(id)).orElseThrow();
    assertThat(request.report().reporter().value()).matches("o311-[0-9a-f]{24}");
    String again = reportedId(report("json", 0, 0, "account_id", "acct-77"));
    assertThat(context.getBean(RequestRepository.class).findById(RequestId.of(again)).orElseThrow()
        .report().reporter()).as("the same account, the same reporter").isEqualTo(request.report().reporter());
    for (String format : List.of("json", "xml")) {
      String one = perform(get(BASE + "/requests/" + id + "." + format).param("extensions", "true"))
          .getContentAsString();
      String list = perform(get(BASE + "/requests." + format).param("extensions", "true")).getContentAsString();
      for (String text : List.of(one, list)) {
        assertThat(text).contains(id).doesNotContain("wang.xiaoming", "小明", "13812341234", "acct-77",
            request.report().reporter().value());
      }
    }
  }

  @Test
  void theAccountIdSentBackIsMaskedWhenItIsAnIdOrPhoneNumber() throws Exception {
    for (String format : List.of("json", "xml")) {
      String idNumber = report(format, 0, 0, "account_id", "11010519491231002X").getContentAsString();
      assertThat(idNumber).contains("1101**********002X").doesNotContain("11010519491231002X");
      String phone = report(format, 0, 0, "account_id", "13812341234").getContentAsString();
      assertThat(phone).contains("138****1234").doesNotContain("13812341234");
      assertThat(report(format, 0, 0, "account_id", "wx-8812").getContentAsString()).contains("wx-8812");
    }
  }

  @Test
  void phoneNumbersInTheDescriptionAreMasked() throws Exception {
    String id = reportedId(report("json", 0, 0, "description", "call me on 13812341234 please"));
    JsonNode one = json(perform(get(BASE + "/requests/" + id + ".json")));
    assertThat(one.get(0).get("description").asString()).isEqualTo("call me on 138****1234 please");
  }

  // ---- GET requests ---------------------------------------------------------------------------------------------

  @Test
  void aRequestShowsItsStatusAndWithExtensionsItsTierHolderAndDeadlines() throws Exception {
    String id = reportedId(report("json", 0, 0));
    JsonNode plain = json(perform(get(BASE + "/requests/" + id + ".json"))).get(0);
    assertThat(plain.get("status").asString()).isEqualTo("open");
    assertThat(plain.get("service_code").asString()).isEqualTo("land");
    assertThat(plain.get("agency_responsible").asString()).isEqualTo("village grid T01-V04-N1");
    assertThat(plain.get("requested_datetime").asString()).isEqualTo("2026-09-28T09:00:00+08:00");
    assertThat(plain.get("expected_datetime").asString()).matches("2026-09-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
    assertThat(plain.has("extended_attributes")).isFalse();
    double[] centre = Open311Fixture.degrees(0, 0);
    assertThat(plain.get("lat").asDouble()).isCloseTo(centre[0], org.assertj.core.data.Offset.offset(1e-6));
    assertThat(plain.get("long").asDouble()).isCloseTo(centre[1], org.assertj.core.data.Offset.offset(1e-6));

    JsonNode extended = json(perform(get(BASE + "/requests/" + id + ".json").param("extensions", "true")))
        .get(0).get("extended_attributes");
    assertThat(extended.get("state").asString()).isEqualTo("reported");
    assertThat(extended.get("tier").asString()).isEqualTo("village_grid");
    assertThat(extended.get("holder").asString()).isEqualTo("T01-V04-N1");
    assertThat(extended.get("deadline_kind").asString()).isEqualTo("accept");
    assertThat(extended.get("deadline").asString()).isEqualTo(plain.get("expected_datetime").asString());
    String xml = perform(get(BASE + "/requests/" + id + ".xml").param("extensions", "true")).getContentAsString();
    assertThat(xml).contains("<extended_attributes><state>reported</state><tier>village_grid</tier>");
  }

  @Test
  void aWithdrawnRequestIsClosedAndTheStatusFilterSeparatesThem() throws Exception {
    String open = reportedId(report("json", 2000, 0, "account_id", "keeps-it"));
    String closed = reportedId(report("json", 2000, 0, "account_id", "withdraws-it"));
    RequestRepository requests = context.getBean(RequestRepository.class);
    Request request = requests.findById(RequestId.of(closed)).orElseThrow();
    CommandOutcome outcome = context.getBean(RequestService.class).handle(new RequestCommand.Withdraw(
        CommandId.of("withdraw-" + closed), request.id(), request.version(),
        Actor.citizen(request.report().reporter()), "solved by myself"));
    assertThat(outcome).isInstanceOf(CommandOutcome.Applied.class);

    JsonNode one = json(perform(get(BASE + "/requests/" + closed + ".json"))).get(0);
    assertThat(one.get("status").asString()).isEqualTo("closed");
    assertThat(one.get("status_notes").asString()).isEqualTo("Withdrawn by the reporter.");
    assertThat(one.get("expected_datetime").isNull()).isTrue();

    List<String> closedIds = ids(perform(get(BASE + "/requests.json").param("status", "closed")));
    List<String> openIds = ids(perform(get(BASE + "/requests.json").param("status", "open")));
    List<String> both = ids(perform(get(BASE + "/requests.json").param("status", "open,closed")));
    assertThat(closedIds).contains(closed).doesNotContain(open);
    assertThat(openIds).contains(open).doesNotContain(closed);
    assertThat(both).contains(open, closed);
    assertThat(ids(perform(get(BASE + "/requests.json").param("service_request_id", open + "," + closed))))
        .containsExactly(open, closed);
    assertThat(ids(perform(get(BASE + "/requests.json").param("service_code", "pension")))).doesNotContain(open);
  }

  static List<String> ids(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json(response).forEach(r -> ids.add(r.get("service_request_id").asString()));
    return ids;
  }

  @Test
  void theWindowIsTheLast90DaysAndAtMost90Days() throws Exception {
    String id = reportedId(report("json", 0, 0));
    assertThat(ids(perform(get(BASE + "/requests.json")))).contains(id);
    assertThat(ids(perform(get(BASE + "/requests.json").param("start_date", "2026-09-28T01:00:00Z")
        .param("end_date", "2026-09-28T01:00:00Z")))).as("inclusive at both ends").contains(id);
    assertThat(ids(perform(get(BASE + "/requests.json").param("end_date", "2026-09-27T00:00:00Z"))))
        .doesNotContain(id);
    assertThat(ids(perform(get(BASE + "/requests.json").param("start_date", "2026-07-01T00:00:00+08:00"))))
        .contains(id);
    assertThat(descriptions(perform(get(BASE + "/requests.json").param("start_date", "2026-01-01T00:00:00Z")
        .param("end_date", "2026-09-28T00:00:00Z"))))
        .containsExactly("start_date and end_date must not span more than 90 days");
    assertThat(descriptions(perform(get(BASE + "/requests.json").param("start_date", "2026-09-28T00:00:00Z")
        .param("end_date", "2026-09-27T00:00:00Z")))).containsExactly("end_date must not be before start_date");
    for (String bad : List.of("yesterday", "2026-09-28", "2026-09-28T00:00:00", "2026-13-01T00:00:00Z")) {
      assertThat(descriptions(perform(get(BASE + "/requests.json").param("start_date", bad))))
          .as(bad).containsExactly("start_date must be a w3 date and time with its zone, e.g. 2010-01-01T00:00:00Z");
    }
    assertThat(descriptions(perform(get(BASE + "/requests.json").param("status", "pending"))))
        .containsExactly("status must be open, closed or both, comma delimited");
    assertThat(perform(get(BASE + "/requests.json").param("service_code", "graffiti")).getStatus()).isEqualTo(404);
  }

  @Test
  void unknownRequestsAndFormatsAreErrorsInTheSpecsShape() throws Exception {
    MockHttpServletResponse unknown = perform(get(BASE + "/requests/o311-none.json"));
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(descriptions(unknown)).containsExactly("service_request_id o311-none was not found");
    MockHttpServletResponse html = perform(get(BASE + "/requests.html"));
    assertThat(html.getStatus()).isEqualTo(404);
    assertThat(html.getContentType()).isEqualTo("text/xml; charset=utf-8");
    assertThat(html.getContentAsString()).contains("<description>the format must be .xml or .json</description>");
    MockHttpServletResponse badExtensions = perform(get(BASE + "/requests.json").param("extensions", "yes"));
    assertThat(descriptions(badExtensions)).containsExactly("extensions must be true or false");
    MockHttpServletResponse tooMany = perform(get(BASE + "/requests.json")
        .param("service_request_id", String.join(",", java.util.Collections.nCopies(1001, "x"))));
    assertThat(tooMany.getStatus()).isEqualTo(400);
  }

  @Test
  void responsesAreUtf8WithTheXmlDeclaration() throws Exception {
    String id = reportedId(report("json", 0, 0, "description", "路面积水"));
    MockHttpServletResponse xml = perform(get(BASE + "/requests/" + id + ".xml"));
    byte[] bytes = xml.getContentAsByteArray();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.toLowerCase(Locale.ROOT)).startsWith("<?xml version='1.0' encoding='utf-8'?>");
    assertThat(text).contains("<description>路面积水</description>");
  }
}
