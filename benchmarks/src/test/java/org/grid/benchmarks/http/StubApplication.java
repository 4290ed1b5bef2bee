package org.grid.benchmarks.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the example application, as much of it as the load generator uses: the console's {@code me} and
 * {@code options}, the form login with its CSRF cookie, HTTP Basic, and the report and four commands of the REST
 * API with {@code Idempotency-Key}, {@code If-Match} and {@code ETag}. It refuses every {@code refuseAcceptEvery}-th
 * accept (409 {@code WRONG_STATE}) and answers every {@code wrongRateEvery}-th rate with a request still open, and
 * counts what it did, so a test can hold the generator's counts against the truth.
 */
final class StubApplication implements AutoCloseable {

  private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"([^\"]+)\"");
  private static final Pattern COMMAND = Pattern.compile("/grid/api/requests/([^/]+)/([a-z]+)");
  private static final String OFFICE = "VILLAGE_GRID:C1/T01/T01-D1/T01-V01/T01-V01-N1";

  private final HttpServer server;
  private final int refuseAcceptEvery;
  private final int wrongRateEvery;
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();
  private final Map<String, String> sessions = new ConcurrentHashMap<>();
  private final Set<String> keys = ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepts = new AtomicInteger();
  private final AtomicInteger rates = new AtomicInteger();
  final AtomicInteger reports = new AtomicInteger();
  final AtomicInteger refusedAccepts = new AtomicInteger();
  final AtomicInteger openAfterRate = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();
  final AtomicInteger bad = new AtomicInteger();
  final AtomicInteger basicSignIns = new AtomicInteger();
  final AtomicInteger formSignIns = new AtomicInteger();

  StubApplication(int refuseAcceptEvery, int wrongRateEvery) throws IOException {
    this.refuseAcceptEvery = refuseAcceptEvery;
    this.wrongRateEvery = wrongRateEvery;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (path.equals("/login")) {
        login(exchange, body);
        return;
      }
      String user = user(exchange);
      if (user == null) {
        answer(exchange, 401, null, "");
        return;
      }
      switch (path) {
        case "/console/api/me" -> answer(exchange, 200, null, user.equals("grid")
            ? "{\"user\":\"grid\",\"person\":\"staff-1\",\"role\":\"leader\",\"officeText\":\"" + OFFICE
                + "\",\"township\":\"T01\",\"county\":\"C1\"}"
            : "{\"user\":\"citizen\",\"person\":\"citizen-1\",\"township\":\"T01\",\"county\":\"C1\"}");
        case "/console/api/options" -> answer(exchange, 200, null, "{\"grids\":[{\"id\":\"T01-V02-N1\","
            + "\"village\":\"T01-V02\",\"district\":\"T01-D1\",\"citizen\":\"citizen-2\"},{\"id\":\"T01-V01-N1\","
            + "\"village\":\"T01-V01\",\"district\":\"T01-D1\",\"citizen\":\"citizen-1\"}],"
            + "\"categories\":[\"land\",\"water\"],\"urgencies\":[\"NORMAL\"]}");
        case "/grid/api/requests" -> report(exchange, user, body);
        default -> command(exchange, user, path, body);
      }
    }
  }

  private void login(HttpExchange exchange, String body) throws IOException {
    if (exchange.getRequestMethod().equals("GET")) {
      exchange.getResponseHeaders().add("Set-Cookie", "XSRF-TOKEN=token-" + sessions.size() + "; Path=/");
      answer(exchange, 200, null, "");
      return;
    }
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      form.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
    }
    String token = exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN");
    if (token == null || !cookie(exchange, "XSRF-TOKEN").equals(token) || !"demo".equals(form.get("password"))) {
      exchange.getResponseHeaders().add("Location", "/login?error");
      answer(exchange, 302, null, "");
      return;
    }
    formSignIns.incrementAndGet();
    String session = "session-" + form.get("username") + "-" + formSignIns.get();
    sessions.put(session, form.get("username"));
    exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + session + "; Path=/; HttpOnly");
    exchange.getResponseHeaders().add("Location", "/console/");
    answer(exchange, 302, null, "");
  }

  private String user(HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.startsWith("Basic ")) {
      String[] credentials = new String(Base64.getDecoder().decode(authorization.substring(6)),
          StandardCharsets.UTF_8).split(":", 2);
      basicSignIns.incrementAndGet();
      return credentials.length == 2 && credentials[1].equals("demo") ? credentials[0] : null;
    }
    String user = sessions.get(cookie(exchange, "JSESSIONID"));
    boolean post = exchange.getRequestMethod().equals("POST");
    if (user != null && post && !cookie(exchange, "XSRF-TOKEN").equals(
        exchange.getRequestHeaders().getFirst("X-XSRF-TOKEN"))) {
      return null;
    }
    return user;
  }

  private static String cookie(HttpExchange exchange, String name) {
    String header = exchange.getRequestHeaders().getFirst("Cookie");
    if (header != null) {
      for (String cookie : header.split(";\\s*")) {
        if (cookie.startsWith(name + "=")) {
          return cookie.substring(name.length() + 1);
        }
      }
    }
    return "";
  }

  private boolean fresh(HttpExchange exchange) {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    return key != null && keys.add(key);
  }

  private void report(HttpExchange exchange, String user, String body) throws IOException {
    Matcher id = REQUEST_ID.matcher(body);
    if (!user.equals("citizen") || !fresh(exchange) || !id.find() || !body.contains("\"reporter\":\"citizen-1\"")
        || !body.contains("\"grid\":\"T01-V01-N1\"") || !body.contains("\"category\":\"land\"")) {
      bad.incrementAndGet();
      answer(exchange, 400, null, "{\"type\":\"urn:grid:problem:bad-input\"}");
      return;
    }
    reports.incrementAndGet();
    versions.put(id.group(1), 1);
    answer(exchange, 201, 1, "{\"id\":\"" + id.group(1) + "\",\"version\":1,\"state\":\"REPORTED\"}");
  }

  private void command(HttpExchange exchange, String user, String path, String body) throws IOException {
    Matcher matcher = COMMAND.matcher(path);
    if (!matcher.matches() || !versions.containsKey(matcher.group(1))) {
      answer(exchange, 404, null, "{\"reason\":\"NOT_FOUND\"}");
      return;
    }
    String id = matcher.group(1);
    String command = matcher.group(2);
    int version = versions.get(id);
    boolean staff = !command.equals("rate");
    if (!fresh(exchange) || !(staff ? user.equals("grid") && OFFICE.equals(exchange.getRequestHeaders()
        .getFirst("Grid-Office")) : user.equals("citizen"))) {
      bad.incrementAndGet();
      answer(exchange, 403, null, "{\"reason\":\"NOT_PERMITTED\"}");
      return;
    }
    if (!("\"" + version + "\"").equals(exchange.getRequestHeaders().getFirst("If-Match"))) {
      bad.incrementAndGet();
      answer(exchange, 412, null, "{\"type\":\"urn:grid:problem:stale-version\"}");
      return;
    }
    String state;
    switch (command) {
      case "accept" -> {
        if (!body.equals("{\"assignee\":\"staff-1\"}")) {
          bad.incrementAndGet();
          answer(exchange, 400, null, "{\"type\":\"urn:grid:problem:bad-input\"}");
          return;
        }
        if (accepts.incrementAndGet() % refuseAcceptEvery == 0) {
          refusedAccepts.incrementAndGet();
          answer(exchange, 409, null, "{\"type\":\"urn:grid:problem:refused\",\"reason\":\"WRONG_STATE\"}");
          return;
        }
        state = "ACCEPTED";
      }
      case "resolve" -> state = "RESOLVED";
      case "feedback" -> state = "FEEDBACK_GIVEN";
      case "rate" -> {
        if (rates.incrementAndGet() % wrongRateEvery == 0) {
          openAfterRate.incrementAndGet();
          state = "FEEDBACK_GIVEN";
        } else {
          closed.incrementAndGet();
          state = "CLOSED";
        }
      }
      default -> {
        answer(exchange, 404, null, "");
        return;
      }
    }
    versions.put(id, version + 1);
    answer(exchange, 200, version + 1, "{\"id\":\"" + id + "\",\"version\":" + (version + 1) + ",\"state\":\""
        + state + "\"}");
  }

  private static void answer(HttpExchange exchange, int status, Integer version, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (version != null) {
      exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
