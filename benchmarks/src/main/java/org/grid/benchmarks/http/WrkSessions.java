package org.grid.benchmarks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prepares a run of wrk (Debian's {@code wrk}) with {@code benchmarks/scripts/http-load.lua} (wrk 的会话准备): reads
 * the scenario from the running example application as {@link HttpLoad} does ({@link Scenario#discover}), signs the
 * citizen and the staff member of every client in by the form login ({@link LifecycleClient#signIn}) and writes a
 * Lua file that the wrk script loads: the report's body around its request id, the staff member's office and
 * person, and per client the two sessions' {@code Cookie} header and CSRF token. wrk then runs the same lifecycle
 * as {@link LifecycleClient}, on one connection per client, at a fraction of the Java client's CPU.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.grid.benchmarks.http.WrkSessions \
 *     --url http://127.0.0.1:8080 --clients 4 --out target/http-load/sessions.lua
 * </pre>
 */
public final class WrkSessions {

  private WrkSessions() {}

  /**
   * Writes the sessions file.
   *
   * @param args {@code --url U --clients N --out FILE}
   * @throws Exception if the application cannot be read or a user cannot sign in (the exit status is then 2)
   */
  public static void main(String[] args) throws Exception {
    String url = "http://127.0.0.1:8080";
    int clients = 4;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (out == null || clients < 1) {
      System.err.println("wrk-sessions: --out FILE is required and --clients at least 1");
      System.exit(2);
    }
    try {
      Files.writeString(out, lua(Scenario.discover(url, "citizen", "grid", "demo"), clients),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("wrk-sessions: " + e.getMessage());
      System.exit(2);
    }
  }

  /** The Lua table the wrk script reads: scenario and sessions, every value a quoted Lua string. */
  static String lua(Scenario scenario, int clients) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode report = json.createObjectNode();
    String marker = "@@REQUEST-ID@@";
    report.put("requestId", marker);
    report.put("reporter", scenario.citizenPerson());
    report.set("place", json.valueToTree(scenario.place()));
    report.put("category", scenario.category());
    report.put("description", "负载测试 load test");
    report.put("urgency", "NORMAL");
    report.putNull("mustAttend");
    report.putNull("complaintAgainst");
    String body = report.toString();
    int at = body.indexOf(marker);
    StringBuilder lua = new StringBuilder("return {\n");
    lua.append("  reportBefore = ").append(quoted(body.substring(0, at))).append(",\n");
    lua.append("  reportAfter = ").append(quoted(body.substring(at + marker.length()))).append(",\n");
    lua.append("  handlerOffice = ").append(quoted(scenario.handlerOffice())).append(",\n");
    lua.append("  acceptBody = ").append(quoted("{\"assignee\":" + json.writeValueAsString(
        scenario.handlerPerson()) + "}")).append(",\n");
    lua.append("  clients = {\n");
    for (int i = 0; i < clients; i++) {
      LifecycleClient client = new LifecycleClient(scenario, "wrk", true);
      client.signIn();
      lua.append("    {");
      for (Map.Entry<String, String> header : client.sessionHeaders().entrySet()) {
        lua.append(header.getKey()).append(" = ").append(quoted(header.getValue())).append(", ");
      }
      lua.append("},\n");
    }
    return lua.append("  },\n}\n").toString();
  }

  /** A Lua string literal of the text: UTF-8 bytes, every byte outside printable ASCII (and quotes) escaped. */
  static String quoted(String text) {
    StringBuilder lua = new StringBuilder("\"");
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        lua.append(String.format("\\%03d", c));
      } else {
        lua.append((char) c);
      }
    }
    return lua.append('"').toString();
  }
}
