package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * Where a responsibility grid lies (属地): the grid and every jurisdiction above it, from the county down. This is
 * what a request entering at the grid needs to know; {@link Plan#placeOf} gives it for any grid of a plan, so that
 * no caller puts it together by hand.
 *
 * @param county the county (县) the township lies in, not null
 * @param township the township (乡/镇), not null
 * @param district the district grid (片区网格) the grid belongs to, not null
 * @param village the administrative village (行政村) the grid is part of, not null
 * @param grid the responsibility grid (职责网格), not null
 */
public record GridPlace(CountyId county, TownshipId township, DistrictId district, VillageId village, GridId grid) {

  /**
   * Checks the place.
   *
   * @param county the county (县) the township lies in, not null
   * @param township the township (乡/镇), not null
   * @param district the district grid (片区网格) the grid belongs to, not null
   * @param village the administrative village (行政村) the grid is part of, not null
   * @param grid the responsibility grid (职责网格), not null
   * @throws NullPointerException if any argument is null
   */
  public GridPlace {
    requireNonNull(county, "county");
    requireNonNull(township, "township");
    requireNonNull(district, "district");
    requireNonNull(village, "village");
    requireNonNull(grid, "grid");
  }
}
