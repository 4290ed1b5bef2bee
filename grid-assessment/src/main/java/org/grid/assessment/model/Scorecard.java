package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

/**
 * A grid's scorecard (网格考核评分表): its score as line items (one per measure, its weighted share of 100, see
 * {@link GridScorecards}) and its rank in its township.
 *
 * @param measures the measures scored
 * @param score the score, from 0.00 to 100.00, as line items
 * @param rank the rank in the township: 1 plus the number of its grids with a strictly greater total; grids with
 *     equal totals share a rank, and the next rank skips as many (1, 2, 2, 4)
 */
public record Scorecard(GridMeasures measures, Score score, int rank) {

  /**
   * Checks the scorecard.
   *
   * @param measures the measures scored
   * @param score the score, from 0.00 to 100.00, as line items
   * @param rank the rank in the township: 1 plus the number of its grids with a strictly greater total; grids with
   *     equal totals share a rank, and the next rank skips as many (1, 2, 2, 4)
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code rank} is less than 1
   */
  public Scorecard {
    requireNonNull(measures, "measures");
    requireNonNull(score, "score");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1, was " + rank);
    }
  }
}
