package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * How a service-team member's knowledge checks (应知应会, 日报周查月考核) combine into a yearly score, with the
 * rulebook's default weights: daily-report rate 0.2, weekly spot checks 0.3, monthly assessments 0.5. Each part is
 * on a scale of 0 to 100 (the report rate as a percentage), so the yearly score is too. The weights are exact
 * decimals that sum to exactly 1 (0.2 + 0.3 + 0.5, not three thirds rounded), so that a member meeting every part
 * fully scores exactly 100.00; {@link KnowledgeCheckScoring} rounds each line item once.
 *
 * @param dailyReportWeight the weight of the daily-report rate (default 0.2)
 * @param weeklyCheckWeight the weight of the mean weekly spot-check score (default 0.3)
 * @param monthlyAssessmentWeight the weight of the mean monthly assessment score (default 0.5)
 */
public record KnowledgeCheckPolicy(
    BigDecimal dailyReportWeight, BigDecimal weeklyCheckWeight, BigDecimal monthlyAssessmentWeight) {

  private static final KnowledgeCheckPolicy DEFAULT =
      new KnowledgeCheckPolicy(new BigDecimal("0.2"), new BigDecimal("0.3"), new BigDecimal("0.5"));

  /**
   * Returns the rulebook's default policy.
   *
   * @return the default policy
   */
  public static KnowledgeCheckPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Checks the policy.
   *
   * @param dailyReportWeight the weight of the daily-report rate (default 0.2)
   * @param weeklyCheckWeight the weight of the mean weekly spot-check score (default 0.3)
   * @param monthlyAssessmentWeight the weight of the mean monthly assessment score (default 0.5)
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a weight is negative or the weights do not sum to exactly 1
   */
  public KnowledgeCheckPolicy {
    requireNonNull(dailyReportWeight, "dailyReportWeight");
    requireNonNull(weeklyCheckWeight, "weeklyCheckWeight");
    requireNonNull(monthlyAssessmentWeight, "monthlyAssessmentWeight");
    notNegative("dailyReportWeight", dailyReportWeight);
    notNegative("weeklyCheckWeight", weeklyCheckWeight);
    notNegative("monthlyAssessmentWeight", monthlyAssessmentWeight);
    BigDecimal sum = dailyReportWeight.add(weeklyCheckWeight).add(monthlyAssessmentWeight);
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("knowledge check weights must sum to exactly 1, were " + dailyReportWeight
          + " + " + weeklyCheckWeight + " + " + monthlyAssessmentWeight + " = " + sum);
    }
  }

  private static void notNegative(String name, BigDecimal weight) {
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + weight);
    }
  }
}
