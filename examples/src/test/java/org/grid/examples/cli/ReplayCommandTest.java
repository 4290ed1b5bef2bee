package org.grid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grid.adapters.json.escalation.RoutingTableJsonReader;
import org.grid.adapters.json.escalation.StaffDirectoryJsonReader;
import org.grid.adapters.json.escalation.WorkCalendarJsonReader;
import org.grid.escalation.model.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReplayCommandTest {

  private static final Path EXAMPLE = Path.of("src/main/resources/scenarios/village-lapse-returned-closed.json");
  private static final Path TRUST = Path.of("src/main/resources/scenarios/trust-boundary.json");
  private static final Path CORRECTIONS = Path.of("src/main/resources/scenarios/recategorized-and-duplicate.json");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code replay} through the program's command line, with its error handling. */
  private int run(String... args) {
    CommandLine cli = GridCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] command = new String[args.length + 1];
    command[0] = "replay";
    System.arraycopy(args, 0, command, 1, args.length);
    return cli.execute(command);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.path(field).asText()));
    return values;
  }

  @Test
  void the_worked_example_lapses_escalates_is_returned_once_and_closes_with_a_rating() throws Exception {
    assertThat(run("--scenario", EXAMPLE.toString())).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode request = root.path("requests").get(0);
    assertThat(request.path("id").asText()).isEqualTo("R1");
    assertThat(request.path("state").asText()).isEqualTo("CLOSED");
    assertThat(request.path("tier").asText()).isEqualTo("DEPARTMENT");
    assertThat(request.path("holder").asText()).isEqualTo("DEPARTMENT:water-resources");
    assertThat(request.path("finalRating").asText()).isEqualTo("SATISFIED");
    assertThat(texts(request.path("returnedBy"), "")).hasSize(1);
    assertThat(texts(request.path("history"), "kind"))
        .containsExactly(
            "REPORTED", "REMINDED", "AUTO_ESCALATED", "ACCEPTED", "ESCALATED", "ESCALATED", "ROUTED",
            "RETURNED", "ROUTED", "ACCEPTED", "RESOLVED", "FEEDBACK_DELIVERED", "RATED", "CLOSED");
    JsonNode lapse = request.path("history").get(2);
    assertThat(lapse.path("chargedTo").asText()).isEqualTo("VILLAGE_GRID:T01-V04-N1");
    assertThat(texts(request.path("history"), "at").get(1)).isEqualTo("2026-03-04T09:00+08:00");
    assertThat(request.path("history").get(1).path("form").path("type").asText()).isEqualTo("reminder");

    assertThat(request.path("holderPath").toString()).isEqualTo("[\"C1\",\"water-resources\"]");
    List<String> outcomes = texts(root.path("steps"), "outcome");
    assertThat(outcomes).as("every staff actor is confirmed by the scenario's staff directory").containsExactly(
        "APPLIED", "SWEPT", "SWEPT", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "REFUSED", "APPLIED",
        "APPLIED", "APPLIED", "DUPLICATE", "APPLIED", "APPLIED");
    JsonNode refusedRoute = null;
    for (JsonNode step : root.path("steps")) {
      if (step.path("outcome").asText().equals("REFUSED")) {
        refusedRoute = step;
      }
    }
    assertThat(refusedRoute).isNotNull();
    assertThat(refusedRoute.path("detail").asText()).startsWith("DEPARTMENT_RETURNED");
  }

  @Test
  void the_trust_boundary_example_refuses_every_intruder_with_its_reason_and_the_request_still_closes()
      throws Exception {
    assertThat(run("--scenario", TRUST.toString())).as(err.toString()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    List<String> lines = new ArrayList<>();
    for (JsonNode step : root.path("steps")) {
      String detail = step.path("detail").asText();
      lines.add(step.path("step").asInt() + " " + step.path("command").asText() + " "
          + step.path("request").asText() + " " + step.path("outcome").asText()
          + (step.path("outcome").asText().equals("REFUSED") ? " " + detail.substring(0, detail.indexOf(':')) : ""));
    }
    assertThat(lines).containsExactly(
        "0 report R1 APPLIED",
        "1 report R2 REFUSED UNKNOWN_PLACE",              // a grid no plan has
        "2 accept R1 REFUSED NOT_APPOINTED",              // the reporting citizen posing as the grid's leader
        "3 accept R1 APPLIED",
        "4 accept R1 REFUSED COMMAND_ID_REUSED",          // the same command id with another assignee
        "5 report R3 APPLIED",                            // the leader files for a villager ...
        "6 accept R3 REFUSED OWN_REPORT",                 // ... and may not handle it himself
        "7 withdraw R3 APPLIED",
        "8 escalate R1 APPLIED",
        "9 escalate R1 APPLIED",
        "10 escalate R1 REFUSED NOT_FOUND",               // township T01 of county C2, not C1
        "11 escalate R1 APPLIED",
        "12 route R1 REFUSED ROLE_NOT_CONFIRMED",         // county office staff claiming to be a leader
        "13 resolve R1 REFUSED NOT_PERMITTED",            // the county office routes, it does not resolve
        "14 route R1 APPLIED",
        "15 accept R1 REFUSED NOT_FOUND",                 // the land department of county C2
        "16 accept R1 APPLIED",
        "17 resolve R1 APPLIED",
        "18 feedback R1 APPLIED",
        "19 rate R1 APPLIED");

    JsonNode r1 = root.path("requests").get(0);
    assertThat(r1.path("id").asText()).isEqualTo("R1");
    assertThat(r1.path("state").asText()).isEqualTo("CLOSED");
    assertThat(r1.path("holder").asText()).isEqualTo("DEPARTMENT:natural-resources");
    assertThat(r1.path("holderPath").toString()).isEqualTo("[\"C1\",\"natural-resources\"]");
    assertThat(texts(r1.path("history"), "actor")).as("only the confirmed staff and the citizen changed R1")
        .noneMatch(a -> a.startsWith("ma-township-c2") || a.startsWith("qian-land-c2"))
        .filteredOn(a -> a.startsWith("wang-villager")).containsOnly("wang-villager (citizen)");
    assertThat(root.path("requests").get(1).path("id").asText()).isEqualTo("R3");
    assertThat(root.path("requests").get(1).path("state").asText()).isEqualTo("WITHDRAWN");
    assertThat(root.path("requests")).hasSize(2);
  }

  @Test
  void the_corrections_example_routes_by_the_corrected_category_and_closes_the_duplicates_of_its_request()
      throws Exception {
    assertThat(run("--scenario", CORRECTIONS.toString())).as(err.toString()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    List<String> lines = new ArrayList<>();
    for (JsonNode step : root.path("steps")) {
      String detail = step.path("detail").asText();
      lines.add(step.path("step").asInt() + " " + step.path("command").asText() + " "
          + step.path("request").asText() + " " + step.path("outcome").asText()
          + (step.path("outcome").asText().equals("REFUSED") ? " " + detail.substring(0, detail.indexOf(':')) : ""));
    }
    assertThat(lines).containsExactly(
        "0 report R1 APPLIED",
        "1 report R2 APPLIED",
        "2 recategorize R1 REFUSED SAME_CATEGORY",         // the category it has already
        "3 recategorize R1 APPLIED",
        "4 closeAsDuplicate R2 REFUSED NOT_PERMITTED",     // a member may not close a report
        "5 closeAsDuplicate R2 REFUSED INVALID_ORIGINAL",  // named as its own original
        "6 report R3 APPLIED",
        "7 closeAsDuplicate R2 REFUSED NOT_FOUND",         // an original in county C2
        "8 withdraw R3 APPLIED",
        "9 closeAsDuplicate R2 APPLIED",
        "10 report R4 APPLIED",
        "11 closeAsDuplicate R4 REFUSED INVALID_ORIGINAL", // R2 is a duplicate itself
        "12 closeAsDuplicate R4 APPLIED",
        "13 escalate R1 APPLIED",
        "14 escalate R1 APPLIED",
        "15 escalate R1 APPLIED",
        "16 route R1 APPLIED",
        "17 accept R1 APPLIED",
        "18 resolve R1 APPLIED",
        "19 feedback R1 APPLIED",
        "20 rate R1 APPLIED");
    assertThat(root.path("steps").get(7).path("detail").asText()).doesNotContain("C2").contains("R3");

    JsonNode r1 = root.path("requests").get(0);
    assertThat(r1.path("state").asText()).isEqualTo("CLOSED");
    assertThat(r1.path("category").asText()).isEqualTo("roads");
    assertThat(r1.path("holder").asText()).as("routed by the corrected category").isEqualTo("DEPARTMENT:transport");
    assertThat(r1.has("duplicateOf")).isFalse();
    JsonNode history = r1.path("history");
    assertThat(history.get(0).path("form").path("category").asText()).as("the report as written").isEqualTo("land");
    assertThat(history.get(1).path("kind").asText()).isEqualTo("RECATEGORIZED");
    assertThat(history.get(1).path("category").asText()).isEqualTo("roads");
    assertThat(texts(history, "kind")).containsExactly("REPORTED", "RECATEGORIZED", "ESCALATED", "ESCALATED",
        "ESCALATED", "ROUTED", "ACCEPTED", "RESOLVED", "FEEDBACK_DELIVERED", "RATED", "CLOSED");

    for (int i : new int[] {1, 3}) {
      JsonNode duplicate = root.path("requests").get(i);
      assertThat(duplicate.path("state").asText()).isEqualTo("DUPLICATE");
      assertThat(duplicate.path("duplicateOf").asText()).isEqualTo("R1");
      assertThat(duplicate.has("nextDeadline")).isFalse();
      JsonNode closed = duplicate.path("history").get(1);
      assertThat(closed.path("kind").asText()).isEqualTo("CLOSED_AS_DUPLICATE");
      assertThat(closed.path("duplicateOf").asText()).isEqualTo("R1");
      assertThat(closed.has("category")).isFalse();
    }
    assertThat(texts(root.path("requests"), "id")).containsExactly("R1", "R2", "R3", "R4");
  }

  @Test
  void a_request_on_a_grid_with_an_80_character_id_is_held_reminded_and_accepted_there(@TempDir Path dir)
      throws Exception {
    String grid = "T01-V04-" + "网".repeat(72);
    Path scenario = dir.resolve("long-grid.json");
    Files.writeString(scenario, """
        {"start": "2026-03-02T08:00+08:00",
         "calendar": {"zone": "Asia/Shanghai", "endOfWorkingDay": "17:30", "restDays": ["SATURDAY", "SUNDAY"]},
         "staff": [{"person": "v1", "role": "leader", "from": "2026-01-01T00:00+08:00",
                    "office": {"tier": "VILLAGE_GRID", "county": "C1", "township": "T01", "district": "T01-D1",
                               "village": "T01-V04", "unit": "@grid@"}}],
         "places": [{"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04",
                     "grid": "@grid@"}],
         "steps": [
           {"at": "2026-03-02T09:00+08:00", "command": "report", "request": "R1", "actor": {"citizen": "p1"},
            "place": {"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04",
                      "grid": "@grid@"},
            "category": "land", "description": "fence"},
           {"at": "2026-03-04T09:00+08:00", "command": "accept", "request": "R1",
            "actor": {"person": "v1", "role": "leader", "tier": "VILLAGE_GRID", "county": "C1", "township": "T01",
                      "district": "T01-D1", "village": "T01-V04", "unit": "@grid@"},
            "assignee": "v2"}
         ]}
        """.replace("@grid@", grid));

    assertThat(run("--scenario", scenario.toString())).as(err.toString()).isEqualTo(0);

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(texts(root.path("steps"), "outcome")).containsExactly("APPLIED", "SWEPT", "APPLIED");
    JsonNode request = root.path("requests").get(0);
    assertThat(request.path("state").asText()).isEqualTo("ACCEPTED");
    assertThat(request.path("holder").asText()).isEqualTo("VILLAGE_GRID:" + grid);
    assertThat(texts(request.path("history"), "kind")).containsExactly("REPORTED", "REMINDED", "ACCEPTED");
  }

  /** Phone and national ID numbers in free text are masked unless a purpose asks for clear text. */
  @Test
  void free_text_is_masked_unless_a_stated_purpose_asks_for_it_in_clear(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("phone.json");
    Files.writeString(scenario, Files.readString(EXAMPLE).replace(
        "A neighbour's new wall blocks the irrigation ditch of my field.",
        "Wall blocks my ditch; call 13812341234."));

    assertThat(run("--scenario", scenario.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("call 138****1234.").doesNotContain("13812341234");
    assertThat(err.toString()).isEmpty();

    out.getBuffer().setLength(0);
    assertThat(run("--scenario", scenario.toString(), "--clear-text", "calling the villager back")).isEqualTo(0);
    assertThat(out.toString()).contains("call 13812341234.");
    assertThat(err.toString()).contains("for: calling the villager back");

    assertThat(run("--scenario", scenario.toString(), "--clear-text", " ")).isEqualTo(GridCli.UNREADABLE_INPUT);
    assertThat(err.toString()).contains("--clear-text: purpose must state why");
  }

  @Test
  void the_output_can_go_to_a_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.json");
    assertThat(run("--scenario", EXAMPLE.toString(), "--out", file.toString())).isEqualTo(0);
    assertThat(Files.readString(file)).contains("\"finalRating\" : \"SATISFIED\"");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void an_unreadable_scenario_exits_with_2_and_names_file_path_and_problem(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"start\": \"2026-03-02T08:00+08:00\", \"calendar\": {\"zone\": \"Asia/Shanghai\", "
        + "\"endOfWorkingDay\": \"17:30\", \"restDays\": []}, \"steps\": [{\"at\": \"yesterday\", \"command\": \"advance\"}]}");
    assertThat(run("--scenario", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.json").contains("$.steps[0].at").contains("yesterday");
    assertThat(run("--scenario", dir.resolve("none.json").toString())).isEqualTo(2);
  }

  @Test
  void every_problem_of_a_scenario_is_printed_with_its_path(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"start\": \"2026-03-02T08:00+08:00\", \"calendar\": {\"zone\": \"Asia/Shanghai\", "
        + "\"endOfWorkingDay\": \"17:30\", \"restDays\": [], \"holydays\": []}, "
        + "\"steps\": [{\"at\": \"yesterday\", \"command\": \"advance\"}]}");

    assertThat(run("--scenario", bad.toString())).isEqualTo(GridCli.UNREADABLE_INPUT);

    assertThat(err.toString()).contains("bad.json: 2 problems")
        .contains("$.calendar.holydays: is not a field of this format (did you mean \"holidays\"?)")
        .contains("$.steps[0].at: must be a date-time with offset");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void the_example_calendar_routing_and_staff_files_are_marked_as_examples_and_read() throws Exception {
    Path file = Path.of("src/main/resources/calendars/example-work-calendar.json");
    assertThat(new ObjectMapper().readTree(file.toFile()).path("example").asBoolean()).isTrue();
    WorkCalendar calendar = WorkCalendarJsonReader.create().read(file);
    assertThat(calendar.makeUpWorkingDays()).hasSize(1);
    Path routes = Path.of("src/main/resources/routing/example-routing-table.json");
    assertThat(new ObjectMapper().readTree(routes.toFile()).path("example").asBoolean()).isTrue();
    assertThat(RoutingTableJsonReader.create().read(routes)).hasSize(3);
    Path staff = Path.of("src/main/resources/staff/example-staff.json");
    assertThat(new ObjectMapper().readTree(staff.toFile()).path("example").asBoolean()).isTrue();
    assertThat(StaffDirectoryJsonReader.create().read(staff)).hasSize(5);
  }
}
