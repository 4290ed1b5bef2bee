package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.grid.core.model.partition.Grid;
import org.grid.spring.boot.open311.GeoLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example application on its real server. It serves the starter's Open311 façade over the sample township: a
 * client lists the services, posts a report with the demo key at a unit or at a latitude and longitude, and reads it
 * back; without the key nothing is filed. No sign-in, no CSRF token: Open311 clients are not users. And grid's API
 * answers whole: with its length, not chunked, though Spring MVC flushes after writing each {@code ResponseEntity}.
 * The console's and the public pages carry the application's Content-Security-Policy and hold no inline script or
 * style that it would block.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleHttpTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ConfigurableApplicationContext application;
  private String server;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    application = ConsoleApplication.start(0);
    server = "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort();
    base = server + "/open311/v2";
  }

  @AfterAll
  void stop() {
    if (application != null) {
      application.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(base + "/requests.json"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private Map<String, String> report(String serviceCode) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("api_key", ConsoleApplication.OPEN311_API_KEY);
    form.put("jurisdiction_id", SampleTownship.COUNTY);
    form.put("service_code", serviceCode);
    form.put("account_id", "demo-account-7");
    form.put("description", "村口道路积水");
    return form;
  }

  private String firstServiceCode() throws Exception {
    HttpResponse<String> services = get("/services.json?jurisdiction_id=" + SampleTownship.COUNTY);
    assertThat(services.statusCode()).as(services.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(services.body());
    assertThat(list.isArray()).isTrue();
    assertThat(list.size()).isPositive();
    return list.get(0).get("service_code").asString();
  }

  @Test
  void aReportAtAUnitLandsInItsGridAndIsReadBack() throws Exception {
    SampleTownship sample = application.getBean(SampleTownship.class);
    Grid grid = sample.plan().grids().get(1);
    Map<String, String> form = report(firstServiceCode());
    form.put("address_id", grid.units().get(0).value());

    HttpResponse<String> filed = post(form);

    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(filed.body()).get(0);
    assertThat(answer.get("service_notice").asString()).startsWith("Filed at grid " + grid.id().value() + ",");
    String id = answer.get("service_request_id").asString();
    HttpResponse<String> read = get("/requests/" + id + ".json");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).get(0).get("status").asString()).isEqualTo("open");
  }

  @Test
  void aReportAtALatitudeAndLongitudeLandsInTheGridOfTheNearestUnitPoint() throws Exception {
    SampleTownship sample = application.getBean(SampleTownship.class);
    GeoLocator locator = application.getBean(GeoLocator.class);
    Grid grid = sample.plan().grids().get(2);
    // The position of a unit's point, found through the address rule and turned back into degrees.
    double[] at = locator.centreOf(locator.unit(sample.township().county(), grid.units().get(0).value()).place())
        .orElseThrow();
    Map<String, String> form = report(firstServiceCode());
    form.put("lat", Double.toString(at[0]));
    form.put("long", Double.toString(at[1]));

    HttpResponse<String> filed = post(form);

    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    String nearest = locator.locate(sample.township().county(), at[0], at[1]).place().grid().value();
    assertThat(JSON.readTree(filed.body()).get(0).get("service_notice").asString())
        .startsWith("Filed at grid " + nearest + ",");
  }

  @Test
  void withoutTheDemoKeyNothingIsFiled() throws Exception {
    SampleTownship sample = application.getBean(SampleTownship.class);
    Map<String, String> form = report(firstServiceCode());
    form.put("api_key", "not-the-demo-key-at-all");
    form.put("address_id", sample.plan().grids().get(0).units().get(0).value());

    HttpResponse<String> refused = post(form);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("not-the-demo-key-at-all");
  }

  @Test
  void aBodyThatDoesNotDecodeIsRefusedWithoutLoggingOrAnsweringItsValues() throws Exception {
    List<String> logged = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
          text.append(' ').append(t);
        }
        synchronized (logged) {
          logged.add(text.toString());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.addHandler(capture);
    HttpResponse<String> refused;
    try {
      // A broken percent-escape after the phone number: the server cannot decode the form.
      refused = http.send(HttpRequest.newBuilder(URI.create(base + "/requests.json"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("api_key=" + ConsoleApplication.OPEN311_API_KEY
                  + "&phone=13812341234%ZZ&description=110101199003077774%E")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } finally {
      root.removeHandler(capture);
    }

    synchronized (logged) {
      assertThat(String.join("\n", logged)).doesNotContain("13812341234").doesNotContain("110101199003077774");
    }
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).doesNotContain("13812341234").doesNotContain("110101199003077774");
    // The spec's error array, as for every other refusal of the façade.
    assertThat(JSON.readTree(refused.body()).get(0).get("code").asInt()).as(refused.body()).isEqualTo(400);
  }

  private HttpResponse<String> api(String user, String method, String path, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", contentType).header("Idempotency-Key", "k-" + System.nanoTime())
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A citizen's report through grid's API, at the place and as the reporter of a request of theirs. */
  private String reportBody(String requestId) throws Exception {
    HttpResponse<String> mine = api("citizen", "GET", "/grid/api/requests?limit=1", null, null);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    JsonNode sample = JSON.readTree(mine.body()).get("requests").get(0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("reporter", sample.get("reporter").asString());
    body.put("place", sample.get("place"));
    body.put("category", sample.get("category").asString());
    body.put("description", "村口道路积水");
    body.put("urgency", "NORMAL");
    return JSON.writeValueAsString(body);
  }

  @Test
  void aReportedRequestIsAddressedByTheLocationItsAnswerGivesAndAnIdNoPathCouldNameIsRefused() throws Exception {
    String awkward = "R 1?#+&=中-" + System.nanoTime();
    HttpResponse<String> filed = api("citizen", "POST", "/grid/api/requests", "application/json",
        reportBody(awkward));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String location = filed.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> read = api("citizen", "GET", URI.create(location).getRawPath(), null, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(JSON.readTree(read.body()).get("id").asString()).isEqualTo(awkward);

    for (String unaddressable : List.of("A/B", "A\\B", "A;B", "100%", ".", "..")) {
      HttpResponse<String> refused = api("citizen", "POST", "/grid/api/requests", "application/json",
          reportBody(unaddressable));
      assertThat(refused.statusCode()).as(unaddressable + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("$.requestId", "URL path segment");
    }
    // A line or paragraph separator is refused by every id of the engine already (Ids.requireValidId).
    HttpResponse<String> separator = api("citizen", "POST", "/grid/api/requests", "application/json",
        reportBody("a\u2028b"));
    assertThat(separator.statusCode()).as(separator.body()).isEqualTo(400);
    assertThat(separator.body()).contains("$.requestId", "line or paragraph separator");
  }

  /**
   * A browser's session is what CSRF abuses: a call that rides on the session cookie needs the token, whatever other
   * Authorization header it carries; only a call that HTTP Basic signs itself goes without.
   */
  @Test
  void aCallOnTheSessionNeedsTheCsrfTokenWhateverAuthorizationHeaderItCarries() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(server + "/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    java.util.regex.Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    String form = "username=grid&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(server + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/console/");

    String basic = "Basic " + Base64.getEncoder().encodeToString(
        ("grid:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    org.grid.escalation.model.Office leader =
        application.getBean(DemoUsers.class).person("grid").orElseThrow().office();
    String office = leader.tier().name() + ":" + String.join("/", leader.path());
    HttpResponse<String> before = http.send(HttpRequest.newBuilder(URI.create(server + "/grid/api/requests/SAMPLE-8"))
        .header("Authorization", basic).header("Grid-Office", office).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    // Each call is one the API would take (If-Match, Idempotency-Key, a body), but for its missing CSRF token.
    for (String authorization : new String[] {null, "x", "Bearer nothing", "Basicx"}) {
      HttpRequest.Builder accept = HttpRequest.newBuilder(URI.create(server + "/grid/api/requests/SAMPLE-8/accept"))
          .header("Content-Type", "application/json").header("Idempotency-Key", "k-" + System.nanoTime())
          .header("If-Match", etag).header("Grid-Office", office)
          .POST(HttpRequest.BodyPublishers.ofString("{\"assignee\":\"grid\"}"));
      if (authorization != null) {
        accept.header("Authorization", authorization);
      }
      HttpResponse<String> refused = browser.send(accept.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).as(authorization + ": " + refused.body()).isEqualTo(403);
    }
    // The same call signed with HTTP Basic is taken: the refusals above were the missing token, not the office.
    HttpResponse<String> signed = browser.send(
        HttpRequest.newBuilder(URI.create(server + "/grid/api/requests/SAMPLE-8/accept"))
            .header("Content-Type", "application/json").header("Idempotency-Key", "k-" + System.nanoTime())
            .header("If-Match", etag).header("Authorization", basic).header("Grid-Office", office)
            .POST(HttpRequest.BodyPublishers.ofString("{\"assignee\":\"grid\"}")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
  }

  @Test
  void theRequestsApiReadsJsonOnlyNotTheXmlTheApplicationCanRead() throws Exception {
    HttpResponse<String> xml = api("citizen", "POST", "/grid/api/requests", "application/xml",
        "<r><requestId>XML-1</requestId><urgency>NORMAL</urgency><notAField>1</notAField></r>");
    assertThat(xml.statusCode()).as(xml.body()).isEqualTo(415);
    assertThat(api("citizen", "GET", "/grid/api/requests/XML-1", null, null).statusCode()).isEqualTo(404);
    HttpResponse<String> accept = api("grid", "POST", "/grid/api/requests/SAMPLE-1/accept", "text/xml",
        "<a><assignee>x</assignee></a>");
    assertThat(accept.statusCode()).as(accept.body()).isEqualTo(415);
  }

  @Test
  void anOpen311FormWithMoreArgumentsThanTheServerReadsIsRefusedSayingSo() throws Exception {
    Map<String, String> form = report(firstServiceCode());
    for (int i = 0; i < 1_100; i++) {
      form.put("attribute[a" + i + "]", "x");
    }

    HttpResponse<String> refused = post(form);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get(0).get("description").asString())
        .isEqualTo("the arguments could not be read: too many, too large, or not percent-encoded in UTF-8");
  }

  @Test
  void anAnswerOfTheApiCarriesItsLength() throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server + "/grid/api/requests?limit=5"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("citizen:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(answer.headers().firstValueAsLong("Content-Length"))
        .hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void theConsolesAndThePublicPagesRunOnlyTheApplicationsOwnScriptsAndStyles() throws Exception {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    for (String path : List.of("/console/", "/public/request.html?id=SAMPLE-1", "/public/map.html",
        "/public/map.svg")) {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server + path))
              .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                  ("station:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValue(ConsoleSecurity.CONTENT_SECURITY_POLICY);
      assertThat(page.body()).as(path).doesNotContain("style=\"", "<style", "javascript:");
      assertThat(inlineScript.matcher(page.body()).find()).as(path + ": an inline script").isFalse();
    }
  }

  /**
   * The live feed over the real server: a user's streams beyond {@link ConsoleEvents#STREAMS_PER_USER} end their
   * oldest, which the server closes, while their newest stays open and reads its first comment.
   */
  @Test
  void aUsersOldestStreamEndsWhenTheyOpenOneBeyondTheirBound() throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString("grid:demo".getBytes(StandardCharsets.UTF_8));
    List<InputStream> streams = new ArrayList<>();
    try {
      for (int i = 0; i <= ConsoleEvents.STREAMS_PER_USER; i++) {
        HttpResponse<InputStream> opened = http.send(HttpRequest.newBuilder(URI.create(server + "/console/api/events"))
            .header("Authorization", basic).header("Accept", "text/event-stream").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        assertThat(opened.statusCode()).isEqualTo(200);
        streams.add(opened.body());
      }

      InputStream oldest = streams.get(0);
      String whole = CompletableFuture.supplyAsync(() -> {
        try {
          return new String(oldest.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).get(30, TimeUnit.SECONDS);
      assertThat(whole).as("the oldest stream, to its end").startsWith(":grid console feed");
      BufferedReader newest = new BufferedReader(
          new InputStreamReader(streams.get(streams.size() - 1), StandardCharsets.UTF_8));
      assertThat(newest.readLine()).isEqualTo(":grid console feed");
      assertThat(application.getBean(ConsoleEvents.class).listeners()).isEqualTo(ConsoleEvents.STREAMS_PER_USER);
    } finally {
      for (InputStream stream : streams) {
        stream.close();
      }
    }
  }
}
