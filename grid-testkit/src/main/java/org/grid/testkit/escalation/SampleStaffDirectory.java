package org.grid.testkit.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.Office;
import org.grid.escalation.port.out.StaffDirectory;

/**
 * The staff directory a {@link RequestEngineHarness} uses when the test gives none: a synchronized list, for the
 * sample appointments. Not an adapter (grid-testkit cannot depend on adapters-inmemory, whose tests depend on it).
 */
final class SampleStaffDirectory implements StaffDirectory {

  private final List<Appointment> appointments = new ArrayList<>();

  @Override
  public synchronized void save(Appointment a) {
    appointments.removeIf(b -> b.person().equals(a.person()) && b.office().equals(a.office())
        && b.role().equals(a.role()) && b.from().equals(a.from()));
    appointments.add(a);
  }

  @Override
  public List<Appointment> appointmentsAt(PersonId person, Office office, Instant at) {
    return find(a -> a.person().equals(person) && a.office().equals(office) && a.inForceAt(at));
  }

  @Override
  public List<Appointment> servingAt(Office office, Instant at) {
    return find(a -> a.office().equals(office) && a.inForceAt(at));
  }

  private synchronized List<Appointment> find(Predicate<Appointment> test) {
    return appointments.stream().filter(test)
        .sorted(Comparator.comparing((Appointment a) -> a.person().value()).thenComparing(Appointment::role)
            .thenComparing(Appointment::from))
        .toList();
  }
}
