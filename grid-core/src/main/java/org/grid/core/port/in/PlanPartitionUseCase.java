package org.grid.core.port.in;

import org.grid.core.model.partition.PlanResult;

/** Plans a township's two grids (双网格): responsibility grids inside villages and district grids of villages. */
public interface PlanPartitionUseCase {

  /**
   * Plans a township.
   *
   * @param command the command, not null
   * @return the best plan found and its validation, which names every hard rule the township made impossible
   * @throws IllegalArgumentException if the command breaks its constraints; the message names each field
   * @throws NullPointerException if {@code command} is null
   */
  PlanResult plan(PlanPartitionCommand command);
}
