package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of a grid scorecard (网格考核权重). The rulebook names the measures but not their weights; the
 * default weighs all six equally. Weights must sum to 1, so a grid that meets every measure fully scores 100.
 *
 * @param weights the weight of every {@link ScorecardMetric}, none negative, summing to 1
 */
public record ScorecardPolicy(ImmutableMap<ScorecardMetric, BigDecimal> weights) {

  private static final ScorecardPolicy DEFAULT = equalWeights();

  /**
   * Returns the default policy: equal weights, one sixth each (to 10 decimal places, the last one taking the rounding).
   *
   * @return the default policy
   */
  public static ScorecardPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Checks the policy.
   *
   * @throws NullPointerException if {@code weights} is null
   * @throws IllegalArgumentException if a measure has no weight, a weight is negative, or they do not sum to 1
   */
  public ScorecardPolicy {
    requireNonNull(weights, "weights");
    weights = Maps.immutableEnumMap(weights);
    BigDecimal sum = BigDecimal.ZERO;
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      BigDecimal weight = weights.get(metric);
      if (weight == null) {
        throw new IllegalArgumentException("scorecard weight of " + metric + " is missing");
      }
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("scorecard weight of " + metric + " must not be negative, was " + weight);
      }
      sum = sum.add(weight);
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("scorecard weights must sum to 1, were " + sum);
    }
  }

  /**
   * Returns a policy of the given weights.
   *
   * @param weights every measure's weight, summing to 1
   * @return the policy
   */
  public static ScorecardPolicy of(Map<ScorecardMetric, BigDecimal> weights) {
    return new ScorecardPolicy(ImmutableMap.copyOf(weights));
  }

  private static ScorecardPolicy equalWeights() {
    ScorecardMetric[] metrics = ScorecardMetric.values();
    BigDecimal each = BigDecimal.ONE.divide(BigDecimal.valueOf(metrics.length), 10, RoundingMode.DOWN);
    Map<ScorecardMetric, BigDecimal> weights = new EnumMap<>(ScorecardMetric.class);
    BigDecimal rest = BigDecimal.ONE;
    for (int i = 0; i < metrics.length - 1; i++) {
      weights.put(metrics[i], each);
      rest = rest.subtract(each);
    }
    weights.put(metrics[metrics.length - 1], rest);
    return of(weights);
  }
}
