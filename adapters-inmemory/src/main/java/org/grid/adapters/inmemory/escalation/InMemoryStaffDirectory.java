package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;
import org.grid.escalation.port.out.StaffDirectory;

/**
 * A {@link StaffDirectory} in memory, filled by {@link #save}, indexed by person so that the engine's lookup of an
 * actor reads that person's appointments only. Thread-safe (each method holds the lock).
 */
public final class InMemoryStaffDirectory implements StaffDirectory {

  private record Key(PersonId person, Office office, String role, Instant from) {}

  private static final Comparator<Appointment> BY_PERSON_ROLE_START = Comparator
      .comparing((Appointment a) -> a.person().value())
      .thenComparing(Appointment::role)
      .thenComparing(Appointment::from);

  private final Map<Key, Appointment> appointments = new LinkedHashMap<>();
  private final Map<PersonId, Map<Key, Appointment>> byPerson = new HashMap<>();

  /** Creates an empty directory. */
  public InMemoryStaffDirectory() {}

  /**
   * Stores several appointments, as {@link #save} each.
   *
   * @param all the appointments, not null
   * @return this directory
   */
  public InMemoryStaffDirectory saveAll(Iterable<Appointment> all) {
    all.forEach(this::save);
    return this;
  }

  @Override
  public synchronized void save(Appointment appointment) {
    requireNonNull(appointment, "appointment");
    Key key = new Key(appointment.person(), appointment.office(), appointment.role(), appointment.from());
    appointments.put(key, appointment);
    byPerson.computeIfAbsent(appointment.person(), p -> new LinkedHashMap<>()).put(key, appointment);
  }

  @Override
  public synchronized List<Appointment> appointmentsAt(PersonId person, Office office, Instant at) {
    requireNonNull(person, "person");
    requireNonNull(office, "office");
    requireNonNull(at, "at");
    // Sized for the usual one or two terms: the engine asks this on every staff command.
    List<Appointment> found = new ArrayList<>(2);
    for (Appointment a : byPerson.getOrDefault(person, Map.of()).values()) {
      if (a.office().equals(office) && a.inForceAt(at)) {
        found.add(a);
      }
    }
    if (found.size() > 1) {
      found.sort(BY_PERSON_ROLE_START);
    }
    return found;
  }

  @Override
  public synchronized List<Appointment> servingAt(Office office, Instant at) {
    requireNonNull(office, "office");
    requireNonNull(at, "at");
    List<Appointment> found = new ArrayList<>();
    for (Appointment a : appointments.values()) {
      if (a.office().equals(office) && a.inForceAt(at)) {
        found.add(a);
      }
    }
    found.sort(BY_PERSON_ROLE_START);
    return found;
  }
}
