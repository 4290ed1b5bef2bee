package org.grid.core.port.in;

import com.google.common.collect.ImmutableMap;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.partition.GridId;

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

  /**
   * Computes each grid's own compliance (每个网格的履职情况), as its scorecard needs it: in one unit of work, the
   * township's log is read and checked once, as {@link #compute} reads and checks it, then each grid of the command
   * is computed alone over it ({@code TownshipDuties.ofGrid}: the grid, its team, its households and their
   * pairings). District teams' duties belong to no grid and are in no grid's report; a village's monthly meeting is
   * in the report of each of its grids, and the township's own monthly meeting in every report (a grid's scorecard
   * leaves it out: {@code GridMeasuresPolicy.defaults()} in grid-assessment).
   *
   * @param command the command, not null
   * @return each grid's report, in the order of the command's grids
   * @throws IllegalArgumentException as {@link #compute}, or if the command names a grid twice
   */
  ImmutableMap<GridId, ComplianceReport> computeByGrid(ComputeComplianceCommand command);
}
