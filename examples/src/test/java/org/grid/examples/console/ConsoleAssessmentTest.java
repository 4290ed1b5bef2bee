package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The county assessments of the example application over HTTP: the application assesses the sample township's
 * county ({@code grid.county}) with the example rule sets of the year it runs in, so the county user's two-way
 * assessment of the sample requests and party-member scores answer 200, and a township user is refused by the
 * engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAssessmentTest {

  private ConfigurableApplicationContext application;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();
  /** The year the first sample requests are reported in (eight days before the start). */
  private final int year = LocalDate.now(ZoneOffset.UTC).minusDays(8).getYear();

  @BeforeAll
  void start() {
    application = ConsoleApplication.start(0);
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort()
        + "/grid/api/counties/" + SampleTownship.COUNTY;
  }

  @AfterAll
  void stop() {
    if (application != null) {
      application.close();
    }
  }

  private HttpResponse<String> post(String user, String office, String path, String key, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + "?from=" + year + "-01-01&to="
            + (year + 1) + "-01-01"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Grid-Office", office).header("Idempotency-Key", key).header("Accept", "application/json");
    if (body == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theCountyUserAssessesTheSampleRequestsOfTheYear() throws Exception {
    HttpResponse<String> answer = post("county", "COUNTY_OFFICE:" + SampleTownship.COUNTY, "/two-way-assessment",
        "console-two-way-1", null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    // The sample requests handled in the year are the handlers' evidence (none was withdrawn or recategorized, so
    // no reporting grid lost points).
    assertThat(answer.body()).contains("\"county\":\"C1\"").contains("\"ruleSet\":\"request-handler/" + year + "\"")
        .contains("\"evidence\":[\"SAMPLE-").contains("\"reporters\":[");
  }

  @Test
  void theCountyUserScoresPartyMembersAndATownshipUserIsRefused() throws Exception {
    String members = "{\"partyMembers\":[{\"id\":\"T01-V01-P01\",\"village\":\"T01-V01\",\"class\":\"WITH_POST\"}]}";
    HttpResponse<String> answer = post("county", "COUNTY_OFFICE:" + SampleTownship.COUNTY, "/party-member-scores",
        "console-members-1", members);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"member\":\"T01-V01-P01\"")
        .contains("\"ruleSet\":\"party-member/with-post/" + year + "\"").contains("\"grade\":");

    SampleTownship sample = application.getBean(SampleTownship.class);
    String seat = "TOWNSHIP_OFFICE:" + SampleTownship.COUNTY + "/" + sample.township().id().value();
    HttpResponse<String> refused = post("township", seat, "/party-member-scores", "console-members-2", members);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("WRONG_TIER");
  }

  @Test
  void theExampleRuleSetsAreMovedToTheYear() {
    String document = "{\"id\": \"request-handler/2025\", \"validFrom\": \"2025-01-01\", "
        + "\"validUntil\": \"2026-01-01\", \"note\": \"for 2025\"}";

    assertThat(SampleRuleSets.forYear(document, 2031)).isEqualTo("{\"id\": \"request-handler/2031\", "
        + "\"validFrom\": \"2031-01-01\", \"validUntil\": \"2032-01-01\", \"note\": \"for 2025\"}");
    assertThat(SampleRuleSets.forYear(document, 2025)).isEqualTo(document);
  }
}
