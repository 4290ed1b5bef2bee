package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of a grid scorecard (网格考核权重), as relative whole numbers (权重份数): a measure's part of the score
 * is its weight divided by the sum of the weights. Whole numbers keep the arithmetic exact: equal weights are
 * {@code 1} each (not a sixth rounded to some number of places), and percents ({@code 20/20/20/15/15/10}) or any
 * other parts that a county decides work the same. The rulebook names the measures but not their weights; the
 * default weighs all six equally.
 *
 * <p>A grid's score is {@code 100 x sum(share x weight) / sum(weights)}, see {@link GridScorecards}; a grid meeting
 * every measure fully scores exactly 100.00 whatever the weights.
 *
 * @param weights the weight of every {@link ScorecardMetric}, none negative, not all zero
 */
public record ScorecardPolicy(ImmutableMap<ScorecardMetric, Integer> weights) {

  private static final ScorecardPolicy DEFAULT = equalWeights();

  /**
   * Returns the default policy: equal weights, {@code 1} for every measure.
   *
   * @return the default policy
   */
  public static ScorecardPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Checks the policy.
   *
   * @param weights the weight of every {@link ScorecardMetric}, none negative, not all zero
   * @throws NullPointerException if {@code weights} or one of its weights is null
   * @throws IllegalArgumentException if a measure has no weight, a weight is negative, or all are zero
   */
  public ScorecardPolicy {
    requireNonNull(weights, "weights");
    weights = Maps.immutableEnumMap(weights);
    long sum = 0;
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      Integer weight = weights.get(metric);
      if (weight == null) {
        throw new IllegalArgumentException("scorecard weight of " + metric + " is missing");
      }
      if (weight < 0) {
        throw new IllegalArgumentException("scorecard weight of " + metric + " must not be negative, was " + weight);
      }
      sum += weight;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("scorecard weights must not all be zero");
    }
  }

  /**
   * Returns a policy of the given weights, for example percents that sum to 100 or parts such as 2/2/2/1/1/1.
   *
   * @param weights every measure's weight, a whole number, not negative; not all zero
   * @return the policy
   * @throws NullPointerException if {@code weights} or one of its weights is null
   * @throws IllegalArgumentException if a measure has no weight, a weight is negative, or all are zero
   */
  public static ScorecardPolicy of(Map<ScorecardMetric, Integer> weights) {
    return new ScorecardPolicy(ImmutableMap.copyOf(weights));
  }

  /**
   * Returns the sum of the weights, the denominator of every measure's part of the score.
   *
   * @return the sum, positive
   */
  public long weightTotal() {
    long sum = 0;
    for (int weight : weights.values()) {
      sum += weight;
    }
    return sum;
  }

  private static ScorecardPolicy equalWeights() {
    Map<ScorecardMetric, Integer> weights = new EnumMap<>(ScorecardMetric.class);
    for (ScorecardMetric metric : ScorecardMetric.values()) {
      weights.put(metric, 1);
    }
    return of(weights);
  }
}
