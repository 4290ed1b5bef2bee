package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;

/**
 * A responsibility grid (职责网格, also 行政村网格) of a plan: some units of one village, about
 * {@code target} households, served by one village grid team.
 *
 * <p>The record only holds what the plan says; whether the units exist, lie in the village and are connected is
 * for the {@link PlanValidator} to judge, so that a wrong hand-drawn plan can still be represented and explained.
 *
 * @param id the grid's id, not null
 * @param village the village the grid belongs to, not null
 * @param units the grid's units in the plan's order, not null (may be empty in a wrong plan)
 */
public record Grid(GridId id, VillageId village, ImmutableList<UnitId> units) {

  /**
   * Checks the grid.
   *
   * @param id the grid's id, not null
   * @param village the village the grid belongs to, not null
   * @param units the grid's units in the plan's order, not null (may be empty in a wrong plan)
   * @throws NullPointerException if an argument is null
   */
  public Grid {
    requireNonNull(id, "id");
    requireNonNull(village, "village");
    requireNonNull(units, "units");
  }

  /**
   * Returns a grid of the given units.
   *
   * @param id the grid's id, not null
   * @param village its village, not null
   * @param units its units, not null, no element null
   * @return the grid
   */
  public static Grid of(GridId id, VillageId village, List<UnitId> units) {
    return new Grid(id, village, ImmutableList.copyOf(units));
  }
}
