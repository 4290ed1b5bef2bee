package org.grid.escalation.port.out;

import java.time.Instant;
import java.util.List;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;

/**
 * The staff directory (在岗人员名录): who serves which office, in which role, from when to when. The request engine
 * authorizes every staff command through it: a person who does not serve the office they name, at the instant of
 * the command, in the role they name, is refused. Fed from the grid teams ({@code TeamAppointments}) and from the
 * county office and department staff lists.
 *
 * <p>Every implementation passes {@code AbstractStaffDirectoryContractTest} of grid-testkit.
 */
public interface StaffDirectory {

  /**
   * Stores an appointment, replacing the one with the same person, office, role and start (so that ending a term
   * is saving it again with its end).
   *
   * @param appointment the appointment, not null
   * @throws NullPointerException if {@code appointment} is null
   */
  void save(Appointment appointment);

  /**
   * Lists a person's appointments to an office that are in force at an instant.
   *
   * @param person the person, not null
   * @param office the office, not null; compared on its whole path
   * @param at the instant, not null
   * @return the appointments in force, ordered by role then start; empty when the person does not serve the office
   * @throws NullPointerException if an argument is null
   */
  List<Appointment> appointmentsAt(PersonId person, Office office, Instant at);

  /**
   * Lists who serves an office at an instant.
   *
   * @param office the office, not null; compared on its whole path
   * @param at the instant, not null
   * @return the appointments in force, ordered by person, role, then start
   * @throws NullPointerException if an argument is null
   */
  List<Appointment> servingAt(Office office, Instant at);
}
