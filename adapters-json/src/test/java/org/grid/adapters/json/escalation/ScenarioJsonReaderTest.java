package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.time.Instant;
import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.StaffCommand;
import org.grid.escalation.port.in.RequestCommand;
import org.junit.jupiter.api.Test;

class ScenarioJsonReaderTest {

  private static final String SCENARIO =
      """
      {"description": "small", "start": "2026-03-02T08:00+08:00",
       "calendar": {"zone": "Asia/Shanghai", "endOfWorkingDay": "17:30", "restDays": ["SATURDAY", "SUNDAY"]},
       "routes": [{"county": "C1", "category": "land", "department": "natural-resources"}],
       "staff": [{"person": "v1", "role": "leader", "from": "2026-01-01T00:00+08:00",
                  "office": {"tier": "VILLAGE_GRID", "county": "C1", "township": "T01", "district": "T01-D1",
                             "village": "T01-V04", "unit": "T01-V04-N1"}},
                 {"person": "c1", "role": "county-office-staff", "from": "2026-01-01T00:00+08:00",
                  "until": "2027-01-01T00:00+08:00", "office": {"tier": "COUNTY_OFFICE", "county": "C1", "unit": "C1"}}],
       "places": [{"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04", "grid": "T01-V04-N1"},
                  {"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04", "grid": "T01-V04-N2"},
                  {"county": "C1", "township": "T01", "district": "T01-D2", "village": "T01-V05", "grid": "T01-V05-N1"},
                  {"county": "C2", "township": "T01", "district": "T01-D1", "village": "T01-V04", "grid": "T01-V04-N1"}],
       "steps": [
         {"at": "2026-03-02T09:00+08:00", "command": "report", "request": "R1", "actor": {"citizen": "p1"},
          "place": {"county": "C1", "township": "T01", "district": "T01-D1", "village": "T01-V04",
                    "grid": "T01-V04-N1"},
          "category": "land", "description": "fence"},
         {"at": "2026-03-02T10:00+08:00", "command": "accept", "request": "R1", "expectedVersion": 1,
          "actor": {"person": "v1", "role": "leader", "tier": "VILLAGE_GRID", "county": "C1", "township": "T01",
                    "district": "T01-D1", "village": "T01-V04", "unit": "T01-V04-N1"},
          "assignee": "v2"},
         {"at": "2026-03-05T10:00+08:00", "command": "advance"}
       ]}
      """;

  private static final CountyId C1 = CountyId.of("C1");
  private static final TownshipId T01 = TownshipId.of("T01");

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
          .isEqualTo(Office.grid(C1, T01, DistrictId.of("T01-D1"), VillageId.of("T01-V04"), GridId.of("T01-V04-N1")));
    });
    assertThat(s.steps().get(2).command()).isNull();
  }

  @Test
  void the_corrections_are_read_with_their_category_original_and_reason() {
    String actor = "\"actor\": {\"person\": \"v1\", \"role\": \"leader\", \"tier\": \"VILLAGE_GRID\", "
        + "\"county\": \"C1\", \"township\": \"T01\", \"district\": \"T01-D1\", \"village\": \"T01-V04\", "
        + "\"unit\": \"T01-V04-N1\"}";
    String steps = "{\"at\": \"2026-03-05T10:00+08:00\", \"command\": \"recategorize\", \"request\": \"R1\", "
        + actor + ", \"category\": \"roads\", \"reason\": \"a road\"},"
        + "{\"at\": \"2026-03-05T11:00+08:00\", \"command\": \"closeAsDuplicate\", \"request\": \"R2\", "
        + actor + ", \"original\": \"R1\", \"reason\": \"twice\"}";
    Scenario s = read(SCENARIO.replace("{\"at\": \"2026-03-05T10:00+08:00\", \"command\": \"advance\"}", steps));

    assertThat(s.steps()).extracting(Scenario.Step::name)
        .containsExactly("report", "accept", "recategorize", "closeAsDuplicate");
    assertThat(s.steps().get(2).command().apply(3)).isInstanceOfSatisfying(RequestCommand.Recategorize.class, c -> {
      assertThat(c.category()).isEqualTo(Category.of("roads"));
      assertThat(c.reason()).isEqualTo("a road");
      assertThat(c.expectedVersion()).isEqualTo(3);
    });
    assertThat(s.steps().get(3).command().apply(1)).isInstanceOfSatisfying(RequestCommand.CloseAsDuplicate.class,
        c -> {
          assertThat(c.requestId()).isEqualTo(RequestId.of("R2"));
          assertThat(c.original()).isEqualTo(RequestId.of("R1"));
          assertThat(c.reason()).isEqualTo("twice");
        });

    JsonInputException missing = catchThrowableOfType(JsonInputException.class, () -> read(SCENARIO.replace(
        "{\"at\": \"2026-03-05T10:00+08:00\", \"command\": \"advance\"}",
        steps.replace("\"original\": \"R1\", ", "\"orignal\": \"R1\", ")
            .replace("\"category\": \"roads\", ", ""))));
    assertThat(missing.problems()).extracting(JsonProblem::path)
        .contains("$.steps[2].category", "$.steps[3].original", "$.steps[3].orignal");
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
        .isEqualTo(Office.grid(C1, T01, DistrictId.of("T01-D1"), VillageId.of("T01-V04"), GridId.of(grid)));

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
        "$.calendar.restdays", "$.calendar.restDays", "$.staff[0].office.tier", "$.steps[0].urgancy",
        "$.steps[1].actor.tier", "$.steps[2].request");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.steps[0].urgancy")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("did you mean \"urgency\""));
  }

  @Test
  void an_actor_names_exactly_the_path_parts_its_tier_needs() {
    String district = "\"actor\": {\"person\": \"d1\", \"role\": \"leader\", \"tier\": \"DISTRICT_GRID\", "
        + "\"county\": \"C1\", \"township\": \"T01\", \"unit\": \"T01-D1\"}";
    Scenario s = read(SCENARIO.replaceFirst("\"actor\": \\{\"person\": \"v1\"[^}]*}", district));
    assertThat(((Actor.Staff) s.steps().get(1).command().apply(1).actor()).office())
        .isEqualTo(Office.district(C1, T01, DistrictId.of("T01-D1")));

    JsonInputException missing = catchThrowableOfType(JsonInputException.class,
        () -> read(SCENARIO.replace("\"district\": \"T01-D1\", \"village\": \"T01-V04\", \"unit\"",
            "\"village\": \"T01-V04\", \"unit\"")));
    assertThat(missing.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.steps[1].actor.district");
      assertThat(p.message()).contains("is missing");
    });

    JsonInputException surplus = catchThrowableOfType(JsonInputException.class,
        () -> read(SCENARIO.replaceFirst("\"actor\": \\{\"person\": \"v1\"[^}]*}",
            district.replace("\"unit\"", "\"village\": \"T01-V04\", \"unit\""))));
    assertThat(surplus.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.steps[1].actor.village");
      assertThat(p.message()).isEqualTo("is not part of an office at DISTRICT_GRID, whose path is county, township "
          + "and unit");
    });
  }

  @Test
  void a_county_office_must_name_its_county_as_unit_and_a_missing_county_is_named() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read(SCENARIO
        .replace("{\"tier\": \"COUNTY_OFFICE\", \"county\": \"C1\", \"unit\": \"C1\"}",
            "{\"tier\": \"COUNTY_OFFICE\", \"county\": \"C1\", \"unit\": \"C2\"}")
        .replace("\"role\": \"leader\", \"tier\": \"VILLAGE_GRID\", \"county\": \"C1\", ",
            "\"role\": \"leader\", \"tier\": \"VILLAGE_GRID\", ")));
    assertThat(e.problems()).extracting(JsonProblem::path)
        .containsExactlyInAnyOrder("$.staff[1].office.unit", "$.steps[1].actor.county");
  }

  @Test
  void staff_places_and_the_default_policy_are_read() {
    Scenario s = read(SCENARIO);
    Office county = Office.county(C1);
    assertThat(s.staff()).containsExactly(
        new Appointment(PersonId.of("v1"),
            Office.grid(C1, T01, DistrictId.of("T01-D1"), VillageId.of("T01-V04"), GridId.of("T01-V04-N1")),
            "leader", Instant.parse("2025-12-31T16:00:00Z"), null),
        new Appointment(PersonId.of("c1"), county, "county-office-staff",
            Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    assertThat(s.places()).hasSize(4);
    assertThat(s.authorization()).isEqualTo(AuthorizationPolicy.defaults());
  }

  @Test
  void the_places_make_one_township_and_plan_per_county_and_township_that_give_back_exactly_those_places() {
    Scenario s = read(SCENARIO);
    List<Scenario.TownshipPlan> plans = s.townshipPlans();
    assertThat(plans).hasSize(2);
    assertThat(plans.get(0).township().county()).isEqualTo(C1);
    assertThat(plans.get(0).plan().districts()).hasSize(2);
    assertThat(plans.get(0).township().villages()).hasSize(2);
    assertThat(plans.get(1).township().county()).isEqualTo(CountyId.of("C2"));

    // what InMemoryPlaceDirectory.adopt keeps: the place of every grid of each plan
    List<Place> adopted = plans.stream().flatMap(p -> p.plan().grids().stream()
        .map(Grid::id).map(g -> Place.of(p.township(), p.plan(), g))).toList();
    assertThat(adopted).containsExactlyElementsOf(s.places());
  }

  @Test
  void a_grid_listed_twice_for_a_township_is_named_with_both_rows() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read(SCENARIO.replace(
        "\"district\": \"T01-D2\", \"village\": \"T01-V05\", \"grid\": \"T01-V05-N1\"",
        "\"district\": \"T01-D2\", \"village\": \"T01-V05\", \"grid\": \"T01-V04-N2\"")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.places[2].grid");
      assertThat(p.message()).contains("listed already at $.places[1]");
    });
  }

  @Test
  void a_permission_table_replaces_the_defaults_and_bad_commands_and_roles_are_named() {
    Scenario s = read(SCENARIO.replace("\"steps\": [",
        "\"permissions\": {\"leader\": [\"ACCEPT\", \"ESCALATE\"], \"clerk\": []}, "
            + "\"staffMayHandleOwnReport\": true, \"steps\": ["));
    assertThat(s.authorization().permits("leader", StaffCommand.ACCEPT)).isTrue();
    assertThat(s.authorization().permits("leader", StaffCommand.RESOLVE)).isFalse();
    assertThat(s.authorization().permits("county-office-staff", StaffCommand.ROUTE)).isFalse();
    assertThat(s.authorization().permissions()).containsOnlyKeys("leader", "clerk");
    assertThat(s.authorization().staffMayHandleOwnReport()).isTrue();

    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read(SCENARIO.replace(
        "\"steps\": [", "\"permissions\": {\"leader\": [\"APPROVE\"], \" x\": [], \"member\": \"REPORT\"}, "
            + "\"staffMayHandleOwnReport\": \"yes\", \"steps\": [")));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.permissions.leader[0]", "$.permissions[' x']", "$.permissions.member", "$.staffMayHandleOwnReport");
  }

  @Test
  void a_complaint_names_its_office_with_the_path() {
    Scenario s = read(SCENARIO.replace("\"description\": \"fence\"}", "\"description\": \"fence\", "
        + "\"complaintAgainst\": {\"tier\": \"DISTRICT_GRID\", \"county\": \"C1\", \"township\": \"T01\", "
        + "\"unit\": \"T01-D1\"}}"));
    RequestCommand report = s.steps().get(0).command().apply(0);
    assertThat(((RequestCommand.Report) report).complaintAgainst())
        .isEqualTo(Office.district(C1, T01, DistrictId.of("T01-D1")));
    assertThatThrownBy(() -> read(SCENARIO.replace("\"description\": \"fence\"}", "\"description\": \"fence\", "
        + "\"complaintAgainst\": {\"tier\": \"DEPARTMENT\", \"unit\": \"land\"}}")))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("$.steps[0].complaintAgainst.county: is missing");
  }
}
