package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

/**
 * A grid's scorecard (网格考核评分表): its score as line items (one per measure: share x weight x 100) and its rank
 * in its township.
 *
 * @param measures the measures scored
 * @param score the score, from 0 to 100, as line items
 * @param rank the rank in the township, 1 for the best; grids with equal scores share a rank, and the next rank
 *     skips as many (1, 2, 2, 4)
 */
public record Scorecard(GridMeasures measures, Score score, int rank) {

  /**
   * Checks the scorecard.
   *
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
