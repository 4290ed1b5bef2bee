package org.grid.adapters.inmemory.escalation;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.model.Place;
import org.grid.escalation.port.out.PlaceDirectory;

/**
 * A {@link PlaceDirectory} in memory: the places of each township's plan given to {@link #adopt}. Townships are
 * keyed by county and id, so that two counties' townships of the same id stay apart. Thread-safe.
 */
public final class InMemoryPlaceDirectory implements PlaceDirectory {

  private record TownshipKey(CountyId county, TownshipId township) {}

  private final Map<TownshipKey, Set<Place>> places = new HashMap<>();

  /** Creates an empty directory. */
  public InMemoryPlaceDirectory() {}

  @Override
  public void adopt(Township township, Plan plan) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    Set<Place> adopted = new HashSet<>();
    for (Grid grid : plan.grids()) {
      adopted.add(Place.of(township, plan, grid.id()));
    }
    synchronized (places) {
      places.put(new TownshipKey(township.county(), township.id()), Set.copyOf(adopted));
    }
  }

  @Override
  public boolean contains(Place place) {
    requireNonNull(place, "place");
    synchronized (places) {
      Set<Place> adopted = places.get(new TownshipKey(place.county(), place.township()));
      return adopted != null && adopted.contains(place);
    }
  }

  @Override
  public java.util.List<Place> placesOf(CountyId county, TownshipId township) {
    requireNonNull(county, "county");
    requireNonNull(township, "township");
    synchronized (places) {
      return java.util.List.copyOf(places.getOrDefault(new TownshipKey(county, township), Set.of()));
    }
  }
}
