package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * A partition plan (双网格划分方案) of one township: its responsibility grids and its district grids, with the policy
 * it is to be judged by. A plan made by {@link PartitionPlanner} or drawn by hand; {@link PlanValidator} says
 * whether it keeps the rules.
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
}
