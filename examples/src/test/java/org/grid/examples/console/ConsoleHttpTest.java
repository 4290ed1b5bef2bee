package org.grid.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On the real server, grid's API answers whole: with its length, not chunked, though Spring MVC flushes after
 * writing each {@code ResponseEntity}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleHttpTest {

  private ConfigurableApplicationContext application;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    application = ConsoleApplication.start(0);
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort();
  }

  @AfterAll
  void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void anAnswerOfTheApiCarriesItsLength() throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/grid/api/requests?limit=5"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("citizen:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(answer.headers().firstValueAsLong("Content-Length"))
        .hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
  }
}
