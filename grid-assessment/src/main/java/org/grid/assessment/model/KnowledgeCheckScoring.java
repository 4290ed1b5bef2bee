package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Combines a member's knowledge checks into a yearly score (应知应会年度得分): three line items, the weighted
 * daily-report rate, the weighted mean weekly score and the weighted mean monthly score. A part with nothing due
 * or no check held counts 0 and says so in its description. Points are kept to 4 decimal places, half up.
 */
public final class KnowledgeCheckScoring {

  private static final int SCALE = 4;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private KnowledgeCheckScoring() {}

  /**
   * Scores a member's year.
   *
   * @param policy the weights
   * @param period the period of the record
   * @param record the member's checks
   * @return the score, whose subject is the member and whose rule set is {@code knowledge-check}
   */
  public static Score yearly(KnowledgeCheckPolicy policy, AssessmentPeriod period, KnowledgeCheckRecord record) {
    requireNonNull(policy, "policy");
    requireNonNull(record, "record");
    BigDecimal rate = record.dailyReportsDue() == 0
        ? BigDecimal.ZERO
        : HUNDRED.multiply(BigDecimal.valueOf(record.dailyReportsMade()))
            .divide(BigDecimal.valueOf(record.dailyReportsDue()), SCALE, RoundingMode.HALF_UP);
    LineItem daily = new LineItem(RuleId.of("daily-report-rate"),
        "daily reports made " + record.dailyReportsMade() + " of " + record.dailyReportsDue() + " (" + rate
            + "%) x weight " + policy.dailyReportWeight(),
        ImmutableList.of(), weighted(rate, policy.dailyReportWeight()), false);
    return new Score(record.member(), period, RuleSetId.of("knowledge-check"), ImmutableList.of(
        daily,
        mean("weekly-spot-checks", "weekly spot checks", record.weeklyChecks(), policy.weeklyCheckWeight()),
        mean("monthly-assessments", "monthly assessments", record.monthlyAssessments(),
            policy.monthlyAssessmentWeight())));
  }

  private static LineItem mean(String rule, String what, List<CheckResult> checks, BigDecimal weight) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CheckResult check : checks) {
      sum = sum.add(check.score());
    }
    BigDecimal mean = checks.isEmpty()
        ? BigDecimal.ZERO
        : sum.divide(BigDecimal.valueOf(checks.size()), SCALE, RoundingMode.HALF_UP);
    String description = checks.isEmpty()
        ? "no " + what + " held: counts 0"
        : "mean of " + checks.size() + " " + what + " " + mean + " x weight " + weight;
    return new LineItem(RuleId.of(rule), description,
        checks.stream().map(CheckResult::id).sorted().collect(ImmutableList.toImmutableList()),
        weighted(mean, weight), false);
  }

  private static BigDecimal weighted(BigDecimal value, BigDecimal weight) {
    return value.multiply(weight).setScale(SCALE, RoundingMode.HALF_UP);
  }
}
