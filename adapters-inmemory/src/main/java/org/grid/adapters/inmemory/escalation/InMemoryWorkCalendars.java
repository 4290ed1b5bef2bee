package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.escalation.model.WorkCalendar;
import org.grid.escalation.port.out.WorkCalendars;

/**
 * {@link WorkCalendars} in a concurrent map, filled by {@link #put}, with an optional calendar for every township
 * not named. Thread-safe.
 */
public final class InMemoryWorkCalendars implements WorkCalendars {

  /** Each calendar held as the answer it gives: the engine asks on every command, so no answer is made per call. */
  private final Map<TownshipId, Optional<WorkCalendar>> calendars = new ConcurrentHashMap<>();
  private volatile Optional<WorkCalendar> fallback = Optional.empty();

  /** Creates an empty set of calendars, without a fallback. */
  public InMemoryWorkCalendars() {}

  /**
   * Returns calendars that give one calendar for every township.
   *
   * @param calendar the calendar, not null
   * @return the calendars
   */
  public static InMemoryWorkCalendars everywhere(WorkCalendar calendar) {
    InMemoryWorkCalendars c = new InMemoryWorkCalendars();
    c.fallback = Optional.of(requireNonNull(calendar, "calendar"));
    return c;
  }

  /**
   * Sets the calendar of a township.
   *
   * @param township the township, not null
   * @param calendar its calendar, not null
   * @return these calendars
   */
  public InMemoryWorkCalendars put(TownshipId township, WorkCalendar calendar) {
    calendars.put(requireNonNull(township, "township"), Optional.of(requireNonNull(calendar, "calendar")));
    return this;
  }

  @Override
  public Optional<WorkCalendar> forTownship(TownshipId township) {
    Optional<WorkCalendar> c = calendars.get(requireNonNull(township, "township"));
    return c != null ? c : fallback;
  }
}
