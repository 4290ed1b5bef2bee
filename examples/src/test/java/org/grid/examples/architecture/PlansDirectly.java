package org.grid.examples.architecture;

import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPlanner;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.PlanResult;

/**
 * Deliberate violation for {@code ArchitectureTest}: example code that calls the planner itself instead of the
 * planning use case. Test code, so the check of the production code never sees it.
 */
final class PlansDirectly {

  private PlansDirectly() {}

  static PlanResult plan(Township township) {
    return PartitionPlanner.create().plan(township, PartitionPolicy.defaults());
  }
}
