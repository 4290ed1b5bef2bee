package org.grid.testkit.escalation;

import java.util.HashSet;
import java.util.Set;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;

/**
 * The place directory a {@link RequestEngineHarness} uses when the test gives none: the places of every plan
 * adopted, for the sample plan. Not an adapter (see {@link SampleStaffDirectory}).
 */
final class SamplePlaceDirectory implements PlaceDirectory {

  private final Set<Place> places = new HashSet<>();

  @Override
  public synchronized void adopt(Township township, Plan plan) {
    places.removeIf(p -> p.county().equals(township.county()) && p.township().equals(township.id()));
    for (Grid grid : plan.grids()) {
      places.add(Place.of(township, plan, grid.id()));
    }
  }

  @Override
  public synchronized boolean contains(Place place) {
    return places.contains(place);
  }

  @Override
  public synchronized java.util.List<Place> placesOf(org.grid.core.model.jurisdiction.CountyId county,
      org.grid.core.model.jurisdiction.TownshipId township) {
    return places.stream().filter(p -> p.county().equals(county) && p.township().equals(township)).toList();
  }
}
