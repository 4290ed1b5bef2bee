package org.grid.core.port.in;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.PartitionPolicy;

/**
 * The command to plan a township's responsibility grids (职责网格) and district grids (片区网格).
 *
 * @param township the township to plan; must not be null
 * @param targetHouseholds households per grid, at least 1 (the rulebook's default is
 *     {@value PartitionPolicy#DEFAULT_TARGET_HOUSEHOLDS})
 * @param districts the number of districts, at least 1 (default {@value PartitionPolicy#DEFAULT_DISTRICTS})
 * @param keepExisting whether to keep the township's current 片区 and move as few villages as needed
 */
public record PlanPartitionCommand(
    @NotNull Township township, @Min(1) int targetHouseholds, @Min(1) int districts, boolean keepExisting) {

  /**
   * Returns the command with the rulebook's defaults: target 200, 8 districts, fresh districts.
   *
   * @param township the township; null is refused when the command is validated
   * @return the command
   */
  public static PlanPartitionCommand withDefaults(Township township) {
    return new PlanPartitionCommand(township, PartitionPolicy.DEFAULT_TARGET_HOUSEHOLDS,
        PartitionPolicy.DEFAULT_DISTRICTS, false);
  }
}
