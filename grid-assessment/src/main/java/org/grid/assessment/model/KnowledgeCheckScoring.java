package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * Combines a member's knowledge checks into a yearly score (应知应会年度得分): three line items, the weighted
 * daily-report rate ({@code weight x 100 x made / due}), the weighted mean weekly score ({@code weight x sum /
 * count}) and the weighted mean monthly score. Each line item is computed exactly and rounded once, to {@link
 * LineItem#SCALE} (2) places, half even; the total is their exact sum. With weights summing to 1, a member who made
 * every report and scored 100 in every check scores exactly 100.00. A part with nothing due or no check held counts
 * 0 and says so in its description.
 */
public final class KnowledgeCheckScoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private KnowledgeCheckScoring() {}

  /**
   * Scores a member's year.
   *
   * @param policy the weights
   * @param period the period of the record; every check must be dated in it
   * @param record the member's checks
   * @return the score, whose subject is the member and whose rule set is {@code knowledge-check}
   * @throws IllegalArgumentException if a check is dated outside the period
   * @throws NullPointerException if an argument is null
   */
  public static Score yearly(KnowledgeCheckPolicy policy, AssessmentPeriod period, KnowledgeCheckRecord record) {
    requireNonNull(policy, "policy");
    requireNonNull(period, "period");
    requireNonNull(record, "record");
    outsidePeriod(period, record, record.weeklyChecks());
    outsidePeriod(period, record, record.monthlyAssessments());
    return new Score(record.member(), period, RuleSetId.of("knowledge-check"), ImmutableList.of(
        daily(record, policy.dailyReportWeight()),
        mean("weekly-spot-checks", "weekly spot checks", record.weeklyChecks(), policy.weeklyCheckWeight()),
        mean("monthly-assessments", "monthly assessments", record.monthlyAssessments(),
            policy.monthlyAssessmentWeight())));
  }

  private static void outsidePeriod(AssessmentPeriod period, KnowledgeCheckRecord record, List<CheckResult> checks) {
    for (CheckResult check : checks) {
      if (!period.contains(check.date())) {
        throw new IllegalArgumentException("check " + check.id() + " of " + record.member() + " is dated "
            + check.date() + ", outside the period " + period);
      }
    }
  }

  private static LineItem daily(KnowledgeCheckRecord record, BigDecimal weight) {
    RuleId rule = RuleId.of("daily-report-rate");
    if (record.dailyReportsDue() == 0) {
      return new LineItem(rule, "no daily reports due: counts 0", ImmutableList.of(), BigDecimal.ZERO, false);
    }
    BigDecimal made = BigDecimal.valueOf(record.dailyReportsMade());
    BigDecimal due = BigDecimal.valueOf(record.dailyReportsDue());
    return new LineItem(rule,
        "daily reports made " + made + " of " + due + " (" + shown(HUNDRED.multiply(made), due) + "%) x weight "
            + plain(weight),
        ImmutableList.of(), weight.multiply(HUNDRED).multiply(made).divide(due, LineItem.SCALE, Points.ROUNDING),
        false);
  }

  private static LineItem mean(String rule, String what, List<CheckResult> checks, BigDecimal weight) {
    if (checks.isEmpty()) {
      return new LineItem(RuleId.of(rule), "no " + what + " held: counts 0", ImmutableList.of(), BigDecimal.ZERO,
          false);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (CheckResult check : checks) {
      sum = sum.add(check.score());
    }
    BigDecimal count = BigDecimal.valueOf(checks.size());
    return new LineItem(RuleId.of(rule),
        what + ": " + checks.size() + " held, mean " + shown(sum, count) + " x weight " + plain(weight),
        checks.stream().map(CheckResult::id).sorted().collect(ImmutableList.toImmutableList()),
        weight.multiply(sum).divide(count, LineItem.SCALE, Points.ROUNDING), false);
  }

  /**
   * A quotient for a description: exact when it has at most 4 decimal places, else {@code ≈} and 2 places (the
   * line item's points come from the exact quotient, not from this).
   */
  private static String shown(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal four = numerator.divide(denominator, 4, Points.ROUNDING);
    return four.multiply(denominator).compareTo(numerator) == 0
        ? plain(four)
        : "≈" + plain(numerator.divide(denominator, LineItem.SCALE, Points.ROUNDING));
  }

  /** A number for a description: without trailing zeros or an exponent. */
  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
