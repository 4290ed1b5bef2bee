package org.grid.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grid.escalation.model.Fixtures.CALENDAR;
import static org.grid.escalation.model.Fixtures.at;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  @Test
  void the_local_date_is_the_zoned_date_in_every_zone() {
    List<String> zones = List.of("Asia/Shanghai", "Europe/Berlin", "America/St_Johns", "Pacific/Kiritimati", "UTC",
        "-03:30");
    List<Instant> instants = List.of(Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("1988-04-10T17:59:59Z"),
        Instant.parse("1988-04-10T18:00:00Z"), Instant.parse("2026-10-25T00:59:59.999Z"), Instant.EPOCH,
        Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("1900-01-01T12:00:00Z"));
    for (String id : zones) {
      ZoneId zone = ZoneId.of(id);
      WorkCalendar calendar = WorkCalendar.of(zone, LocalTime.of(17, 30), EnumSet.of(DayOfWeek.SUNDAY), List.of(),
          List.of());
      for (Instant instant : instants) {
        for (long s = -86_400; s <= 86_400; s += 1_800) {
          Instant t = instant.plusSeconds(s);
          assertThat(calendar.localDate(t)).as("%s in %s", t, zone).isEqualTo(t.atZone(zone).toLocalDate());
        }
      }
    }
  }

  @Test
  void working_days_between_are_counted_up_to_a_bound_only() {
    Instant monday = at("2026-03-02T09:00");
    assertThat(CALENDAR.workingDaysBetween(monday, at("2026-03-06T09:00"), 10)).isEqualTo(4);
    assertThat(CALENDAR.workingDaysBetween(monday, at("2026-03-06T09:00"), 2)).isEqualTo(2);
    assertThat(CALENDAR.workingDaysBetween(monday, at("2026-03-06T09:00"), 0)).isZero();
    assertThat(CALENDAR.workingDaysBetween(at("2026-03-06T09:00"), monday, 5)).isZero();
    // The bound stops the count: a billion years are not walked day by day.
    assertThat(CALENDAR.workingDaysBetween(monday, LocalDateTime.of(999_999_999, 12, 30, 9, 0)
        .atZone(ZoneId.of("Asia/Shanghai")).toInstant(), 5)).isEqualTo(5);
    assertThatThrownBy(() -> CALENDAR.workingDaysBetween(monday, monday, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("atMost must not be negative, was -1");
  }

  @Test
  void holidays_are_not_worked_and_make_up_days_are() {
    assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse(); // Thursday, holiday
    assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue(); // Saturday, make-up day
    assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse(); // Sunday
    assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-09"))).isTrue(); // Friday
  }

  @Test
  void a_deadline_lands_at_the_end_of_the_nth_working_day_after_the_start_in_the_townships_zone() {
    assertThat(CALENDAR.deadline(at("2026-09-30T23:00"), 1)).isEqualTo(at("2026-10-08T17:30"));
    assertThat(CALENDAR.deadline(at("2026-10-08T09:00"), 2)).isEqualTo(at("2026-10-10T17:30"));
    // Saturday before the holiday is a rest day: one working day later is Monday.
    assertThat(CALENDAR.deadline(at("2026-03-07T10:00"), 1)).isEqualTo(at("2026-03-09T17:30"));
  }

  @Test
  void the_day_of_an_instant_is_taken_in_the_townships_zone_not_utc() {
    // 2026-03-02T20:00 UTC is already Tuesday 04:00 in Shanghai: one working day later is Wednesday.
    assertThat(CALENDAR.deadline(java.time.Instant.parse("2026-03-02T20:00:00Z"), 1))
        .isEqualTo(at("2026-03-04T17:30"));
  }

  @Test
  void working_days_between_count_after_the_first_day_up_to_the_second() {
    assertThat(CALENDAR.workingDaysBetween(at("2026-09-30T10:00"), at("2026-10-10T10:00"))).isEqualTo(3);
    assertThat(CALENDAR.workingDaysBetween(at("2026-03-02T10:00"), at("2026-03-02T16:00"))).isZero();
  }

  @Test
  void a_calendar_without_working_days_or_with_a_day_both_holiday_and_make_up_is_rejected() {
    assertThatThrownBy(() -> WorkCalendar.of(ZoneId.of("UTC"), LocalTime.NOON, EnumSet.allOf(DayOfWeek.class),
            List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("restDays");
    LocalDate d = LocalDate.parse("2026-10-10");
    assertThatThrownBy(() -> WorkCalendar.of(ZoneId.of("UTC"), LocalTime.NOON, List.of(), List.of(d), List.of(d)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-10-10");
  }

  /**
   * The count steps through epoch days and looks a day up among the holidays and make-up days only between the
   * first and last of them; it must give what stepping date by date and asking {@link WorkCalendar#isWorkingDay}
   * gives, before, inside and after those days, whatever the rest days.
   */
  @Property(tries = 300)
  void working_days_are_counted_as_day_by_day(@ForAll("calendars") WorkCalendar calendar,
      @ForAll("days") LocalDate start, @ForAll("counts") int n) {
    LocalDate expected = start;
    for (int left = n; left > 0; ) {
      expected = expected.plusDays(1);
      left -= calendar.isWorkingDay(expected) ? 1 : 0;
    }
    assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(expected);

    Instant from = start.atTime(9, 0).atZone(calendar.zone()).toInstant();
    Instant to = expected.atTime(9, 0).atZone(calendar.zone()).toInstant();
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(n);
    assertThat(calendar.workingDaysBetween(from, to, n / 2)).isEqualTo(n / 2);
  }

  @Provide
  Arbitrary<WorkCalendar> calendars() {
    Arbitrary<Set<DayOfWeek>> restDays = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(6);
    Arbitrary<List<LocalDate>> days = days().list().ofMaxSize(40);
    return Combinators.combine(restDays, days, days).as((rest, holidays, makeUps) -> {
      Set<LocalDate> made = new TreeSet<>(makeUps);
      made.removeAll(holidays);
      return WorkCalendar.of(ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30), rest, holidays, made);
    });
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(LocalDate.of(2025, 12, 1).toEpochDay(), LocalDate.of(2026, 3, 1).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 40);
  }
}
