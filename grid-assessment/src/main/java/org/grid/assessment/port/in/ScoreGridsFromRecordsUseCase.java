package org.grid.assessment.port.in;

import com.google.common.collect.ImmutableList;
import org.grid.assessment.model.Scorecard;

/**
 * Scores and ranks a township's grids for a period from what grid recorded (网格考核): each grid's measures are
 * computed from its own duty compliance, its pairing coverage and the requests reported from it in the period, each
 * measure with its basis ("46 of 49 visits"), then scored and ranked as {@link ScoreGridsUseCase} does. Reads in one
 * unit of work and stores nothing.
 */
public interface ScoreGridsFromRecordsUseCase {

  /**
   * Measures, scores and ranks the grids.
   *
   * @param command the command, not null
   * @return one scorecard per grid of the command, ordered by rank, then grid id
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field), names a
   *     grid twice, its register is of another township, or the township's duty log has an entry the township does
   *     not have (as {@code ComputeComplianceUseCase} refuses it)
   * @throws NullPointerException if {@code command} is null
   */
  ImmutableList<Scorecard> score(ScoreGridsFromRecordsCommand command);
}
