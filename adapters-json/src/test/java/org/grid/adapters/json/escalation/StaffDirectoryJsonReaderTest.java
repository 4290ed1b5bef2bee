package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.time.Instant;
import java.util.List;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.Office;
import org.junit.jupiter.api.Test;

class StaffDirectoryJsonReaderTest {

  private static final String STAFF = """
      {"example": true,
       "staff": [
         {"person": "zhao-township", "role": "leader", "from": "2026-01-01T00:00+08:00",
          "office": {"tier": "TOWNSHIP_OFFICE", "county": "C1", "unit": "T01"}},
         {"person": "sun-land", "role": "department-staff", "from": "2026-01-01T00:00+08:00",
          "until": "2026-07-01T00:00+08:00",
          "office": {"tier": "DEPARTMENT", "county": "C1", "unit": "natural-resources"}}]}
      """;

  private static List<Appointment> read(String json) {
    return StaffDirectoryJsonReader.create().read(utf8(json), "staff.json");
  }

  @Test
  void appointments_are_read_with_their_offices_and_terms() {
    assertThat(read(STAFF)).containsExactly(
        new Appointment(PersonId.of("zhao-township"), Office.township(CountyId.of("C1"), TownshipId.of("T01")),
            "leader", Instant.parse("2025-12-31T16:00:00Z"), null),
        new Appointment(PersonId.of("sun-land"), Office.department(CountyId.of("C1"),
            DepartmentId.of("natural-resources")), "department-staff", Instant.parse("2025-12-31T16:00:00Z"),
            Instant.parse("2026-06-30T16:00:00Z")));
  }

  @Test
  void a_surplus_part_a_term_that_ends_before_it_starts_and_a_repeated_appointment_are_named() {
    String bad = STAFF
        .replace("\"county\": \"C1\", \"unit\": \"T01\"", "\"county\": \"C1\", \"township\": \"T01\", \"unit\": \"T01\"")
        .replace("\"until\": \"2026-07-01T00:00+08:00\"", "\"until\": \"2025-07-01T00:00+08:00\"")
        .replace("]}", ", {\"person\": \"sun-land\", \"role\": \"department-staff\", \"from\": \"2026-01-01T00:00+08:00\","
            + " \"office\": {\"tier\": \"DEPARTMENT\", \"county\": \"C1\", \"unit\": \"natural-resources\"}},"
            + " {\"person\": \"sun-land\", \"role\": \"department-staff\", \"from\": \"2026-01-01T00:00+08:00\","
            + " \"office\": {\"tier\": \"DEPARTMENT\", \"county\": \"C1\", \"unit\": \"natural-resources\"}}]}");

    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read(bad));

    assertThat(e.problems()).extracting(JsonProblem::path)
        .containsExactly("$.staff[0].office.township", "$.staff[1].until", "$.staff[3]");
    assertThat(e.problems().get(2).message()).contains("listed already at $.staff[2]");
  }

  @Test
  void a_file_without_staff_is_refused() {
    JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read("{\"example\": true}"));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly("$.staff");
  }
}
