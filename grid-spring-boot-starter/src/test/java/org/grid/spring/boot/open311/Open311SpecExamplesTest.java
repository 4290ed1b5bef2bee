package org.grid.spring.boot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The façade's answers against the GeoReport v2 specification's own examples (src/test/resources/open311/spec,
 * whose README says where each comes from): the same root and item elements, the same fields, the same kinds of
 * value, in JSON and XML; and the specification's example POST, sent as it is but for the key, the jurisdiction,
 * the service code and the position, which must be this county's.
 */
class Open311SpecExamplesTest {

  static final String BASE = "/open311/v2";
  /** The examples write ids as numbers with leading zeros; that is read, not refused. */
  static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
      .build();
  /** Where a W3C date and time with its zone is required. */
  static final String W3C = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)";

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

  static String example(String name) throws IOException {
    try (InputStream in = Open311SpecExamplesTest.class.getResourceAsStream("/open311/spec/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  // ---- XML shape ------------------------------------------------------------------------------------------------

  /** An XML document's shape: the root's name, its items' names, and each item's child element names in order. */
  record XmlShape(String root, Set<String> items, List<List<String>> fields) {}

  static XmlShape xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8)));
    Element root = document.getDocumentElement();
    assertThat(root.getNamespaceURI()).as("no namespace").isNull();
    Set<String> items = new LinkedHashSet<>();
    List<List<String>> fields = new ArrayList<>();
    for (Node item = root.getFirstChild(); item != null; item = item.getNextSibling()) {
      if (item instanceof Element element) {
        items.add(element.getTagName());
        List<String> names = new ArrayList<>();
        for (Node field = element.getFirstChild(); field != null; field = field.getNextSibling()) {
          if (field instanceof Element child) {
            names.add(child.getTagName());
            assertThat(child.getAttributes().getLength()).as("attributes of " + child.getTagName()).isZero();
          }
        }
        fields.add(names);
      }
    }
    return new XmlShape(root.getTagName(), items, fields);
  }

  static void sameXmlShape(String ours, String theirs, boolean sameOrder) throws Exception {
    assertThat(ours).startsWith("<?xml version='1.0' encoding='UTF-8'?>");
    XmlShape mine = xml(ours);
    XmlShape spec = xml(theirs);
    assertThat(mine.root()).isEqualTo(spec.root());
    assertThat(mine.items()).isEqualTo(spec.items());
    assertThat(mine.fields()).isNotEmpty();
    for (List<String> fields : mine.fields()) {
      if (sameOrder) {
        assertThat(fields).isEqualTo(spec.fields().get(0));
      } else {
        assertThat(fields).containsExactlyInAnyOrderElementsOf(spec.fields().get(0));
      }
    }
  }

  // ---- JSON shape -----------------------------------------------------------------------------------------------

  /** The kind of a value as the comparison sees it: the example's numbers for ids are text in the tables. */
  static String kind(String field, JsonNode value) {
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isNumber() && (field.equals("lat") || field.equals("long") || field.equals("code"))) {
      return "number";
    }
    return "scalar";
  }

  static void sameJsonShape(String ours, String theirs) throws Exception {
    JsonNode mine = LENIENT.readTree(ours);
    JsonNode spec = LENIENT.readTree(theirs);
    assertThat(mine.isArray()).isTrue();
    assertThat(mine.size()).isPositive();
    JsonNode model = spec.get(0);
    Map<String, String> kinds = new LinkedHashMap<>();
    model.properties().forEach(e -> kinds.put(e.getKey(), kind(e.getKey(), e.getValue())));
    for (JsonNode item : mine) {
      Map<String, String> found = new LinkedHashMap<>();
      item.properties().forEach(e -> found.put(e.getKey(), e.getValue().isNull() && !kinds.getOrDefault(
          e.getKey(), "").equals("boolean") ? kinds.get(e.getKey()) : kind(e.getKey(), e.getValue())));
      assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(kinds.keySet());
      kinds.forEach((field, kind) -> {
        if (!kind.equals("scalar")) {
          assertThat(found.get(field)).as(field).isEqualTo(kind);
        }
      });
    }
  }

  // ---- the examples ---------------------------------------------------------------------------------------------

  @Test
  void theServiceListHasTheExamplesShape() throws Exception {
    sameXmlShape(perform(get(BASE + "/services.xml")).getContentAsString(), example("services.xml"), false);
    sameJsonShape(perform(get(BASE + "/services.json")).getContentAsString(), example("services.json"));
  }

  /** The example request's arguments, with this county's key, jurisdiction, service and a position in it. */
  static Map<String, String> exampleReport() throws IOException {
    String body = example("post-request.txt").strip();
    body = body.substring(body.lastIndexOf('\n') + 1);
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    assertThat(params).containsKeys("api_key", "jurisdiction_id", "service_code", "lat", "long", "email",
        "first_name", "last_name", "phone", "account_id", "device_id", "media_url", "attribute[WHISPAWN]");
    double[] at = Open311Fixture.degrees(120, -80);
    params.put("api_key", Open311Fixture.API_KEY);
    params.put("jurisdiction_id", "C1");
    params.put("service_code", "land");
    params.put("lat", Double.toString(at[0]));
    params.put("long", Double.toString(at[1]));
    return params;
  }

  static MockHttpServletResponse postExample(String format) throws Exception {
    MockHttpServletRequestBuilder request = post(BASE + "/requests." + format)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    exampleReport().forEach(request::param);
    MockHttpServletResponse response = perform(request);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response;
  }

  @Test
  void theExamplePostIsFiledAndAnsweredInTheExamplesShape() throws Exception {
    MockHttpServletResponse xml = postExample("xml");
    assertThat(xml.getContentType()).isEqualTo("text/xml; charset=utf-8");
    sameXmlShape(xml.getContentAsString(), example("post-response.xml"), true);
    MockHttpServletResponse json = postExample("json");
    assertThat(json.getContentType()).isEqualTo("application/json; charset=utf-8");
    sameJsonShape(json.getContentAsString(), example("post-response.json"));
    JsonNode answer = LENIENT.readTree(json.getContentAsString()).get(0);
    assertThat(answer.get("account_id").asString()).isEqualTo("123456");
    assertThat(answer.get("service_notice").asString()).startsWith("Filed at grid T01-V04-N1, to be accepted by ");
  }

  @Test
  void aRequestAndTheRequestListHaveTheExamplesShape() throws Exception {
    String id = LENIENT.readTree(postExample("json").getContentAsString()).get(0).get("service_request_id")
        .asString();
    sameXmlShape(perform(get(BASE + "/requests/" + id + ".xml")).getContentAsString(), example("request.xml"),
        true);
    sameJsonShape(perform(get(BASE + "/requests/" + id + ".json")).getContentAsString(), example("request.json"));
    sameXmlShape(perform(get(BASE + "/requests.xml")).getContentAsString(), example("requests.xml"), true);
    String list = perform(get(BASE + "/requests.json").param("jurisdiction_id", "C1")).getContentAsString();
    sameJsonShape(list, example("requests.json"));
    for (JsonNode request : LENIENT.readTree(list)) {
      assertThat(request.get("status").asString()).isIn("open", "closed");
      assertThat(request.get("requested_datetime").asString()).matches(W3C);
      assertThat(request.get("updated_datetime").asString()).matches(W3C);
      assertThat(request.get("lat").isNumber()).isTrue();
      assertThat(request.get("long").isNumber()).isTrue();
    }
    String one = perform(get(BASE + "/requests/" + id + ".json")).getContentAsString();
    assertThat(one).doesNotContain("smit333", "john", "smith", "111111111", "tt222111", "flickr");
  }

  @Test
  void errorsHaveTheExamplesShape() throws Exception {
    MockHttpServletRequestBuilder xml = post(BASE + "/requests.xml")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", "xyz");
    MockHttpServletResponse forbidden = perform(xml);
    assertThat(forbidden.getStatus()).isEqualTo(403);
    sameXmlShape(forbidden.getContentAsString(), example("errors.xml"), true);
    MockHttpServletResponse json = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", "xyz"));
    assertThat(json.getStatus()).isEqualTo(403);
    sameJsonShape(json.getContentAsString(), example("errors.json"));
    MockHttpServletResponse several = perform(post(BASE + "/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", Open311Fixture.API_KEY));
    assertThat(several.getStatus()).isEqualTo(400);
    sameJsonShape(several.getContentAsString(), example("errors.json"));
    assertThat(LENIENT.readTree(several.getContentAsString()).size()).as("one error per broken field").isEqualTo(3);
  }
}
