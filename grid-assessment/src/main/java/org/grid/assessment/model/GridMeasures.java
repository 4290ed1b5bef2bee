package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A grid's measures for a period (网格考核指标), each a share from 0 to 1, with what each was computed from.
 *
 * @param grid the grid, as a subject of scoring
 * @param township the township the grid is ranked in
 * @param values every {@link ScorecardMetric}'s share, from 0 to 1
 * @param basis for each measure, what it was computed from (for example {@code 46 of 48 visits}); may be empty
 */
public record GridMeasures(
    SubjectId grid, String township, ImmutableMap<ScorecardMetric, BigDecimal> values,
    ImmutableMap<ScorecardMetric, String> basis) {

  /**
   * Checks the measures.
   *
   * @param grid the grid, as a subject of scoring
   * @param township the township the grid is ranked in
   * @param values every {@link ScorecardMetric}'s share, from 0 to 1
   * @param basis for each measure, what it was computed from (for example {@code 46 of 48 visits}); may be empty
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a measure is missing or outside [0, 1]
   */
  public GridMeasures {
    requireNonNull(grid, "grid");
    requireNonNull(township, "township");
    requireNonNull(values, "values");
    requireNonNull(basis, "basis");
    values = Maps.immutableEnumMap(values);
    basis = Maps.immutableEnumMap(basis);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      BigDecimal value = values.get(metric);
      if (value == null) {
        throw new IllegalArgumentException(metric + " of grid " + grid + " is missing");
      }
      if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(metric + " of grid " + grid + " must be from 0 to 1, was " + value);
      }
    }
  }

  /**
   * Returns measures without a basis.
   *
   * @param grid the grid
   * @param township its township
   * @param values every measure's share
   * @return the measures
   */
  public static GridMeasures of(String grid, String township, Map<ScorecardMetric, BigDecimal> values) {
    return new GridMeasures(SubjectId.of(grid), township, ImmutableMap.copyOf(values), ImmutableMap.of());
  }
}
