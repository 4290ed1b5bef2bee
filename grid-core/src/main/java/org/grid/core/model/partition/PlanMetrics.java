package org.grid.core.model.partition;

/**
 * The measures of a plan (方案指标), as the plan format reports them.
 *
 * @param villageImbalance over split villages, the largest {@code |households(grid) - h/k| / (h/k)}; 0 when no
 *     village is split
 * @param districtImbalance {@code (max - min) / mean} of district households; 0 when there is at most one district
 * @param cutEdges unit adjacency pairs whose two units lie in different grids
 * @param movedVillages villages whose district id differs from the township's current 片区 assignment; 0 when the
 *     township gives none
 */
public record PlanMetrics(double villageImbalance, double districtImbalance, int cutEdges, int movedVillages) {

  /**
   * Checks the metrics.
   *
   * @param villageImbalance over split villages, the largest {@code |households(grid) - h/k| / (h/k)}; 0 when no
   *     village is split
   * @param districtImbalance {@code (max - min) / mean} of district households; 0 when there is at most one district
   * @param cutEdges unit adjacency pairs whose two units lie in different grids
   * @param movedVillages villages whose district id differs from the township's current 片区 assignment; 0 when the
   *     township gives none
   * @throws IllegalArgumentException if a value is negative or NaN
   */
  public PlanMetrics {
    if (!(villageImbalance >= 0) || !(districtImbalance >= 0) || cutEdges < 0 || movedVillages < 0) {
      throw new IllegalArgumentException("metrics must not be negative: " + villageImbalance + ", "
          + districtImbalance + ", " + cutEdges + ", " + movedVillages);
    }
  }
}
