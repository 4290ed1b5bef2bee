package org.grid.adapters.inmemory.duty;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;
import org.grid.core.port.out.DutyLogRepository;

/**
 * A {@link DutyLogRepository} in lists, one per township, appended under the list's lock. Queries scan the
 * township's list: fine for tests and demos; a database answers them from an index. Thread-safe.
 */
public final class InMemoryDutyLogRepository implements DutyLogRepository {

  private final ConcurrentMap<TownshipId, List<DutyLogEntry>> logs = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryDutyLogRepository() {}

  @Override
  public void append(TownshipId township, DutyLogEntry entry) {
    requireNonNull(township, "township");
    requireNonNull(entry, "entry");
    List<DutyLogEntry> log = logs.computeIfAbsent(township, t -> new ArrayList<>());
    synchronized (log) {
      log.add(entry);
    }
  }

  @Override
  public List<DutyLogEntry> findByTownship(TownshipId township, OffsetDateTime from, OffsetDateTime to) {
    return find(township, from, to, entry -> true);
  }

  @Override
  public List<DutyLogEntry> findByPerson(TownshipId township, PersonId person, OffsetDateTime from, OffsetDateTime to) {
    requireNonNull(person, "person");
    return find(township, from, to, entry -> names(entry, person));
  }

  private List<DutyLogEntry> find(
      TownshipId township, OffsetDateTime from, OffsetDateTime to, Predicate<DutyLogEntry> filter) {
    requireNonNull(township, "township");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    List<DutyLogEntry> log = logs.getOrDefault(township, List.of());
    List<DutyLogEntry> copy;
    synchronized (log) {
      copy = new ArrayList<>(log);
    }
    // a stable sort keeps entries at the same instant in the order appended
    return copy.stream()
        .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
        .filter(filter)
        .sorted(Comparator.comparing(DutyLogEntry::at, OffsetDateTime.timeLineOrder()))
        .toList();
  }

  private static boolean names(DutyLogEntry entry, PersonId person) {
    if (entry instanceof DutyLogEntry.Visit visit) {
      return visit.visitor().equals(person);
    }
    if (entry instanceof DutyLogEntry.Attendance attendance) {
      return attendance.person().equals(person);
    }
    if (entry instanceof DutyLogEntry.Meeting meeting) {
      return meeting.attendees().contains(person);
    }
    return false;
  }
}
