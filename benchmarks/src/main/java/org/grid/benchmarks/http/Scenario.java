package org.grid.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who runs the lifecycles and where (负载场景): the citizen (群众) who reports and rates, the staff member of the
 * grid holding the reports who accepts, resolves and gives feedback, the place (the citizen's grid) and the
 * category. {@link #discover} reads them from the example application's {@code /console/api/me} and
 * {@code /console/api/options}, so the generator holds no ids of the sample township.
 *
 * @param baseUrl the application's address, e.g. {@code http://127.0.0.1:8080}, without a trailing slash
 * @param citizenUser the citizen's user name (HTTP Basic)
 * @param handlerUser the handling staff member's user name (HTTP Basic)
 * @param password the two users' password
 * @param citizenPerson the citizen's person id, the reporter of every report
 * @param handlerPerson the staff member's person id, the assignee of {@code accept}
 * @param handlerOffice the staff member's office as the {@code Grid-Office} header writes it
 * @param place the report's place as the REST API's JSON writes it (county, township, district, village, grid)
 * @param category the report's category
 */
public record Scenario(String baseUrl, String citizenUser, String handlerUser, String password,
    String citizenPerson, String handlerPerson, String handlerOffice, Map<String, String> place, String category) {

  /**
   * Checks the scenario.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code baseUrl} ends with a slash
   */
  public Scenario {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(citizenUser, "citizenUser");
    Objects.requireNonNull(handlerUser, "handlerUser");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(citizenPerson, "citizenPerson");
    Objects.requireNonNull(handlerPerson, "handlerPerson");
    Objects.requireNonNull(handlerOffice, "handlerOffice");
    Objects.requireNonNull(category, "category");
    place = Map.copyOf(Objects.requireNonNull(place, "place"));
    if (baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must not end with '/'");
    }
  }

  /**
   * Reads the scenario from a running example application: the handling staff member's person and office, the
   * citizen's grid (the grid whose sample citizen the citizen user is) and the first category of the routing table.
   *
   * @param baseUrl the application's address, without a trailing slash
   * @param citizenUser the citizen's user name
   * @param handlerUser the staff member's user name
   * @param password the users' password
   * @return the scenario
   * @throws IOException if the application cannot be read or answers other than expected
   * @throws InterruptedException if interrupted while waiting for an answer
   */
  public static Scenario discover(String baseUrl, String citizenUser, String handlerUser, String password)
      throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    JsonNode handler = get(http, json, baseUrl + "/console/api/me", handlerUser, password);
    JsonNode citizen = get(http, json, baseUrl + "/console/api/me", citizenUser, password);
    JsonNode options = get(http, json, baseUrl + "/console/api/options", handlerUser, password);
    if (!handler.hasNonNull("officeText")) {
      throw new IOException("user " + handlerUser + " acts for no office: not staff");
    }
    if (citizen.hasNonNull("officeText")) {
      throw new IOException("user " + citizenUser + " acts for an office: not a citizen");
    }
    String citizenPerson = text(citizen, "person");
    for (JsonNode grid : options.path("grids")) {
      if (citizenPerson.equals(grid.path("citizen").asText())) {
        Map<String, String> place = new LinkedHashMap<>();
        place.put("county", text(handler, "county"));
        place.put("township", text(handler, "township"));
        place.put("district", text(grid, "district"));
        place.put("village", text(grid, "village"));
        place.put("grid", text(grid, "id"));
        JsonNode categories = options.path("categories");
        if (categories.isEmpty()) {
          throw new IOException("/console/api/options lists no categories");
        }
        return new Scenario(baseUrl, citizenUser, handlerUser, password, citizenPerson, text(handler, "person"),
            text(handler, "officeText"), place, categories.get(0).asText());
      }
    }
    throw new IOException("no grid of /console/api/options has user " + citizenUser + " as its citizen");
  }

  /**
   * Returns the HTTP Basic credentials of a user.
   *
   * @param user the user name
   * @param password the password
   * @return the {@code Authorization} header's value
   */
  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode get(HttpClient http, ObjectMapper json, String url, String user, String password)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user, password)).header("Accept", "application/json").GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + URI.create(url).getPath() + " as " + user + ": status " + response.statusCode());
    }
    return json.readTree(response.body());
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IOException("the answer has no text field '" + field + "'");
    }
    return value.asText();
  }
}
