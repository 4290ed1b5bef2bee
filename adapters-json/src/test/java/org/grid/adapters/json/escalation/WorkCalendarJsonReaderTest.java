package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.adapters.json.JsonTexts.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.grid.adapters.json.JsonInputException;
import org.grid.adapters.json.JsonProblem;
import org.grid.escalation.model.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkCalendarJsonReaderTest {

  private static final String VALID =
      """
      {"example": true, "zone": "Asia/Shanghai", "endOfWorkingDay": "17:30",
       "restDays": ["SATURDAY", "SUNDAY"],
       "holidays": ["2026-10-01", "2026-10-02"], "makeUpWorkingDays": ["2026-10-10"]}
      """;

  private static WorkCalendar read(String json) {
    return WorkCalendarJsonReader.create().read(utf8(json), "cal.json");
  }

  /** The one problem of a calendar that must be rejected. */
  private static JsonProblem failure(String json) {
    try {
      read(json);
    } catch (JsonInputException e) {
      assertThat(e.source()).isEqualTo("cal.json");
      assertThat(e.problems()).as(e.getMessage()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected the calendar to be rejected: " + json);
  }

  @Test
  void a_valid_calendar_is_read() {
    WorkCalendar c = read(VALID);
    assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(c.endOfWorkingDay()).isEqualTo(LocalTime.of(17, 30));
    assertThat(c.restDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(c.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
    assertThat(c.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
  }

  @Test
  void a_file_is_read_and_its_name_appears_in_errors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("calendar.json");
    Files.writeString(file, VALID);
    assertThat(WorkCalendarJsonReader.create().read(file).holidays()).hasSize(2);
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> WorkCalendarJsonReader.create().read(missing))
        .isInstanceOf(JsonInputException.class)
        .hasMessage(missing + ": $: the file does not exist");
  }

  @Test
  void a_syntax_error_names_line_and_column() {
    JsonProblem e = failure("{\"zone\": \"Asia/Shanghai\",\n \"restDays\": [SATURDAY]}");
    assertThat(e.path()).isEqualTo("$.restDays[0] (line 2, column 15)");
    assertThat(e.message()).startsWith("malformed JSON");
  }

  @Test
  void a_missing_field_is_named() {
    JsonProblem e = failure("{\"endOfWorkingDay\": \"17:30\", \"restDays\": []}");
    assertThat(e.path()).isEqualTo("$.zone");
    assertThat(e.message()).isEqualTo("is missing, expected a string");
  }

  @Test
  void a_bad_value_is_named_with_its_index() {
    JsonProblem e = failure(VALID.replace("\"2026-10-02\"", "\"2026-10-32\""));
    assertThat(e.path()).isEqualTo("$.holidays[1]");
    assertThat(e.message()).contains("2026-10-32").contains("must be a date");
    assertThat(failure(VALID.replace("Asia/Shanghai", "Mars/Olympus")).path()).isEqualTo("$.zone");
    assertThat(failure(VALID.replace("\"SUNDAY\"", "\"SONNTAG\"")).path()).isEqualTo("$.restDays[1]");
    assertThat(failure(VALID.replace("\"example\": true", "\"example\": \"yes\"")).path()).isEqualTo("$.example");
  }

  @Test
  void a_day_that_is_both_holiday_and_make_up_day_or_listed_twice_is_rejected() {
    JsonProblem both = failure(VALID.replace("\"2026-10-10\"", "\"2026-10-02\""));
    assertThat(both.path()).isEqualTo("$.makeUpWorkingDays[0]");
    assertThat(both.message()).contains("also listed as a holiday");
    JsonProblem twice = failure(VALID.replace("\"2026-10-02\"", "\"2026-10-01\""));
    assertThat(twice.path()).isEqualTo("$.holidays[1]");
  }

  @Test
  void a_week_without_working_days_is_rejected() {
    JsonProblem e = failure(VALID.replace("[\"SATURDAY\", \"SUNDAY\"]",
        "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]"));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.message()).contains("restDays");
  }

  @Test
  void every_problem_is_reported_at_once() {
    JsonInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(JsonInputException.class,
        () -> read(VALID.replace("Asia/Shanghai", "Mars/Olympus").replace("\"SUNDAY\"", "\"SONNTAG\"")
            .replace("\"holidays\"", "\"holydays\"")));
    assertThat(e.problems()).extracting(JsonProblem::path)
        .containsExactlyInAnyOrder("$.zone", "$.restDays[1]", "$.holydays");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.holydays")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("did you mean \"holidays\""));
  }
}
