package org.grid.assessment.port.in;

import com.google.common.collect.ImmutableList;
import org.grid.assessment.model.Scorecard;

/**
 * Scores grids from their measures and ranks them within their townships (网格考核排名): each grid's scorecard
 * lists one line item per measure, and equal scores share a rank.
 */
public interface ScoreGridsUseCase {

  /**
   * Scores and ranks the grids.
   *
   * @param command the command, not null
   * @return the scorecards ordered by township, then rank, then grid id; empty when the command names no grid
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field) or names
   *     a grid twice
   * @throws NullPointerException if {@code command} is null
   */
  ImmutableList<Scorecard> score(ScoreGridsCommand command);
}
