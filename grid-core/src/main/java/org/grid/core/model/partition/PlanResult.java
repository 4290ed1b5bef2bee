package org.grid.core.model.partition;

import static java.util.Objects.requireNonNull;

/**
 * What {@link PartitionPlanner} returns (划分结果): the best plan it found, and its validation, which names every hard
 * rule the township made impossible to keep.
 *
 * @param plan the plan, not null
 * @param validation the plan's metrics and violations, as {@link PlanValidator} gives them; not null
 */
public record PlanResult(Plan plan, Validation validation) {

  /**
   * Checks the parts are present.
   *
   * @param plan the plan, not null
   * @param validation the plan's metrics and violations, as {@link PlanValidator} gives them; not null
   * @throws NullPointerException if an argument is null
   */
  public PlanResult {
    requireNonNull(plan, "plan");
    requireNonNull(validation, "validation");
  }
}
