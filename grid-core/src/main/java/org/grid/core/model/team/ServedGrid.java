package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;

/**
 * A responsibility grid (职责网格) as teams, pairing and duties see it: its id, the village it lies in, the units it
 * covers and the district grid (片区) it belongs to. Partitioning makes grids; this record is how they are handed
 * to the team rules without depending on partitioning's types.
 *
 * @param id the grid's id
 * @param village the one village the grid lies in
 * @param units the units the grid covers; at least one
 * @param district the district grid (片区) the grid belongs to
 */
public record ServedGrid(GridId id, VillageId village, ImmutableSet<UnitId> units, DistrictId district) {

  /**
   * Checks the grid.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if there is no unit
   */
  public ServedGrid {
    requireNonNull(id, "id");
    requireNonNull(village, "village");
    requireNonNull(units, "units");
    requireNonNull(district, "district");
    if (units.isEmpty()) {
      throw new IllegalArgumentException("grid " + id + " must cover at least one unit");
    }
  }

  /**
   * Returns a grid.
   *
   * @param id the grid's id
   * @param village its village
   * @param units its units, at least one
   * @param district its district
   * @return the grid
   * @throws IllegalArgumentException if there is no unit
   */
  public static ServedGrid of(GridId id, VillageId village, Collection<UnitId> units, DistrictId district) {
    return new ServedGrid(id, village, ImmutableSet.copyOf(units), district);
  }
}
