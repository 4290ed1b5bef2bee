package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.in.RequestCommand;
import org.junit.jupiter.api.Test;

class ScenarioJsonReaderTest {

  private static final String SCENARIO =
      """
      {"description": "small", "start": "2026-03-02T08:00+08:00",
       "calendar": {"zone": "Asia/Shanghai", "endOfWorkingDay": "17:30", "restDays": ["SATURDAY", "SUNDAY"]},
       "routes": [{"county": "C1", "category": "land", "department": "natural-resources"}],
       "steps": [
         {"at": "2026-03-02T09:00+08:00", "command": "report", "request": "R1", "actor": {"citizen": "p1"},
          "place": {"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04",
                    "grid": "T01-V04-N1"},
          "category": "land", "description": "fence"},
         {"at": "2026-03-02T10:00+08:00", "command": "accept", "request": "R1", "expectedVersion": 1,
          "actor": {"person": "v1", "role": "网格员", "tier": "VILLAGE_GRID", "unit": "T01-V04-N1"},
          "assignee": "v2"},
         {"at": "2026-03-05T10:00+08:00", "command": "advance"}
       ]}
      """;

  private static Scenario read(String json) {
    return ScenarioJsonReader.create().read(utf8(json), "s.json");
  }

  @Test
  void a_scenario_is_read_with_its_calendar_routes_and_steps() {
    Scenario s = read(SCENARIO);
    assertThat(s.routes()).hasSize(1);
    assertThat(s.steps()).extracting(Scenario.Step::name).containsExactly("report", "accept", "advance");
    assertThat(s.steps().get(1).expectedVersion()).isEqualTo(1L);
    RequestCommand accept = s.steps().get(1).command().apply(1);
    assertThat(accept).isInstanceOfSatisfying(RequestCommand.Accept.class, a -> {
      assertThat(a.commandId().value()).isEqualTo("step-1");
      assertThat(((org.grid.escalation.model.Actor.Staff) a.actor()).office())
          .isEqualTo(new Office(Tier.VILLAGE_GRID, "T01-V04-N1"));
    });
    assertThat(s.steps().get(2).command()).isNull();
  }

  @Test
  void an_unknown_command_is_named_with_its_step() {
    assertThatThrownBy(() -> read(SCENARIO.replace("\"advance\"", "\"teleport\"")))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("s.json: $.steps[2].command: unknown command \"teleport\"");
  }

  @Test
  void a_step_going_back_in_time_is_rejected() {
    assertThatThrownBy(() -> read(SCENARIO.replace("2026-03-05T10:00+08:00", "2026-03-01T10:00+08:00")))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.steps[2].at");
  }

  @Test
  void a_grid_with_an_80_character_id_is_read_as_place_and_as_a_village_grid_unit_and_81_characters_are_named() {
    String grid = "T01-V04-" + "网".repeat(72);
    Scenario s = read(SCENARIO.replace("T01-V04-N1", grid));
    RequestCommand accept = s.steps().get(1).command().apply(1);
    assertThat(((org.grid.escalation.model.Actor.Staff) accept.actor()).office())
        .isEqualTo(new Office(Tier.VILLAGE_GRID, grid));

    assertThatThrownBy(() -> read(SCENARIO.replace("\"unit\": \"T01-V04-N1\"", "\"unit\": \"" + grid + "x\"")))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.steps[1].actor.unit")
        .hasMessageContaining("unit must be at most 80 characters at VILLAGE_GRID, was 81");
  }

  @Test
  void a_bad_tier_in_an_actor_is_named() {
    assertThatThrownBy(() -> read(SCENARIO.replace("\"VILLAGE_GRID\"", "\"HAMLET\"")))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.steps[1].actor.tier");
  }

  @Test
  void every_problem_of_every_step_is_reported_at_once_with_its_path() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read(SCENARIO
        .replace("\"description\": \"fence\"", "\"description\": \"fence\", \"urgancy\": \"URGENT\"")
        .replace("\"VILLAGE_GRID\"", "\"HAMLET\"")
        .replace("\"advance\"", "\"advance\", \"request\": \"R1\"")
        .replace("\"restDays\"", "\"restdays\"")));

    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.calendar.restdays", "$.calendar.restDays", "$.steps[0].urgancy", "$.steps[1].actor.tier",
        "$.steps[2].request");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.steps[0].urgancy")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("did you mean \"urgency\""));
  }
}
