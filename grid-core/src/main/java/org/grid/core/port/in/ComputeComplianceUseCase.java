package org.grid.core.port.in;

import org.grid.core.model.duty.ComplianceReport;

/**
 * Computes a township's duty compliance for a period from its stored teams, roster, pairings and duty log (履职考核):
 * what was due under each rule, what was done, and each missed duty named.
 */
public interface ComputeComplianceUseCase {

  /**
   * Computes compliance.
   *
   * @param command the command, not null
   * @return the report
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field), the
   *     register is of another township, or the duty log read for the period has an entry that names a grid,
   *     household, team or village the township does not have, or an id used for two different entries (the
   *     message names the township and each entry with its problem: {@code DutyLogCheck}); an entry recorded twice
   *     exactly counts once
   */
  ComplianceReport compute(ComputeComplianceCommand command);
}
