package org.grid.escalation.port.out;

import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;
import org.grid.escalation.model.Place;

/**
 * The places requests may be filed for (属地名录): every grid of each township's current plan with its village,
 * district, township and county. The request engine accepts a report only for a place listed here, so that a
 * request cannot be filed into a made-up county, township or grid, or into a grid under another district.
 *
 * <p>Every implementation passes {@code AbstractPlaceDirectoryContractTest} of grid-testkit.
 */
public interface PlaceDirectory {

  /**
   * Makes a plan the township's current plan: its places replace the township's earlier ones.
   *
   * @param township the township, with its county, not null
   * @param plan the township's plan, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan is of another township, or a grid of it is listed by no or by
   *     several districts (see {@link Plan#placeOf})
   */
  void adopt(Township township, Plan plan);

  /**
   * Tells whether a place is in its township's current plan: the grid in that village, the village's grid in that
   * district, the district in that township, the township in that county.
   *
   * @param place the place, not null
   * @return true when every part of the place matches the current plan
   * @throws NullPointerException if {@code place} is null
   */
  boolean contains(Place place);

  /**
   * Lists the places of a township's current plan: each of its grids with its village and district (the township's
   * grids as requests are filed into them).
   *
   * @param county the township's county, not null
   * @param township the township, not null
   * @return the places, each once, in no particular order; empty when the township has adopted no plan
   * @throws NullPointerException if an argument is null
   */
  List<Place> placesOf(CountyId county, TownshipId township);
}
