package org.grid.adapters.inmemory.duty;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
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
 * A {@link DutyLogRepository} in lists, one per township, kept in order of time: an entry appended in order goes at
 * the end; one appended out of order marks the list unsorted, and the next query sorts it once (stably, so entries
 * at the same instant keep the order appended). A query finds both ends of its range by binary search and copies
 * the range: a year's query of a township with millions of entries costs a copy of their references. Thread-safe.
 */
public final class InMemoryDutyLogRepository implements DutyLogRepository {

  private static final Comparator<DutyLogEntry> BY_TIME =
      Comparator.comparing(DutyLogEntry::at, OffsetDateTime.timeLineOrder());

  /** The filter of {@link #findByTownship}: every entry in the range, which is copied whole. */
  private static final Predicate<DutyLogEntry> ALL = entry -> true;

  private final ConcurrentMap<TownshipId, TownshipLog> logs = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryDutyLogRepository() {}

  @Override
  public void append(TownshipId township, DutyLogEntry entry) {
    requireNonNull(township, "township");
    requireNonNull(entry, "entry");
    logs.computeIfAbsent(township, t -> new TownshipLog()).append(entry);
  }

  @Override
  public List<DutyLogEntry> findByTownship(TownshipId township, OffsetDateTime from, OffsetDateTime to) {
    return find(township, from, to, ALL);
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
    TownshipLog log = logs.get(township);
    return log == null ? List.of() : log.between(from, to, filter);
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

  /** One township's entries, in order of time once {@link #sorted} is true. */
  private static final class TownshipLog {
    private final List<DutyLogEntry> entries = new ArrayList<>();
    private boolean sorted = true;

    synchronized void append(DutyLogEntry entry) {
      if (sorted && !entries.isEmpty() && BY_TIME.compare(entries.get(entries.size() - 1), entry) > 0) {
        sorted = false;
      }
      entries.add(entry);
    }

    synchronized List<DutyLogEntry> between(
        OffsetDateTime from, OffsetDateTime to, Predicate<DutyLogEntry> filter) {
      if (!sorted) {
        entries.sort(BY_TIME); // stable: entries at the same instant keep the order appended
        sorted = true;
      }
      int first = firstNotBefore(from);
      int end = firstNotBefore(to);
      if (filter == ALL) {
        return List.copyOf(entries.subList(first, end));
      }
      List<DutyLogEntry> found = new ArrayList<>();
      for (DutyLogEntry entry : entries.subList(first, end)) {
        if (filter.test(entry)) {
          found.add(entry);
        }
      }
      return Collections.unmodifiableList(found);
    }

    /** The index of the first entry at or after {@code instant}; the size when there is none. */
    private int firstNotBefore(OffsetDateTime instant) {
      int low = 0;
      int high = entries.size();
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (entries.get(middle).at().isBefore(instant)) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
  }
}
