package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.GridPlace;
import org.grid.core.model.partition.Plan;

/**
 * Where a request belongs (属地): the household's or place's grid and the jurisdictions above it. It decides which
 * office holds the request at each tier.
 *
 * <p>A county system that keeps its townships and plans makes it with {@link #of(Township, Plan, GridId)}, or from
 * the core's {@link GridPlace} with {@link #of(GridPlace)}; nothing needs putting together by hand.
 *
 * @param county the county (县)
 * @param township the township (乡/镇); its work calendar and time zone set the deadlines
 * @param district the district grid (片区网格)
 * @param village the administrative village (行政村)
 * @param grid the responsibility grid (职责网格) where the request enters
 */
public record Place(CountyId county, TownshipId township, DistrictId district, VillageId village, GridId grid) {

  /**
   * Checks the place.
   *
   * @param county the county (县)
   * @param township the township (乡/镇); its work calendar and time zone set the deadlines
   * @param district the district grid (片区网格)
   * @param village the administrative village (行政村)
   * @param grid the responsibility grid (职责网格) where the request enters
   * @throws NullPointerException if any argument is null
   */
  public Place {
    requireNonNull(county, "county");
    requireNonNull(township, "township");
    requireNonNull(district, "district");
    requireNonNull(village, "village");
    requireNonNull(grid, "grid");
  }

  /**
   * Returns the place of a grid as the core gives it ({@link Plan#placeOf(Township, GridId)}).
   *
   * @param place where the grid lies, not null
   * @return the same place
   * @throws NullPointerException if {@code place} is null
   */
  public static Place of(GridPlace place) {
    requireNonNull(place, "place");
    return new Place(place.county(), place.township(), place.district(), place.village(), place.grid());
  }

  /**
   * Returns the place of a grid of a township's plan: the township's county, the township, the district that lists
   * the grid, the grid's village, and the grid.
   *
   * @param township the township, not null; its county is the place's
   * @param plan the township's plan, not null
   * @param grid a grid of the plan, not null
   * @return the grid's place
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the grid if the plan has no such grid or no one district lists it, or
   *     naming both townships if the plan is of another township (see {@link Plan#placeOf(Township, GridId)})
   */
  public static Place of(Township township, Plan plan, GridId grid) {
    requireNonNull(plan, "plan");
    return of(plan.placeOf(township, grid));
  }
}
