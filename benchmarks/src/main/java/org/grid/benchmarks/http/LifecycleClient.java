package org.grid.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One client of the load (负载客户端): runs complete lifecycles one after the other, each report → accept → resolve
 * → feedback → rate through the REST API, every command with a fresh {@code Idempotency-Key} and the {@code ETag}
 * of the previous answer in {@code If-Match}. Every answer's status and the request's state in it are checked: an
 * answer other than the step's ({@link Step}) is an error, counted by step, status and the problem's reason, and
 * ends that lifecycle (the next starts afresh). Not thread-safe: one thread runs one client.
 *
 * <p>The citizen and the staff member each have their own HTTP connection and cookie store, as two browsers
 * would. With {@code sessions} (the default) each signs in once by the application's form login ({@link #signIn})
 * and then sends the session cookie and the CSRF token ({@code X-XSRF-TOKEN}, Spring Security's single-page
 * application setup), as the console's pages do; without, every call carries HTTP Basic credentials, so the
 * application checks the password's hash (BCrypt) on every request.
 */
public final class LifecycleClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String CSRF_COOKIE = "XSRF-TOKEN";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final Scenario scenario;
  private final String idPrefix;
  private final boolean sessions;
  private final CookieManager citizenCookies = new CookieManager();
  private final CookieManager handlerCookies = new CookieManager();
  private final HttpClient citizen;
  private final HttpClient handler;
  private final String citizenAuthorization;
  private final String handlerAuthorization;
  private final Map<Step, Latencies> latencies = new EnumMap<>(Step.class);
  private final Map<String, Long> errors = new TreeMap<>();
  private long sequence;
  private long completed;
  private long failed;
  private long warmupErrors;

  /**
   * Creates a client.
   *
   * @param scenario who runs the lifecycles and where
   * @param idPrefix the start of every request id this client reports (unique to the client and the run)
   * @param sessions whether to keep the sessions the application gives (true), or sign in on every call
   */
  public LifecycleClient(Scenario scenario, String idPrefix, boolean sessions) {
    this.scenario = scenario;
    this.idPrefix = idPrefix;
    this.sessions = sessions;
    this.citizen = http(sessions ? citizenCookies : null);
    this.handler = http(sessions ? handlerCookies : null);
    this.citizenAuthorization = Scenario.basic(scenario.citizenUser(), scenario.password());
    this.handlerAuthorization = Scenario.basic(scenario.handlerUser(), scenario.password());
    for (Step step : Step.values()) {
      latencies.put(step, new Latencies());
    }
  }

  private static HttpClient http(CookieManager cookies) {
    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT);
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    return builder.build();
  }

  /**
   * Signs the citizen and the staff member in by the form login ({@code GET /login} for the CSRF cookie, then
   * {@code POST /login}, answered 302), when the client keeps sessions; does nothing otherwise.
   *
   * @throws IOException if the application cannot be reached or refuses a sign-in
   * @throws InterruptedException if interrupted while waiting for an answer
   */
  public void signIn() throws IOException, InterruptedException {
    if (!sessions) {
      return;
    }
    signIn(citizen, citizenCookies, scenario.citizenUser());
    signIn(handler, handlerCookies, scenario.handlerUser());
  }

  private void signIn(HttpClient http, CookieManager cookies, String user) throws IOException, InterruptedException {
    URI login = URI.create(scenario.baseUrl() + "/login");
    http.send(HttpRequest.newBuilder(login).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(scenario.password(), StandardCharsets.UTF_8);
    HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(login).timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded").header(CSRF_HEADER, csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("error")) {
      throw new IOException("user " + user + " cannot sign in: status " + answer.statusCode());
    }
  }

  /**
   * Returns the signed-in sessions as a load generator of another kind (wrk) sends them: for the citizen and the
   * staff member, the {@code Cookie} header's value and the CSRF token for {@code X-XSRF-TOKEN}.
   *
   * @return {@code citizenCookie}, {@code citizenXsrf}, {@code handlerCookie}, {@code handlerXsrf}
   * @throws IOException if the client keeps no sessions or a cookie is missing
   */
  Map<String, String> sessionHeaders() throws IOException {
    if (!sessions) {
      throw new IOException("the client keeps no sessions");
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("citizenCookie", cookieHeader(citizenCookies));
    headers.put("citizenXsrf", csrf(citizenCookies));
    headers.put("handlerCookie", cookieHeader(handlerCookies));
    headers.put("handlerXsrf", csrf(handlerCookies));
    return headers;
  }

  private static String cookieHeader(CookieManager cookies) {
    StringBuilder header = new StringBuilder();
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      header.append(header.length() == 0 ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
    }
    return header.toString();
  }

  private static String csrf(CookieManager cookies) throws IOException {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals(CSRF_COOKIE)) {
        return cookie.getValue();
      }
    }
    throw new IOException("the application set no " + CSRF_COOKIE + " cookie");
  }

  /**
   * Runs one lifecycle to its end or its first error.
   *
   * @param record whether to keep the latencies and count the outcome (false while warming up, when only errors
   *     are counted, apart)
   * @return true when every step applied as it should
   * @throws InterruptedException if interrupted while waiting for an answer
   */
  public boolean runLifecycle(boolean record) throws InterruptedException {
    String id = idPrefix + "-" + (++sequence);
    ObjectNode report = JSON.createObjectNode();
    report.put("requestId", id);
    report.put("reporter", scenario.citizenPerson());
    report.set("place", JSON.valueToTree(scenario.place()));
    report.put("category", scenario.category());
    report.put("description", "负载测试 load test");
    report.put("urgency", "NORMAL");
    report.putNull("mustAttend");
    report.putNull("complaintAgainst");
    String etag = null;
    for (Step step : Step.values()) {
      boolean asCitizen = step == Step.REPORT || step == Step.RATE;
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scenario.baseUrl() + "/grid/api/requests"
              + (step == Step.REPORT ? "" : "/" + id + "/" + step.label())))
          .timeout(TIMEOUT)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString());
      if (!asCitizen) {
        request.header("Grid-Office", scenario.handlerOffice());
      }
      if (!sessions) {
        request.header("Authorization", asCitizen ? citizenAuthorization : handlerAuthorization);
      } else {
        try {
          request.header(CSRF_HEADER, csrf(asCitizen ? citizenCookies : handlerCookies));
        } catch (IOException e) {
          return fail(record, step, "no CSRF cookie");
        }
      }
      if (etag != null) {
        request.header("If-Match", etag);
      }
      String body = switch (step) {
        case REPORT -> report.toString();
        case ACCEPT -> "{\"assignee\":" + JSON.valueToTree(scenario.handlerPerson()) + "}";
        case RESOLVE -> "{\"summary\":\"已处理 handled\"}";
        case FEEDBACK -> "{\"result\":\"已告知 told\"}";
        case RATE -> "{\"rating\":\"SATISFIED\"}";
      };
      String answer;
      int status;
      long started = System.nanoTime();
      try {
        HttpResponse<String> response = (asCitizen ? citizen : handler).send(request
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        status = response.statusCode();
        answer = response.body();
        etag = response.headers().firstValue("ETag").orElse(null);
      } catch (IOException e) {
        return fail(record, step, "io " + e.getClass().getSimpleName());
      }
      long elapsed = System.nanoTime() - started;
      if (record) {
        latencies.get(step).add(elapsed);
      }
      if (status != step.status()) {
        return fail(record, step, status + reason(answer));
      }
      String state = state(answer);
      if (!step.state().equals(state)) {
        return fail(record, step, status + " state " + state);
      }
      if (etag == null) {
        return fail(record, step, status + " no ETag");
      }
    }
    if (record) {
      completed++;
    }
    return true;
  }

  private boolean fail(boolean record, Step step, String what) {
    if (record) {
      failed++;
      errors.merge(step.label() + " " + what, 1L, Long::sum);
    } else {
      warmupErrors++;
    }
    return false;
  }

  private static String reason(String answer) {
    try {
      JsonNode problem = JSON.readTree(answer);
      JsonNode reason = problem == null ? null : problem.get("reason");
      if (reason != null && reason.isTextual()) {
        return " " + reason.asText();
      }
      JsonNode type = problem == null ? null : problem.get("type");
      return type != null && type.isTextual() ? " " + type.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String state(String answer) {
    try {
      JsonNode request = JSON.readTree(answer);
      JsonNode state = request == null ? null : request.get("state");
      return state != null && state.isTextual() ? state.asText() : "(none)";
    } catch (IOException e) {
      return "(not JSON)";
    }
  }

  /**
   * Returns the latencies kept, by step.
   *
   * @return the latencies, the client's own (not a copy)
   */
  Map<Step, Latencies> latencies() {
    return latencies;
  }

  /**
   * Returns the errors counted, by step, status and reason (e.g. {@code accept 409 WRONG_STATE}).
   *
   * @return the counts, the client's own (not a copy)
   */
  Map<String, Long> errors() {
    return errors;
  }

  /**
   * Returns the lifecycles counted that ended closed.
   *
   * @return the count
   */
  long completed() {
    return completed;
  }

  /**
   * Returns the errors while warming up (not in {@link #errors()}, but reported: a warm-up must not fail either).
   *
   * @return the count
   */
  long warmupErrors() {
    return warmupErrors;
  }

  /**
   * Returns the lifecycles counted that ended with an error.
   *
   * @return the count
   */
  long failed() {
    return failed;
  }
}
