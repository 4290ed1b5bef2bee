package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;

/** What a service team serves (服务范围): one village grid, one district grid or the township. */
public sealed interface TeamScope {

  /**
   * Returns the level of a team with this scope.
   *
   * @return the level of a team with this scope
   */
  TeamLevel level();

  /**
   * Returns the id of what is served, for messages.
   *
   * @return the id of what is served, for messages
   */
  String subject();

  /**
   * A village grid team's scope: one responsibility grid of one village.
   *
   * @param grid the grid
   * @param village the village the grid lies in
   */
  record VillageGrid(GridId grid, VillageId village) implements TeamScope {
    /**
     * Checks the scope.
     *
     * @param grid the grid
     * @param village the village the grid lies in
     * @throws NullPointerException if an argument is null
     */
    public VillageGrid {
      requireNonNull(grid, "grid");
      requireNonNull(village, "village");
    }

    @Override
    public TeamLevel level() {
      return TeamLevel.VILLAGE_GRID;
    }

    @Override
    public String subject() {
      return "grid " + grid + " of village " + village;
    }
  }

  /**
   * A district grid team's scope: one district grid (片区).
   *
   * @param district the district grid
   */
  record District(DistrictId district) implements TeamScope {
    /**
     * Checks the scope.
     *
     * @param district the district grid
     * @throws NullPointerException if the district is null
     */
    public District {
      requireNonNull(district, "district");
    }

    @Override
    public TeamLevel level() {
      return TeamLevel.DISTRICT_GRID;
    }

    @Override
    public String subject() {
      return "district " + district;
    }
  }

  /**
   * The township grid team's scope.
   *
   * @param township the township
   */
  record Township(TownshipId township) implements TeamScope {
    /**
     * Checks the scope.
     *
     * @param township the township
     * @throws NullPointerException if the township is null
     */
    public Township {
      requireNonNull(township, "township");
    }

    @Override
    public TeamLevel level() {
      return TeamLevel.TOWNSHIP_GRID;
    }

    @Override
    public String subject() {
      return "township " + township;
    }
  }
}
