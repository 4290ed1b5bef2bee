package org.grid.testkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grid.assessment.model.CheckResult;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.KnowledgeCheckPolicy;
import org.grid.assessment.model.KnowledgeCheckRecord;
import org.grid.assessment.model.KnowledgeCheckScoring;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.Score;

/** Laws of knowledge-check scores: each line item the exact weighted part rounded once, weights that sum to 1. */
class KnowledgeCheckProperties {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property(tries = 300)
  void eachLineItemIsItsExactWeightedPartRoundedOnceHalfEvenAndTheTotalTheirSum(
      @ForAll("policies") KnowledgeCheckPolicy policy, @ForAll("records") KnowledgeCheckRecord record) {
    Score score = KnowledgeCheckScoring.yearly(policy, AssessmentArbitraries.YEAR, record);

    BigDecimal daily = record.dailyReportsDue() == 0 ? BigDecimal.ZERO
        : rounded(policy.dailyReportWeight().multiply(HUNDRED).multiply(BigDecimal.valueOf(record.dailyReportsMade())),
            record.dailyReportsDue());
    assertThat(score.lineItems()).extracting(LineItem::points).containsExactly(
        daily.setScale(2),
        mean(policy.weeklyCheckWeight(), record.weeklyChecks()),
        mean(policy.monthlyAssessmentWeight(), record.monthlyAssessments()));
    assertThat(score.total()).isEqualTo(score.lineItems().stream().map(LineItem::points)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
  }

  /** {@code weight x sum / count}, rounded half even to 2 places by a way of its own: whole cents, then a tie. */
  private static BigDecimal mean(BigDecimal weight, List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal sum = checks.stream().map(CheckResult::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    return rounded(weight.multiply(sum), checks.size());
  }

  private static BigDecimal rounded(BigDecimal numerator, int denominator) {
    BigDecimal d = BigDecimal.valueOf(denominator);
    BigDecimal down = numerator.divide(d, 2, RoundingMode.FLOOR);
    // twice the remainder against one cent: below, round down; above, up; equal, to the even cent
    int half = numerator.subtract(down.multiply(d)).multiply(BigDecimal.valueOf(2))
        .compareTo(new BigDecimal("0.01").multiply(d));
    boolean up = half > 0 || half == 0 && down.unscaledValue().testBit(0);
    return up ? down.add(new BigDecimal("0.01")) : down;
  }

  @Property(tries = 200)
  void aMemberMeetingEveryPartFullyScoresExactlyOneHundred(
      @ForAll("policies") KnowledgeCheckPolicy policy, @ForAll("records") KnowledgeCheckRecord record) {
    KnowledgeCheckRecord full = new KnowledgeCheckRecord(record.member(), record.dailyReportsDue() + 1,
        record.dailyReportsDue() + 1, perfect(record.weeklyChecks(), "w"), perfect(record.monthlyAssessments(), "m"));

    assertThat(KnowledgeCheckScoring.yearly(policy, AssessmentArbitraries.YEAR, full).total())
        .isEqualTo(new BigDecimal("100.00"));
  }

  private static ImmutableList<CheckResult> perfect(List<CheckResult> checks, String id) {
    return checks.isEmpty()
        ? ImmutableList.of(new CheckResult(EvidenceId.of(id),
            AssessmentArbitraries.YEAR.start(), HUNDRED))
        : checks.stream().map(c -> new CheckResult(c.id(), c.date(), HUNDRED)).collect(ImmutableList.toImmutableList());
  }

  @Property(tries = 300)
  void weightsThatDoNotSumToExactlyOneAreRefused(@ForAll("weights") List<BigDecimal> weights) {
    BigDecimal sum = weights.get(0).add(weights.get(1)).add(weights.get(2));

    if (sum.compareTo(BigDecimal.ONE) == 0) {
      assertThat(new KnowledgeCheckPolicy(weights.get(0), weights.get(1), weights.get(2))).isNotNull();
    } else {
      assertThatThrownBy(() -> new KnowledgeCheckPolicy(weights.get(0), weights.get(1), weights.get(2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must sum to exactly 1");
    }
  }

  @Provide
  Arbitrary<KnowledgeCheckPolicy> policies() {
    return AssessmentArbitraries.knowledgeCheckPolicies();
  }

  @Provide
  Arbitrary<KnowledgeCheckRecord> records() {
    return AssessmentArbitraries.knowledgeCheckRecords("S1");
  }

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    // thirds to 1..4 places and tenths: sums of exactly 1 and sums just off it both come up
    return Arbitraries.oneOf(
            Arbitraries.of("0.2", "0.3", "0.5", "0.1", "0.4"),
            Arbitraries.of("0.3", "0.33", "0.333", "0.3333", "0.34", "0.334"))
        .map(BigDecimal::new).list().ofSize(3);
  }
}
