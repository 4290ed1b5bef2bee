package org.grid.testkit.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.escalation.port.out.WorkCalendars;
import org.junit.jupiter.api.Test;

/** The contract of {@link WorkCalendars}: every adapter's test extends this class. */
public abstract class AbstractWorkCalendarsContractTest {

  /**
   * For the subclass that JUnit runs, which supplies the work calendars under test through {@link #sampleCalendars()}.
   */
  protected AbstractWorkCalendarsContractTest() {}

  /**
   * Returns calendars that know {@link EscalationSamples#CALENDAR} for township T01 and nothing for T99.
   *
   * @return the calendars
   */
  protected abstract WorkCalendars sampleCalendars();

  @Test
  void a_townships_calendar_is_found_with_its_holidays_and_make_up_days() {
    WorkCalendars calendars = sampleCalendars();
    assertThat(calendars.forTownship(TownshipId.of("T01"))).hasValueSatisfying(c -> {
      assertThat(c).isEqualTo(EscalationSamples.CALENDAR);
      assertThat(c.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
      assertThat(c.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
    });
  }

  @Test
  void an_unknown_township_has_no_calendar() {
    assertThat(sampleCalendars().forTownship(TownshipId.of("T99"))).isEmpty();
  }

  @Test
  void a_null_township_is_rejected() {
    assertThatThrownBy(() -> sampleCalendars().forTownship(null)).isInstanceOf(NullPointerException.class);
  }
}
