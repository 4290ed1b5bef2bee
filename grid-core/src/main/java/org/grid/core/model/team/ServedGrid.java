package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.Plan;

/**
 * A responsibility grid (职责网格) as teams, pairing and duties see it: its id, the village it lies in, the units it
 * covers and the district grid (片区) it belongs to. Partitioning makes grids; this record is how they are handed
 * to the team rules without depending on partitioning's types; {@link #allOf(Plan)} reads them from a plan.
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
   * @param id the grid's id
   * @param village the one village the grid lies in
   * @param units the units the grid covers; at least one
   * @param district the district grid (片区) the grid belongs to
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

  /**
   * Returns the grids of a plan as teams serve them: each grid of {@link Plan#grids()}, in that order, with its
   * village, its units and the district grid that lists it. This is how a plan reaches team proposal, pairing and
   * duties without a caller matching grids to districts by hand.
   *
   * @param plan the plan, not null
   * @return the plan's grids, one per grid of the plan
   * @throws NullPointerException if {@code plan} is null
   * @throws IllegalArgumentException naming the grid if the plan lists a grid id twice, a grid has no unit, or no
   *     district or two districts list a grid: a plan so broken has no grids to serve
   */
  public static ImmutableList<ServedGrid> allOf(Plan plan) {
    requireNonNull(plan, "plan");
    ImmutableMap<GridId, DistrictId> districts = plan.districtsByGrid();
    Set<GridId> seen = new HashSet<>();
    ImmutableList.Builder<ServedGrid> served = ImmutableList.builder();
    for (Grid grid : plan.grids()) {
      if (!seen.add(grid.id())) {
        throw new IllegalArgumentException("the plan of township " + plan.township() + " lists grid " + grid.id()
            + " twice");
      }
      DistrictId district = districts.get(grid.id());
      if (district == null) {
        throw new IllegalArgumentException(
            "grid " + grid.id() + " is in no district of the plan of township " + plan.township());
      }
      served.add(of(grid.id(), grid.village(), grid.units(), district));
    }
    return served.build();
  }
}
