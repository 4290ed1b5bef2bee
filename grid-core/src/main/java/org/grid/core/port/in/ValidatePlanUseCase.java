package org.grid.core.port.in;

import org.grid.core.model.partition.Validation;

/** Checks a plan against its township and names every broken rule and missed goal. */
public interface ValidatePlanUseCase {

  /**
   * Validates a plan.
   *
   * @param command the command, not null
   * @return the plan's metrics and every violation
   * @throws IllegalArgumentException if the command breaks its constraints; the message names each field
   * @throws NullPointerException if {@code command} is null
   */
  Validation validate(ValidatePlanCommand command);
}
