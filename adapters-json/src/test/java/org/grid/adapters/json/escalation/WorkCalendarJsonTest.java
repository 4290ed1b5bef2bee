package org.grid.adapters.json.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.grid.escalation.model.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkCalendarJsonTest {

  private static final String VALID =
      """
      {"example": true, "zone": "Asia/Shanghai", "endOfWorkingDay": "17:30",
       "restDays": ["SATURDAY", "SUNDAY"],
       "holidays": ["2026-10-01", "2026-10-02"], "makeUpWorkingDays": ["2026-10-10"]}
      """;

  private static WorkCalendar read(String json) {
    return WorkCalendarJson.read("cal.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static EscalationJsonException failure(String json) {
    try {
      read(json);
    } catch (EscalationJsonException e) {
      return e;
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
    assertThat(WorkCalendarJson.read(file).holidays()).hasSize(2);
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> WorkCalendarJson.read(missing))
        .isInstanceOf(EscalationJsonException.class)
        .hasMessageContaining("missing.json");
  }

  @Test
  void a_syntax_error_names_line_and_column() {
    EscalationJsonException e = failure("{\"zone\": \"Asia/Shanghai\",\n \"restDays\": [SATURDAY]}");
    assertThat(e.source()).isEqualTo("cal.json");
    assertThat(e.jsonPath()).isEqualTo("line 2, column 15");
    assertThat(e.problem()).startsWith("not valid JSON");
  }

  @Test
  void a_missing_field_is_named() {
    EscalationJsonException e = failure("{\"endOfWorkingDay\": \"17:30\", \"restDays\": []}");
    assertThat(e.jsonPath()).isEqualTo("$.zone");
    assertThat(e.problem()).isEqualTo("is missing");
  }

  @Test
  void a_bad_value_is_named_with_its_index() {
    EscalationJsonException e = failure(VALID.replace("\"2026-10-02\"", "\"2026-10-32\""));
    assertThat(e.jsonPath()).isEqualTo("$.holidays[1]");
    assertThat(e.problem()).contains("2026-10-32").contains("not a date");
    assertThat(failure(VALID.replace("Asia/Shanghai", "Mars/Olympus")).jsonPath()).isEqualTo("$.zone");
    assertThat(failure(VALID.replace("\"SUNDAY\"", "\"SONNTAG\"")).jsonPath()).isEqualTo("$.restDays[1]");
    assertThat(failure(VALID.replace("\"example\": true", "\"example\": \"yes\"")).jsonPath()).isEqualTo("$.example");
  }

  @Test
  void a_day_that_is_both_holiday_and_make_up_day_or_listed_twice_is_rejected() {
    EscalationJsonException both = failure(VALID.replace("\"2026-10-10\"", "\"2026-10-02\""));
    assertThat(both.jsonPath()).isEqualTo("$.makeUpWorkingDays[0]");
    assertThat(both.problem()).contains("also listed as a holiday");
    EscalationJsonException twice = failure(VALID.replace("\"2026-10-02\"", "\"2026-10-01\""));
    assertThat(twice.jsonPath()).isEqualTo("$.holidays[1]");
  }

  @Test
  void a_week_without_working_days_is_rejected() {
    EscalationJsonException e = failure(VALID.replace("[\"SATURDAY\", \"SUNDAY\"]",
        "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]"));
    assertThat(e.jsonPath()).isEqualTo("$");
    assertThat(e.problem()).contains("restDays");
  }
}
