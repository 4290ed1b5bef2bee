package org.grid.escalation.port.out;

import java.util.Optional;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.escalation.model.WorkCalendar;

/**
 * The work calendars (工作日历) the county supplies: the working days, holidays and make-up working days, and the
 * time zone of each township.
 *
 * <p>Every implementation passes {@code AbstractWorkCalendarsContractTest} of grid-testkit.
 */
public interface WorkCalendars {

  /**
   * Finds the calendar of a township.
   *
   * @param township the township, not null
   * @return the calendar, or empty when none is known for the township
   * @throws NullPointerException if {@code township} is null
   */
  Optional<WorkCalendar> forTownship(TownshipId township);
}
