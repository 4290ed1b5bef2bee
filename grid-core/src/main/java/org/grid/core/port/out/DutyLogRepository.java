package org.grid.core.port.out;

import java.time.OffsetDateTime;
import java.util.List;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;

/**
 * Where a township's duty log (工作台账) is kept: append-only, nothing is ever changed or deleted. Every query names
 * the township and a time range, so a SQL adapter answers it from an index on (township, time) or (township,
 * person, time). Every implementation passes {@code AbstractDutyLogRepositoryContractTest} of grid-testkit.
 */
public interface DutyLogRepository {

  /**
   * Appends an entry to a township's log.
   *
   * @param township the township, not null
   * @param entry the entry, not null
   * @throws NullPointerException if an argument is null
   */
  void append(TownshipId township, DutyLogEntry entry);

  /**
   * Lists a township's entries in a time range.
   *
   * @param township the township, not null
   * @param from the first instant included, not null
   * @param to the first instant excluded, not null
   * @return the entries with {@code from <= at < to} (compared as instants), in order of time, entries at the same
   *     instant in the order appended; empty when there is none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  List<DutyLogEntry> findByTownship(TownshipId township, OffsetDateTime from, OffsetDateTime to);

  /**
   * Lists the entries in a time range that name a person: visits they made, their on-site attendances and the
   * meetings they attended.
   *
   * @param township the township, not null
   * @param person the person, not null
   * @param from the first instant included, not null
   * @param to the first instant excluded, not null
   * @return the entries, ordered as by {@link #findByTownship}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  List<DutyLogEntry> findByPerson(TownshipId township, PersonId person, OffsetDateTime from, OffsetDateTime to);
}
