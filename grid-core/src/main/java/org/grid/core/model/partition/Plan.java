package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * A partition plan (双网格划分方案) of one township: its responsibility grids and its district grids, with the policy
 * it is to be judged by. A plan made by {@link PartitionPlanner} or drawn by hand; {@link PlanValidator} says
 * whether it keeps the rules.
 *
 * <p>A plan is also where the other modules meet partitioning: {@link #placeOf(Township, GridId)} gives the place
 * (属地) of any of its grids, county included, for a request entering there, and the team model reads its grids with
 * their districts as the grids that teams serve ({@code ServedGrid.allOf(plan)} in {@code
 * org.grid.core.model.team}).
 *
 * @param township the township the plan is for, not null
 * @param policy the policy the plan is judged by, not null
 * @param grids the responsibility grids, not null
 * @param districts the district grids, not null
 */
public record Plan(
    TownshipId township, PartitionPolicy policy, ImmutableList<Grid> grids, ImmutableList<District> districts) {

  /**
   * Checks the plan's parts are present.
   *
   * @param township the township the plan is for, not null
   * @param policy the policy the plan is judged by, not null
   * @param grids the responsibility grids, not null
   * @param districts the district grids, not null
   * @throws NullPointerException if an argument is null
   */
  public Plan {
    requireNonNull(township, "township");
    requireNonNull(policy, "policy");
    requireNonNull(grids, "grids");
    requireNonNull(districts, "districts");
  }

  /**
   * Returns a plan of the given grids and districts.
   *
   * @param township the township, not null
   * @param policy the policy, not null
   * @param grids the grids, not null, no element null
   * @param districts the districts, not null, no element null
   * @return the plan
   */
  public static Plan of(TownshipId township, PartitionPolicy policy, List<Grid> grids, List<District> districts) {
    return new Plan(township, policy, ImmutableList.copyOf(grids), ImmutableList.copyOf(districts));
  }

  /**
   * Returns the grid of this plan with the given id.
   *
   * @param grid a grid id, not null
   * @return the first grid of {@link #grids()} with that id, or empty when the plan has none
   * @throws NullPointerException if {@code grid} is null
   */
  public Optional<Grid> grid(GridId grid) {
    requireNonNull(grid, "grid");
    return grids.stream().filter(candidate -> candidate.id().equals(grid)).findFirst();
  }

  /**
   * Returns the district grid of every grid a district of this plan lists, in the order the districts list them.
   * A grid that no district lists has no entry; {@link PlanValidator} names such a grid as an error.
   *
   * @return the district of each listed grid, by grid id
   * @throws IllegalArgumentException if two districts list the same grid, so that its district is not one
   */
  public ImmutableMap<GridId, DistrictId> districtsByGrid() {
    Map<GridId, DistrictId> districtOf = new LinkedHashMap<>();
    for (District district : districts) {
      for (GridId grid : district.grids()) {
        DistrictId earlier = districtOf.putIfAbsent(grid, district.id());
        if (earlier != null && !earlier.equals(district.id())) {
          throw new IllegalArgumentException("grid " + grid + " is in district " + earlier + " and in district "
              + district.id() + " of the plan of township " + township);
        }
      }
    }
    return ImmutableMap.copyOf(districtOf);
  }

  /**
   * Returns where a grid of this plan lies (属地): the township's county, the township, the grid's district and
   * village, and the grid; what a request entering at that grid needs.
   *
   * @param township the township this plan is for (it knows the county), not null
   * @param grid a grid of this plan, not null
   * @return the grid's place
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the township is not the one this plan is for, the plan has no grid of that
   *     id, no district or two districts list the grid, or the grid's village is not a village of the township
   */
  public GridPlace placeOf(Township township, GridId grid) {
    requireNonNull(township, "township");
    requireNonNull(grid, "grid");
    if (!township.id().equals(this.township)) {
      throw new IllegalArgumentException(
          "the plan is of township " + this.township + ", not of township " + township.id());
    }
    Grid planned = grid(grid).orElseThrow(() -> new IllegalArgumentException(
        "grid " + grid + " is not in the plan of township " + this.township));
    DistrictId district = districtsByGrid().get(grid);
    if (district == null) {
      throw new IllegalArgumentException(
          "grid " + grid + " is in no district of the plan of township " + this.township);
    }
    if (township.village(planned.village()).isEmpty()) {
      throw new IllegalArgumentException("grid " + grid + " names village " + planned.village()
          + ", which township " + this.township + " does not have");
    }
    return new GridPlace(township.county(), this.township, district, planned.village(), grid);
  }
}
