package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;

/**
 * Where a request belongs (属地): the household's or place's grid and the jurisdictions above it. It decides which
 * office holds the request at each tier.
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
   * @throws NullPointerException if any argument is null
   */
  public Place {
    requireNonNull(county, "county");
    requireNonNull(township, "township");
    requireNonNull(district, "district");
    requireNonNull(village, "village");
    requireNonNull(grid, "grid");
  }
}
