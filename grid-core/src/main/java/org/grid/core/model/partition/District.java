package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grid.core.model.jurisdiction.DistrictId;

/**
 * A district grid (片区网格) of a plan: the responsibility grids of geographically adjacent villages, led by a
 * township leadership member as work-area head.
 *
 * <p>As with {@link Grid}, the record holds what the plan says; the {@link PlanValidator} judges it.
 *
 * @param id the district's id, not null
 * @param grids the district's grids in the plan's order, not null (may be empty in a wrong plan)
 */
public record District(DistrictId id, ImmutableList<GridId> grids) {

  /**
   * Checks the district.
   *
   * @param id the district's id, not null
   * @param grids the district's grids in the plan's order, not null (may be empty in a wrong plan)
   * @throws NullPointerException if an argument is null
   */
  public District {
    requireNonNull(id, "id");
    requireNonNull(grids, "grids");
  }

  /**
   * Returns a district of the given grids.
   *
   * @param id the district's id, not null
   * @param grids its grids, not null, no element null
   * @return the district
   */
  public static District of(DistrictId id, List<GridId> grids) {
    return new District(id, ImmutableList.copyOf(grids));
  }
}
