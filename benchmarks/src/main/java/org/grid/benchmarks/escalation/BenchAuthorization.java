package org.grid.benchmarks.escalation;

import java.time.Instant;
import java.util.List;
import org.grid.adapters.inmemory.escalation.InMemoryPlaceDirectory;
import org.grid.adapters.inmemory.escalation.InMemoryStaffDirectory;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;

/**
 * The trust boundary (授权检查) a benchmark's engine runs behind: staff and place directories (in memory, or the
 * benchmark's own) that confirm
 * exactly the benchmark's actors and its one place, under {@link AuthorizationPolicy#defaults()}, so that the
 * benchmark measures applied commands and the cost of the checks, not refusals.
 */
public final class BenchAuthorization {

  private BenchAuthorization() {}

  /**
   * Returns the authorization for one place and some staff.
   *
   * @param place the only place reports are filed for; its township gets a plan with that one grid
   * @param staff the staff actors, each appointed in their role at their office from the epoch on
   * @return the authorization
   */
  public static RequestAuthorization of(Place place, Actor.Staff... staff) {
    return of(new InMemoryStaffDirectory(), new InMemoryPlaceDirectory(), place, staff);
  }

  /**
   * Returns the authorization for one place and some staff over the given directories (a JDBC benchmark's own,
   * so that it measures their queries too), which it fills.
   *
   * @param directory the staff directory, empty; called outside any unit of work, so each save commits by itself
   * @param places the place directory, empty; likewise
   * @param place the only place reports are filed for; its township gets a plan with that one grid
   * @param staff the staff actors, each appointed in their role at their office from the epoch on
   * @return the authorization
   */
  public static RequestAuthorization of(StaffDirectory directory, PlaceDirectory places, Place place,
      Actor.Staff... staff) {
    UnitId unit = UnitId.of("U1");
    Township township = Township.builder(place.county(), place.township(), place.township().value())
        .village(Village.of(place.village(), place.village().value(), List.of(Unit.of(unit, "1组", 1))))
        .build();
    Plan plan = Plan.of(place.township(), PartitionPolicy.defaults(),
        List.of(Grid.of(place.grid(), place.village(), List.of(unit))),
        List.of(District.of(place.district(), List.of(place.grid()))));
    places.adopt(township, plan);
    for (Actor.Staff s : staff) {
      directory.save(new Appointment(s.person(), s.office(), s.role(), Instant.EPOCH, null));
    }
    return new RequestAuthorization(directory, places, AuthorizationPolicy.defaults());
  }
}
