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
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field), or the
   *     register is of another township
   */
  ComplianceReport compute(ComputeComplianceCommand command);
}
